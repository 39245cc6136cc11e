"""One deadline runner in its own OS process, for ``test_deadlines_processes.py``.

Usage: python -m tests.scheduling.deadline_worker URL SCHEMA NAME OUT START_AT LEASE_S BATCH HANDLER_S

Waits until the wall clock reaches START_AT (so the processes start together), then runs its
``DeadlineRunner`` until no deadline is left pending or running. Its handler sleeps HANDLER_S (a slow
Discord call), then writes its effect in the database fenced by its claim (``deadlines.complete``) and
appends the subject to OUT once the effect is committed: one line per effect that happened.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import timedelta

from sqlalchemy import func, select, text

from bot.db.engine import Database
from bot.db.models import Deadline
from bot.domain.clock import SystemClock
from bot.scheduling import deadlines
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline


async def main(url: str, schema: str, name: str, out: str, start_at: float, lease: float, batch: int,
               handler_s: float) -> None:  # fmt: skip
    db = Database(url, schema=schema or None)
    runner = DeadlineRunner(db, SystemClock(), owner=name, lease=timedelta(seconds=lease), batch=batch)
    with open(out, "a", encoding="utf-8") as sink:

        async def handler(item: DueDeadline) -> None:
            await asyncio.sleep(handler_s)  # the slow part, outside any transaction
            async with db.unit_of_work() as session:
                await session.execute(
                    text("INSERT INTO fired (subject, runner) VALUES (:s, :r)"),
                    {"s": item.subject, "r": name},
                )
                await deadlines.complete(session, item, db_now=SystemClock().now())
            sink.write(item.subject + "\n")
            sink.flush()

        runner.register("k", handler)
        await asyncio.sleep(max(0.0, start_at - time.time()))
        stop = time.monotonic() + 60
        while time.monotonic() < stop:
            await runner.run_due()
            async with db.reading() as session:
                left = await session.scalar(
                    select(func.count())
                    .select_from(Deadline)
                    .where(Deadline.status.in_(("pending", "running")))
                )
            if not left:
                break
            await asyncio.sleep(0.05)
    print(f"{name} lost={runner.leases_lost}", flush=True)
    await db.dispose()


if __name__ == "__main__":
    a = sys.argv[1:]
    asyncio.run(main(a[0], a[1], a[2], a[3], float(a[4]), float(a[5]), int(a[6]), float(a[7])))
