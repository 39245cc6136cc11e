"""PNG charts of a trust report (matplotlib, Agg canvas, no pyplot global state: thread-safe enough
to run in a worker thread). Colours come from the Okabe–Ito palette, readable with colour blindness."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.domain.i18n import MissingText, t
from bot.governance.metrics import NO_RULE, TrustReport

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

BLUE, ORANGE, GREEN, VERMILLION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#555555"
MAX_BARS = 12


@dataclass(frozen=True)
class Chart:
    name: str  # stable id, e.g. "actions_by_rule"; usable as a file name stem
    title: str  # in the report's language
    png: bytes


def label(kind: str, value: str, lang: str) -> str:
    """A localised label for an action or verdict code, falling back to the code itself."""
    if kind == "rule":
        return t("governance.no_rule", lang) if value == NO_RULE else value
    try:
        return t(f"governance.{kind}_{value}", lang)
    except MissingText:
        return value


def render_charts(report: TrustReport, lang: str) -> tuple[Chart, ...]:
    """Actions by rule, first response time against the SLO, satisfaction, committee verdicts."""
    return (
        _bars(
            "actions_by_rule",
            t("governance.chart_actions_by_rule", lang),
            [label("rule", rule, lang) for rule, _ in report.actions_by_rule[:MAX_BARS]],
            [count for _, count in report.actions_by_rule[:MAX_BARS]],
            lang,
            horizontal=True,
        ),
        _frt_chart(report, lang),
        _bars(
            "csat",
            t("governance.chart_csat", lang),
            ["1", "2", "3", "4", "5"],
            list(report.csat_distribution),
            lang,
            xlabel=t("governance.axis_rating", lang),
            colors=[VERMILLION, ORANGE, GREY, BLUE, GREEN],
        ),
        _bars(
            "audit_verdicts",
            t("governance.chart_audit", lang),
            [label("verdict", verdict, lang) for verdict, _ in report.audit_verdicts],
            [count for _, count in report.audit_verdicts],
            lang,
            colors=[GREEN, VERMILLION, ORANGE, GREY],
        ),
    )


def _figure() -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.0, 3.6), dpi=100)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()


def _no_data(ax: Axes, lang: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, t("governance.chart_no_data", lang), ha="center", va="center", color=GREY)


def _bars(
    name: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    lang: str,
    *,
    horizontal: bool = False,
    xlabel: str | None = None,
    colors: Sequence[str] | None = None,
) -> Chart:
    figure = _figure()
    ax = figure.add_subplot()
    ax.set_title(title)
    if not values or not any(values):
        _no_data(ax, lang)
        return Chart(name, title, _png(figure))
    from matplotlib.ticker import MaxNLocator

    color: Sequence[str] | str = list(colors) if colors else BLUE
    positions = list(range(len(values)))
    if horizontal:
        ax.barh(positions, values, color=color)
        ax.set_yticks(positions, list(labels))
        ax.invert_yaxis()  # most frequent on top
        ax.set_xlabel(t("governance.axis_count", lang))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        ax.bar(positions, values, color=color)
        ax.set_xticks(positions, list(labels))
        ax.set_ylabel(t("governance.axis_count", lang))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if xlabel:
            ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    return Chart(name, title, _png(figure))


def _frt_chart(report: TrustReport, lang: str) -> Chart:
    title = t("governance.chart_frt", lang)
    figure = _figure()
    ax = figure.add_subplot()
    ax.set_title(title)
    samples = sorted(report.frt_samples, key=lambda s: s.frt_seconds)
    if not samples:
        _no_data(ax, lang)
        return Chart("frt", title, _png(figure))
    positions = list(range(len(samples)))
    minutes = [s.frt_seconds / 60 for s in samples]
    slo = [s.slo_seconds / 60 for s in samples]
    colors = [GREEN if s.frt_seconds <= s.slo_seconds else ORANGE for s in samples]
    ax.bar(positions, minutes, color=colors, width=0.9)
    ax.scatter(
        positions, slo, marker="_", s=200, color="black", zorder=3, label=t("governance.legend_slo", lang)
    )
    from matplotlib.patches import Patch

    handles = [
        Patch(color=GREEN, label=t("governance.legend_within_slo", lang)),
        Patch(color=ORANGE, label=t("governance.legend_over_slo", lang)),
        *ax.get_legend_handles_labels()[0],
    ]
    ax.legend(handles=handles, frameon=False, fontsize="small")
    ax.set_xlabel(t("governance.axis_tickets", lang))
    ax.set_ylabel(t("governance.axis_minutes", lang))
    ax.set_xticks([])
    ax.spines[["top", "right"]].set_visible(False)
    return Chart("frt", title, _png(figure))
