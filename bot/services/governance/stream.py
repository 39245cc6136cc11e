"""Streaming governance entries out of the database with constant memory.

Entries are read in keyset-paginated batches (``seq > last ORDER BY seq LIMIT n``), each batch in its own
short transaction, so a long export or verification never holds a lock for long and never loads a
whole log. The pure primitives (``verify_chain``, ``export_rows``, ``iter_export_parts``) consume plain
iterators; :func:`consume_in_thread` runs such a consumer in a worker thread and feeds it batches
fetched on the event loop, so the bot stays responsive while a large log is walked.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select

from bot.db.engine import Database
from bot.db.models import GovernanceEntry
from bot.governance.chain import LogEntry
from bot.services.recorder import row_to_entry

T = TypeVar("T")
R = TypeVar("R")
DEFAULT_BATCH = 500


@dataclass(frozen=True)
class EntryFilter:
    """Entries of one server to stream: ``since <= at < until``, one of ``kinds``, ``seq <= max_seq``."""

    guild_id: int
    since: datetime | None = None
    until: datetime | None = None
    kinds: tuple[str, ...] = ()
    max_seq: int | None = None

    def apply(self, query: Select[Any]) -> Select[Any]:
        query = query.where(GovernanceEntry.guild_id == self.guild_id)
        if self.since is not None:
            query = query.where(GovernanceEntry.at >= self.since)
        if self.until is not None:
            query = query.where(GovernanceEntry.at < self.until)
        if self.kinds:
            query = query.where(GovernanceEntry.kind.in_(self.kinds))
        if self.max_seq is not None:
            query = query.where(GovernanceEntry.seq <= self.max_seq)
        return query


def row_to_entry_safe(row: GovernanceEntry) -> LogEntry:
    """A row as an entry even when damaged (verification then reports it)."""
    return row_to_entry(row, strict=False)


async def iter_entry_batches(
    db: Database, where: EntryFilter, *, batch: int = DEFAULT_BATCH
) -> AsyncIterator[list[LogEntry]]:
    """Batches of entries in ``seq`` order, each read in its own short transaction."""
    last = 0
    while True:
        query = where.apply(select(GovernanceEntry)).where(GovernanceEntry.seq > last)
        async with db.unit_of_work() as session:
            rows = (await session.execute(query.order_by(GovernanceEntry.seq).limit(batch))).scalars().all()
            entries = [row_to_entry_safe(row) for row in rows]
        if not entries:
            return
        yield entries
        if len(entries) < batch:
            return
        last = entries[-1].seq


async def consume_in_thread(batches: AsyncIterator[Sequence[T]], consumer: Callable[[Iterator[T]], R]) -> R:
    """Run ``consumer`` in a worker thread over the items of ``batches`` (fetched on this event loop).

    Only one batch is in flight at a time, so memory stays bounded whatever the number of items.
    """
    loop = asyncio.get_running_loop()

    async def next_batch() -> Sequence[T] | None:
        try:
            return await batches.__anext__()
        except StopAsyncIteration:
            return None

    def items() -> Iterator[T]:
        while True:
            chunk = asyncio.run_coroutine_threadsafe(next_batch(), loop).result()
            if chunk is None:
                return
            yield from chunk

    try:
        return await asyncio.to_thread(consumer, items())
    finally:
        close = getattr(batches, "aclose", None)
        if close is not None:
            await close()


def counted(items: Iterable[T], on_item: Callable[[int], None] | None, every: int = 100) -> Iterator[T]:
    """Pass ``items`` through, calling ``on_item(count)`` every ``every`` items and at the end."""
    count = 0
    for item in items:
        count += 1
        if on_item is not None and count % every == 0:
            on_item(count)
        yield item
    if on_item is not None and count % every:
        on_item(count)
