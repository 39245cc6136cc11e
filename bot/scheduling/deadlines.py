"""Database-owned deadlines, fired exactly once.

A service writes a ``deadlines`` row in the same transaction as the decision that creates it (see
``schedule``). The runner loads pending deadlines at start-up, asks the scheduler to wake it at each due
time, and sweeps periodically for deadlines written by other processes. Firing one is three steps, never
inside one transaction with the Discord call:

1. claim: a conditional update from ``pending`` (or an expired lease) to ``running`` with a lease —
   ``FOR UPDATE SKIP LOCKED`` on PostgreSQL so several bot processes never claim the same row;
2. run the handler registered for its kind (handlers are idempotent);
3. mark it ``done`` only after the handler succeeded; on failure put it back to ``pending`` with an
   exponential backoff, and give up as ``failed`` after ``max_attempts`` (logged loudly).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import Deadline
from bot.domain.clock import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DueDeadline:
    id: int
    kind: str
    subject: str
    guild_id: int | None
    due_at: datetime
    attempts: int
    payload: Mapping[str, Any] = field(default_factory=dict)


Handler = Callable[[DueDeadline], Awaitable[None]]


async def schedule(
    session: AsyncSession,
    *,
    kind: str,
    subject: str,
    due_at: datetime,
    now: datetime,
    guild_id: int | None = None,
    payload: Mapping[str, Any] | None = None,
    replace: bool = True,
) -> Deadline:
    """Add a deadline in the caller's transaction. With ``replace``, a pending one for the same
    kind and subject is cancelled first (e.g. a timeout that was extended)."""
    if due_at.tzinfo is None:
        raise ValueError("deadlines are timezone-aware UTC")
    if replace:
        await cancel(session, kind=kind, subject=subject)
    row = Deadline(
        kind=kind,
        subject=subject,
        guild_id=guild_id,
        due_at=due_at,
        status="pending",
        attempts=0,
        payload=dict(payload or {}),
        created_at=now,
    )
    session.add(row)
    await session.flush()
    return row


async def cancel(session: AsyncSession, *, kind: str, subject: str) -> int:
    result = await session.execute(
        update(Deadline)
        .where(Deadline.kind == kind, Deadline.subject == subject, Deadline.status == "pending")
        .values(status="cancelled")
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


class DeadlineRunner:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        owner: str | None = None,
        lease: timedelta = timedelta(minutes=2),
        max_attempts: int = 8,
        batch: int = 50,
    ) -> None:
        self.db = db
        self.clock = clock
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self.lease = lease
        self.max_attempts = max_attempts
        self.batch = batch
        self.handlers: dict[str, Handler] = {}
        self._wake: Callable[[datetime], None] | None = None
        self._running = asyncio.Lock()
        self._closed = False

    def register(self, kind: str, handler: Handler) -> None:
        if kind in self.handlers:
            raise ValueError(f"a handler for deadline kind {kind!r} is already registered")
        self.handlers[kind] = handler

    def set_waker(self, wake: Callable[[datetime], None]) -> None:
        """The scheduler's hook: called with a due time so the runner is woken then."""
        self._wake = wake

    def notify(self, due_at: datetime) -> None:
        """A service committed a deadline: make sure we wake up for it."""
        if self._wake is not None:
            self._wake(due_at)

    async def pending_due_times(self) -> list[datetime]:
        async with self.db.reading() as session:
            rows = await session.execute(
                select(Deadline.due_at).where(Deadline.status.in_(("pending", "running")))
            )
            return [r[0] for r in rows]

    async def rehydrate(self) -> int:
        """At start-up: schedule a wake-up for every pending deadline (past ones run at once)."""
        times = await self.pending_due_times()
        for due in times:
            self.notify(due)
        return len(times)

    def _backoff(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 600))

    async def _claim(self, now: datetime) -> list[DueDeadline]:
        claimable = and_(
            Deadline.due_at <= now,
            or_(
                Deadline.status == "pending",
                and_(Deadline.status == "running", Deadline.lease_until < now),
            ),
        )
        claimed: list[DueDeadline] = []
        async with self.db.unit_of_work() as session:
            query = select(Deadline).where(claimable).order_by(Deadline.due_at).limit(self.batch)
            if self.db.is_postgres:
                query = query.with_for_update(skip_locked=True)
            rows = (await session.execute(query)).scalars().all()
            for row in rows:
                # Conditional update: only one claimer can move this row out of the claimable state.
                result = await session.execute(
                    update(Deadline)
                    .where(Deadline.id == row.id, claimable)
                    .values(
                        status="running",
                        lease_owner=self.owner,
                        lease_until=now + self.lease,
                        attempts=Deadline.attempts + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount == 1:  # type: ignore[attr-defined]
                    claimed.append(
                        DueDeadline(
                            id=row.id,
                            kind=row.kind,
                            subject=row.subject,
                            guild_id=row.guild_id,
                            due_at=row.due_at,
                            attempts=row.attempts + 1,
                            payload=dict(row.payload or {}),
                        )
                    )
        return claimed

    async def _finish(self, item: DueDeadline, error: BaseException | None) -> None:
        now = self.clock.now()

        async def work(session: AsyncSession) -> None:
            mine = and_(
                Deadline.id == item.id, Deadline.lease_owner == self.owner, Deadline.status == "running"
            )
            if error is None:
                values: dict[str, Any] = {"status": "done", "done_at": now, "lease_until": None}
            elif item.attempts >= self.max_attempts:
                values = {"status": "failed", "last_error": repr(error)[:300], "lease_until": None}
            else:
                values = {
                    "status": "pending",
                    "due_at": now + self._backoff(item.attempts),
                    "last_error": repr(error)[:300],
                    "lease_owner": None,
                    "lease_until": None,
                }
            await session.execute(update(Deadline).where(mine).values(**values))

        await self.db.run(work)
        if error is not None and item.attempts < self.max_attempts:
            self.notify(now + self._backoff(item.attempts))

    async def close(self) -> None:
        """Stop taking deadlines and wait for a sweep in progress (before the database goes away)."""
        self._closed = True
        async with self._running:
            pass

    async def run_due(self) -> int:
        """Claim and run every due deadline; returns how many handlers succeeded."""
        fired = 0
        async with self._running:
            while not self._closed:
                batch = await self._claim(self.clock.now())
                if not batch:
                    return fired
                for item in batch:
                    handler = self.handlers.get(item.kind)
                    error: BaseException | None = None
                    if handler is None:
                        error = LookupError(f"no handler for deadline kind {item.kind!r}")
                    else:
                        try:
                            await handler(item)
                        except Exception as exc:
                            error = exc
                    if error is None:
                        fired += 1
                    elif item.attempts >= self.max_attempts:
                        log.error(
                            "deadline %s (%s %s) failed for good: %r", item.id, item.kind, item.subject, error
                        )
                    else:
                        log.warning("deadline %s (%s) failed, will retry: %r", item.id, item.kind, error)
                    await self._finish(item, error)
        return fired
