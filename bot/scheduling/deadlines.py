"""Database-owned deadlines, fired exactly once.

A service writes a ``deadlines`` row in the same transaction as the decision that creates it (see
``schedule``). The runner loads pending deadlines at start-up, asks the scheduler to wake it at each due
time, and sweeps periodically for deadlines written by other processes. Firing one is three steps, never
inside one transaction with the Discord call:

1. claim ONE row: a conditional update from ``pending`` (or an expired lease) to ``running`` with a
   lease of its own — ``FOR UPDATE SKIP LOCKED`` on PostgreSQL so several bot processes never claim the
   same row. A claim is identified by (owner, attempts): ``attempts`` grows with every claim, so it is
   the claim's fencing token;
2. run the handler registered for its kind (handlers are idempotent) while a heartbeat renews the
   row's lease every third of the lease. A renewal that finds the row taken reports the lease lost
   (``leases_lost``, a warning in the log). A handler whose effect is in the database commits that
   effect together with the row's completion (``complete``): the update is conditional on the claim,
   so a handler whose claim was taken over rolls back instead of doing its effect a second time;
3. mark it ``done`` only after the handler succeeded (again conditional on the claim); on failure put
   it back to ``pending`` with an exponential backoff, and give up as ``failed`` after
   ``max_attempts`` (logged loudly). A handler that raises ``Postpone`` is not failing: it waits for
   something (a case still being carried out) and the row comes back later without using an attempt.
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
from bot.db.models import Deadline, DeadlineStatus
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
    owner: str = ""  # with ``attempts``: the claim (see ``complete``)


@dataclass(frozen=True, slots=True)
class SubjectCodec:
    """The one codec of deadline subjects, ``<prefix>:<id>`` (``case:12``, ``ticket:7``, ``guild:3``)."""

    prefix: str

    def __call__(self, ident: int) -> str:
        return f"{self.prefix}:{ident}"

    def id_of(self, subject: str) -> int:
        prefix, _, number = subject.partition(":")
        if prefix != self.prefix or not number.isdigit():
            raise ValueError(f"not a {self.prefix} deadline subject: {subject!r}")
        return int(number)


Handler = Callable[[DueDeadline], Awaitable[None]]


class Postpone(Exception):
    """Raised by a handler that must wait (e.g. its case is still pending): not a failure, no attempt
    used, the row is due again after ``delay``."""

    def __init__(self, reason: str, delay: timedelta = timedelta(seconds=5)) -> None:
        super().__init__(reason)
        self.delay = delay


class LeaseLost(RuntimeError):
    """This runner's claim on a deadline was taken over (its lease expired): the effect is not ours."""


def _claim_of(item: DueDeadline) -> Any:
    return and_(
        Deadline.id == item.id,
        Deadline.status == DeadlineStatus.RUNNING,
        Deadline.lease_owner == item.owner,
        Deadline.attempts == item.attempts,
    )


async def complete(session: AsyncSession, item: DueDeadline, *, db_now: datetime) -> None:
    """Mark ``item`` done in the caller's transaction, fenced by its claim: call it in the unit of work
    that writes the handler's effect. Raises ``LeaseLost`` (rolling the effect back) when another runner
    took the row over meanwhile."""
    result = await session.execute(
        update(Deadline)
        .where(_claim_of(item))
        .values(status=DeadlineStatus.DONE, done_at=db_now, lease_until=None)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost(f"deadline {item.id} ({item.kind} {item.subject}): claim {item.attempts} lost")


_IN_FLIGHT = (DeadlineStatus.PENDING, DeadlineStatus.RUNNING)


async def in_flight(session: AsyncSession, *, kind: str, subject: str) -> bool:
    """Whether a deadline of this kind and subject is waiting or being carried out (a decision taken on
    the dashboard and not yet done by the bot, for instance)."""
    found = await session.scalar(
        select(Deadline.id).where(
            Deadline.kind == kind, Deadline.subject == subject, Deadline.status.in_(_IN_FLIGHT)
        )
    )
    return found is not None


async def subjects_in_flight(session: AsyncSession, *, kind: str, guild_id: int) -> list[str]:
    """The subjects of this server's deadlines of this kind that are waiting or being carried out."""
    rows = await session.scalars(
        select(Deadline.subject).where(
            Deadline.kind == kind, Deadline.guild_id == guild_id, Deadline.status.in_(_IN_FLIGHT)
        )
    )
    return list(rows)


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
        status=DeadlineStatus.PENDING,
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
        .where(Deadline.kind == kind, Deadline.subject == subject, Deadline.status == DeadlineStatus.PENDING)
        .values(status=DeadlineStatus.CANCELLED)
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
        self.leases_lost = 0  # claims taken over while their handler ran (each one logged)

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
            rows = await session.execute(select(Deadline.due_at).where(Deadline.status.in_(_IN_FLIGHT)))
            return [r[0] for r in rows]

    async def rehydrate(self) -> int:
        """At start-up: schedule a wake-up for every pending deadline (past ones run at once)."""
        times = await self.pending_due_times()
        for due in times:
            self.notify(due)
        return len(times)

    def _backoff(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 600))

    async def _claim(self, now: datetime, limit: int | None = None) -> list[DueDeadline]:
        claimable = and_(
            Deadline.due_at <= now,
            or_(
                Deadline.status == DeadlineStatus.PENDING,
                and_(Deadline.status == DeadlineStatus.RUNNING, Deadline.lease_until < now),
            ),
        )
        claimed: list[DueDeadline] = []
        async with self.db.unit_of_work() as session:
            query = select(Deadline).where(claimable).order_by(Deadline.due_at).limit(limit or self.batch)
            if self.db.is_postgres:
                query = query.with_for_update(skip_locked=True)
            rows = (await session.execute(query)).scalars().all()
            for row in rows:
                # Conditional update: only one claimer can move this row out of the claimable state.
                result = await session.execute(
                    update(Deadline)
                    .where(Deadline.id == row.id, claimable)
                    .values(
                        status=DeadlineStatus.RUNNING,
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
                            owner=self.owner,
                        )
                    )
        return claimed

    async def _finish(
        self, item: DueDeadline, error: BaseException | None, postpone: Postpone | None = None
    ) -> None:
        now = self.clock.now()
        retry_at: datetime | None = None
        if postpone is not None:
            retry_at = now + postpone.delay
            values: dict[str, Any] = {
                "status": DeadlineStatus.PENDING,
                "due_at": retry_at,
                "attempts": item.attempts - 1,  # waiting is not failing
                "last_error": f"postponed: {postpone}"[:300],
                "lease_owner": None,
                "lease_until": None,
            }
        elif error is None:
            values = {"status": DeadlineStatus.DONE, "done_at": now, "lease_until": None}
        elif item.attempts >= self.max_attempts:
            values = {"status": DeadlineStatus.FAILED, "last_error": repr(error)[:300], "lease_until": None}
        else:
            retry_at = now + self._backoff(item.attempts)
            values = {
                "status": DeadlineStatus.PENDING,
                "due_at": retry_at,
                "last_error": repr(error)[:300],
                "lease_owner": None,
                "lease_until": None,
            }

        async def work(session: AsyncSession) -> int:
            result = await session.execute(update(Deadline).where(_claim_of(item)).values(**values))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

        if await self.db.run(work) != 1 and not (error is None and await self._done_by_handler(item)):
            self._lost(item, "at the end")
            return
        if retry_at is not None:
            self.notify(retry_at)

    async def _done_by_handler(self, item: DueDeadline) -> bool:
        """The handler completed the row itself (``complete``) under this very claim."""
        async with self.db.reading() as session:
            row = await session.get(Deadline, item.id)
            return (
                row is not None
                and row.status == DeadlineStatus.DONE
                and row.lease_owner == item.owner
                and row.attempts == item.attempts
            )

    def _lost(self, item: DueDeadline, when: str) -> None:
        self.leases_lost += 1
        log.warning(
            "deadline %s (%s %s): lease lost %s (claim %s of %s); another runner has it",
            item.id, item.kind, item.subject, when, item.attempts, self.owner,
        )  # fmt: skip

    async def _keep_lease(self, item: DueDeadline, lost: asyncio.Event) -> None:
        """Renew the row's lease while its handler runs; report when the claim was taken over."""
        every = max(self.lease.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(every)
            until = self.clock.now() + self.lease

            async def renew(session: AsyncSession, until: datetime = until) -> int:
                result = await session.execute(
                    update(Deadline).where(_claim_of(item)).values(lease_until=until)
                )
                return int(result.rowcount or 0)  # type: ignore[attr-defined]

            try:
                renewed = await self.db.run(renew)
            except Exception:
                log.warning("deadline %s: lease renewal failed; retrying", item.id, exc_info=True)
                continue
            if renewed != 1:
                lost.set()
                self._lost(item, "while its handler ran")
                return

    async def _run_one(self, item: DueDeadline) -> bool:
        handler = self.handlers.get(item.kind)
        error: BaseException | None = None
        postpone: Postpone | None = None
        lost = asyncio.Event()
        heartbeat = asyncio.create_task(self._keep_lease(item, lost))
        try:
            if handler is None:
                error = LookupError(f"no handler for deadline kind {item.kind!r}")
            else:
                await handler(item)
        except Postpone as wait:
            postpone = wait
        except LeaseLost as exc:
            if not lost.is_set():
                self._lost(item, "when its effect was committed")
            log.debug("deadline %s: %s", item.id, exc)
            return False
        except Exception as exc:
            error = exc
        finally:
            heartbeat.cancel()
            await asyncio.gather(heartbeat, return_exceptions=True)
        if postpone is not None:
            log.info("deadline %s (%s) waits: %s", item.id, item.kind, postpone)
        elif error is not None and item.attempts >= self.max_attempts:
            log.error("deadline %s (%s %s) failed for good: %r", item.id, item.kind, item.subject, error)
        elif error is not None:
            log.warning("deadline %s (%s) failed, will retry: %r", item.id, item.kind, error)
        await self._finish(item, error, postpone)
        return error is None and postpone is None

    async def close(self) -> None:
        """Stop taking deadlines and wait for a sweep in progress (before the database goes away)."""
        self._closed = True
        async with self._running:
            pass

    async def run_due(self) -> int:
        """Claim and run every due deadline, one row (one lease) at a time; returns how many handlers
        succeeded."""
        fired = 0
        async with self._running:
            while not self._closed:
                claimed = await self._claim(self.clock.now(), limit=1)
                if not claimed:
                    return fired
                if await self._run_one(claimed[0]):
                    fired += 1
        return fired
