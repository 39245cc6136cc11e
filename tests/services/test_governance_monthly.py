"""The monthly report is posted once per server and month: across restarts, and with two processes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.db.models import ReportRun
from bot.domain.clock import MovableClock
from bot.services.governance.report import MonthlyReportJob, ReportBundle
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import GUILD, add_case, add_guild
from tests.services_support import make_context

OTHER = GUILD + 1
QUIET = GUILD + 2  # no governance channel: no report
CHANNEL = 4_242


class Inbox:
    def __init__(self) -> None:
        self.posts: list[tuple[int, int, str, int]] = []
        self.fail_next = False

    async def publish(self, guild_id: int, channel_id: int, bundle: ReportBundle) -> None:
        await asyncio.sleep(0.01)  # give a racing process every chance to interleave
        if self.fail_next:
            self.fail_next = False
            raise ConnectionError("Discord is down")
        self.posts.append((guild_id, channel_id, bundle.period.label, bundle.report.actions_total))


async def _process(
    factory: DatabaseFactory, tmp_path: Path, clock: MovableClock, inbox: Inbox
) -> MonthlyReportJob:
    """One bot process: its own engine on the shared database, its own services."""
    ctx = await make_context(await factory.make(), tmp_path, clock)
    job = ctx.governance.monthly
    job.publisher = inbox.publish
    return job


async def test_two_processes_and_a_restart_post_each_month_once(
    db_factory: DatabaseFactory, tmp_path: Path
) -> None:
    clock = MovableClock(datetime(2026, 10, 20, tzinfo=UTC))
    inbox = Inbox()
    first = await _process(db_factory, tmp_path, clock, inbox)
    ctx = await make_context(first.db, tmp_path, clock)
    for guild in (GUILD, OTHER):
        await add_guild(ctx, guild, governance_channel_id=CHANNEL)
    await add_guild(ctx, QUIET)
    await add_case(ctx, datetime(2026, 10, 3, tzinfo=UTC))
    second = await _process(db_factory, tmp_path, clock, inbox)
    assert first.db is not second.db

    clock.set(datetime(2026, 11, 1, 6, tzinfo=UTC))
    results = await asyncio.gather(*(job.run() for job in (first, second, first, second)))
    assert sorted(inbox.posts) == [(GUILD, CHANNEL, "2026-10", 1), (OTHER, CHANNEL, "2026-10", 0)]
    assert sum(len(r) for r in results) == 2

    restarted = await _process(db_factory, tmp_path, clock, inbox)  # a new process after a restart
    clock.set(datetime(2026, 11, 2, 6, tzinfo=UTC))
    assert await restarted.run() == []
    assert len(inbox.posts) == 2

    clock.set(datetime(2026, 12, 1, 6, tzinfo=UTC))
    await asyncio.gather(restarted.run(), first.run(), second.run())
    assert sorted(p[2] for p in inbox.posts) == ["2026-10", "2026-10", "2026-11", "2026-11"]
    async with first.db.unit_of_work() as session:
        runs = (await session.scalars(select(ReportRun))).all()
    assert sorted((r.guild_id, r.period, r.status) for r in runs) == [
        (GUILD, "2026-10", "posted"),
        (GUILD, "2026-11", "posted"),
        (OTHER, "2026-10", "posted"),
        (OTHER, "2026-11", "posted"),
    ]


async def test_a_failed_post_is_retried_by_the_next_run(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    clock = MovableClock(datetime(2026, 3, 1, 6, tzinfo=UTC))
    inbox = Inbox()
    job = await _process(db_factory, tmp_path, clock, inbox)
    ctx = await make_context(job.db, tmp_path, clock)
    await add_guild(ctx, GUILD, governance_channel_id=CHANNEL)
    inbox.fail_next = True
    assert await job.run() == []
    assert await job.run() == [(GUILD, "2026-02")]
    assert await job.run() == []
    assert [p[2] for p in inbox.posts] == ["2026-02"]


async def test_without_a_publisher_nothing_is_claimed(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    clock = MovableClock(datetime(2026, 3, 1, 6, tzinfo=UTC))
    job = await _process(db_factory, tmp_path, clock, Inbox())
    ctx = await make_context(job.db, tmp_path, clock)
    await add_guild(ctx, GUILD, governance_channel_id=CHANNEL)
    job.publisher = None
    assert await job.run() == []
    assert await job.claim(GUILD, "2026-02") is True  # still free for the process that can post
    assert await job.claim(GUILD, "2026-02") is False
