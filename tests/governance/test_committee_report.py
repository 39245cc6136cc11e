"""The committee's trust report (#18): crisis picture first, plain words, targets and last month, trends,
rule x action with appeals, peers on duty, open requests, undelivered notices; charts that show small and
zero values, empty states, alt text; plain summary.txt. Seed: ``tests.governance.seed.COMMITTEE``."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from bot.governance.charts import render_charts
from bot.governance.document import ChartRef, ReportDocument, Status
from bot.governance.metrics import TrustRecords, TrustReport, compute_report
from bot.governance.report import (
    ReportContext,
    TrendPoint,
    build_document,
    fmt_duration,
    render_html,
    render_summary,
)
from tests.governance.seed import COMMITTEE, FEB, JAN, MAR, PEER_A, PEER_B

CONTEXT = ReportContext(
    rule_titles={"respect": "Be kind to each other", "scam": "No scams", "hate": "No hate"},
    crisis_target_minutes=5,
    help_target_minutes=15,
)
JARGON = re.compile(r"\b(FCR|CSAT|SLO|n/a|n\.d\.|percentile|centile|respect|scam)\b")


def month(year: int, number: int) -> datetime:
    return datetime(year, number, 1, tzinfo=FEB.tzinfo)


def trend() -> tuple[TrendPoint, ...]:
    starts = [month(2025, 9), month(2025, 10), month(2025, 11), month(2025, 12), JAN, FEB]
    ends = [*starts[1:], MAR]
    return tuple(
        TrendPoint(s.strftime("%Y-%m"), s, compute_report(COMMITTEE, s, e))
        for s, e in zip(starts, ends, strict=True)
    )


@pytest.fixture(scope="module")
def report() -> TrustReport:
    return compute_report(COMMITTEE, FEB, MAR)


@pytest.fixture(scope="module")
def charts(report: TrustReport) -> dict[str, ChartRef]:
    return render_charts(report, "en", CONTEXT, trend())


def document(report: TrustReport, lang: str, charts: dict[str, ChartRef] | None = None) -> ReportDocument:
    return build_document(
        report,
        lang=lang,
        context=CONTEXT,
        previous=compute_report(COMMITTEE, JAN, FEB),
        trend=trend(),
        charts=charts,
    )


def test_every_crisis_alert_is_counted_with_its_answer_time(report: TrustReport) -> None:
    crisis = report.crisis
    assert (crisis.alerts, crisis.answered, crisis.answered_in_time, crisis.unanswered) == (3, 2, 1, 1)
    assert crisis.median_answer_seconds == 450 and crisis.slowest_answer_seconds == 720
    assert crisis.target_minutes == 5 and crisis.in_time_share == pytest.approx(1 / 3)
    assert report.escalations == 1  # what the old report showed as « Escalades : 1 »
    assert report.tickets_missed == 2 and report.unanswered_samples == 2


def test_rules_by_action_with_appeal_and_overturn_rates(report: TrustReport) -> None:
    rows = {row.rule_id: row for row in report.rules}
    assert [row.rule_id for row in report.rules] == [
        "respect",
        "scam",
        "hate",
    ]  # most decisions, then appeals
    respect = rows["respect"]
    assert respect.actions == 3 and dict(respect.by_action) == {"hide": 1, "timeout": 1, "warn": 1}
    assert respect.appeal_rate == pytest.approx(1 / 3) and respect.overturn_rate == 1.0
    assert rows["scam"].appeal_rate == 1.0 and rows["scam"].overturn_rate == 0.0
    assert rows["hate"].appeal_rate == 0.0 and rows["hate"].overturn_rate is None


def test_peers_coverage_open_requests_and_notices(report: TrustReport) -> None:
    assert report.peer_workload == ((PEER_A, 2), (PEER_B, 1))
    by_hour = {hour.hour: hour for hour in report.coverage}
    assert len(report.coverage) == 24
    assert by_hour[8].on_duty_share == 1.0 and by_hour[19].on_duty_share == 1.0
    assert by_hour[2].on_duty_share == pytest.approx(1 / 28) and by_hour[0].on_duty_share == 0.0
    assert by_hour[3].crisis_opened == 1 and by_hour[10].requests_opened == 2
    assert (report.open_at_end.total, report.open_at_end.crisis, report.open_at_end.unanswered) == (1, 1, 1)
    notices = report.notices
    assert (notices.needed, notices.delivered, notices.in_channel, notices.undelivered) == (5, 1, 1, 3)


def test_the_crisis_picture_comes_first_in_plain_words(report: TrustReport) -> None:
    doc = document(report, "en")
    assert doc.sections[0].key == "crisis"
    assert doc.headline[:3] == (
        "Crisis alerts: 3.",
        "Answered by a person: 2, of which 1 within the target of 5 min. Typical time to a first answer: "
        "7.5 min; slowest: 12 min.",
        "Crisis alerts left without any answer past their target: 1. Please look at what happened.",
    )
    assert "Other requests for help left without an answer past their target: 1." in doc.headline
    assert "Explanations or answers to appeals that could not reach the member: 3." in doc.headline
    unanswered = doc.figure("crisis_unanswered")
    assert (unanswered.text, unanswered.target, unanswered.previous) == ("1", "0", "0")
    assert unanswered.status is Status.MISSED
    alerts = doc.figure("crisis_alerts")
    assert (alerts.text, alerts.previous, alerts.target) == ("3", "1", None)
    median = doc.figure("crisis_median")
    assert (median.text, median.target, median.status) == ("7.5 min", "within 5 min", Status.MISSED)
    assert doc.figure("crisis_in_time").text == "33%"
    assert doc.figure("notices_undelivered").status is Status.MISSED


def test_rule_titles_and_the_rule_by_action_table(report: TrustReport) -> None:
    table = document(report, "en").section("moderation").tables[0]
    assert table.columns[:2] == ("Rule", "Decisions") and table.columns[-3:] == (
        "Appeals",
        "Appealed",
        "Granted",
    )
    first = dict(zip(table.columns, table.rows[0], strict=True))
    assert first["Rule"] == "Be kind to each other" and first["Decisions"] == "3"
    assert (first["time-out"], first["Appealed"], first["Granted"]) == ("1", "33%", "100%")
    hate = dict(zip(table.columns, table.rows[2], strict=True))
    assert (hate["Appealed"], hate["Granted"]) == ("0%", "nothing to measure")


def test_six_months_of_trend_with_zeros(report: TrustReport) -> None:
    table = document(report, "fr").section("trend").tables[0]
    assert table.columns == (
        "Chiffre",
        "Sept. 2025",
        "Oct. 2025",
        "Nov. 2025",
        "Déc. 2025",
        "Janv. 2026",
        "Févr. 2026",
    )
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Alertes de crise"] == ("0", "0", "0", "0", "1", "3")
    assert rows["Décisions de modération"] == ("0", "0", "2", "0", "4", "5")
    assert rows["Demandes répondues à temps"][0] == "–"  # no request: no share, and no pretend 0 %


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_jargon_and_no_rule_ids_in_what_people_read(report: TrustReport, lang: str) -> None:
    doc = document(report, lang)
    summary = render_summary(doc)
    page = render_html(doc)
    visible = re.sub(r"<[^>]+>", " ", page)
    for text in (summary, visible):
        assert not JARGON.search(text), JARGON.search(text)
        assert "90" not in text


def test_summary_txt_is_plain_text_without_an_attachment_note(report: TrustReport) -> None:
    doc = document(report, "fr")
    text = render_summary(doc)
    assert text.startswith("Rapport de confiance — Février 2026\n\nAlertes de crise : 3.")
    assert not re.search(r"\*\*|__|`|^#", text, re.MULTILINE)
    assert "pièce jointe" not in text
    assert "- Alertes de crise restées sans réponse : 1 (objectif : 0 ; le mois dernier : 0)" in text
    post = render_summary(doc, full=False, attachment_note=True)
    assert post.endswith("Le rapport complet avec les graphiques est en pièce jointe.") and len(post) <= 2000


def test_charts_show_small_and_zero_values_with_alt_text(
    report: TrustReport, charts: dict[str, ChartRef]
) -> None:
    assert set(charts) == {"crisis_answers", "first_answers", "rules", "coverage", "trend"}
    assert all(c.png is not None and c.png.startswith(b"\x89PNG") for c in charts.values())
    crisis = charts["crisis_answers"].alt
    assert "2 answered (1 later than the target), 1 without any answer" in crisis
    assert "3 min" in crisis and "12 min" in crisis
    assert "30 s" in charts["first_answers"].alt  # the 30-second answer is named, and drawn
    rules = charts["rules"].alt
    assert "Be kind to each other, 3 (message hidden 1, time-out 1, warning 1)" in rules
    assert "00h" in charts["coverage"].alt  # an hour nobody covered is said
    assert "Crisis alerts: " in charts["trend"].alt and "0" in charts["trend"].alt
    page = render_html(document(report, "en", charts))
    alts = re.findall(r"<img src='data:image/png;base64,[A-Za-z0-9+/=]+' alt='([^']+)'>", page)
    assert len(alts) == 5 and all(len(alt) > 30 for alt in alts)


def test_an_empty_period_has_empty_states_not_empty_charts() -> None:
    empty = compute_report(TrustRecords(), FEB, MAR)
    charts = render_charts(empty, "en", CONTEXT, ())
    assert all(chart.png is None and chart.empty for chart in charts.values())
    doc = build_document(empty, lang="en", context=CONTEXT, charts=charts)
    assert doc.empty and doc.headline == (
        "Nothing happened on this server in this period: no crisis alert, no request for help, "
        "no moderation decision.",
    )
    page = render_html(doc)
    assert "<img" not in page and "No crisis alert in this period, so there is nothing to draw." in page
    assert "No moderation decision in this period." in page
    assert (
        doc.figure("crisis_alerts").text == "0"
        and doc.figure("answered_in_time").text == "nothing to measure"
    )


def test_the_document_is_plain_json_for_a_page(report: TrustReport, charts: dict[str, ChartRef]) -> None:
    doc = document(report, "en", charts)
    data = json.loads(json.dumps(doc.to_dict()))
    assert [s["key"] for s in data["sections"]] == [
        "crisis",
        "help",
        "team",
        "moderation",
        "notices",
        "trend",
        "selfhelp",
        "audit",
    ]
    crisis = data["sections"][0]
    assert crisis["figures"][0] == {
        "key": "crisis_alerts",
        "label": "Crisis alerts",
        "value": 3,
        "text": "3",
        "target": None,
        "previous": "1",
        "status": "none",
    }
    assert crisis["charts"][0]["drawn"] and crisis["charts"][0]["png_base64"]
    assert "png_base64" not in doc.to_dict(images=False)["sections"][0]["charts"][0]


def test_html_escapes_titles_and_comments(report: TrustReport) -> None:
    hostile = ReportContext(rule_titles={"respect": "<img src=x onerror=alert(1)>"})
    page = render_html(build_document(report, lang="en", context=hostile))
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img src=x" not in page
    assert "<script" not in page.lower() and "http" not in page


def test_plain_durations() -> None:
    assert [fmt_duration(s, "en") for s in (0, 30, 270, 720, 4000, 7200, 3 * 86400)] == [
        "0 s",
        "30 s",
        "4.5 min",
        "12 min",
        "1 h 7 min",
        "2 h",
        "3 days",
    ]
    assert fmt_duration(270, "fr") == "4,5 min" and fmt_duration(None, "fr") == "rien à mesurer"
