"""Group reads: look-ups asked for while another is running share the next read transaction.

In a raid every decision reads something about its member (their record, their language). Each read in
a transaction of its own costs a few round trips and, in async SQLAlchemy, about a millisecond of the
event loop's CPU; here the keys asked for meanwhile are looked up together, with one query for the lot
(``fetch(session, keys)``). The first read runs at once (no added wait when the bot is quiet).

Like a read of its own, a key's answer comes from a snapshot taken after it was asked for: it sees
everything committed before. A failed read fails every key of its batch with the same error.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

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
        self.max_batch = max_batch
        self._asked: list[tuple[K, asyncio.Future[V]]] = []
        self._reader: asyncio.Task[None] | None = None
        self.reads = 0  # read transactions, and the keys they answered: for tests and benchmarks
        self.keys = 0

    async def get(self, key: K) -> V:
        future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
        self._asked.append((key, future))
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._drain(), name="havre-group-read")
        return await future

    async def _drain(self) -> None:
        while self._asked:
            batch = [item for item in self._asked[: self.max_batch] if not item[1].done()]
            del self._asked[: self.max_batch]
            if not batch:
                continue
            try:
                async with self.db.reading() as session:
                    found = await self.fetch(session, list(dict.fromkeys(key for key, _future in batch)))
            except Exception as exc:
                for _key, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self.reads += 1
            self.keys += len(batch)
            for key, future in batch:
                if not future.done():
                    future.set_result(found.get(key, self.missing))
