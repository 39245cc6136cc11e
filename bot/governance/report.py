"""The trust report for a committee: built as a :class:`~bot.governance.document.ReportDocument`, then
rendered as a plain-text summary and a self-contained HTML page.

Plain language: no acronym, no percentile, no "n/a"; rules and articles by their titles; every figure beside
its target (when the policy sets one) and last month's. Texts come from ``bot/locales/<lang>/report.toml``;
numbers, percentages and dates are formatted by Babel for the reader's language. Every piece of data that
reaches HTML goes through :func:`html.escape`; the page has no script and no external resource.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from html import escape

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from bot.domain.i18n import MissingText, language_of, t
from bot.governance.chain import VerifyResult
from bot.governance.document import ChartRef, Figure, ReportDocument, Section, Status, Table
from bot.governance.metrics import NO_RULE, TrustReport

__all__ = [
    "DISCORD_MESSAGE_LIMIT",
    "ReportContext",
    "TrendPoint",
    "build_document",
    "fmt_duration",
    "fmt_number",
    "fmt_pct",
    "render_html",
    "render_summary",
    "render_verify_result",
]

DISCORD_MESSAGE_LIMIT = 2000
SUMMARY_SECTIONS = ("crisis", "help", "moderation", "notices", "selfhelp", "audit")


@dataclass(frozen=True)
class TrendPoint:
    label: str  # "2026-01"
    start: datetime
    report: TrustReport


@dataclass(frozen=True)
class ReportContext:
    """What the report needs from the server's policy, already in the reader's language."""

    rule_titles: Mapping[str, str] = field(default_factory=dict)  # rule id -> title
    article_titles: Mapping[str, str] = field(default_factory=dict)  # article id -> title
    crisis_target_minutes: int | None = None  # the policy's target for a first answer to a crisis
    help_target_minutes: int | None = None  # ... and to an ordinary request


def r(key: str, lang: str, /, **fields: object) -> str:
    return t(f"report.{key}", lang, **fields)


def _locale(lang: str) -> str:
    return language_of(lang)


def fmt_number(value: float, lang: str, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=_locale(lang)))


def fmt_pct(value: float | None, lang: str) -> str:
    if value is None:
        return r("nothing_to_measure", lang)
    return str(format_percent(value, locale=_locale(lang)))


def fmt_duration(seconds: float | None, lang: str) -> str:
    """Plain durations: "40 s", "4.5 min", "12 min", "1 h 20 min", "3 days"."""
    if seconds is None:
        return r("nothing_to_measure", lang)
    seconds = max(0.0, seconds)
    if seconds < 60:
        return r("seconds", lang, value=fmt_number(round(seconds), lang))
    minutes = seconds / 60
    if minutes < 10:
        return r("minutes", lang, value=fmt_number(minutes, lang, 1).rstrip("0").rstrip(",."))
    if minutes < 60:
        return r("minutes", lang, value=fmt_number(round(minutes), lang))
    if minutes < 48 * 60:
        hours, rest = divmod(round(minutes), 60)
        if rest == 0:
            return r("hours", lang, value=fmt_number(hours, lang))
        return r("hours_minutes", lang, hours=fmt_number(hours, lang), minutes=fmt_number(rest, lang))
    return r("days", lang, value=fmt_number(round(minutes / 1440), lang))


def fmt_day(day: date, lang: str) -> str:
    return str(format_date(day, format="long", locale=_locale(lang)))


def fmt_month(moment: datetime, lang: str, *, short: bool = False) -> str:
    pattern = "LLL yyyy" if short else "LLLL yyyy"
    text = str(format_date(moment.date(), format=pattern, locale=_locale(lang)))
    return text[:1].upper() + text[1:]


def fmt_period(start: datetime, end: datetime, lang: str) -> str:
    """A calendar month as its name ("February 2026"); whole UTC days as dates with an inclusive end; a
    period ending mid-day (a month in progress) up to the day and time it was cut."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    midnight = time(tzinfo=UTC)
    if start.timetz() == midnight and end.timetz() == midnight:
        last = (end - timedelta(days=1)).date()
        if start.day == 1 and end.day == 1 and timedelta(days=28) <= end - start <= timedelta(days=31):
            return fmt_month(start, lang)
        return r("period", lang, start=fmt_day(start.date(), lang), end=fmt_day(last, lang))
    until = r("day_time", lang, day=fmt_day(end.date(), lang), time=end.strftime("%H:%M"))
    return r("period", lang, start=fmt_day(start.date(), lang), end=until)


def action_label(action: str, lang: str) -> str:
    try:
        return r(f"action_{action}", lang)
    except MissingText:
        return action


def verdict_label(verdict: str, lang: str) -> str:
    try:
        return r(f"verdict_{verdict}", lang)
    except MissingText:
        return verdict


def rule_title(rule_id: str, context: ReportContext, lang: str) -> str:
    if rule_id == NO_RULE:
        return r("no_rule", lang)
    title = context.rule_titles.get(rule_id)
    return title if title else r("rule_not_in_policy", lang, rule=rule_id)


# -- the document -------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, report: TrustReport, previous: TrustReport | None, context: ReportContext, lang: str):
        self.now = report
        self.before = previous
        self.context = context
        self.lang = lang

    def count(self, key: str, value: Callable[[TrustReport], int], *, target_zero: bool = False) -> Figure:
        lang = self.lang
        current = value(self.now)
        previous = None
        if self.before is not None:
            previous = fmt_number(value(self.before), lang)
        status = Status.NONE
        target = None
        if target_zero:
            target = fmt_number(0, lang)
            status = Status.MET if current == 0 else Status.MISSED
        return Figure(
            key, r(f"fig_{key}", lang), current, fmt_number(current, lang), target, previous, status
        )

    def share(
        self, key: str, value: Callable[[TrustReport], float | None], *, target_all: str | None = None
    ) -> Figure:
        lang = self.lang
        current = value(self.now)
        previous = None
        if self.before is not None:
            previous = fmt_pct(value(self.before), lang)
        status = Status.NONE
        if target_all is not None and current is not None:
            status = Status.MET if current >= 1.0 else Status.MISSED
        return Figure(
            key, r(f"fig_{key}", lang), current, fmt_pct(current, lang), target_all, previous, status
        )

    def duration(
        self,
        key: str,
        value: Callable[[TrustReport], float | None],
        target_minutes: int | None,
    ) -> Figure:
        lang = self.lang
        current = value(self.now)
        previous = None
        if self.before is not None:
            previous = fmt_duration(value(self.before), lang)
        target = None
        status = Status.NONE
        if target_minutes is not None:
            target = r("within", lang, value=fmt_duration(target_minutes * 60, lang))
            if current is not None:
                status = Status.MET if current <= target_minutes * 60 else Status.MISSED
        return Figure(
            key, r(f"fig_{key}", lang), current, fmt_duration(current, lang), target, previous, status
        )


def _crisis_lead(report: TrustReport, lang: str) -> list[str]:
    crisis = report.crisis
    if crisis.alerts == 0:
        return [r("crisis_none", lang)]
    lines = [r("crisis_alerts", lang, count=crisis.alerts)]
    if crisis.answered:
        lines.append(
            r(
                "crisis_answered",
                lang,
                answered=crisis.answered,
                in_time=crisis.answered_in_time,
                target=fmt_duration((crisis.target_minutes or 0) * 60, lang),
                median=fmt_duration(crisis.median_answer_seconds, lang),
                slowest=fmt_duration(crisis.slowest_answer_seconds, lang),
            )
        )
    if crisis.unanswered:
        lines.append(r("crisis_unanswered", lang, count=crisis.unanswered))
    else:
        lines.append(r("crisis_all_answered", lang))
    if crisis.waiting:
        lines.append(r("crisis_waiting", lang, count=crisis.waiting))
    if crisis.closed_unanswered:
        lines.append(r("crisis_closed_unanswered", lang, count=crisis.closed_unanswered))
    return lines


def _headline(report: TrustReport, lang: str) -> tuple[str, ...]:
    if report.is_empty:
        return (r("empty_period", lang),)
    lines = _crisis_lead(report, lang)
    others = report.tickets_missed - report.crisis.unanswered
    if others > 0:
        lines.append(r("headline_unanswered", lang, count=others))
    if report.open_at_end.total:
        lines.append(r("headline_open_at_end", lang, count=report.open_at_end.total))
    if report.notices.undelivered:
        lines.append(r("headline_undelivered", lang, count=report.notices.undelivered))
    lines.append(
        r(
            "headline_moderation",
            lang,
            total=report.actions_total,
            automatic=report.automatic_actions,
            human=report.human_actions,
            appeals=report.appeals_opened,
            granted=report.appeals_granted,
        )
    )
    return tuple(lines)


def _hours_without_anyone(report: TrustReport, lang: str) -> str | None:
    uncovered = [hour.hour for hour in report.coverage if hour.on_duty_share == 0]
    if not report.coverage or not any(hour.on_duty_share for hour in report.coverage):
        return None
    if not uncovered:
        return r("coverage_every_hour", lang)
    spans: list[tuple[int, int]] = []
    for hour in uncovered:
        if spans and spans[-1][1] == hour:
            spans[-1] = (spans[-1][0], hour + 1)
        else:
            spans.append((hour, hour + 1))
    text = ", ".join(f"{a:02d}:00–{b % 24:02d}:00" for a, b in spans)
    return r("coverage_gaps", lang, hours=text)


def build_document(
    report: TrustReport,
    *,
    lang: str,
    context: ReportContext | None = None,
    previous: TrustReport | None = None,
    trend: Sequence[TrendPoint] = (),
    charts: Mapping[str, ChartRef] | None = None,
    generated_at: datetime | None = None,
) -> ReportDocument:
    """The whole report as a render-ready document (see :mod:`bot.governance.document`)."""
    lang = language_of(lang)
    context = context or ReportContext()
    charts = charts or {}
    b = _Builder(report, previous, context, lang)
    crisis_target = report.crisis.target_minutes or context.crisis_target_minutes

    def chart(name: str) -> tuple[ChartRef, ...]:
        found = charts.get(name)
        return (found,) if found is not None else ()

    crisis = Section(
        "crisis",
        r("section_crisis", lang),
        figures=(
            b.count("crisis_alerts", lambda x: x.crisis.alerts),
            b.share(
                "crisis_in_time",
                lambda x: x.crisis.in_time_share,
                target_all=r("every_alert_within", lang, value=fmt_duration((crisis_target or 0) * 60, lang))
                if crisis_target
                else None,
            ),
            b.duration("crisis_median", lambda x: x.crisis.median_answer_seconds, crisis_target),
            b.duration("crisis_slowest", lambda x: x.crisis.slowest_answer_seconds, crisis_target),
            b.count("crisis_unanswered", lambda x: x.crisis.unanswered, target_zero=True),
        ),
        charts=chart("crisis_answers"),
    )

    open_end = report.open_at_end
    help_lead = []
    if open_end.total:
        help_lead.append(
            r(
                "open_at_end_detail",
                lang,
                count=open_end.total,
                crisis=open_end.crisis,
                unanswered=open_end.unanswered,
                oldest=fmt_duration(open_end.oldest_wait_seconds, lang),
            )
        )
    help_section = Section(
        "help",
        r("section_help", lang),
        lead=tuple(help_lead),
        figures=(
            b.count("requests_opened", lambda x: x.tickets_opened),
            b.share("answered_in_time", lambda x: x.frt_within_slo),
            b.duration("typical_wait", lambda x: x.frt_median_seconds, context.help_target_minutes),
            b.duration("nine_in_ten", lambda x: x.frt_p90_seconds, None),
            b.count("unanswered", lambda x: x.tickets_missed, target_zero=True),
            b.count("open_at_end", lambda x: x.open_at_end.total),
            b.count("requests_closed", lambda x: x.tickets_closed),
            b.share("solved_first_time", lambda x: x.fcr),
            b.share("reopened", lambda x: x.reopen_rate),
            _satisfaction(b),
            b.count("passed_on", lambda x: x.escalated_tickets),
        ),
        charts=chart("first_answers"),
        quotes=report.comments,
    )

    workload_rows = tuple(
        (r("peer", lang, pseudonym=peer), fmt_number(count, lang)) for peer, count in report.peer_workload
    )
    gaps = _hours_without_anyone(report, lang)
    team = Section(
        "team",
        r("section_team", lang),
        lead=(gaps,) if gaps else (r("coverage_no_shifts", lang),),
        tables=(
            Table(
                "peer_workload",
                r("table_peer_workload", lang),
                (r("col_peer", lang), r("col_answered", lang)),
                workload_rows,
                (False, True),
                empty=r("empty_workload", lang),
            ),
        ),
        charts=chart("coverage"),
    )

    actions_seen = sorted(
        {action for row in report.rules for action, _ in row.by_action},
        key=lambda a: (-sum(dict(row.by_action).get(a, 0) for row in report.rules), a),
    )
    rule_rows = tuple(
        (
            rule_title(row.rule_id, context, lang),
            fmt_number(row.actions, lang),
            *(fmt_number(dict(row.by_action).get(action, 0), lang) for action in actions_seen),
            fmt_number(row.appeals_opened, lang),
            fmt_pct(row.appeal_rate, lang),
            fmt_pct(row.overturn_rate, lang),
        )
        for row in report.rules
    )
    columns = (
        r("col_rule", lang),
        r("col_total", lang),
        *(action_label(a, lang) for a in actions_seen),
        r("col_appeals", lang),
        r("col_appeal_share", lang),
        r("col_overturn_share", lang),
    )
    moderation = Section(
        "moderation",
        r("section_moderation", lang),
        figures=(
            b.count("actions", lambda x: x.actions_total),
            b.count("automatic", lambda x: x.automatic_actions),
            b.count("by_moderators", lambda x: x.human_actions),
            b.count("appeals_opened", lambda x: x.appeals_opened),
            b.share("appeal_share", lambda x: x.appeal_rate),
            b.share("overturn_share", lambda x: x.overturn_rate),
            b.share("clear_explanations", lambda x: x.clarity),
        ),
        tables=(
            Table(
                "rules",
                r("table_rules", lang),
                columns,
                rule_rows,
                (False, *([True] * (len(columns) - 1))),
                empty=r("empty_rules", lang),
            ),
        ),
        charts=chart("rules"),
    )

    notices = Section(
        "notices",
        r("section_notices", lang),
        figures=(
            b.count("notices_needed", lambda x: x.notices.needed),
            b.count("notices_delivered", lambda x: x.notices.delivered),
            b.count("notices_in_channel", lambda x: x.notices.in_channel),
            b.count("notices_undelivered", lambda x: x.notices.undelivered, target_zero=True),
        ),
        empty=r("empty_notices", lang) if report.notices.needed == 0 else None,
    )

    trend_section = _trend_section(trend, lang, chart("trend"))

    selfhelp = Section(
        "selfhelp",
        r("section_selfhelp", lang),
        figures=(b.count("articles_opened", lambda x: x.kb_opens),),
        tables=(
            Table(
                "articles",
                r("table_articles", lang),
                (r("col_article", lang), r("col_opened", lang)),
                tuple(
                    (context.article_titles.get(a) or a, fmt_number(n, lang))
                    for a, n in report.kb_top_articles
                ),
                (False, True),
                empty=r("empty_articles", lang),
            ),
        ),
    )
    audit = Section(
        "audit",
        r("section_audit", lang),
        figures=(b.count("decisions_reviewed", lambda x: x.audits_total),),
        tables=(
            Table(
                "verdicts",
                r("table_verdicts", lang),
                (r("col_verdict", lang), r("col_count", lang)),
                tuple((verdict_label(v, lang), fmt_number(n, lang)) for v, n in report.audit_verdicts)
                if report.audits_total
                else (),
                (False, True),
                empty=r("empty_audit", lang),
            ),
        ),
    )
    definitions = tuple(
        (r(f"fig_{key}", lang), r(f"def_{key}", lang))
        for key in (
            "crisis_alerts",
            "crisis_in_time",
            "answered_in_time",
            "typical_wait",
            "nine_in_ten",
            "unanswered",
            "open_at_end",
            "solved_first_time",
            "reopened",
            "satisfaction",
            "passed_on",
            "appeal_share",
            "overturn_share",
            "clear_explanations",
            "notices_undelivered",
            "coverage",
        )
    )
    stamp = (generated_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    return ReportDocument(
        lang=lang,
        title=r("title", lang),
        period=fmt_period(report.period_start, report.period_end, lang),
        generated=r("generated_at", lang, at=stamp),
        headline=_headline(report, lang),
        sections=(crisis, help_section, team, moderation, notices, trend_section, selfhelp, audit),
        definitions=definitions,
        empty=report.is_empty,
    )


def _satisfaction(b: _Builder) -> Figure:
    lang = b.lang

    def text(value: float | None, count: int) -> str:
        if value is None:
            return r("nothing_to_measure", lang)
        return r("out_of_five", lang, value=fmt_number(value, lang, 1), count=count)

    previous = None
    if b.before is not None:
        previous = text(b.before.csat_mean, b.before.csat_count)
    return Figure(
        "satisfaction",
        r("fig_satisfaction", lang),
        b.now.csat_mean,
        text(b.now.csat_mean, b.now.csat_count),
        None,
        previous,
    )


TREND_ROWS: tuple[tuple[str, Callable[[TrustReport], float | int | None], str], ...] = (
    ("crisis_alerts", lambda x: x.crisis.alerts, "count"),
    ("crisis_unanswered", lambda x: x.crisis.unanswered, "count"),
    ("requests_opened", lambda x: x.tickets_opened, "count"),
    ("answered_in_time", lambda x: x.frt_within_slo, "share"),
    ("unanswered", lambda x: x.tickets_missed, "count"),
    ("actions", lambda x: x.actions_total, "count"),
    ("appeal_share", lambda x: x.appeal_rate, "share"),
    ("overturn_share", lambda x: x.overturn_rate, "share"),
    ("notices_undelivered", lambda x: x.notices.undelivered, "count"),
)


def _trend_section(trend: Sequence[TrendPoint], lang: str, charts: tuple[ChartRef, ...]) -> Section:
    title = r("section_trend", lang)
    if not trend:
        return Section("trend", title, empty=r("empty_trend", lang))
    columns = (r("col_figure", lang), *(fmt_month(p.start, lang, short=True) for p in trend))
    rows = []
    for key, value, kind in TREND_ROWS:
        cells = []
        for point in trend:
            raw = value(point.report)
            if kind == "share":
                cells.append(fmt_pct(raw, lang) if raw is not None else "–")
            else:
                cells.append(fmt_number(raw or 0, lang))
        rows.append((r(f"fig_{key}", lang), *cells))
    return Section(
        "trend",
        title,
        tables=(
            Table("trend", r("table_trend", lang), columns, tuple(rows), (False, *([True] * len(trend)))),
        ),
        charts=charts,
    )


# -- plain text ---------------------------------------------------------------------------------------


def render_summary(document: ReportDocument, *, full: bool = True, attachment_note: bool = False) -> str:
    """Plain text, no markdown: the headline first, then (``full``) each key section's figures beside
    their target and last month's. ``full=False`` with ``attachment_note`` is the short Discord post (at
    most 2000 characters); ``summary.txt`` is the full text and never says anything is attached."""
    lang = document.lang
    lines = [f"{document.title} — {document.period}", ""]
    lines += list(document.headline)
    if full:
        for section in document.sections:
            if not section.figures or section.key not in SUMMARY_SECTIONS:
                continue
            lines += ["", section.title]
            for figure in section.figures:
                context = []
                if figure.target is not None:
                    context.append(r("target", lang, value=figure.target))
                if figure.previous is not None:
                    context.append(r("previous", lang, value=figure.previous))
                line = "- " + r("figure_line", lang, label=figure.label, value=figure.text)
                if context:
                    line += r("figure_context", lang, context=r("context_separator", lang).join(context))
                lines.append(line)
    if attachment_note:
        lines += ["", r("summary_more", lang)]
    text = "\n".join(lines)
    if not full and len(text) > DISCORD_MESSAGE_LIMIT:
        text = text[: DISCORD_MESSAGE_LIMIT - 1] + "…"
    return text


def render_verify_result(result: VerifyResult, lang: str) -> str:
    """One sentence for the ``verify`` command, in the reader's language."""
    if result.ok:
        return t("governance.verify_ok", lang, checked=result.checked, checkpoints=result.checkpoints_checked)
    detail = t(f"governance.verify_{result.problem.value}", lang) if result.problem else result.reason
    seq = result.first_bad_seq if result.first_bad_seq is not None else "?"
    return t("governance.verify_failed", lang, seq=seq, detail=detail)


# -- HTML ---------------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;
color:#1d2330}
main{max-width:980px;margin:0 auto;padding:24px}
h1{margin:0 0 4px;font-size:1.7em}h2{margin-top:0;font-size:1.25em}
.period{color:#444;margin:0 0 16px}
.headline{background:#fff;border-left:5px solid #D55E00;padding:12px 18px;margin-bottom:16px;
border-radius:6px;font-size:1.05em}
.headline p{margin:4px 0}
section{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:16px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%;margin-bottom:12px}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{overflow-x:auto}.scroll td:first-child{min-width:11em}
.missed{color:#a33b00;font-weight:600}.met{color:#00664d}
.context{color:#555;font-size:.9em}
.empty{color:#555;font-style:italic}
figure{margin:0 0 16px}img{max-width:100%;height:auto}figcaption{color:#444;font-size:.9em}
blockquote{margin:0 0 8px;padding:6px 12px;border-left:3px solid #0072B2;background:#f0f5fa}
dt{font-weight:600;margin-top:8px}dd{margin:2px 0 0 0;color:#333}footer{color:#555;font-size:.85em}
@media (max-width:600px){main{padding:12px}th,td{padding:4px}}
""".strip()


def _figures_html(section: Section, lang: str) -> str:
    if not section.figures:
        return ""
    names = [escape(r(key, lang)) for key in ("col_figure", "col_value", "col_target", "col_previous")]
    head = (
        f"<thead><tr><th scope='col'>{names[0]}</th><th class='num' scope='col'>{names[1]}</th>"
        f"<th scope='col'>{names[2]}</th><th scope='col'>{names[3]}</th></tr></thead>"
    )
    rows = []
    for f in section.figures:
        status = f" class='num {f.status.value}'" if f.status is not Status.NONE else " class='num'"
        rows.append(
            f"<tr><td>{escape(f.label)}</td><td{status}>{escape(f.text)}</td>"
            f"<td class='context'>{escape(f.target or '')}</td>"
            f"<td class='context'>{escape(f.previous or '')}</td></tr>"
        )
    return f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"


def _table_html(table: Table) -> str:
    if not table.rows:
        return f"<p class='empty'>{escape(table.empty or '')}</p>" if table.empty else ""
    numeric = table.numeric or tuple(False for _ in table.columns)

    def cls(i: int) -> str:
        return " class='num'" if i < len(numeric) and numeric[i] else ""

    head = "".join(f"<th{cls(i)} scope='col'>{escape(c)}</th>" for i, c in enumerate(table.columns))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{escape(cell)}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return (
        f"<div class='scroll'><table><caption>{escape(table.caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )


def _chart_html(chart: ChartRef) -> str:
    if chart.png is None:
        return f"<p class='empty'>{escape(chart.empty or chart.alt)}</p>"
    data = base64.b64encode(chart.png).decode("ascii")
    return (
        f"<figure><img src='data:image/png;base64,{data}' alt='{escape(chart.alt, quote=True)}'>"
        f"<figcaption>{escape(chart.title)}</figcaption></figure>"
    )


def render_html(document: ReportDocument) -> str:
    """A self-contained HTML page (inline CSS, charts embedded as base64 PNG, all text escaped)."""
    lang = document.lang
    parts = []
    for section in document.sections:
        body = [f"<p>{escape(line)}</p>" for line in section.lead]
        if section.empty and not section.figures and not section.tables:
            body.append(f"<p class='empty'>{escape(section.empty)}</p>")
        else:
            if section.empty:
                body.append(f"<p class='empty'>{escape(section.empty)}</p>")
            body.append(_figures_html(section, lang))
            body += [_table_html(table) for table in section.tables]
        body += [_chart_html(chart) for chart in section.charts]
        if section.quotes:
            body.append(f"<h3>{escape(r('comments', lang))}</h3>")
            body += [f"<blockquote>{escape(q)}</blockquote>" for q in section.quotes]
        parts.append(f"<section id='{escape(section.key, quote=True)}'><h2>{escape(section.title)}</h2>")
        parts.append("".join(body) + "</section>")
    definitions = "".join(f"<dt>{escape(a)}</dt><dd>{escape(b)}</dd>" for a, b in document.definitions)
    headline = "".join(f"<p>{escape(line)}</p>" for line in document.headline)
    return (
        f"<!DOCTYPE html><html lang='{escape(lang, quote=True)}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(document.title)} — {escape(document.period)}</title><style>{_CSS}</style></head>"
        f"<body><main><h1>{escape(document.title)}</h1><p class='period'>{escape(document.period)}</p>"
        f"<div class='headline' role='note'>{headline}</div>"
        f"{''.join(parts)}"
        f"<section id='definitions'><h2>{escape(r('section_definitions', lang))}</h2><dl>{definitions}</dl>"
        f"</section><footer>{escape(document.generated)}</footer></main></body></html>"
    )
