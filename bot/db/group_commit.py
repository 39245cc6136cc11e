"""Group commit: units of work that arrive while another commits share the next transaction.

A busy server's decisions each need one short transaction, and on SQLite with ``synchronous=FULL`` a
commit costs an fsync, whatever it holds: a raid of rule-breaking messages would queue up behind one
fsync per decision. Here the first unit of work commits at once (one loop iteration later, no timer:
``gather_more``); those that arrive meanwhile are queued, then run one after the other in a single
transaction, each in its own savepoint, and committed together.

Guarantees, the same as ``Database.run`` gives one unit of work:

* a caller's ``await`` returns only after its work is committed (act on Discord after that, never
  before);
* a work that raises is rolled back alone; its caller gets the error and the others are committed.
  The works of a batch run one after the other with no savepoint (two statements fewer per work);
  when one raises, the transaction is rolled back and the batch run again with each work in its own
  savepoint, so the failing one is found and rolled back to its savepoint alone;
* a transient database error retries the whole batch (every work must be safe to run again, as for
  ``Database.run``); past the last attempt every caller of the batch gets the error;
* a caller cancelled before its batch started is dropped; one cancelled later may still be committed.

**Batched works** (``run_batched``): works of the same kind that meet in one transaction are handed to
their ``many`` function together, which writes them with a few multi-row statements instead of a few
statements each: a raid's decisions cost a handful of round trips per transaction, not per decision.
``many(session, items)`` returns one result per item, in order. The guarantees above still hold per
item: when ``many`` fails (not transiently), the batch is run again one item at a time, each in its own
savepoint (``many(session, [item])``), so only the failing one gets the error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession

if TYPE_CHECKING:
    from bot.db.engine import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

Work = Callable[[AsyncSession], Awaitable[Any]]
MORE_ROUNDS = 8  # loop iterations a batch waits at most while its queue keeps growing


async def gather_more(queue: list[Any], rounds: int = MORE_ROUNDS) -> None:
    """Let the event loop run while ``queue`` keeps growing (``rounds`` iterations at most), so a batch
    takes what a burst of tasks is about to queue. No timer: when the bot is quiet the queue stops
    growing at once and the batch starts one loop iteration later; in a raid batches get larger and
    fewer (a third fewer transactions in the raid benchmark), and each costs about the same."""
    for _ in range(rounds):
        before = len(queue)
        await asyncio.sleep(0)
        if len(queue) == before:
            return


Many = Callable[[AsyncSession, list[Any]], Awaitable[list[Any]]]


@dataclass(slots=True)
class _Item:
    work: Work | None  # a plain unit of work, or
    many: Many | None  # a batched one: ``many(session, [item, ...])``
    item: Any
    future: asyncio.Future[Any]
    key: object = None  # batched works of the same key run together

    async def alone(self, session: AsyncSession) -> Any:
        if self.work is not None:
            return await self.work(session)
        assert self.many is not None
        [result] = await self.many(session, [self.item])
        return result


class GroupCommit:
    def __init__(
        self,
        db: Database,
        *,
        max_batch: int = 256,
        attempts: int = 4,
        backoff: float = 0.2,
        is_transient: Callable[[BaseException], bool],
    ) -> None:
        self.db = db
        self.max_batch = max_batch
        self.attempts = attempts
        self.backoff = backoff
        self._is_transient = is_transient
        self._queue: list[_Item] = []
        self._committer: asyncio.Task[None] | None = None
        self.transactions = 0  # committed transactions, and the works they held: for tests and benchmarks
        self.works = 0
        self.split = 0  # batched groups that failed together and were run again one by one

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        return cast(T, await self._enqueue(_Item(work, None, None, self._future())))

    async def run_batched(
        self, key: object, many: Callable[[AsyncSession, list[Any]], Awaitable[list[T]]], item: Any
    ) -> T:
        """Queue ``item`` for ``many``; items of the same ``key`` in one transaction share one call."""
        return cast(T, await self._enqueue(_Item(None, many, item, self._future(), key)))

    @staticmethod
    def _future() -> asyncio.Future[Any]:
        return asyncio.get_running_loop().create_future()

    async def _enqueue(self, item: _Item) -> Any:
        self._queue.append(item)
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._drain(), name="havre-group-commit")
        return await item.future

    async def _drain(self) -> None:
        while self._queue:
            await gather_more(self._queue)
            batch = [item for item in self._queue[: self.max_batch] if not item.future.done()]
            del self._queue[: self.max_batch]
            if batch:
                await self._commit(batch)

    @staticmethod
    def _units(batch: list[_Item]) -> list[list[_Item]]:
        """Plain works alone; batched works grouped by key, in order of first appearance."""
        units: list[list[_Item]] = []
        by_key: dict[object, list[_Item]] = {}
        for item in batch:
            if item.many is None:
                units.append([item])
                continue
            group = by_key.get(item.key)
            if group is None:
                group = by_key[item.key] = []
                units.append(group)
            group.append(item)
        return units

    async def _commit(self, batch: list[_Item]) -> None:
        split = False
        attempt = 1
        while True:
            outcomes: list[tuple[_Item, bool, Any]] = []
            try:
                async with self.db.unit_of_work() as session:
                    if not split:  # the usual case: no savepoints, every work's statements in a row
                        for unit in self._units(batch):
                            values = await self._call(session, unit)
                            outcomes += [
                                (item, True, value) for item, value in zip(unit, values, strict=True)
                            ]
                    else:  # something failed: each work again in its own savepoint, to find which
                        for item in batch:
                            outcomes.append(await self._one(session, item))
            except Exception as exc:  # the transaction itself failed: nothing of the batch is committed
                transient = self._is_transient(exc)
                if not transient and not split and len(batch) > 1:
                    split = True  # a work failed: the batch again, each work in its own savepoint
                    self.split += 1
                    continue
                if attempt < self.attempts and transient:
                    log.warning(
                        "database hiccup, retrying a batch of %s (%s/%s): %s",
                        len(batch), attempt, self.attempts, type(exc).__name__,
                    )  # fmt: skip
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
                    attempt += 1
                    continue
                for item in batch:
                    if not item.future.done():
                        item.future.set_exception(exc)
                return
            self.transactions += 1
            self.works += len(batch)
            for item, ok, value in outcomes:
                if item.future.done():
                    continue
                if ok:
                    item.future.set_result(value)
                else:
                    item.future.set_exception(value)
            return

    @staticmethod
    async def _call(session: AsyncSession, unit: list[_Item]) -> list[Any]:
        if len(unit) == 1:
            return [await unit[0].alone(session)]
        many = unit[0].many
        assert many is not None
        results = await many(session, [item.item for item in unit])
        if len(results) != len(unit):
            raise RuntimeError(f"a batched work returned {len(results)} results for {len(unit)} items")
        return results

    async def _one(self, session: AsyncSession, item: _Item) -> tuple[_Item, bool, Any]:
        try:
            async with session.begin_nested():
                return item, True, await item.alone(session)
        except Exception as exc:
            if self._is_transient(exc):
                raise  # the connection or the transaction is in doubt: retry the whole batch
            return item, False, exc
