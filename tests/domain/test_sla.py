"""First-response deadlines and the escalation ladder, on a movable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.clock import MovableClock
from bot.domain.help.rules import HelpRules, HelpRulesError, Priority
from bot.domain.help.sla import (
    first_response_due,
    first_response_time,
    is_breached,
    minutes,
    next_escalation,
    planned_escalation,
    tier_for_level,
    within_slo,
)
from bot.domain.help.tickets import (
    Actor,
    ActorRole,
    Claim,
    Origin,
    Resolve,
    Ticket,
    TicketEventKind,
    open_ticket,
    record_escalation,
    record_moderator_message,
    transition,
)

SLO = {"crisis": 5, "high": 10, "normal": 15}
TIERS = ("peer", "specialist", "admin")
RULES = HelpRules.from_plain(slo_minutes=SLO, escalation_tiers=TIERS, load_cap={"crisis": 2, "total": 5})
PEER = Actor(200, ActorRole.PEER_MODERATOR)
MEMBER = Actor(100, ActorRole.MEMBER)
SECOND = timedelta(seconds=1)


def opened(clock: MovableClock, priority: Priority = Priority.NORMAL, rules: HelpRules = RULES) -> Ticket:
    return open_ticket(
        ticket_id=7,
        guild_id=1,
        requester_id=MEMBER.user_id,
        origin=Origin.PHRASE,
        priority=priority,
        now=clock.now(),
        rules=rules,
    )[0]


@pytest.mark.parametrize(("priority", "expected"), [("crisis", 5), ("high", 10), ("normal", 15)])
def test_first_response_due_per_priority(priority: str, expected: int) -> None:
    start = datetime(2026, 2, 1, 23, 58, tzinfo=UTC)
    assert first_response_due(start, priority, SLO) == start + timedelta(minutes=expected)
    as_timedeltas = {k: timedelta(minutes=v) for k, v in SLO.items()}
    assert first_response_due(start, Priority(priority), as_timedeltas) == start + timedelta(minutes=expected)


def test_first_response_due_refuses_unknown_or_missing_priorities() -> None:
    start = datetime(2026, 2, 1, tzinfo=UTC)
    with pytest.raises(ValueError):
        first_response_due(start, "whenever", SLO)
    with pytest.raises(HelpRulesError):
        first_response_due(start, "high", {"crisis": 5})


def test_escalation_fires_at_exactly_the_slo_boundary() -> None:
    clock = MovableClock()
    ticket = opened(clock)
    start = clock.now()
    clock.set(start + timedelta(minutes=15) - SECOND)
    assert next_escalation(ticket, clock.now(), SLO, TIERS) is None
    clock.set(start + timedelta(minutes=15))
    escalation = next_escalation(ticket, clock.now(), SLO, TIERS)
    assert escalation is not None
    assert (escalation.level, escalation.tier_index, escalation.tier) == (1, 1, "specialist")
    assert escalation.due_at == start + timedelta(minutes=15)


def test_escalation_repeats_every_slo_period_then_repeats_the_last_tier() -> None:
    clock = MovableClock()
    ticket = opened(clock, Priority.CRISIS)
    start = clock.now()
    seen = []
    for period in range(1, 6):
        clock.set(start + period * timedelta(minutes=5) - SECOND)
        assert next_escalation(ticket, clock.now(), SLO, TIERS) is None
        clock.advance(SECOND)
        escalation = next_escalation(ticket, clock.now(), SLO, TIERS)
        assert escalation is not None
        ticket, records = record_escalation(ticket, escalation, clock.now())
        assert records[0].kind is TicketEventKind.ESCALATED
        assert (records[0].tier, records[0].level) == (escalation.tier, escalation.level)
        seen.append((escalation.level, escalation.tier))
    assert seen == [(1, "specialist"), (2, "admin"), (3, "admin"), (4, "admin"), (5, "admin")]


def test_a_late_sweep_spaces_the_next_escalation_from_when_it_was_sent() -> None:
    clock = MovableClock()
    ticket = opened(clock)
    start = clock.now()
    clock.set(start + timedelta(minutes=17))  # the bot was busy or restarting
    escalation = next_escalation(ticket, clock.now(), SLO, TIERS)
    assert escalation is not None and escalation.due_at == start + timedelta(minutes=15)
    ticket, _ = record_escalation(ticket, escalation, clock.now())
    plan = planned_escalation(ticket, SLO, TIERS)
    assert plan is not None and plan.due_at == start + timedelta(minutes=32)


def test_recording_the_same_escalation_twice_changes_nothing() -> None:
    clock = MovableClock()
    ticket = opened(clock)
    clock.advance(timedelta(minutes=15))
    escalation = next_escalation(ticket, clock.now(), SLO, TIERS)
    assert escalation is not None
    once, _ = record_escalation(ticket, escalation, clock.now())
    clock.advance(SECOND)
    twice, records = record_escalation(once, escalation, clock.now())
    assert twice == once and records == []
    assert once.escalation_level == 1


def test_a_first_response_stops_the_ladder_even_after_escalations() -> None:
    clock = MovableClock()
    ticket = opened(clock)
    clock.advance(timedelta(minutes=15))
    escalation = next_escalation(ticket, clock.now(), SLO, TIERS)
    assert escalation is not None
    ticket, _ = record_escalation(ticket, escalation, clock.now())
    clock.advance(timedelta(minutes=4))
    ticket, _ = record_moderator_message(ticket, PEER, clock.now())
    for _ in range(6):
        clock.advance(timedelta(minutes=15))
        assert next_escalation(ticket, clock.now(), SLO, TIERS) is None
    late = record_escalation(ticket, escalation, clock.now())
    assert late == (ticket, [])


def test_a_claim_without_a_message_still_escalates() -> None:
    clock = MovableClock()
    ticket = opened(clock, Priority.HIGH)
    ticket = transition(ticket, Claim(), PEER, clock.now(), RULES)[0]
    clock.advance(timedelta(minutes=10))
    assert next_escalation(ticket, clock.now(), SLO, TIERS) is not None


def test_a_resolved_ticket_does_not_escalate() -> None:
    clock = MovableClock()
    ticket = transition(opened(clock), Claim(), PEER, clock.now(), RULES)[0]
    ticket = transition(ticket, Resolve(), PEER, clock.now(), RULES)[0]
    clock.advance(timedelta(hours=2))
    assert next_escalation(ticket, clock.now(), SLO, TIERS) is None


def test_a_single_tier_repeats_itself() -> None:
    rules = HelpRules.from_plain(slo_minutes=SLO, escalation_tiers=["peer"])
    clock = MovableClock()
    ticket = opened(clock, rules=rules)
    tiers = []
    for _ in range(3):
        clock.advance(timedelta(minutes=15))
        escalation = next_escalation(ticket, clock.now(), rules.slo, rules.escalation_tiers)
        assert escalation is not None
        tiers.append((escalation.tier_index, escalation.tier))
        ticket, _ = record_escalation(ticket, escalation, clock.now())
    assert tiers == [(0, "peer")] * 3


def test_tier_for_level() -> None:
    assert tier_for_level(0, TIERS) == (0, "peer")
    assert tier_for_level(2, TIERS) == (2, "admin")
    assert tier_for_level(9, TIERS) == (2, "admin")
    with pytest.raises(HelpRulesError):
        tier_for_level(1, ())
    with pytest.raises(ValueError):
        tier_for_level(-1, TIERS)


def test_planned_escalation_is_known_before_it_is_due() -> None:
    clock = MovableClock()
    ticket = opened(clock)
    plan = planned_escalation(ticket, SLO, TIERS)
    assert plan is not None
    assert not plan.is_due(clock.now())
    assert plan.is_due(clock.now() + timedelta(minutes=15))


@pytest.mark.parametrize(
    ("answer_after", "within"), [(timedelta(minutes=15), True), (timedelta(minutes=15, seconds=1), False)]
)
def test_within_slo_at_the_boundary(answer_after: timedelta, within: bool) -> None:
    clock = MovableClock()
    ticket = opened(clock)
    assert not within_slo(ticket)  # unanswered is not within
    clock.advance(answer_after)
    answered, _ = record_moderator_message(ticket, PEER, clock.now())
    assert within_slo(answered) is within
    assert first_response_time(answered) == answer_after


def test_breach_and_first_response_time_while_unanswered() -> None:
    clock = MovableClock()
    ticket = opened(clock, Priority.CRISIS)
    assert first_response_time(ticket) is None
    clock.advance(timedelta(minutes=5) - SECOND)
    assert not is_breached(ticket, clock.now())
    clock.advance(SECOND)
    assert is_breached(ticket, clock.now())


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(minutes=15), 15),
        (timedelta(minutes=4, seconds=1), 5),
        (timedelta(0), 0),
        (timedelta(-5), 0),
    ],
)
def test_minutes_round_up_for_texts(delta: timedelta, expected: int) -> None:
    assert minutes(delta) == expected
