"""Rendering a trust report: a short Discord summary, and a self-contained HTML page with charts.

Texts come from ``bot/locales/<lang>/governance.toml``. Every piece of data that reaches HTML goes
through :func:`html.escape` (rule ids and member comments are not ours to trust); the page has no
script and no external resource: CSS inline, charts as ``data:`` PNGs.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from html import escape

from bot.domain.i18n import t
from bot.governance.chain import VerifyResult
from bot.governance.charts import Chart, label, render_charts
from bot.governance.metrics import TrustReport

__all__ = [
    "DISCORD_MESSAGE_LIMIT",
    "Chart",
    "fmt_minutes",
    "fmt_pct",
    "render_charts",
    "render_html",
    "render_summary",
    "render_verify_result",
]

DISCORD_MESSAGE_LIMIT = 2000
TOP_RULES_IN_SUMMARY = 5
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()<@])")


def fmt_decimal(value: float, digits: int, lang: str) -> str:
    return f"{value:.{digits}f}".replace(".", t("governance.decimal_separator", lang))


def fmt_pct(value: float | None, lang: str) -> str:
    if value is None:
        return t("governance.na", lang)
    return t("governance.percent", lang, value=f"{value * 100:.0f}")


def fmt_minutes(seconds: float | None, lang: str) -> str:
    if seconds is None:
        return t("governance.na", lang)
    minutes = seconds / 60
    return t("governance.minutes", lang, value=fmt_decimal(minutes, 1 if minutes < 10 else 0, lang))


def fmt_csat(value: float | None, lang: str) -> str:
    if value is None:
        return t("governance.na", lang)
    return t("governance.rating_out_of_5", lang, value=fmt_decimal(value, 1, lang))


def fmt_period(start: datetime, end: datetime, lang: str) -> str:
    """Whole UTC days show as dates with an inclusive end (a month reads "01 → 31")."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if start.timetz() == time(tzinfo=UTC) and end.timetz() == time(tzinfo=UTC):
        first, last = start.date().isoformat(), (end - timedelta(days=1)).date().isoformat()
    else:
        first, last = start.strftime("%Y-%m-%d %H:%M UTC"), end.strftime("%Y-%m-%d %H:%M UTC")
    return t("governance.period", lang, start=first, end=last)


def _md(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def _verdicts(report: TrustReport, lang: str) -> str:
    return ", ".join(
        t("governance.count_item", lang, label=label("verdict", verdict, lang), count=count)
        for verdict, count in report.audit_verdicts
    )


def render_summary(report: TrustReport, lang: str, *, attachment_note: bool = True) -> str:
    """A plain summary for a Discord message (markdown, at most 2000 characters)."""
    lines = [
        f"**{t('governance.title', lang)}** — {fmt_period(report.period_start, report.period_end, lang)}"
    ]
    lines.append(
        t(
            "governance.summary_moderation",
            lang,
            total=report.actions_total,
            automatic=report.automatic_actions,
            human=report.human_actions,
        )
    )
    if report.actions_by_rule:
        rules = ", ".join(
            t("governance.count_item", lang, label=_md(label("rule", rule, lang)), count=count)
            for rule, count in report.actions_by_rule[:TOP_RULES_IN_SUMMARY]
        )
        lines.append(t("governance.summary_top_rules", lang, rules=rules))
    lines += [
        t(
            "governance.summary_appeals",
            lang,
            opened=report.appeals_opened,
            appeal_rate=fmt_pct(report.appeal_rate, lang),
            granted=report.appeals_granted,
            decided=report.appeals_decided,
            overturn_rate=fmt_pct(report.overturn_rate, lang),
        ),
        t(
            "governance.summary_clarity",
            lang,
            clarity=fmt_pct(report.clarity, lang),
            votes=report.clarity_votes,
        ),
        t(
            "governance.summary_help",
            lang,
            opened=report.tickets_opened,
            median=fmt_minutes(report.frt_median_seconds, lang),
            p90=fmt_minutes(report.frt_p90_seconds, lang),
            within_slo=fmt_pct(report.frt_within_slo, lang),
            missed=report.tickets_missed,
        ),
        t(
            "governance.summary_resolution",
            lang,
            fcr=fmt_pct(report.fcr, lang),
            reopen=fmt_pct(report.reopen_rate, lang),
            closed=report.tickets_closed,
        ),
        t(
            "governance.summary_csat",
            lang,
            csat=fmt_csat(report.csat_mean, lang),
            ratings=report.csat_count,
            comments=len(report.comments),
        ),
        t(
            "governance.summary_escalations",
            lang,
            escalations=report.escalations,
            tickets=report.escalated_tickets,
        ),
        t("governance.summary_selfhelp", lang, opens=report.kb_opens),
        t("governance.summary_audit", lang, verdicts=_verdicts(report, lang), total=report.audits_total),
    ]
    if attachment_note:
        lines.append(t("governance.summary_more", lang))
    text = "\n".join(lines)
    if len(text) > DISCORD_MESSAGE_LIMIT:
        text = text[: DISCORD_MESSAGE_LIMIT - 1] + "…"
    return text


def render_verify_result(result: VerifyResult, lang: str) -> str:
    """One sentence for the ``verify`` command, in the reader's language."""
    if result.ok:
        return t("governance.verify_ok", lang, checked=result.checked, checkpoints=result.checkpoints_checked)
    detail = t(f"governance.verify_{result.problem.value}", lang) if result.problem else result.reason
    seq = result.first_bad_seq if result.first_bad_seq is not None else "?"
    return t("governance.verify_failed", lang, seq=seq, detail=detail)


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;
color:#1d2330}
main{max-width:960px;margin:0 auto;padding:24px}
h1{margin:0 0 4px;font-size:1.7em}h2{margin-top:0;font-size:1.2em}
.period{color:#555;margin:0 0 20px}
section{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:16px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%;margin-bottom:8px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
figure{margin:0 0 16px}img{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}
blockquote{margin:0 0 8px;padding:6px 12px;border-left:3px solid #0072B2;background:#f0f5fa}
dt{font-weight:600;margin-top:8px}dd{margin:2px 0 0 0;color:#333}footer{color:#666;font-size:.85em}
""".strip()


def _table(rows: Sequence[tuple[str, str]], head: tuple[str, str]) -> str:
    body = "".join(
        f"<tr><td>{escape(name)}</td><td class='num'>{escape(value)}</td></tr>" for name, value in rows
    )
    thead = f"<thead><tr><th>{escape(head[0])}</th><th>{escape(head[1])}</th></tr></thead>"
    return f"<table>{thead}<tbody>{body}</tbody></table>"


def _section(title: str, *parts: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{''.join(parts)}</section>"


def render_html(
    report: TrustReport, charts: Sequence[Chart], lang: str, *, generated_at: datetime | None = None
) -> str:
    """A self-contained HTML page (inline CSS, charts embedded as base64 PNG, all text escaped)."""

    def g(key: str) -> str:
        return t(f"governance.{key}", lang)

    metric_head = (g("col_metric"), g("col_value"))
    count_head = g("col_count")

    def figures(rows: Sequence[tuple[str, str]]) -> str:
        return _table([(g(key), value) for key, value in rows], metric_head)

    moderation = _section(
        g("section_moderation"),
        figures(
            [
                ("label_actions", str(report.actions_total)),
                ("label_automatic", str(report.automatic_actions)),
                ("label_human", str(report.human_actions)),
                ("label_overturned", str(report.overturned_actions)),
            ]
        ),
        "<div class='grid'>",
        _table(
            [(label("rule", r, lang), str(n)) for r, n in report.actions_by_rule], (g("col_rule"), count_head)
        ),
        _table(
            [(label("action", a, lang), str(n)) for a, n in report.actions_by_kind],
            (g("col_action"), count_head),
        ),
        "</div>",
    )
    appeals = _section(
        g("section_appeals"),
        figures(
            [
                ("label_appeals_opened", str(report.appeals_opened)),
                ("label_appeal_rate", fmt_pct(report.appeal_rate, lang)),
                ("label_appeals_decided", str(report.appeals_decided)),
                ("label_appeals_granted", str(report.appeals_granted)),
                ("label_overturn_rate", fmt_pct(report.overturn_rate, lang)),
                ("label_clarity", fmt_pct(report.clarity, lang)),
                ("label_clarity_votes", str(report.clarity_votes)),
            ]
        ),
    )
    help_section = _section(
        g("section_help"),
        figures(
            [
                ("label_tickets_opened", str(report.tickets_opened)),
                ("label_tickets_answered", str(report.tickets_answered)),
                ("label_tickets_missed", str(report.tickets_missed)),
                ("label_frt_median", fmt_minutes(report.frt_median_seconds, lang)),
                ("label_frt_p90", fmt_minutes(report.frt_p90_seconds, lang)),
                ("label_frt_within_slo", fmt_pct(report.frt_within_slo, lang)),
                ("label_tickets_closed", str(report.tickets_closed)),
                ("label_fcr", fmt_pct(report.fcr, lang)),
                ("label_reopen_rate", fmt_pct(report.reopen_rate, lang)),
                ("label_csat", fmt_csat(report.csat_mean, lang)),
                ("label_csat_count", str(report.csat_count)),
                ("label_escalations", str(report.escalations)),
                ("label_escalated_tickets", str(report.escalated_tickets)),
            ]
        ),
    )
    comments = "".join(f"<blockquote>{escape(c)}</blockquote>" for c in report.comments)
    comments_section = _section(g("section_comments"), comments or f"<p>{escape(g('no_comments'))}</p>")
    selfhelp = _section(
        g("section_selfhelp"),
        figures([("label_kb_opens", str(report.kb_opens))]),
        _table([(a, str(n)) for a, n in report.kb_top_articles], (g("col_article"), count_head)),
    )
    audit = _section(
        g("section_audit"),
        figures([("label_audits_total", str(report.audits_total))]),
        _table(
            [(label("verdict", v, lang), str(n)) for v, n in report.audit_verdicts],
            (g("col_verdict"), count_head),
        ),
    )
    chart_html = "".join(
        f"<figure><img src='data:image/png;base64,{base64.b64encode(c.png).decode('ascii')}' "
        f"alt='{escape(c.title, quote=True)}'><figcaption>{escape(c.title)}</figcaption></figure>"
        for c in charts
    )
    definitions = "".join(
        f"<dt>{escape(g(term))}</dt><dd>{escape(g(definition))}</dd>"
        for term, definition in (
            ("label_actions", "def_actions"),
            ("label_appeal_rate", "def_appeal_rate"),
            ("label_overturn_rate", "def_overturn_rate"),
            ("label_clarity", "def_clarity"),
            ("label_frt_median", "def_frt"),
            ("label_fcr", "def_fcr"),
            ("label_reopen_rate", "def_reopen_rate"),
            ("label_csat", "def_csat"),
            ("label_escalations", "def_escalations"),
            ("label_kb_opens", "def_selfhelp"),
            ("section_audit", "def_audit"),
        )
    )
    title = g("title")
    period = fmt_period(report.period_start, report.period_end, lang)
    stamp = (generated_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    return (
        f"<!DOCTYPE html><html lang='{escape(lang, quote=True)}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)} — {escape(period)}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{escape(title)}</h1><p class='period'>{escape(period)}</p>"
        f"{moderation}{appeals}{help_section}{comments_section}{selfhelp}{audit}"
        f"{_section(g('section_charts'), chart_html) if charts else ''}"
        f"{_section(g('section_definitions'), f'<dl>{definitions}</dl>')}"
        f"<footer>{escape(t('governance.generated_at', lang, at=stamp))}</footer>"
        "</main></body></html>"
    )
