"""APScheduler 3.x (in-memory job store) drives timing: deadline wake-ups and cron jobs.

The database owns every deadline; the scheduler only decides *when* to look. Jobs coalesce and never
miss (``misfire_grace_time=None``), so a wake-up scheduled for a time that already passed runs at once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.scheduling.deadlines import DeadlineRunner

log = logging.getLogger(__name__)

JOB_DEFAULTS = {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}


class Scheduler:
    def __init__(self, runner: DeadlineRunner, *, sweep_every: timedelta = timedelta(seconds=30)) -> None:
        self.runner = runner
        self.aps = AsyncIOScheduler(timezone=UTC, job_defaults=JOB_DEFAULTS)
        self.sweep_every = sweep_every
        runner.set_waker(self.wake_at)

    def wake_at(self, when: datetime) -> None:
        """Run the deadline runner at ``when`` (one job per second of due time; coalesced)."""
        if not self.aps.running:
            return
        when = max(when, datetime.now(UTC))
        job_id = f"deadlines:{int(when.timestamp())}"
        self.aps.add_job(self._run_due, DateTrigger(run_date=when), id=job_id, replace_existing=True)

    async def _run_due(self) -> None:
        try:
            await self.runner.run_due()
        except Exception:
            log.exception("deadline sweep failed; the next sweep retries")

    def add_cron(self, job_id: str, func: Callable[[], Awaitable[Any]], **cron: Any) -> None:
        self.aps.add_job(func, CronTrigger(timezone=UTC, **cron), id=job_id, replace_existing=True)

    def add_interval(self, job_id: str, func: Callable[[], Awaitable[Any]], every: timedelta) -> None:
        self.aps.add_job(
            func, IntervalTrigger(seconds=every.total_seconds()), id=job_id, replace_existing=True
        )

    async def start(self) -> int:
        """Start timing, rehydrate pending deadlines, and sweep periodically for other processes' rows."""
        if not self.aps.running:
            self.aps.start()
        self.add_interval("deadlines:sweep", self._run_due, self.sweep_every)
        count = await self.runner.rehydrate()
        log.info("scheduler started; %s pending deadline(s) rehydrated", count)
        return count

    def shutdown(self) -> None:
        if self.aps.running:
            self.aps.shutdown(wait=False)
