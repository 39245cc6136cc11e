"""Group reads: look-ups asked for while another is running share the next read transaction.

In a raid every decision reads something about its member (their record, their language). Each read in
a transaction of its own costs a few round trips and, in async SQLAlchemy, about a millisecond of the
event loop's CPU; here the keys asked for meanwhile are looked up together, with one query for the lot
(``fetch(session, keys)``). The first read runs at once (one loop iteration later: ``gather_more``).

Every ``GroupRead`` of a database shares that database's ``SharedReads``: the look-ups of every kind
asked for meanwhile go in one read transaction, each kind with its own query (in a raid, the members'
languages ride along with the next members' records instead of taking a transaction of their own).

Like a read of its own, a key's answer comes from a snapshot taken after it was asked for: it sees
everything committed before. A failed read fails every key of its batch, of every kind, with the same
error.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.group_commit import gather_more

if TYPE_CHECKING:
    from bot.db.engine import Database

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class GroupRead(Generic[K, V]):
    def __init__(
        self,
        db: Database,
        fetch: Callable[[AsyncSession, list[K]], Awaitable[dict[K, V]]],
        missing: V,
        *,
        max_batch: int = 256,
    ) -> None:
        self.db = db
        self.fetch = fetch
        self.missing = missing  # the answer for a key ``fetch`` did not return
        self.max_batch = max_batch  # keys of this kind in one read at most
        self.reads = 0  # read transactions this kind took part in, and its keys: for tests and benchmarks
        self.keys = 0

    async def get(self, key: K) -> V:
        return cast(V, await self.db.shared_reads.get(self, key))


@dataclass(slots=True)
class _Asked:
    reader: GroupRead[Any, Any]
    key: Hashable
    future: asyncio.Future[Any]


class SharedReads:
    """The read transactions a database's ``GroupRead`` kinds share (``Database.shared_reads``)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._asked: list[_Asked] = []
        self._reader: asyncio.Task[None] | None = None
        self.reads = 0  # read transactions: for tests and benchmarks

    async def get(self, reader: GroupRead[Any, Any], key: Hashable) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._asked.append(_Asked(reader, key, future))
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._drain(), name="havre-group-read")
        return await future

    def _take(self) -> list[_Asked]:
        """The next batch: in order of asking, at most ``max_batch`` keys of each kind."""
        batch: list[_Asked] = []
        left: list[_Asked] = []
        taken: dict[GroupRead[Any, Any], int] = {}
        for asked in self._asked:
            if asked.future.done():
                continue
            count = taken.get(asked.reader, 0)
            if count < asked.reader.max_batch:
                taken[asked.reader] = count + 1
                batch.append(asked)
            else:
                left.append(asked)
        self._asked = left
        return batch

    async def _drain(self) -> None:
        while self._asked:
            await gather_more(self._asked)
            batch = self._take()
            if not batch:
                continue
            kinds: dict[GroupRead[Any, Any], list[Hashable]] = {}
            for asked in batch:
                kinds.setdefault(asked.reader, []).append(asked.key)
            found: dict[GroupRead[Any, Any], dict[Any, Any]] = {}
            try:
                async with self.db.reading() as session:
                    for reader, keys in kinds.items():
                        found[reader] = await reader.fetch(session, list(dict.fromkeys(keys)))
            except Exception as exc:
                for asked in batch:
                    if not asked.future.done():
                        asked.future.set_exception(exc)
                continue
            self.reads += 1
            for reader, keys in kinds.items():
                reader.reads += 1
                reader.keys += len(keys)
            for asked in batch:
                if not asked.future.done():
                    asked.future.set_result(found[asked.reader].get(asked.key, asked.reader.missing))
