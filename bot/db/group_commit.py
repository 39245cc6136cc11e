"""Group commit: units of work that arrive while another commits share the next transaction.

A busy server's decisions each need one short transaction, and on SQLite with ``synchronous=FULL`` a
commit costs an fsync, whatever it holds: a raid of rule-breaking messages would queue up behind one
fsync per decision. Here the first unit of work commits at once (no added wait when the bot is quiet);
those that arrive meanwhile are queued, then run one after the other in a single transaction, each in
its own savepoint, and committed together.

Guarantees, the same as ``Database.run`` gives one unit of work:

* a caller's ``await`` returns only after its work is committed (act on Discord after that, never
  before);
* a work that raises is rolled back to its savepoint alone; its caller gets the error and the others
  are committed;
* a transient database error retries the whole batch (every work must be safe to run again, as for
  ``Database.run``); past the last attempt every caller of the batch gets the error;
* a caller cancelled before its batch started is dropped; one cancelled later may still be committed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

if TYPE_CHECKING:
    from bot.db.engine import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

Work = Callable[[AsyncSession], Awaitable[Any]]


class GroupCommit:
    def __init__(
        self,
        db: Database,
        *,
        max_batch: int = 64,
        attempts: int = 4,
        backoff: float = 0.2,
        is_transient: Callable[[BaseException], bool],
    ) -> None:
        self.db = db
        self.max_batch = max_batch
        self.attempts = attempts
        self.backoff = backoff
        self._is_transient = is_transient
        self._queue: list[tuple[Work, asyncio.Future[Any]]] = []
        self._committer: asyncio.Task[None] | None = None
        self.transactions = 0  # committed transactions, and the works they held: for tests and benchmarks
        self.works = 0

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append((work, future))
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._drain(), name="havre-group-commit")
        return await future

    async def _drain(self) -> None:
        while self._queue:
            batch = [item for item in self._queue[: self.max_batch] if not item[1].done()]
            del self._queue[: self.max_batch]
            if batch:
                await self._commit(batch)

    async def _commit(self, batch: list[tuple[Work, asyncio.Future[Any]]]) -> None:
        for attempt in range(1, self.attempts + 1):
            outcomes: list[tuple[bool, Any]] = []
            try:
                async with self.db.unit_of_work() as session:
                    if len(batch) == 1:  # alone: its failure is the transaction's, no savepoint needed
                        outcomes.append((True, await batch[0][0](session)))
                    else:
                        for work, _future in batch:
                            outcomes.append(await self._one(session, work))
            except Exception as exc:  # the transaction itself failed: nothing of the batch is committed
                if attempt < self.attempts and self._is_transient(exc):
                    log.warning(
                        "database hiccup, retrying a batch of %s (%s/%s): %s",
                        len(batch), attempt, self.attempts, type(exc).__name__,
                    )  # fmt: skip
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
                    continue
                for _work, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                return
            self.transactions += 1
            self.works += len(batch)
            for (_work, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
            return

    async def _one(self, session: AsyncSession, work: Work) -> tuple[bool, Any]:
        try:
            async with session.begin_nested():
                return True, await work(session)
        except Exception as exc:
            if self._is_transient(exc):
                raise  # the connection or the transaction is in doubt: retry the whole batch
            return False, exc
