"""PNG charts of a trust report (matplotlib, Agg canvas, no pyplot global state: safe in a worker thread).

Colours come from the Okabe–Ito palette, readable with colour blindness, and never carry meaning alone
(hatching and labels too). Every chart:

- shows small and zero values: each bar carries its number, a bar too short to see gets a minimum visible
  length, a zero is written as "0" on the axis; a request nobody answered is drawn (hatched, "no answer")
  instead of being left out;
- is replaced by an empty-state sentence (no image at all) when there is nothing to draw;
- has alt text that says what it shows, in words.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from bot.domain.i18n import MissingText, t
from bot.governance.document import ChartRef
from bot.governance.metrics import NO_RULE, FrtSample, TrustReport

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from bot.governance.report import ReportContext, TrendPoint

BLUE, ORANGE, GREEN, VERMILLION, GREY, SKY, PURPLE, YELLOW = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#555555",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
)
ACTION_COLOURS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, GREY, YELLOW)
MAX_BARS = 12
MAX_LISTED = 8  # items named in an alt text before "and N more"


def r(key: str, lang: str, /, **fields: object) -> str:
    return t(f"report.{key}", lang, **fields)


def label(kind: str, value: str, lang: str) -> str:
    """A localised label for an action or verdict code (``governance.<kind>_<value>``), else the code;
    used by the audit cog. The report itself names rules by their titles (``report.rule_title``)."""
    if kind == "rule":
        return t("governance.no_rule", lang) if value == NO_RULE else value
    try:
        return t(f"governance.{kind}_{value}", lang)
    except MissingText:
        return value


def render_charts(
    report: TrustReport,
    lang: str,
    context: ReportContext | None = None,
    trend: Sequence[TrendPoint] = (),
) -> dict[str, ChartRef]:
    """Every chart of the report by name; a chart with nothing to draw has ``png=None`` and an ``empty``."""
    from bot.governance.report import ReportContext

    context = context or ReportContext()
    crisis_target = report.crisis.target_minutes or context.crisis_target_minutes
    charts = [
        _answers(
            "crisis_answers",
            r("chart_crisis", lang),
            report.crisis.samples,
            report.crisis.unanswered,
            lang,
            target_minutes=crisis_target,
            empty=r("empty_crisis", lang),
        ),
        _answers(
            "first_answers",
            r("chart_first_answers", lang),
            report.frt_samples,
            report.unanswered_samples,
            lang,
            target_minutes=None,
            empty=r("empty_requests", lang),
        ),
        _rules(report, context, lang),
        _coverage(report, lang),
        _trend(trend, lang),
    ]
    return {chart.name: chart for chart in charts}


def _figure(height: float = 3.6) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.2, height), dpi=100)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()


def _listing(items: Sequence[str], lang: str) -> str:
    shown = list(items[:MAX_LISTED])
    if len(items) > MAX_LISTED:
        shown.append(r("alt_more", lang, count=len(items) - MAX_LISTED))
    return "; ".join(shown)


def _answers(
    name: str,
    title: str,
    samples: Sequence[FrtSample],
    unanswered: int,
    lang: str,
    *,
    target_minutes: int | None,
    empty: str,
) -> ChartRef:
    """One bar per request, fastest first, then one hatched full-height bar per request nobody answered."""
    from bot.governance.report import fmt_duration as fmt

    if not samples and not unanswered:
        return ChartRef(name, title, empty, None, empty)
    ordered = sorted(samples, key=lambda s: s.frt_seconds)
    minutes = [s.frt_seconds / 60 for s in ordered]
    targets = [s.slo_seconds / 60 for s in ordered]
    top = max([*minutes, *targets, float(target_minutes or 0), 1.0]) * 1.15
    floor = top * 0.015  # a bar shorter than this would be invisible: drawn at this height, labelled
    figure = _figure()
    ax = figure.add_subplot()
    ax.set_title(title)
    positions = list(range(len(ordered)))
    colours = [GREEN if s.frt_seconds <= s.slo_seconds else ORANGE for s in ordered]
    bars = ax.bar(positions, [max(m, floor) for m in minutes], color=colours, width=0.8)
    if len(ordered) <= 30:
        for bar, seconds in zip(bars, (s.frt_seconds for s in ordered), strict=True):
            ax.annotate(
                fmt(seconds, lang),
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                ha="center",
                va="bottom",
                fontsize="x-small",
                xytext=(0, 2),
                textcoords="offset points",
            )
    missing = list(range(len(ordered), len(ordered) + unanswered))
    if missing:
        ax.bar(missing, [top] * len(missing), color="white", edgecolor=VERMILLION, hatch="//", width=0.8)
        for x in missing:
            ax.text(x, top / 2, r("no_answer", lang), rotation=90, ha="center", va="center", fontsize="small")
    if targets:
        ax.scatter(positions, targets, marker="_", s=200, color="black", zorder=3)
    if target_minutes:
        ax.axhline(target_minutes, color="black", linestyle="--", linewidth=1)
    from matplotlib.patches import Patch

    handles = [
        Patch(color=GREEN, label=r("legend_in_time", lang)),
        Patch(color=ORANGE, label=r("legend_late", lang)),
        Patch(facecolor="white", edgecolor=VERMILLION, hatch="//", label=r("no_answer", lang)),
    ]
    ax.legend(handles=handles, frameon=False, fontsize="small", loc="upper left")
    ax.set_ylim(0, top * 1.1)
    ax.set_ylabel(r("axis_minutes", lang))
    ax.set_xlabel(r("axis_requests", lang))
    ax.set_xticks([])
    ax.spines[["top", "right"]].set_visible(False)
    late = sum(1 for s in ordered if s.frt_seconds > s.slo_seconds)
    alt = r(
        "alt_answers",
        lang,
        title=title,
        answered=len(ordered),
        late=late,
        unanswered=unanswered,
        times=_listing([fmt(s.frt_seconds, lang) for s in ordered], lang) or "–",
    )
    return ChartRef(name, title, alt, _png(figure))


def _annotate_h(ax: Axes, y: float, x: float, text: str) -> None:
    ax.annotate(text, (x, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize="small")


def _rules(report: TrustReport, context: ReportContext, lang: str) -> ChartRef:
    """Stacked horizontal bars: one bar per rule, one segment per action, the total at the end."""
    from bot.governance.report import action_label, rule_title

    title = r("chart_rules", lang)
    rows = [row for row in report.rules if row.actions or row.appeals_opened][:MAX_BARS]
    if not rows:
        empty = r("empty_rules", lang)
        return ChartRef("rules", title, empty, None, empty)
    names = [rule_title(row.rule_id, context, lang) for row in rows]
    actions = sorted({a for row in rows for a, _ in row.by_action})
    figure = _figure(max(2.4, 0.5 * len(rows) + 1.4))
    ax = figure.add_subplot()
    ax.set_title(title)
    positions = list(range(len(rows)))
    largest = max(row.actions for row in rows) or 1
    floor = largest * 0.012
    left = [0.0] * len(rows)
    for i, action in enumerate(actions):
        values = [dict(row.by_action).get(action, 0) for row in rows]
        widths = [max(v, floor) if v else 0 for v in values]
        ax.barh(
            positions,
            widths,
            left=left,
            color=ACTION_COLOURS[i % len(ACTION_COLOURS)],
            label=action_label(action, lang),
            edgecolor="white",
        )
        left = [a + w for a, w in zip(left, widths, strict=True)]
    for y, (row, end) in enumerate(zip(rows, left, strict=True)):
        _annotate_h(ax, y, end, str(row.actions))
    ax.set_yticks(positions, names)
    ax.invert_yaxis()
    ax.set_xlim(0, largest * 1.15 + 0.5)
    ax.set_xlabel(r("axis_decisions", lang))
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(frameon=False, fontsize="small", loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    items = [
        r(
            "alt_rule",
            lang,
            rule=name,
            total=row.actions,
            detail=", ".join(f"{action_label(a, lang)} {n}" for a, n in row.by_action) or "0",
        )
        for name, row in zip(names, rows, strict=True)
    ]
    alt = r("alt_rules", lang, title=title, rules=_listing(items, lang))
    return ChartRef("rules", title, alt, _png(figure))


def _coverage(report: TrustReport, lang: str) -> ChartRef:
    """Per hour of the day (UTC): the share of that hour with someone on duty, and the requests opened."""
    title = r("chart_coverage", lang)
    hours = report.coverage
    has_shifts = any(h.on_duty_share for h in hours)
    has_requests = any(h.requests_opened for h in hours)
    if not hours or not (has_shifts or has_requests):
        empty = r("empty_coverage", lang)
        return ChartRef("coverage", title, empty, None, empty)
    figure = _figure()
    ax = figure.add_subplot()
    ax.set_title(title)
    x = [h.hour for h in hours]
    shares = [(h.on_duty_share or 0) * 100 for h in hours]
    ax.bar(x, [max(s, 1.0) if s else 0 for s in shares], color=SKY, label=r("legend_on_duty", lang))
    for hour, share in zip(x, shares, strict=True):
        if share == 0:
            ax.text(hour, 1, "0", ha="center", va="bottom", color=VERMILLION, fontsize="x-small")
    ax.set_ylim(0, 105)
    ax.set_ylabel(r("axis_on_duty", lang))
    ax.set_xticks(range(0, 24, 3), [f"{h:02d}h" for h in range(0, 24, 3)])
    ax.set_xlabel(r("axis_hour", lang))
    second = ax.twinx()
    requests = [h.requests_opened for h in hours]
    second.plot(x, requests, color=VERMILLION, marker="o", markersize=3, label=r("legend_requests", lang))
    second.set_ylim(0, max([*requests, 1]) * 1.25)
    second.set_ylabel(r("axis_requests_opened", lang))
    from matplotlib.ticker import MaxNLocator

    second.yaxis.set_major_locator(MaxNLocator(integer=True))
    lines = ax.get_legend_handles_labels()[0] + second.get_legend_handles_labels()[0]
    ax.legend(handles=lines, frameon=False, fontsize="small", loc="upper left")
    uncovered = [f"{h.hour:02d}h" for h in hours if not h.on_duty_share]
    busiest = max(hours, key=lambda h: (h.requests_opened, -h.hour))
    alt = r(
        "alt_coverage",
        lang,
        title=title,
        uncovered=_listing(uncovered, lang) or "–",
        busiest=f"{busiest.hour:02d}h",
        requests=busiest.requests_opened,
    )
    return ChartRef("coverage", title, alt, _png(figure))


def _trend(trend: Sequence[TrendPoint], lang: str) -> ChartRef:
    """Six months: requests, crisis alerts and moderation decisions per month, every value labelled."""
    from bot.governance.report import fmt_month

    title = r("chart_trend", lang)
    series: Mapping[str, list[int]] = {
        r("fig_requests_opened", lang): [p.report.tickets_opened for p in trend],
        r("fig_crisis_alerts", lang): [p.report.crisis.alerts for p in trend],
        r("fig_actions", lang): [p.report.actions_total for p in trend],
    }
    if not trend or not any(any(values) for values in series.values()):
        empty = r("empty_trend", lang)
        return ChartRef("trend", title, empty, None, empty)
    figure = _figure()
    ax = figure.add_subplot()
    ax.set_title(title)
    labels = [fmt_month(p.start, lang, short=True) for p in trend]
    x = list(range(len(trend)))
    for (name, values), colour, marker in zip(series.items(), (BLUE, VERMILLION, GREEN), "os^", strict=True):
        ax.plot(x, values, color=colour, marker=marker, label=name)
        for xi, value in zip(x, values, strict=True):
            ax.annotate(
                str(value),
                (xi, value),
                xytext=(0, 4),
                textcoords="offset points",
                ha="center",
                fontsize="x-small",
            )
    top = max(max(values) for values in series.values())
    ax.set_ylim(-0.05 * max(top, 1), max(top, 1) * 1.25)
    ax.set_xticks(x, labels, fontsize="small")
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(frameon=False, fontsize="small", loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
    items = [
        r(
            "alt_trend_series",
            lang,
            name=name,
            values=", ".join(f"{m} {v}" for m, v in zip(labels, values, strict=True)),
        )
        for name, values in series.items()
    ]
    alt = r("alt_trend", lang, title=title, series=" ".join(items))
    return ChartRef("trend", title, alt, _png(figure))
