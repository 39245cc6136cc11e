"""Never lose a message, never act twice: watermarks, the database-outage queue and case repair.

* **Watermarks** (``Watermarks``): per channel, the id of a message such that every message up to it
  that reached the pipeline has been decided. Kept in memory as messages come and go, written to
  ``channel_watermarks`` at most every ``WATERMARK_FLUSH_SECONDS`` (not per message: most messages touch
  no database). After a crash, a fresh IDENTIFY (RESUME refused) or a database outage, the cog reads each
  active channel's history after its watermark and hands what it finds back to the pipeline.
* **Once per message**: a message id is decided once per process (``Watermarks.begin`` refuses one
  already in flight or decided lately); a message that comes back after a restart (caught up, retried)
  is first looked up by its id among the cases, and a case found is repaired, not written again.
* **Database outage**: a message whose decision hit a database error waits in a bounded in-memory queue
  (``RETRY_QUEUE_LIMIT``) and is retried with backoff until the database answers. It stays "in flight"
  for its channel's watermark meanwhile, so even a message pushed out of a full queue, or lost with the
  process, is caught up from the channel's history later.
* **Case repair** (``CaseRepair``): a case still ``pending`` (decided, then the process died or the
  outcome could not be recorded) is carried out again after looking at Discord first: a member already
  timed out until the case's end is not timed out again, a member already gone is not kicked again, a
  message already gone is not an error, and an explanation whose sending was recorded as intended
  (``case_effects``) is looked for in the member's DMs instead of being sent a second time.

Bounds (``docs/ARCHITECTURE.md``, "Guarantees and their bounds"): a catch-up reads at most
``CATCH_UP_MAX_MESSAGES`` messages per channel, in at most ``CATCH_UP_MAX_CHANNELS`` channels per
server (those active in the last ``CATCH_UP_MAX_AGE``), and never a message older than
``CATCH_UP_MAX_AGE``.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import sqlite3
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Case, ChannelWatermark
from bot.services.moderation.custom_ids import parse as parse_custom_id
from bot.services.moderation.ports import DiscordPort
from bot.services.moderation.snapshot import decision_of, to_record
from bot.services.moderation.types import (
    CaseRecord,
    CaseStatus,
    Delivery,
    DmResult,
    EffectResult,
    IncomingMessage,
    MemberState,
    OutMessage,
)

if TYPE_CHECKING:
    from bot.services.moderation.deps import Deps
    from bot.services.moderation.enforce import Enforcer

log = logging.getLogger(__name__)

CATCH_UP_MAX_AGE = timedelta(hours=1)  # older messages are not decided after the fact
CATCH_UP_MAX_MESSAGES = 500  # per channel and per catch-up (5 pages of Discord's 100)
CATCH_UP_MAX_CHANNELS = 50  # per server: the most recently active ones
RETRY_QUEUE_LIMIT = 5000  # messages waiting for the database, all servers together
RETRY_BACKOFF = (0.25, 0.5, 1.0, 2.0, 5.0)  # seconds between rounds while the database is away
WATERMARK_FLUSH_SECONDS = 1.0
SEEN_LIMIT = 50_000  # message ids remembered as decided (duplicates refused)
DM_EFFECT = "dm"
DISCORD_EPOCH_MS = 1420070400000
TOLERANCE = timedelta(seconds=2)


def snowflake_time(snowflake: int) -> datetime:
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)


def snowflake_at(moment: datetime) -> int:
    """The smallest snowflake of ``moment`` (for "after" bounds)."""
    return max(int(moment.timestamp() * 1000) - DISCORD_EPOCH_MS, 0) << 22


def waits_for_database(exc: BaseException) -> bool:
    """A database that does not answer (connection refused or lost, pool exhausted, I/O error), as
    SQLAlchemy wraps it or as the driver raises it (a failed ``BEGIN`` comes unwrapped)."""
    if isinstance(
        exc, (OperationalError, InterfaceError, PoolTimeout, ConnectionError, TimeoutError, OSError)
    ):
        return True
    if isinstance(exc, DBAPIError):
        return bool(exc.connection_invalidated)
    if isinstance(exc, (sqlite3.OperationalError, sqlite3.InterfaceError)):
        return True
    name = type(exc).__name__
    asyncpg = type(exc).__module__.startswith("asyncpg")
    return asyncpg and ("Connection" in name or name in ("InterfaceError", "CannotConnectNowError"))


class HistoryPort(Protocol):
    """What repair needs to read back from Discord (implemented by the cogs)."""

    async def explanation_sent(self, user_id: int, case_id: int) -> bool | None:
        """Is an explanation of ``case_id`` among the bot's DMs to the member? None: cannot tell."""
        ...


# watermarks ------------------------------------------------------------------------------------------


@dataclass
class _Channel:
    guild_id: int
    in_flight: set[int]
    done: int = 0  # the highest id decided
    mark: int = 0  # every id up to this one is decided
    heap: list[int] = field(default_factory=list)  # in-flight ids, lowest first (lazily pruned)

    def lowest_in_flight(self) -> int | None:
        while self.heap and self.heap[0] not in self.in_flight:
            heapq.heappop(self.heap)
        return self.heap[0] if self.heap else None


class Watermarks:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._channels: dict[int, _Channel] = {}
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._dirty: set[int] = set()

    def begin(self, msg: IncomingMessage) -> bool:
        """A message enters the pipeline; False when this id was already taken (a duplicate)."""
        if msg.message_id in self._seen:
            return False
        self._seen[msg.message_id] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        channel = self._channels.get(msg.channel_id)
        if channel is None:  # a channel seen for the first time: written at the next flush
            channel = self._channels[msg.channel_id] = _Channel(msg.guild_id, set())
            channel.mark = msg.message_id - 1
            self._dirty.add(msg.channel_id)
        channel.in_flight.add(msg.message_id)
        heapq.heappush(channel.heap, msg.message_id)
        return True

    def seen(self, message_id: int) -> bool:
        return message_id in self._seen

    def finish(self, msg: IncomingMessage) -> None:
        """The message is decided (its case, if any, committed): the watermark may move past it."""
        channel = self._channels.get(msg.channel_id)
        if channel is None:
            return
        channel.in_flight.discard(msg.message_id)
        channel.done = max(channel.done, msg.message_id)
        lowest = channel.lowest_in_flight()
        mark = channel.done if lowest is None else min(channel.done, lowest - 1)
        if mark > channel.mark:
            channel.mark = mark
            self._dirty.add(msg.channel_id)

    def mark(self, channel_id: int) -> int:
        channel = self._channels.get(channel_id)
        return channel.mark if channel is not None else 0

    def in_flight(self) -> int:
        return sum(len(c.in_flight) for c in self._channels.values())

    async def flush(self) -> int:
        """Write the watermarks that moved (one transaction); kept for the next try on failure."""
        if not self._dirty:
            return 0
        dirty, self._dirty = self._dirty, set()
        marks = {cid: (self._channels[cid].guild_id, self._channels[cid].mark) for cid in dirty}
        now = self.deps.clock.now()

        async def work(session: AsyncSession) -> None:
            rows = await session.execute(
                select(ChannelWatermark).where(ChannelWatermark.channel_id.in_(list(marks)))
            )
            found = {row.channel_id: row for row in rows.scalars()}
            for channel_id, (guild_id, mark) in marks.items():
                row = found.get(channel_id)
                if row is None:
                    session.add(
                        ChannelWatermark(
                            channel_id=channel_id, guild_id=guild_id, message_id=mark, updated_at=now
                        )
                    )
                elif mark > row.message_id:
                    row.message_id = mark
                    row.updated_at = now

        try:
            await self.deps.db.grouped(work)
        except Exception:
            self._dirty |= dirty
            raise
        return len(marks)

    async def channels_to_catch_up(self, guild_id: int) -> dict[int, int]:
        """Channel id -> the id to read after: the server's recently active channels, never further back
        than ``CATCH_UP_MAX_AGE``."""
        now = self.deps.clock.now()
        floor = snowflake_at(now - CATCH_UP_MAX_AGE)
        async with self.deps.db.reading() as session:
            rows = await session.execute(
                select(ChannelWatermark.channel_id, ChannelWatermark.message_id)
                .where(
                    ChannelWatermark.guild_id == guild_id,
                    ChannelWatermark.updated_at >= now - CATCH_UP_MAX_AGE,
                )
                .order_by(ChannelWatermark.updated_at.desc())
                .limit(CATCH_UP_MAX_CHANNELS)
            )
            stored = {int(c): int(m) for c, m in rows}
        for channel_id, channel in self._channels.items():
            if channel.guild_id == guild_id and channel.mark:
                stored[channel_id] = max(stored.get(channel_id, 0), channel.mark)
        return {cid: max(mark, floor) for cid, mark in stored.items()}


# the database-outage queue ---------------------------------------------------------------------------


class RetryQueue:
    """Messages whose decision met a database outage, retried in arrival order until it answers."""

    def __init__(self, retry: Callable[[IncomingMessage], Awaitable[bool]], limit: int = RETRY_QUEUE_LIMIT):
        self._retry = retry
        self._queue: deque[IncomingMessage] = deque()
        self.limit = limit
        self.dropped = 0  # pushed out of a full queue (still caught up from history later)
        self.retried = 0
        self._task: asyncio.Task[None] | None = None
        self.drained = asyncio.Event()
        self.drained.set()

    def __len__(self) -> int:
        return len(self._queue)

    def put(self, msg: IncomingMessage) -> None:
        if len(self._queue) >= self.limit:
            self._queue.popleft()
            self.dropped += 1
            log.warning(
                "database outage queue full (%s): oldest message left to the history catch-up", self.limit
            )
        self._queue.append(msg)
        self.drained.clear()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="havre-db-retry")

    async def _run(self) -> None:
        failures = 0
        while self._queue:
            await asyncio.sleep(RETRY_BACKOFF[min(failures, len(RETRY_BACKOFF) - 1)])
            msg = self._queue.popleft()
            self.retried += 1
            if await self._retry(msg):
                failures = 0
            else:
                self._queue.appendleft(msg)  # the database is still away: keep the order
                failures += 1
        self.drained.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


# repairing pending cases -----------------------------------------------------------------------------


class _CheckedPort:
    """The real port, for repairing one case: looks at Discord before doing what may be done already."""

    def __init__(
        self, port: DiscordPort, history: HistoryPort | None, case: CaseRecord, now: datetime, intended: bool
    ) -> None:
        self._port = port
        self._history = history
        self._case = case
        self._now = now
        self._intended = intended
        self._uncertain = False
        self.skipped: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._port, name)

    async def _state(self) -> MemberState:
        return await self._port.member_state(self._case.guild_id, self._case.user_id)

    async def set_timeout(
        self, guild_id: int, user_id: int, until: datetime | None, reason: str
    ) -> EffectResult:
        if until is not None and until <= self._now:
            self.skipped.append("timeout: its end has passed")
            return EffectResult.success()
        state = await self._state()
        if (
            until is not None
            and state.timed_out_until is not None
            and state.timed_out_until >= until - TOLERANCE
        ):
            self.skipped.append("timeout: already on Discord")
            return EffectResult.success()
        return await self._port.set_timeout(guild_id, user_id, until, reason)

    async def kick(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        if not (await self._state()).present:
            self.skipped.append("kick: the member is gone already")
            return EffectResult.success()
        return await self._port.kick(guild_id, user_id, reason)

    def _explains_this_case(self, message: OutMessage) -> bool:
        ids = (parse_custom_id(b.custom_id) for b in message.buttons)
        return any(p is not None and p.id == self._case.id for p in ids)

    async def send_dm(self, user_id: int, message: OutMessage) -> DmResult:
        if self._intended and self._explains_this_case(message):
            sent = (
                None
                if self._history is None
                else await self._history.explanation_sent(user_id, self._case.id)
            )
            if sent:
                self.skipped.append("explanation: already in the member's DMs")
                return DmResult(Delivery.DELIVERED)
            if sent is None:  # at most once: when we cannot tell, we do not send again
                self.skipped.append("explanation: intended before a crash, cannot tell if it arrived")
                self._uncertain = True
                return DmResult(Delivery.FAILED, "uncertain: sending was interrupted")
        return await self._port.send_dm(user_id, message)

    async def post(self, channel_id: int, message: OutMessage) -> EffectResult:
        if self._uncertain and message.mention_user == self._case.user_id:
            # "Your DMs are closed" would not be true: the explanation may well have arrived.
            return EffectResult(False, "not posted: the explanation may have arrived")
        return await self._port.post(channel_id, message)


class CaseRepair:
    def __init__(self, deps: Deps, enforcer: Enforcer) -> None:
        self.deps = deps
        self.enforcer = enforcer
        self.history: HistoryPort | None = None
        self._busy: set[int] = set()
        self.repaired = 0

    @contextmanager
    def holding(self, case_id: int) -> Iterator[None]:
        """The case is being carried out right now (the message path): repairs leave it alone."""
        self._busy.add(case_id)
        try:
            yield
        finally:
            self._busy.discard(case_id)

    async def pending(self, guild_id: int, *, older_than: timedelta | None = None) -> tuple[int, ...]:
        """Repair the server's pending cases; at start-up every one (``older_than=None``), later only
        those old enough not to be in flight in this process."""
        now = self.deps.clock.now()
        async with self.deps.db.reading() as session:
            query = select(Case).where(Case.guild_id == guild_id, Case.status == CaseStatus.PENDING.value)
            if older_than is not None:
                query = query.where(Case.created_at < now - older_than)
            cases = [to_record(row) for row in (await session.execute(query.order_by(Case.id))).scalars()]
        done: list[int] = []
        for case in cases:
            if await self.repair(case):
                done.append(case.id)
        return tuple(done)

    async def repair(self, case: CaseRecord) -> bool:
        """Carry out one pending case, checking Discord first. Never two repairs of a case at once."""
        if case.id in self._busy:
            return False
        self._busy.add(case.id)
        try:
            deps = self.deps
            fresh = await deps.store.case(case.id)
            if fresh.status is not CaseStatus.PENDING:
                return False
            _, policy = await deps.store.policy_for(case.guild_id)
            try:
                decision = decision_of(fresh, await deps.store.case_signals(case.id))
            except KeyError:
                log.warning(
                    "pending case %s cites a rule the policy no longer has; left for a moderator", case.id
                )
                return False
            excerpt = await deps.store.open_text(fresh.excerpt_ref) or ""
            checked = _CheckedPort(
                deps.discord(),
                self.history,
                fresh,
                deps.clock.now(),
                await deps.store.intended(case.id, DM_EFFECT),
            )
            enforcer = type(self.enforcer)(replace(deps, port=checked))  # type: ignore[arg-type]
            await enforcer.apply(fresh, decision, policy, excerpt=excerpt, notice_channel_id=fresh.channel_id)
            self.repaired += 1
            log.info(
                "pending case %s repaired (%s)%s",
                case.id,
                decision.action.value,
                f": {'; '.join(checked.skipped)}" if checked.skipped else "",
            )
            return True
        finally:
            self._busy.discard(case.id)


async def case_for_message(deps: Deps, guild_id: int, message_id: int) -> CaseRecord | None:
    """The automatic case already written for a member's message, if any (catch-up, retries)."""
    async with deps.db.reading() as session:
        row = (
            await session.execute(
                select(Case)
                .where(Case.guild_id == guild_id, Case.message_id == message_id, Case.automatic.is_(True))
                .order_by(Case.id)
                .limit(1)
            )
        ).scalar_one_or_none()
        return to_record(row) if row is not None else None


__all__ = [
    "CATCH_UP_MAX_AGE",
    "CATCH_UP_MAX_CHANNELS",
    "CATCH_UP_MAX_MESSAGES",
    "CaseRepair",
    "HistoryPort",
    "RetryQueue",
    "Watermarks",
    "case_for_message",
    "snowflake_at",
    "snowflake_time",
    "waits_for_database",
]
