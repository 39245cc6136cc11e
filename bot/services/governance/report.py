"""The trust report: computed from the database for any period, rendered as text, PNG charts and HTML.

The monthly job posts the previous month's report to every server that has a governance channel,
exactly once per server and month, even across restarts and with several processes on one database:
each run first *claims* ``(guild, period)`` by inserting a ``report_runs`` row (insert-or-skip on the
unique key); only the process whose insert went through builds and posts. A failed post is marked
``failed`` and retried by the next run; a claim left ``running`` by a process that died is taken over
after ``STALE_CLAIM`` (in that rare case a report may be posted twice rather than never).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update

from bot.db.engine import Database
from bot.db.models import GuildSettings, ReportRun
from bot.domain.clock import Clock
from bot.domain.i18n import language_of
from bot.governance.charts import Chart, render_charts
from bot.governance.metrics import TrustReport, compute_report
from bot.governance.report import render_html, render_summary
from bot.services.governance.metrics import MetricsLoader
from bot.services.governance.period import Period

log = logging.getLogger(__name__)
STALE_CLAIM = timedelta(hours=1)


@dataclass(frozen=True)
class ReportBundle:
    guild_id: int
    period: Period
    lang: str
    report: TrustReport = field(repr=False)
    summary: str = field(repr=False)
    charts: tuple[Chart, ...] = field(repr=False)
    html: str = field(repr=False)

    @property
    def stem(self) -> str:
        return f"havre-report-{self.period.label.replace('..', '_')}"

    def files(self) -> list[tuple[str, bytes]]:
        """(file name, content): the summary, each chart, and the HTML page."""
        out = [("summary.txt", self.summary.encode("utf-8"))]
        out += [(f"{chart.name}.png", chart.png) for chart in self.charts]
        out.append(("report.html", self.html.encode("utf-8")))
        return out

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, content in self.files():
            path = folder / name
            path.write_bytes(content)
            written.append(path)
        return written


class ReportService:
    def __init__(self, db: Database, clock: Clock, loader: MetricsLoader) -> None:
        self.db = db
        self.clock = clock
        self.loader = loader

    async def language(self, guild_id: int) -> str:
        async with self.db.unit_of_work() as session:
            row = await session.get(GuildSettings, guild_id)
        return language_of(row.language if row else None)

    async def build(self, guild_id: int, period: Period, lang: str | None = None) -> ReportBundle:
        period = period.clamp(self.clock.now())
        lang = language_of(lang) if lang else await self.language(guild_id)
        records = await self.loader.load(guild_id, period)
        report = compute_report(records, period.start, period.end)
        now = self.clock.now()

        def render() -> tuple[tuple[Chart, ...], str]:
            charts = render_charts(report, lang)
            return charts, render_html(report, charts, lang, generated_at=now)

        charts, html = await asyncio.to_thread(render)
        return ReportBundle(guild_id, period, lang, report, render_summary(report, lang), charts, html)


Publisher = Callable[[int, int, ReportBundle], Awaitable[None]]  # (guild id, channel id, bundle)


def _insert_or_skip(dialect: str) -> Callable[..., Any]:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


class MonthlyReportJob:
    """Posts last month's report to each server's governance channel, once per server and month."""

    def __init__(self, db: Database, clock: Clock, reports: ReportService, *, owner: str | None = None):
        self.db = db
        self.clock = clock
        self.reports = reports
        self.owner = owner or f"{socket.gethostname()[:40]}:{uuid.uuid4().hex[:8]}"
        self.publisher: Publisher | None = None

    async def claim(self, guild_id: int, period: str) -> bool:
        """True for the one caller that gets to post ``period`` for ``guild_id``."""
        now = self.clock.now()
        insert = _insert_or_skip(self.db.dialect)
        async with self.db.unit_of_work() as session:
            stmt = (
                insert(ReportRun)
                .values(guild_id=guild_id, period=period, status="running", owner=self.owner, created_at=now)
                .on_conflict_do_nothing(index_elements=["guild_id", "period"])
                .returning(ReportRun.id)
            )
            if (await session.execute(stmt)).first() is not None:
                return True
            retake = (
                update(ReportRun)
                .where(
                    ReportRun.guild_id == guild_id,
                    ReportRun.period == period,
                    or_(
                        ReportRun.status == "failed",
                        (ReportRun.status == "running") & (ReportRun.created_at < now - STALE_CLAIM),
                    ),
                )
                .values(status="running", owner=self.owner, created_at=now)
                .returning(ReportRun.id)
            )
            return (await session.execute(retake)).first() is not None

    async def _settle(self, guild_id: int, period: str, status: str) -> None:
        async with self.db.unit_of_work() as session:
            await session.execute(
                update(ReportRun)
                .where(
                    ReportRun.guild_id == guild_id, ReportRun.period == period, ReportRun.owner == self.owner
                )
                .values(status=status, posted_at=self.clock.now() if status == "posted" else None)
            )

    async def targets(self) -> list[tuple[int, int]]:
        async with self.db.unit_of_work() as session:
            rows = await session.execute(
                select(GuildSettings.id, GuildSettings.governance_channel_id).where(
                    GuildSettings.governance_channel_id.is_not(None)
                )
            )
            return [(int(guild), int(channel)) for guild, channel in rows.all()]

    async def run(self) -> list[tuple[int, str]]:
        """Post what is due; returns the (guild, period) pairs this process posted. Safe to call often."""
        if self.publisher is None:
            return []
        period = Period.previous_month(self.clock.now())
        posted = []
        for guild_id, channel_id in await self.targets():
            if not await self.claim(guild_id, period.label):
                continue
            try:
                bundle = await self.reports.build(guild_id, period)
                await self.publisher(guild_id, channel_id, bundle)
            except Exception:
                log.exception("monthly report %s for server %s failed; retried later", period.label, guild_id)
                await self._settle(guild_id, period.label, "failed")
                continue
            await self._settle(guild_id, period.label, "posted")
            posted.append((guild_id, period.label))
        return posted
