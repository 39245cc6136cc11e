"""A small hand-built month of activity whose trust report is worked out by hand in test_metrics."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.governance.metrics import (
    AppealRecord,
    AuditRecord,
    AuditVerdict,
    ClarityVote,
    DecisionRecord,
    KbOpen,
    ShiftRecord,
    TicketRecord,
    TrustRecords,
)

START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 2, 1, tzinfo=UTC)


def d(month: int, day: int, hour: int = 10, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


SCRIPT_COMMENT = "Thank you <script>alert(1)</script>"

RECORDS = TrustRecords(
    decisions=(
        DecisionRecord(d(1, 3), "harassment", "hide", automatic=True),
        DecisionRecord(d(1, 4), "harassment", "timeout", automatic=True),
        DecisionRecord(d(1, 5), "spam", "hide", automatic=True),
        DecisionRecord(d(1, 10), "harassment", "warn", automatic=False, overturned=True),
        DecisionRecord(d(1, 12), None, "ban", automatic=False),
        DecisionRecord(d(1, 20), "spam", "nudge", automatic=True),
        DecisionRecord(d(12, 31, year=2025), "spam", "hide", automatic=True),  # before the period
    ),
    appeals=(
        AppealRecord(d(1, 10), d(1, 11), granted=True),  # A
        AppealRecord(d(1, 12), d(1, 14), granted=False),  # B
        AppealRecord(d(1, 30)),  # C, still open
        AppealRecord(d(12, 28, year=2025), d(1, 2), granted=True),  # D, opened before, decided in
        AppealRecord(d(1, 25), d(2, 2), granted=False),  # E, opened in, decided after
    ),
    clarity_votes=(
        ClarityVote(d(1, 3), clear=True),
        ClarityVote(d(1, 4), clear=True),
        ClarityVote(d(1, 5), clear=False),
        ClarityVote(d(1, 6), clear=True),
        ClarityVote(d(1, 7), clear=False),
        ClarityVote(d(2, 1), clear=True),  # period end is exclusive
    ),
    tickets=(
        # T1: answered in 4 min (SLO 15), closed, solved, rated 5 with a comment
        TicketRecord(d(1, 2), 15, d(1, 2, 10, 4), d(1, 2, 11), solved=True, rating=5, comment=SCRIPT_COMMENT),
        # T2: crisis SLO 5, answered in 10 min, solved but reopened 7 days later, rated 3, blank comment
        TicketRecord(
            d(1, 3),
            5,
            d(1, 3, 10, 10),
            d(1, 3, 12),
            True,
            d(1, 10, 12),
            rating=3,
            comment="  ",
            escalations=1,
        ),
        # T3: answered in 20 min, not solved, rated 2
        TicketRecord(
            d(1, 5), 15, d(1, 5, 10, 20), d(1, 6), False, rating=2, comment="too slow", escalations=2
        ),
        # T4: answered in 1 min, solved, reopened 18 days after closing (outside the 14-day window), rated 4
        TicketRecord(d(1, 7), 15, d(1, 7, 10, 1), d(1, 7, 10, 30), True, d(1, 25, 10, 30), rating=4),
        # T5: nobody answered, but the member closed it (solved) before the 15-min deadline
        TicketRecord(d(1, 9), 15, None, d(1, 9, 10, 5), solved=True),
        # T6: nobody answered and still open: missed
        TicketRecord(d(1, 15), 15, escalations=1),
        # T7: opened 5 min before the end; its deadline falls after the period: not judged yet
        TicketRecord(d(1, 31, 23, 55), 15),
        # T8: opened in December, closed in January, solved, rated 5; its escalations belong to December
        TicketRecord(
            d(12, 30, year=2025), 15, d(12, 30, 10, 5, 2025), d(1, 3, 9), True, rating=5, escalations=3
        ),
        # T9: answered in 12 min, closed after the period (rating 1 not counted in January)
        TicketRecord(d(1, 20), 15, d(1, 20, 10, 12), d(2, 3), True, rating=1),
    ),
    kb_opens=(
        KbOpen(d(1, 2), "breathing"),
        KbOpen(d(1, 3), "breathing"),
        KbOpen(d(1, 4), "sleep"),
        KbOpen(d(1, 5), "rights"),
        KbOpen(d(12, 1, year=2025), "sleep"),
    ),
    audits=(
        AuditRecord(d(1, 10), AuditVerdict.APPROPRIATE),
        AuditRecord(d(1, 11), AuditVerdict.APPROPRIATE),
        AuditRecord(d(1, 12), AuditVerdict.APPROPRIATE),
        AuditRecord(d(1, 13), AuditVerdict.TOO_HARSH),
        AuditRecord(d(1, 14), AuditVerdict.WRONG),
        AuditRecord(d(2, 14), AuditVerdict.TOO_LENIENT),
    ),
)


# -- a committee's month (#18): February 2026, with January before it ---------------------------------
#
# crisis alerts (target 5 min): C1 answered in 3 min (in time), C2 in 12 min (late), C3 never answered and
# still open at the end -> 3 alerts, 2 answered, 1 in time, 1 unanswered; typical 7.5 min, slowest 12 min.
# requests: N1 answered in 30 s (a bar too small to see unless drawn), N2 never answered and closed after
# its deadline -> 5 opened, 3 answered, 2 unanswered (C3, N2); open at the end: C3 only.
# decisions: respect hide (delivered), respect timeout (failed), respect warn (notice in the channel),
# scam ban (DMs closed), hate hide (no notice needed); the answer to the ban's appeal failed -> notices:
# 5 needed, 1 delivered, 1 in channel, 3 not delivered. Appeals: the timeout (granted), the ban (denied).
# shifts: a day shift 08:00-20:00 every day; one night shift 3 Feb 01:00-04:00.

FEB = datetime(2026, 2, 1, tzinfo=UTC)
MAR = datetime(2026, 3, 1, tzinfo=UTC)
JAN = datetime(2026, 1, 1, tzinfo=UTC)
PEER_A, PEER_B = "m_aaaaaaaaaaaa", "m_bbbbbbbbbbbb"


def f(day: int, hour: int = 10, minute: int = 0, second: int = 0, month: int = 2) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


COMMITTEE = TrustRecords(
    decisions=(
        DecisionRecord(f(2), "respect", "hide", automatic=True, notice="delivered"),
        DecisionRecord(f(4), "respect", "timeout", automatic=True, overturned=True, notice="failed"),
        DecisionRecord(f(6), "respect", "warn", automatic=False, notice="dm_closed_notice"),
        DecisionRecord(f(7), "scam", "ban", automatic=False, notice="dm_closed"),
        DecisionRecord(f(9), "hate", "hide", automatic=True),
        # January: four decisions, one crisis alert answered in 2 min
        DecisionRecord(f(5, month=1), "respect", "hide", automatic=True, notice="delivered"),
        DecisionRecord(f(6, month=1), "respect", "hide", automatic=True, notice="delivered"),
        DecisionRecord(f(7, month=1), "scam", "ban", automatic=False, notice="delivered"),
        DecisionRecord(f(8, month=1), "hate", "warn", automatic=False, notice="delivered"),
        # November 2025: two, for the trend
        DecisionRecord(datetime(2025, 11, 3, tzinfo=UTC), "respect", "hide", automatic=True),
        DecisionRecord(datetime(2025, 11, 4, tzinfo=UTC), "respect", "hide", automatic=True),
    ),
    appeals=(
        AppealRecord(f(5), f(6), granted=True, rule_id="respect"),
        AppealRecord(f(8), f(9), granted=False, rule_id="scam", reply="failed"),  # the answer never arrived
    ),
    tickets=(
        TicketRecord(f(3, 2), 5, f(3, 2, 3), f(3, 3), escalations=1, crisis=True, responder=PEER_A),
        TicketRecord(f(10, 14), 5, f(10, 14, 12), f(10, 16), crisis=True, responder=PEER_B),
        TicketRecord(f(20, 3), 5, crisis=True),
        TicketRecord(f(4), 15, f(4, 10, 0, 30), f(4, 11), solved=True, rating=4, responder=PEER_A),
        TicketRecord(f(5), 15, None, f(6)),
        TicketRecord(f(12, 9, month=1), 5, f(12, 9, 2, month=1), f(12, 10, month=1), crisis=True),
    ),
    shifts=(
        *(ShiftRecord(f(day, 8), f(day, 20)) for day in range(1, 29)),
        ShiftRecord(f(3, 1), f(3, 4)),
    ),
)
