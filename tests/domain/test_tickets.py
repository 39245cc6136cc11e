"""The help ticket state machine: every legal and illegal transition, first response, load caps, survey."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.clock import MovableClock
from bot.domain.help.rules import HelpRules, HelpRulesError, Priority
from bot.domain.help.sla import planned_escalation
from bot.domain.help.ticket_survey import (
    COMMENT_MAX_CHARS,
    counts_as_reopened,
    first_contact_resolved,
    rating_of,
    record_survey,
)
from bot.domain.help.tickets import (
    Actor,
    ActorRole,
    Claim,
    Close,
    Origin,
    Release,
    Reopen,
    Resolve,
    Ticket,
    TicketError,
    TicketErrorCode,
    TicketEvent,
    TicketEventKind,
    TicketState,
    Transfer,
    UpgradeToCrisis,
    can_take,
    follow_up_due,
    open_ticket,
    record_moderator_message,
    transition,
    upgrade_to_crisis,
)

RULES = HelpRules.from_plain(
    slo_minutes={"crisis": 5, "high": 10, "normal": 15},
    escalation_tiers=["peer", "specialist", "admin"],
    load_cap={"crisis": 2, "total": 5},
    follow_up_hours=24,
    reopen_window_days=14,
)

REQUESTER = Actor(100, ActorRole.MEMBER)
OTHER_MEMBER = Actor(101, ActorRole.MEMBER)
REQUESTER_AS_PEER = Actor(100, ActorRole.PEER_MODERATOR)  # a peer moderator asking for help themselves
PEER = Actor(200, ActorRole.PEER_MODERATOR)
PEER2 = Actor(201, ActorRole.PEER_MODERATOR)
SPECIALIST = Actor(300, ActorRole.SPECIALIST)
ADMIN = Actor(400, ActorRole.ADMIN)
SYSTEM = Actor(0, ActorRole.SYSTEM)

_ids = iter(range(1, 1_000_000))


def new_ticket(clock: MovableClock, priority: Priority = Priority.NORMAL) -> Ticket:
    ticket, records = open_ticket(
        ticket_id=next(_ids),
        guild_id=1,
        requester_id=REQUESTER.user_id,
        origin=Origin.SLASH,
        priority=priority,
        now=clock.now(),
        rules=RULES,
        language="fr",
    )
    assert [r.kind for r in records] == [TicketEventKind.OPENED]
    return ticket


def step(ticket: Ticket, event: TicketEvent, actor: Actor, clock: MovableClock) -> Ticket:
    clock.advance(timedelta(minutes=1))
    after, records = transition(ticket, event, actor, clock.now(), RULES)
    assert records, "a legal transition leaves a record"
    return after


def in_state(state: TicketState, clock: MovableClock) -> Ticket:
    """A ticket opened by REQUESTER and, past OPEN, claimed by PEER."""
    ticket = new_ticket(clock)
    if state is TicketState.OPEN:
        return ticket
    ticket = step(ticket, Claim(), PEER, clock)
    if state is TicketState.CLAIMED:
        return ticket
    ticket = step(ticket, Resolve(), PEER, clock)
    if state is TicketState.RESOLVED:
        return ticket
    return step(ticket, Close(), REQUESTER, clock)


def test_open_ticket_awaits_a_first_answer_within_the_slo() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock, Priority.HIGH)
    assert ticket.state is TicketState.OPEN
    assert ticket.opened_at == clock.now()
    assert ticket.first_response_due_at == clock.now() + timedelta(minutes=10)
    assert ticket.response_due_at == ticket.first_response_due_at
    assert ticket.language == "fr"
    assert ticket.claimer_id is None


LEGAL: list[tuple[TicketState, TicketEvent, Actor, TicketState, int | None]] = [
    # (from state, event, actor, expected state, expected claimer)
    (TicketState.OPEN, Claim(), PEER, TicketState.CLAIMED, PEER.user_id),
    (TicketState.OPEN, Claim(), SPECIALIST, TicketState.CLAIMED, SPECIALIST.user_id),
    (TicketState.OPEN, Claim(), ADMIN, TicketState.CLAIMED, ADMIN.user_id),
    (TicketState.OPEN, Close(), REQUESTER, TicketState.CLOSED, None),
    (TicketState.OPEN, Close(), SYSTEM, TicketState.CLOSED, None),
    (TicketState.OPEN, Close(), ADMIN, TicketState.CLOSED, None),
    (TicketState.OPEN, UpgradeToCrisis(), SYSTEM, TicketState.OPEN, None),
    (TicketState.CLAIMED, Transfer(PEER2), PEER, TicketState.CLAIMED, PEER2.user_id),
    (TicketState.CLAIMED, Transfer(SPECIALIST), PEER, TicketState.CLAIMED, SPECIALIST.user_id),
    (TicketState.CLAIMED, Transfer(PEER2), SPECIALIST, TicketState.CLAIMED, PEER2.user_id),
    (TicketState.CLAIMED, Release(), PEER, TicketState.OPEN, None),
    (TicketState.CLAIMED, Release(), ADMIN, TicketState.OPEN, None),
    (TicketState.CLAIMED, Resolve(), PEER, TicketState.RESOLVED, PEER.user_id),
    (TicketState.CLAIMED, Resolve(), SPECIALIST, TicketState.RESOLVED, PEER.user_id),
    (TicketState.CLAIMED, Close(), PEER, TicketState.CLOSED, PEER.user_id),
    (TicketState.CLAIMED, Close(), REQUESTER, TicketState.CLOSED, PEER.user_id),
    (TicketState.CLAIMED, UpgradeToCrisis(), PEER, TicketState.CLAIMED, PEER.user_id),
    (TicketState.RESOLVED, Close(), REQUESTER, TicketState.CLOSED, PEER.user_id),
    (TicketState.RESOLVED, Close(), PEER2, TicketState.CLOSED, PEER.user_id),
    (TicketState.RESOLVED, Close(), SYSTEM, TicketState.CLOSED, PEER.user_id),
    (TicketState.RESOLVED, Reopen(), REQUESTER, TicketState.CLAIMED, PEER.user_id),
    (TicketState.RESOLVED, Reopen(keep_claimer=False), PEER, TicketState.OPEN, None),
    (TicketState.CLOSED, Reopen(), REQUESTER, TicketState.CLAIMED, PEER.user_id),
    (TicketState.CLOSED, Reopen(keep_claimer=False), REQUESTER, TicketState.OPEN, None),
    (TicketState.CLOSED, Reopen(), PEER2, TicketState.CLAIMED, PEER.user_id),
]


@pytest.mark.parametrize(("start", "event", "actor", "expected", "claimer"), LEGAL)
def test_legal_transitions(
    start: TicketState, event: TicketEvent, actor: Actor, expected: TicketState, claimer: int | None
) -> None:
    clock = MovableClock()
    ticket = in_state(start, clock)
    clock.advance(timedelta(minutes=3))
    after, records = transition(ticket, event, actor, clock.now(), RULES)
    assert after.state is expected
    assert after.claimer_id == claimer
    assert len(records) == 1
    record = records[0]
    assert (record.from_state, record.to_state) == (start, expected)
    assert record.actor_id == actor.user_id
    assert record.at == clock.now()
    assert record.ticket_id == ticket.id


ILLEGAL: list[tuple[TicketState, TicketEvent, Actor, TicketErrorCode]] = [
    (TicketState.OPEN, Claim(), OTHER_MEMBER, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.OPEN, Claim(), REQUESTER, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.OPEN, Claim(), SYSTEM, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.OPEN, Claim(), REQUESTER_AS_PEER, TicketErrorCode.OWN_TICKET),
    (TicketState.CLAIMED, Claim(), PEER2, TicketErrorCode.ALREADY_CLAIMED),
    (TicketState.CLAIMED, Claim(), PEER, TicketErrorCode.ALREADY_YOURS),
    (TicketState.RESOLVED, Claim(), PEER2, TicketErrorCode.NOT_ACTIVE),
    (TicketState.CLOSED, Claim(), PEER2, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.OPEN, Transfer(PEER2), PEER, TicketErrorCode.NOT_CLAIMED),
    (TicketState.CLAIMED, Transfer(PEER2), OTHER_MEMBER, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.CLAIMED, Transfer(SPECIALIST), PEER2, TicketErrorCode.NOT_CLAIMER),
    (TicketState.CLAIMED, Transfer(PEER), PEER, TicketErrorCode.TRANSFER_SAME),
    (TicketState.CLAIMED, Transfer(OTHER_MEMBER), PEER, TicketErrorCode.TRANSFER_TARGET),
    (TicketState.CLAIMED, Transfer(REQUESTER_AS_PEER), PEER, TicketErrorCode.TRANSFER_TARGET),
    (TicketState.RESOLVED, Transfer(PEER2), PEER, TicketErrorCode.NOT_ACTIVE),
    (TicketState.CLOSED, Transfer(PEER2), PEER, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.OPEN, Release(), PEER, TicketErrorCode.NOT_CLAIMED),
    (TicketState.CLAIMED, Release(), PEER2, TicketErrorCode.NOT_CLAIMER),
    (TicketState.CLAIMED, Release(), REQUESTER, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.RESOLVED, Release(), PEER, TicketErrorCode.NOT_ACTIVE),
    (TicketState.CLOSED, Release(), PEER, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.OPEN, Resolve(), PEER, TicketErrorCode.NOT_CLAIMED),
    (TicketState.CLAIMED, Resolve(), PEER2, TicketErrorCode.NOT_CLAIMER),
    (TicketState.CLAIMED, Resolve(), REQUESTER, TicketErrorCode.NOT_PEER_MODERATOR),
    (TicketState.RESOLVED, Resolve(), PEER, TicketErrorCode.NOT_ACTIVE),
    (TicketState.CLOSED, Resolve(), PEER, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.OPEN, Close(), OTHER_MEMBER, TicketErrorCode.NOT_ALLOWED),
    (TicketState.OPEN, Close(), PEER2, TicketErrorCode.NOT_ALLOWED),
    (TicketState.CLAIMED, Close(), PEER2, TicketErrorCode.NOT_ALLOWED),
    (TicketState.RESOLVED, Close(), OTHER_MEMBER, TicketErrorCode.NOT_ALLOWED),
    (TicketState.CLOSED, Close(), REQUESTER, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.CLOSED, Close(), ADMIN, TicketErrorCode.ALREADY_CLOSED),
    (TicketState.OPEN, Reopen(), REQUESTER, TicketErrorCode.NOT_CLOSED),
    (TicketState.CLAIMED, Reopen(), PEER, TicketErrorCode.NOT_CLOSED),
    (TicketState.CLOSED, Reopen(), OTHER_MEMBER, TicketErrorCode.NOT_ALLOWED),
    (TicketState.RESOLVED, Reopen(), OTHER_MEMBER, TicketErrorCode.NOT_ALLOWED),
    (TicketState.OPEN, UpgradeToCrisis(), REQUESTER, TicketErrorCode.NOT_ALLOWED),
    (TicketState.RESOLVED, UpgradeToCrisis(), SYSTEM, TicketErrorCode.NOT_ACTIVE),
    (TicketState.CLOSED, UpgradeToCrisis(), SYSTEM, TicketErrorCode.ALREADY_CLOSED),
]


@pytest.mark.parametrize(("start", "event", "actor", "code"), ILLEGAL)
def test_illegal_transitions_raise_a_typed_error(
    start: TicketState, event: TicketEvent, actor: Actor, code: TicketErrorCode
) -> None:
    clock = MovableClock()
    ticket = in_state(start, clock)
    with pytest.raises(TicketError) as caught:
        transition(ticket, event, actor, clock.now(), RULES)
    assert caught.value.code is code
    assert caught.value.key == code.value
    assert caught.value.key.startswith("help.")


def test_every_state_and_event_pair_is_covered() -> None:
    events = {type(e) for _, e, *_ in LEGAL} | {type(e) for _, e, *_ in ILLEGAL}
    assert events == {Claim, Transfer, Release, Resolve, Close, Reopen, UpgradeToCrisis}
    pairs = {(s, type(e)) for s, e, *_ in LEGAL} | {(s, type(e)) for s, e, *_ in ILLEGAL}
    missing = {(s, e) for s in TicketState for e in events} - pairs
    assert not missing, f"untested (state, event) pairs: {missing}"


def test_transfer_records_the_target_and_keeps_the_conversation_state() -> None:
    clock = MovableClock()
    ticket = in_state(TicketState.CLAIMED, clock)
    ticket, _ = record_moderator_message(ticket, PEER, clock.now())
    after, records = transition(ticket, Transfer(PEER2), PEER, clock.now(), RULES)
    assert records[0].kind is TicketEventKind.TRANSFERRED
    assert records[0].target_id == PEER2.user_id
    assert after.first_response_at == ticket.first_response_at
    assert after.first_responder_id == PEER.user_id


def test_a_closed_ticket_cannot_be_closed_twice_but_can_reopen_and_close_again() -> None:
    clock = MovableClock()
    ticket = in_state(TicketState.CLOSED, clock)
    with pytest.raises(TicketError):
        transition(ticket, Close(), REQUESTER, clock.now(), RULES)
    reopened = step(ticket, Reopen(), REQUESTER, clock)
    closed_again = step(reopened, Close(), REQUESTER, clock)
    assert closed_again.state is TicketState.CLOSED
    assert closed_again.closed_by == REQUESTER.user_id
    assert closed_again.reopen_count == 1


# --- first response ---------------------------------------------------------------------------------


def test_first_response_is_the_first_message_by_a_peer_moderator() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    clock.advance(timedelta(minutes=2))
    same, records = record_moderator_message(ticket, REQUESTER, clock.now())
    assert same == ticket and records == []
    same, records = record_moderator_message(ticket, OTHER_MEMBER, clock.now())
    assert same == ticket and records == []
    same, records = record_moderator_message(ticket, REQUESTER_AS_PEER, clock.now())
    assert same == ticket and records == []

    clock.advance(timedelta(minutes=1))
    answered, records = record_moderator_message(ticket, PEER, clock.now())
    assert answered.first_response_at == clock.now()
    assert answered.first_responder_id == PEER.user_id
    assert answered.response_due_at is None
    assert [r.kind for r in records] == [TicketEventKind.FIRST_RESPONSE]
    assert answered.state is TicketState.OPEN  # answering does not claim

    clock.advance(timedelta(minutes=1))
    again, records = record_moderator_message(answered, PEER2, clock.now())
    assert again == answered and records == []


def test_first_response_cancels_escalation() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    assert planned_escalation(ticket, RULES.slo, RULES.escalation_tiers) is not None
    clock.advance(timedelta(minutes=4))
    answered, _ = record_moderator_message(ticket, SPECIALIST, clock.now())
    assert planned_escalation(answered, RULES.slo, RULES.escalation_tiers) is None


def test_claiming_alone_is_not_a_first_response() -> None:
    clock = MovableClock()
    claimed = in_state(TicketState.CLAIMED, clock)
    assert claimed.first_response_at is None
    assert claimed.response_due_at is not None


def test_messages_in_a_closed_ticket_change_nothing() -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    same, records = record_moderator_message(closed, PEER, clock.now())
    assert same == closed and records == []


# --- reopen ----------------------------------------------------------------------------------------


def test_reopen_within_the_window_counts_for_the_reopen_rate() -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    clock.advance(timedelta(days=14))
    reopened, records = transition(closed, Reopen(), REQUESTER, clock.now(), RULES)
    assert records[0].kind is TicketEventKind.REOPENED
    assert reopened.reopened_within_window
    assert counts_as_reopened(reopened)
    assert reopened.reopen_count == 1
    assert reopened.closed_at is None and reopened.resolved_at is None


def test_reopen_after_the_window_is_allowed_but_not_counted() -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    clock.advance(timedelta(days=14, seconds=1))
    reopened, _ = transition(closed, Reopen(), REQUESTER, clock.now(), RULES)
    assert reopened.state is TicketState.CLAIMED
    assert not reopened.reopened_within_window
    assert reopened.reopen_count == 1


def test_reopen_from_resolved_is_not_a_reopen_of_a_closed_ticket() -> None:
    clock = MovableClock()
    resolved = in_state(TicketState.RESOLVED, clock)
    reopened, _ = transition(resolved, Reopen(), REQUESTER, clock.now(), RULES)
    assert not counts_as_reopened(reopened)
    assert reopened.reopen_count == 1


def test_reopen_waits_for_a_new_answer_and_keeps_the_first_response_metric() -> None:
    clock = MovableClock()
    ticket = in_state(TicketState.CLAIMED, clock)
    ticket, _ = record_moderator_message(ticket, PEER, clock.now())
    first = ticket.first_response_at
    ticket = step(ticket, Resolve(), PEER, clock)
    ticket = step(ticket, Close(), REQUESTER, clock)
    clock.advance(timedelta(hours=30))
    reopened, _ = transition(ticket, Reopen(), REQUESTER, clock.now(), RULES)
    assert reopened.response_due_at == clock.now() + timedelta(minutes=15)
    assert reopened.first_response_at == first
    clock.advance(timedelta(minutes=3))
    answered, records = record_moderator_message(reopened, PEER, clock.now())
    assert [r.kind for r in records] == [TicketEventKind.ANSWERED]
    assert answered.first_response_at == first
    assert answered.response_due_at is None


# --- crisis ----------------------------------------------------------------------------------------


def test_upgrade_to_crisis_tightens_the_deadline_still_awaited() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    opened = clock.now()
    clock.advance(timedelta(minutes=8))
    crisis, records = upgrade_to_crisis(ticket, SYSTEM, clock.now(), RULES)
    assert crisis.priority is Priority.CRISIS
    assert [r.kind for r in records] == [TicketEventKind.UPGRADED_TO_CRISIS]
    # min(opened + 15 min, now + 5 min) = opened + 13 min
    assert crisis.response_due_at == opened + timedelta(minutes=13)
    assert crisis.first_response_due_at == opened + timedelta(minutes=13)


def test_upgrade_to_crisis_never_loosens_a_nearer_deadline() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    opened = clock.now()
    clock.advance(timedelta(minutes=12))
    crisis, _ = upgrade_to_crisis(ticket, SYSTEM, clock.now(), RULES)
    assert crisis.response_due_at == opened + timedelta(minutes=15)


def test_upgrade_twice_is_harmless_and_answered_tickets_stay_answered() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    ticket, _ = record_moderator_message(ticket, PEER, clock.now())
    crisis, records = upgrade_to_crisis(ticket, PEER, clock.now(), RULES)
    assert records and crisis.response_due_at is None
    again, records = upgrade_to_crisis(crisis, SYSTEM, clock.now(), RULES)
    assert again == crisis and records == []


# --- load caps -------------------------------------------------------------------------------------


def _held(clock: MovableClock, priorities: list[Priority], by: Actor = PEER) -> list[Ticket]:
    held = []
    for priority in priorities:
        ticket = new_ticket(clock, priority)
        held.append(transition(ticket, Claim(), by, clock.now(), RULES)[0])
    return held


def test_can_take_respects_the_total_and_crisis_caps() -> None:
    clock = MovableClock()
    caps = RULES.load_cap
    four = _held(clock, [Priority.NORMAL] * 4)
    assert can_take(four, Priority.NORMAL, caps)
    five = _held(clock, [Priority.NORMAL] * 5)
    assert not can_take(five, Priority.NORMAL, caps)
    assert not can_take(five, Priority.CRISIS, caps)
    two_crises = _held(clock, [Priority.CRISIS, Priority.CRISIS])
    assert not can_take(two_crises, Priority.CRISIS, caps)
    assert can_take(two_crises, Priority.NORMAL, caps)
    assert can_take(two_crises[:1], Priority.CRISIS, caps)
    assert can_take(five, Priority.NORMAL, {})  # no caps configured


def test_finished_tickets_do_not_count_towards_the_load() -> None:
    clock = MovableClock()
    held = _held(clock, [Priority.CRISIS, Priority.CRISIS])
    done = transition(held[0], Resolve(note="Safe now.", confirmed=True), PEER, clock.now(), RULES)[0]
    assert can_take([done, held[1]], Priority.CRISIS, RULES.load_cap)


def test_claim_and_transfer_enforce_the_load_cap_when_given_the_load() -> None:
    clock = MovableClock()
    crisis = new_ticket(clock, Priority.CRISIS)
    load = _held(clock, [Priority.CRISIS, Priority.CRISIS], by=PEER2)
    with pytest.raises(TicketError) as caught:
        transition(crisis, Claim(load=load), PEER2, clock.now(), RULES)
    assert caught.value.code is TicketErrorCode.LOAD_CAP
    claimed = transition(crisis, Claim(load=[]), PEER, clock.now(), RULES)[0]
    with pytest.raises(TicketError) as caught:
        transition(claimed, Transfer(PEER2, load=load), PEER, clock.now(), RULES)
    assert caught.value.code is TicketErrorCode.LOAD_CAP
    moved = transition(claimed, Transfer(PEER2, load=load[:1]), PEER, clock.now(), RULES)[0]
    assert moved.claimer_id == PEER2.user_id


# --- survey, metrics, follow-up ----------------------------------------------------------------------


def test_survey_merges_answers_given_in_pieces() -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    rated, records = record_survey(closed, REQUESTER, clock.now(), rating=4)
    assert records[0].kind is TicketEventKind.SURVEY
    solved, _ = record_survey(rated, REQUESTER, clock.now(), solved=True)
    commented, _ = record_survey(solved, REQUESTER, clock.now(), comment="  Thank you, it helped.  ")
    assert commented.survey is not None
    assert (commented.survey.rating, commented.survey.solved) == (4, True)
    assert commented.survey.comment == "Thank you, it helped."
    assert rating_of(commented) == 4
    assert first_contact_resolved(commented)


@pytest.mark.parametrize("rating", [0, 6, -1, True])
def test_survey_rating_must_be_one_to_five(rating: int) -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    with pytest.raises(TicketError) as caught:
        record_survey(closed, REQUESTER, clock.now(), rating=rating)
    assert caught.value.code is TicketErrorCode.RATING_RANGE
    assert caught.value.fields == {"low": 1, "high": 5}


def test_survey_is_for_the_requester_once_resolved() -> None:
    clock = MovableClock()
    open_ = in_state(TicketState.OPEN, clock)
    with pytest.raises(TicketError) as caught:
        record_survey(open_, REQUESTER, clock.now(), rating=5)
    assert caught.value.code is TicketErrorCode.SURVEY_NOT_READY
    resolved = in_state(TicketState.RESOLVED, clock)
    with pytest.raises(TicketError) as caught:
        record_survey(resolved, PEER, clock.now(), rating=5)
    assert caught.value.code is TicketErrorCode.NOT_REQUESTER
    with pytest.raises(TicketError) as caught:
        record_survey(resolved, REQUESTER, clock.now())
    assert caught.value.code is TicketErrorCode.SURVEY_EMPTY
    assert record_survey(resolved, REQUESTER, clock.now(), rating=1)[0].survey is not None


def test_survey_comment_is_capped() -> None:
    clock = MovableClock()
    closed = in_state(TicketState.CLOSED, clock)
    after, _ = record_survey(closed, REQUESTER, clock.now(), comment="x" * (COMMENT_MAX_CHARS + 50))
    assert after.survey is not None and len(after.survey.comment) == COMMENT_MAX_CHARS


@pytest.mark.parametrize(
    ("solved", "reopen", "expected"),
    [(True, False, True), (False, False, False), (None, False, False), (True, True, False)],
)
def test_first_contact_resolution(solved: bool | None, reopen: bool, expected: bool) -> None:
    clock = MovableClock()
    ticket = in_state(TicketState.CLOSED, clock)
    if solved is not None:
        ticket = record_survey(ticket, REQUESTER, clock.now(), solved=solved)[0]
    if reopen:
        ticket = step(ticket, Reopen(), REQUESTER, clock)
        ticket = step(ticket, Close(), REQUESTER, clock)
    assert first_contact_resolved(ticket) is expected


def test_follow_up_is_due_a_day_after_the_close() -> None:
    clock = MovableClock()
    resolved = in_state(TicketState.RESOLVED, clock)
    assert follow_up_due(resolved, RULES) is None
    closed = step(resolved, Close(), REQUESTER, clock)
    assert follow_up_due(closed, RULES) == clock.now() + timedelta(hours=24)


def test_naive_datetimes_are_taken_as_utc() -> None:
    clock = MovableClock()
    ticket = new_ticket(clock)
    naive = datetime(2026, 1, 5, 9, 30)  # what SQLite hands back
    after, _ = transition(ticket, Claim(), PEER, naive, RULES)
    assert after.claimed_at == naive.replace(tzinfo=UTC)


# --- help rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: HelpRules.from_plain(slo_minutes={"crisis": 5, "high": 10}, escalation_tiers=["peer"]),
        lambda: HelpRules.from_plain(
            slo_minutes={"crisis": 0, "high": 1, "normal": 1}, escalation_tiers=["p"]
        ),
        lambda: HelpRules.from_plain(
            slo_minutes={"crisis": 5, "high": 10, "normal": 15}, escalation_tiers=[]
        ),
        lambda: HelpRules.from_plain(
            slo_minutes={"crisis": 5, "high": 10, "normal": 15}, escalation_tiers="peer"
        ),
        lambda: HelpRules.from_plain(
            slo_minutes={"crisis": 5, "high": 10, "normal": 15}, escalation_tiers=["p"], load_cap={"max": 3}
        ),
        lambda: HelpRules.from_plain(
            slo_minutes={"crisis": 5, "high": 10, "normal": 15}, escalation_tiers=["p"], load_cap={"total": 0}
        ),
    ],
)
def test_inconsistent_help_rules_are_refused(build: Callable[[], HelpRules]) -> None:
    with pytest.raises(HelpRulesError):
        build()


def test_help_rules_from_plain_values() -> None:
    assert RULES.slo_for("crisis") == timedelta(minutes=5)
    assert RULES.slo_for(Priority.NORMAL) == timedelta(minutes=15)
    assert RULES.reopen_window == timedelta(days=14)
    assert RULES.follow_up == timedelta(hours=24)
    assert RULES.escalation_tiers == ("peer", "specialist", "admin")
    assert replace(RULES, escalation_tiers=("solo",)).escalation_tiers == ("solo",)


def test_closing_without_a_resolution_keeps_resolved_at_empty() -> None:
    clock = MovableClock()
    ticket = step(new_ticket(clock), Close(), REQUESTER, clock)
    assert ticket.resolved_at is None
    assert ticket.closed_at == clock.now() and ticket.closed_by == REQUESTER.user_id
    assert ticket.response_due_at is None
    resolved = in_state(TicketState.RESOLVED, clock)
    closed = step(resolved, Close(), SYSTEM, clock)
    assert closed.resolved_at == resolved.resolved_at is not None


# --- a crisis request is not ended in one click (issue 13, point 6) -----------------------------


@pytest.mark.parametrize(
    ("event", "code"),
    [
        (Resolve(), TicketErrorCode.CRISIS_NEEDS_NOTE),
        (Resolve(note="  "), TicketErrorCode.CRISIS_NEEDS_NOTE),
        (Resolve(note="Safe now."), TicketErrorCode.CRISIS_NEEDS_CONFIRMATION),
        (Close(), TicketErrorCode.CRISIS_NEEDS_NOTE),
        (Close(note="Safe now."), TicketErrorCode.CRISIS_NEEDS_CONFIRMATION),
    ],
)
def test_a_helper_ends_a_crisis_request_only_with_a_note_and_a_confirmation(
    event: TicketEvent, code: TicketErrorCode
) -> None:
    clock = MovableClock()
    crisis = step(new_ticket(clock, Priority.CRISIS), Claim(), PEER, clock)
    for actor in (PEER, ADMIN):
        with pytest.raises(TicketError) as caught:
            transition(crisis, event, actor, clock.now(), RULES)
        assert caught.value.code is code
    confirmed = replace(event, note="Safe now.", confirmed=True)
    assert transition(crisis, confirmed, PEER, clock.now(), RULES)[0].state in (
        TicketState.RESOLVED,
        TicketState.CLOSED,
    )


def test_the_member_closes_their_crisis_space_and_the_bot_closes_a_resolved_one_without_a_note() -> None:
    clock = MovableClock()
    crisis = step(new_ticket(clock, Priority.CRISIS), Claim(), PEER, clock)
    assert transition(crisis, Close(), REQUESTER, clock.now(), RULES)[0].state is TicketState.CLOSED
    resolved = step(crisis, Resolve(note="Safe now.", confirmed=True), PEER, clock)
    assert transition(resolved, Close(), SYSTEM, clock.now(), RULES)[0].state is TicketState.CLOSED
    assert transition(resolved, Close(), PEER2, clock.now(), RULES)[0].state is TicketState.CLOSED
    normal = step(new_ticket(clock, Priority.NORMAL), Claim(), PEER, clock)
    assert transition(normal, Close(), PEER, clock.now(), RULES)[0].state is TicketState.CLOSED
