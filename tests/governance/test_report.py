from __future__ import annotations

import base64
import re
from datetime import UTC, datetime

import pytest

from bot.governance.chain import VerifyProblem, VerifyResult
from bot.governance.charts import render_charts
from bot.governance.document import ChartRef
from bot.governance.metrics import TrustReport, compute_report
from bot.governance.report import (
    ReportContext,
    build_document,
    fmt_duration,
    render_html,
    render_summary,
    render_verify_result,
)
from tests.governance.seed import END, RECORDS, START

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
GENERATED = datetime(2026, 2, 1, 6, 0, tzinfo=UTC)
CONTEXT = ReportContext(
    rule_titles={"harassment": "No harassment", "spam": "No spam"},
    article_titles={"breathing": "Breathing when it is too much"},
)


@pytest.fixture(scope="module")
def report() -> TrustReport:
    return compute_report(RECORDS, START, END)


@pytest.fixture(scope="module")
def charts(report: TrustReport) -> dict[str, ChartRef]:
    return render_charts(report, "en", CONTEXT)


def test_charts_are_png_or_an_empty_state(charts: dict[str, ChartRef]) -> None:
    assert charts["rules"].png is not None and charts["rules"].png.startswith(PNG_SIGNATURE)
    assert charts["first_answers"].png is not None and len(charts["first_answers"].png) > 2000
    assert charts["crisis_answers"].png is None  # this month had no crisis alert
    assert charts["crisis_answers"].empty == "No crisis alert in this period, so there is nothing to draw."
    assert charts["rules"].title == "Decisions by rule and action"


def test_english_summary_beside_targets(report: TrustReport) -> None:
    text = render_summary(build_document(report, lang="en", context=CONTEXT))
    assert text.startswith("Trust report — January 2026\n")
    assert "Moderation decisions: 6 (automatic: 4, by moderators: 2); appeals: 4, granted: 2." in text
    assert "- Decisions appealed: 67%" in text and "- Appeals granted: 67%" in text
    assert "- Members who found the explanation clear: 60%" in text
    assert "- Typical wait for a first answer: 10 min" in text
    assert "- 9 requests in 10 answered within: 20 min" in text
    assert "- Requests answered in time: 50%" in text
    assert "- Requests left unanswered: 1 (target: 0)" in text
    assert "- Solved in one go: 50%" in text and "- Reopened within 14 days: 17%" in text
    assert "- Members' rating: 3.8 out of 5 (ratings: 5)" in text
    assert "- Articles opened: 4" in text


def test_french_summary_and_missing_values(report: TrustReport) -> None:
    text = render_summary(build_document(report, lang="fr", context=CONTEXT))
    assert "- Décisions contestées : 67\u00a0%" in text and "3,8 sur 5" in text
    assert "Attente habituelle avant une première réponse : 10 min" in text
    assert "n.d." not in text and "rien à mesurer" in text  # the crisis figures, with no crisis alert


def test_html_is_self_contained_with_figures_charts_and_escaped_text(
    report: TrustReport, charts: dict[str, ChartRef]
) -> None:
    page = render_html(
        build_document(report, lang="en", context=CONTEXT, charts=charts, generated_at=GENERATED)
    )
    assert page.startswith("<!DOCTYPE html><html lang='en'>")
    assert "<title>Trust report — January 2026</title>" in page
    for expected in (
        "67%",
        "3.8 out of 5",
        "10 min",
        "17%",
        "No harassment",
        "Breathing when it is too much",
    ):
        assert expected in page
    assert "<script" not in page.lower()
    assert "Thank you &lt;script&gt;alert(1)&lt;/script&gt;" in page
    images = re.findall(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(images) == sum(1 for c in charts.values() if c.png is not None) >= 3
    assert base64.b64decode(images[0]).startswith(PNG_SIGNATURE)
    assert "http://" not in page and "https://" not in page  # no external resource
    assert "2026-02-01 06:00" in page


def test_a_rule_missing_from_the_policy_is_named_as_such(report: TrustReport) -> None:
    page = render_html(build_document(report, lang="fr"))
    assert "<html lang='fr'>" in page and "Rapport de confiance" in page
    assert "règle « harassment » (plus dans la politique)" in page and "aucune règle indiquée" in page


def test_durations_keep_a_decimal_below_ten_minutes() -> None:
    assert fmt_duration(270, "en") == "4.5 min" and fmt_duration(270, "fr") == "4,5 min"
    assert fmt_duration(1230, "en") == "20 min" and fmt_duration(None, "en") == "nothing to measure"


def test_verify_messages() -> None:
    ok = VerifyResult(ok=True, checked=1000, checkpoints_checked=10)
    assert render_verify_result(ok, "en") == (
        "The log is intact: 1000 entries checked, 10 signed checkpoints matched."
    )
    bad = VerifyResult(ok=False, checked=11, first_bad_seq=12, problem=VerifyProblem.HASH_MISMATCH)
    assert render_verify_result(bad, "fr") == (
        "La vérification du journal a échoué à l'entrée 12 : cette entrée a été modifiée après son écriture."
    )
    for problem in VerifyProblem:  # every problem has a text in both languages
        result = VerifyResult(ok=False, checked=0, first_bad_seq=1, problem=problem)
        assert render_verify_result(result, "en") != render_verify_result(result, "fr")
