"""Deadlines fire once with several OS processes on one PostgreSQL database (issue #14, point 4).

Three runner processes, 200 deadlines already due, batches of 50, a 1 s lease, handlers of ~60 ms:
a batch takes longer than the lease, so a runner that leased a whole batch would see rows taken from
under it. Each row is claimed on its own, its lease renewed while its handler runs, and the handler's
effect is committed together with the row's completion (fenced by the claim): no effect twice.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bot.db.models import Deadline
from bot.domain.clock import SystemClock
from bot.scheduling.deadlines import schedule
from tests.conftest import DatabaseFactory

REPO = Path(__file__).resolve().parents[2]
PROCESSES = 3
DEADLINES = 200


@pytest.mark.timeout(90)
async def test_three_processes_fire_each_of_200_deadlines_once(
    db_factory: DatabaseFactory, tmp_path: Path
) -> None:
    if db_factory.backend != "postgres":
        pytest.skip("several bot processes share PostgreSQL only (SQLite is one process)")
    clock = SystemClock()
    db = await db_factory.make()
    async with db.unit_of_work() as session:
        await session.execute(text("CREATE TABLE fired (subject varchar(64), runner varchar(16))"))
        for n in range(DEADLINES):
            await schedule(
                session,
                kind="k",
                subject=f"s:{n}",
                due_at=clock.now() - timedelta(seconds=1),
                now=clock.now(),
            )
    start_at = time.time() + 3  # imports done, the three start together
    outs = [tmp_path / f"runner{i}.txt" for i in range(PROCESSES)]
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.scheduling.deadline_worker",
            db_factory.url,
            db_factory.schema,
            f"r{i}",
            str(out),
            str(start_at),
            "1.0",
            "50",
            "0.06",
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for i, out in enumerate(outs)
    ]
    results = [await p.communicate() for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()[-2000:]
    ran = Counter(line for out in outs for line in out.read_text().split())
    async with db.reading() as session:
        effects = Counter((await session.execute(text("SELECT subject FROM fired"))).scalars())
        statuses = Counter((await session.execute(select(Deadline.status))).scalars())
    twice = sorted(s for s, n in ran.items() if n > 1)
    assert len(ran) == DEADLINES, f"{DEADLINES - len(ran)} deadlines never fired"
    assert twice == [], f"{len(twice)} of {DEADLINES} fired twice"
    assert set(effects.values()) == {1} and len(effects) == DEADLINES
    assert statuses == {"done": DEADLINES}
    # Every process took part (the lease per row lets the others help).
    assert sum(1 for out in outs if out.read_text().strip()) >= 2
