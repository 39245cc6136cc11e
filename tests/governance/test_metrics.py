from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.governance.metrics import (
    AppealRecord,
    TicketRecord,
    TrustRecords,
    compute_report,
    nearest_rank,
)
from tests.governance.seed import END, RECORDS, SCRIPT_COMMENT, START


def test_moderation_and_appeal_figures_match_the_hand_count() -> None:
    report = compute_report(RECORDS, START, END)
    # 6 decisions in January (the 31 December one is out): harassment x3, spam x2, one without a rule.
    assert report.actions_total == 6
    assert report.actions_by_rule == (("harassment", 3), ("spam", 2), ("-", 1))
    # hide x2 first, then the single ones alphabetically.
    assert report.actions_by_kind == (("hide", 2), ("ban", 1), ("nudge", 1), ("timeout", 1), ("warn", 1))
    assert (report.automatic_actions, report.human_actions, report.overturned_actions) == (4, 2, 1)
    # Appeals opened in January: A, B, C, E = 4 -> appeal rate 4 / 6 actions.
    assert report.appeals_opened == 4
    assert report.appeal_rate == pytest.approx(4 / 6)
    # Decided in January: A (granted), B (refused), D (granted) -> overturn rate 2 / 3.
    assert (report.appeals_decided, report.appeals_granted) == (3, 2)
    assert report.overturn_rate == pytest.approx(2 / 3)
    # Clarity: yes, yes, no, yes, no in January (the 1 February vote is out) -> 3 / 5.
    assert (report.clarity_yes, report.clarity_votes) == (3, 5)
    assert report.clarity == pytest.approx(0.6)


def test_ticket_figures_match_the_hand_count() -> None:
    report = compute_report(RECORDS, START, END)
    # Opened in January: T1-T7 and T9 = 8 (T8 opened in December).
    assert report.tickets_opened == 8
    # Answered: T1 240 s, T2 600 s, T3 1200 s, T4 60 s, T9 720 s -> sorted 60, 240, 600, 720, 1200.
    assert report.tickets_answered == 5
    assert report.frt_median_seconds == 600
    # Nearest rank p90: ceil(0.9 * 5) = 5th smallest = 1200 s.
    assert report.frt_p90_seconds == 1200
    # Within SLO: T1 (4 <= 15), T4 (1 <= 15), T9 (12 <= 15); late: T2 (10 > 5), T3 (20 > 15).
    # Missed: T6 only (T5 closed before its deadline, T7's deadline is after the period) -> 3 / (5 + 1).
    assert report.tickets_missed == 1
    assert report.frt_within_slo == pytest.approx(0.5)
    # Closed in January: T1, T2, T3, T4, T5, T8 = 6 (T9 closed in February).
    assert report.tickets_closed == 6
    # Solved and never reopened: T1, T5, T8 -> 3 / 6 (T2 and T4 were reopened, T3 not solved).
    assert report.fcr == pytest.approx(0.5)
    # Reopened within 14 days of closing: T2 (7 days); T4 (18 days) does not count -> 1 / 6.
    assert report.reopen_rate == pytest.approx(1 / 6)
    # Ratings of tickets closed in January: T1 5, T2 3, T3 2, T4 4, T8 5 -> 19 / 5 = 3.8.
    assert report.csat_count == 5
    assert report.csat_mean == pytest.approx(3.8)
    assert report.csat_distribution == (0, 1, 1, 1, 2)
    # Comments in closing order, blank ones dropped: T1 (2 Jan), T3 (6 Jan).
    assert report.comments == (SCRIPT_COMMENT, "too slow")
    # Escalations of tickets opened in January: T2 1 + T3 2 + T6 1 = 4, on 3 tickets (T8's 3 are December's).
    assert (report.escalations, report.escalated_tickets) == (4, 3)


def test_self_help_and_audit_figures_match_the_hand_count() -> None:
    report = compute_report(RECORDS, START, END)
    assert report.kb_opens == 4
    assert report.kb_top_articles == (("breathing", 2), ("rights", 1), ("sleep", 1))
    assert report.audit_verdicts == (("appropriate", 3), ("too_harsh", 1), ("too_lenient", 0), ("wrong", 1))
    assert report.audits_total == 5


def test_empty_denominators_are_none_not_zero() -> None:
    report = compute_report(TrustRecords(), START, END)
    for value in (
        report.appeal_rate,
        report.overturn_rate,
        report.clarity,
        report.frt_median_seconds,
        report.frt_p90_seconds,
        report.frt_within_slo,
        report.fcr,
        report.reopen_rate,
        report.csat_mean,
    ):
        assert value is None
    assert report.actions_total == 0 and report.audit_verdicts[0] == ("appropriate", 0)


def test_nearest_rank_and_even_median() -> None:
    assert nearest_rank([5.0, 1.0, 3.0, 2.0], 0.9) == 5.0  # ceil(3.6) = 4th smallest
    assert nearest_rank([4.0], 0.9) == 4.0 and nearest_rank([], 0.5) is None
    records = TrustRecords(
        tickets=tuple(
            TicketRecord(datetime(2026, 1, 2, tzinfo=UTC), 15, datetime(2026, 1, 2, 0, m, tzinfo=UTC))
            for m in (1, 2, 3, 10)
        )
    )
    assert compute_report(records, START, END).frt_median_seconds == 150  # (2 min + 3 min) / 2


def test_records_are_validated() -> None:
    naive = datetime(2026, 1, 2)
    with pytest.raises(ValueError):
        AppealRecord(naive)
    with pytest.raises(ValueError):
        TicketRecord(datetime(2026, 1, 2, tzinfo=UTC), 15, rating=6)
    with pytest.raises(ValueError):
        AppealRecord(datetime(2026, 1, 2, tzinfo=UTC), granted=True)  # granted without a decision time
    with pytest.raises(ValueError):
        compute_report(TrustRecords(), END, START)
