from __future__ import annotations

import base64
import dataclasses
import re
from datetime import UTC, datetime

import pytest

from bot.governance.chain import VerifyProblem, VerifyResult
from bot.governance.metrics import TrustRecords, TrustReport, compute_report
from bot.governance.report import (
    Chart,
    fmt_minutes,
    render_charts,
    render_html,
    render_summary,
    render_verify_result,
)
from tests.governance.seed import END, RECORDS, START

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
GENERATED = datetime(2026, 2, 1, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def report() -> TrustReport:
    return compute_report(RECORDS, START, END)


@pytest.fixture(scope="module")
def charts(report: TrustReport) -> tuple[Chart, ...]:
    return render_charts(report, "en")


def test_charts_are_png(charts: tuple[Chart, ...]) -> None:
    assert [c.name for c in charts] == ["actions_by_rule", "frt", "csat", "audit_verdicts"]
    for chart in charts:
        assert chart.png.startswith(PNG_SIGNATURE)
        assert len(chart.png) > 2000
    assert charts[0].title == "Actions by rule"


def test_charts_without_data_still_render() -> None:
    empty = compute_report(TrustRecords(), START, END)
    charts = render_charts(empty, "fr")
    assert all(c.png.startswith(PNG_SIGNATURE) for c in charts)
    assert charts[1].title == "Délai de première réponse par ticket"


def test_english_summary(report: TrustReport) -> None:
    text = render_summary(report, "en")
    assert len(text) <= 2000
    assert text.startswith("**Trust report** — 2026-01-01 → 2026-01-31")
    assert "6 actions (4 automatic, 2 by moderators)" in text
    assert "harassment: 3, spam: 2, no rule: 1" in text
    assert "appeal rate 67%" in text and "2 of 3 decided were granted (overturn rate 67%)" in text
    assert "60% of 5 votes" in text
    assert "median 10 min, 90th percentile 20 min; 50% within the promised time (1 left" in text
    assert "50% solved at first contact, 17% reopened within 14 days (6 closed)" in text
    assert "3.8/5 (5 ratings, 2 comments)" in text
    assert "appropriate: 3, too harsh: 1, too lenient: 0, wrong: 1" in text


def test_french_summary_and_missing_values(report: TrustReport) -> None:
    text = render_summary(report, "fr")
    assert "taux de recours 67\u00a0%" in text and "3,8/5" in text and "médiane 10\u00a0min" in text
    empty = render_summary(compute_report(TrustRecords(), START, END), "fr", attachment_note=False)
    assert "taux de recours n.d." in empty and "pièce jointe" not in empty
    assert "n/a" in render_summary(compute_report(TrustRecords(), START, END), "en")


def test_summary_stays_under_discord_limit_and_escapes_markdown(report: TrustReport) -> None:
    long_rules = tuple((f"rule_{'x' * 400}_{i}", 10 - i) for i in range(5))
    text = render_summary(dataclasses.replace(report, actions_by_rule=long_rules), "en")
    assert len(text) == 2000 and text.endswith("…")
    marked = render_summary(dataclasses.replace(report, actions_by_rule=(("**bold**", 1),)), "en")
    assert "\\*\\*bold\\*\\*" in marked


def test_html_is_self_contained_with_metrics_charts_and_escaped_text(
    report: TrustReport, charts: tuple[Chart, ...]
) -> None:
    page = render_html(report, charts, "en", generated_at=GENERATED)
    assert page.startswith("<!DOCTYPE html><html lang='en'>")
    assert "<title>Trust report — 2026-01-01 → 2026-01-31</title>" in page
    for expected in ("67%", "3.8/5", "10 min", "17%", "harassment", "breathing", "too harsh"):
        assert expected in page
    assert "<script" not in page.lower()
    assert "Thank you &lt;script&gt;alert(1)&lt;/script&gt;" in page
    images = re.findall(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(images) == 4
    assert base64.b64decode(images[0]).startswith(PNG_SIGNATURE)
    assert "http://" not in page and "https://" not in page  # no external resource
    assert "2026-02-01 06:00" in page


def test_html_in_french_escapes_rule_names(report: TrustReport) -> None:
    hostile = dataclasses.replace(report, actions_by_rule=(("<img src=x onerror=alert(1)>", 2),))
    page = render_html(hostile, (), "fr", generated_at=GENERATED)
    assert "<html lang='fr'>" in page and "Rapport de confiance" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "Aucune donnée" not in page  # no charts section at all when none are given


def test_minutes_keep_a_decimal_below_ten() -> None:
    assert fmt_minutes(270, "en") == "4.5 min" and fmt_minutes(270, "fr") == "4,5\u00a0min"
    assert fmt_minutes(1230, "en") == "20 min" and fmt_minutes(None, "en") == "n/a"


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
