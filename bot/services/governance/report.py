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
from bot.domain.help.kb import KnowledgeBase
from bot.domain.i18n import language_of
from bot.governance.charts import render_charts
from bot.governance.document import ChartRef, ReportDocument
from bot.governance.metrics import TrustRecords, TrustReport, compute_report
from bot.governance.report import (
    ReportContext,
    TrendPoint,
    build_document,
    render_html,
    render_summary,
)
from bot.services.errors import HavreError
from bot.services.governance.files import write_private_bytes
from bot.services.governance.metrics import MetricsLoader
from bot.services.governance.period import Period
from bot.services.policies import PolicyRegistry

log = logging.getLogger(__name__)
STALE_CLAIM = timedelta(hours=1)
TREND_MONTHS = 6
KB_DIR = "kb"
Progress = Callable[[str], None]  # called with the step starting: "load", "compute", "draw", "done"


class NoDataForServer(HavreError):
    """The bot knows nothing about this server: no settings, no decision, no request, no log."""

    key = "report.error_no_data"

    def __init__(self, guild_id: int) -> None:
        super().__init__(guild=guild_id)


@dataclass(frozen=True)
class ReportBundle:
    """One built report. For a page: ``document`` (see ``bot.governance.document``; ``to_dict()`` for
    JSON); for files: ``files()``; for Discord: ``summary`` (short, plain, with the attachment note)."""

    guild_id: int
    period: Period
    lang: str
    report: TrustReport = field(repr=False)
    summary: str = field(repr=False)  # the Discord post
    charts: tuple[ChartRef, ...] = field(repr=False)  # drawn charts only (empty states are in document)
    html: str = field(repr=False)
    document: ReportDocument | None = field(default=None, repr=False)
    summary_text: str = field(default="", repr=False)  # summary.txt: full, plain, no attachment note
    previous: TrustReport | None = field(default=None, repr=False)
    trend: tuple[TrendPoint, ...] = field(default=(), repr=False)

    @property
    def empty(self) -> bool:
        return self.report.is_empty

    @property
    def stem(self) -> str:
        return f"havre-report-{self.period.label.replace('..', '_')}"

    def files(self) -> list[tuple[str, bytes]]:
        """(file name, content): the summary, each drawn chart, and the HTML page."""
        out = [("summary.txt", (self.summary_text or self.summary).encode("utf-8"))]
        out += [(f"{chart.name}.png", chart.png) for chart in self.charts if chart.png is not None]
        out.append(("report.html", self.html.encode("utf-8")))
        return out

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, content in self.files():
            path = folder / name
            write_private_bytes(path, content)
            written.append(path)
        return written


def _months_back(period: Period, count: int) -> list[Period]:
    """``count`` calendar months ending with the one ``period`` ends in, oldest first."""
    last = Period.month_of(period.end - timedelta(microseconds=1))
    months = [last]
    while len(months) < count:
        months.insert(0, Period.month_of(months[0].start - timedelta(days=1)))
    return months


class ReportService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        loader: MetricsLoader,
        *,
        policies: PolicyRegistry | None = None,
        policies_dir: Path | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.loader = loader
        self.policies = policies
        self.policies_dir = policies_dir

    async def language(self, guild_id: int) -> str:
        async with self.db.unit_of_work() as session:
            row = await session.get(GuildSettings, guild_id)
        return language_of(row.language if row else None)

    async def context(self, guild_id: int, lang: str) -> ReportContext:
        """Rule and article titles and response targets from the server's policy, in ``lang``."""
        if self.policies is None:
            return ReportContext()
        async with self.db.unit_of_work() as session:
            row = await session.get(GuildSettings, guild_id)
        try:
            policy = self.policies.for_settings(row)
        except Exception:  # a broken override must not stop the report: ids instead of titles
            log.warning("report for server %s: its policy could not be loaded; rule ids shown", guild_id)
            return ReportContext()
        articles: dict[str, str] = {}
        if self.policies_dir is not None:
            folder = self.policies_dir / (policy.kb_dir or KB_DIR)
            if not folder.is_dir():
                folder = self.policies_dir / KB_DIR
            if folder.is_dir():
                try:
                    kb = KnowledgeBase.load(folder)
                except Exception:
                    log.warning(
                        "report for server %s: knowledge base unreadable; article ids shown", guild_id
                    )
                else:
                    for article in kb.in_language(lang) or kb.in_language("en"):
                        articles[article.id] = article.title
        return ReportContext(
            rule_titles={rule.id: policy.text(rule.title, lang) for rule in policy.rules},
            article_titles=articles,
            crisis_target_minutes=policy.help.slo_minutes.crisis,
            help_target_minutes=policy.help.slo_minutes.normal,
        )

    async def build(
        self,
        guild_id: int,
        period: Period,
        lang: str | None = None,
        *,
        progress: Progress | None = None,
        require_data: bool = False,
    ) -> ReportBundle:
        """The report for ``period`` with last month's figures and six months of trend.

        ``require_data``: raise :class:`NoDataForServer` when the bot knows nothing about the server.
        """

        def step(name: str) -> None:
            if progress is not None:
                progress(name)

        now = self.clock.now()
        period = period.clamp(now)
        if require_data and not await self.loader.known(guild_id):
            raise NoDataForServer(guild_id)
        lang = language_of(lang) if lang else await self.language(guild_id)
        step("load")
        months = _months_back(period, TREND_MONTHS)
        is_month = Period.month_of(period.start).label == period.label
        previous_period = Period.month_of(period.start - timedelta(days=1)) if is_month else None
        first = min(months[0].start, period.start, *([previous_period.start] if previous_period else []))
        records = await self.loader.load(guild_id, Period(first, period.end, period.label))
        context = await self.context(guild_id, lang)
        step("compute")
        report, previous, trend = _compute(records, period, previous_period, months, now)
        step("draw")

        def render() -> tuple[dict[str, ChartRef], ReportDocument, str]:
            charts = render_charts(report, lang, context, trend)
            document = build_document(
                report,
                lang=lang,
                context=context,
                previous=previous,
                trend=trend,
                charts=charts,
                generated_at=now,
            )
            return charts, document, render_html(document)

        charts, document, html = await asyncio.to_thread(render)
        step("done")
        return ReportBundle(
            guild_id,
            period,
            lang,
            report,
            render_summary(document, full=False, attachment_note=True),
            tuple(chart for chart in charts.values() if chart.png is not None),
            html,
            document=document,
            summary_text=render_summary(document),
            previous=previous,
            trend=trend,
        )


def _compute(
    records: TrustRecords,
    period: Period,
    previous_period: Period | None,
    months: list[Period],
    now: Any,
) -> tuple[TrustReport, TrustReport | None, tuple[TrendPoint, ...]]:
    report = compute_report(records, period.start, period.end)
    previous = (
        compute_report(records, previous_period.start, previous_period.end) if previous_period else None
    )
    trend = []
    for month in months:
        clamped = month.clamp(now)
        trend.append(
            TrendPoint(month.label, month.start, compute_report(records, clamped.start, clamped.end))
        )
    return report, previous, tuple(trend)


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
