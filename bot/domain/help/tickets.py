"""The help ticket: a pure state machine.

States: OPEN → CLAIMED → RESOLVED → CLOSED, with REOPEN back to OPEN (or CLAIMED when the claimer stays)
and TRANSFER (CLAIMED → CLAIMED with another moderator). Every change returns a new frozen ``Ticket``
plus the records to append to the ticket's history; an illegal change raises ``TicketError`` carrying
an i18n key the member or moderator can be shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from bot.domain.clock import ensure_utc
from bot.domain.help.rules import HelpRules, Priority
from bot.domain.help.sla import Escalation, first_response_due
from bot.domain.help.ticket_types import (
    ACTIVE_STATES,
    Actor,
    ActorRole,
    Origin,
    Survey,
    Ticket,
    TicketError,
    TicketErrorCode,
    TicketEventKind,
    TicketEventRecord,
    TicketState,
)

__all__ = [
    "ACTIVE_STATES",
    "Actor",
    "ActorRole",
    "Claim",
    "Close",
    "Origin",
    "Priority",
    "Release",
    "Reopen",
    "Resolve",
    "Survey",
    "Ticket",
    "TicketError",
    "TicketErrorCode",
    "TicketEvent",
    "TicketEventKind",
    "TicketEventRecord",
    "TicketState",
    "Transfer",
    "UpgradeToCrisis",
    "can_take",
    "follow_up_due",
    "open_ticket",
    "record_escalation",
    "record_moderator_message",
    "transition",
    "upgrade_to_crisis",
]


# --- events ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    load: Sequence[Ticket] | None = None  # the claimer's current tickets; checked against the load cap


@dataclass(frozen=True, slots=True)
class Transfer:
    to: Actor
    load: Sequence[Ticket] | None = None  # the target's current tickets; checked against the load cap


@dataclass(frozen=True, slots=True)
class Release:
    """The claimer steps back: the ticket is open again for another peer moderator."""


@dataclass(frozen=True, slots=True)
class Resolve:
    """``note``: the resolving helper's recap. A crisis request needs one, and ``confirmed``.
    ``sealed``: where that recap is already sealed (a crisis end asked, then confirmed), so that the
    confirmation reuses it rather than sealing the same text twice."""

    note: str = ""
    confirmed: bool = False
    sealed: int | None = None


@dataclass(frozen=True, slots=True)
class Close:
    """``note`` and ``confirmed``: as for ``Resolve``, when a helper ends a crisis request that was not
    resolved first (closing it is resolving it too)."""

    note: str = ""
    confirmed: bool = False
    sealed: int | None = None


@dataclass(frozen=True, slots=True)
class Reopen:
    keep_claimer: bool = True


@dataclass(frozen=True, slots=True)
class UpgradeToCrisis:
    pass


TicketEvent = Claim | Transfer | Release | Resolve | Close | Reopen | UpgradeToCrisis
Result = tuple[Ticket, list[TicketEventRecord]]


def _record(
    before: Ticket,
    after: Ticket,
    kind: TicketEventKind,
    actor: Actor | None,
    at: datetime,
    *,
    target_id: int | None = None,
    tier: str | None = None,
    level: int | None = None,
) -> TicketEventRecord:
    return TicketEventRecord(
        ticket_id=before.id,
        kind=kind,
        at=at,
        actor_id=actor.user_id if actor else None,
        from_state=before.state,
        to_state=after.state,
        target_id=target_id,
        tier=tier,
        level=level,
    )


def open_ticket(
    *,
    ticket_id: int,
    guild_id: int,
    requester_id: int,
    origin: Origin,
    priority: Priority,
    now: datetime,
    rules: HelpRules,
    language: str = "en",
) -> Result:
    now = ensure_utc(now)
    due = first_response_due(now, priority, rules.slo)
    ticket = Ticket(
        id=ticket_id,
        guild_id=guild_id,
        requester_id=requester_id,
        origin=Origin(origin),
        priority=Priority(priority),
        opened_at=now,
        first_response_due_at=due,
        response_due_at=due,
        language=language,
    )
    opened = TicketEventRecord(
        ticket_id=ticket_id,
        kind=TicketEventKind.OPENED,
        at=now,
        actor_id=requester_id,
        from_state=TicketState.OPEN,
        to_state=TicketState.OPEN,
    )
    return ticket, [opened]


# --- load caps ------------------------------------------------------------------------------------


def can_take(
    moderator_open_tickets: Sequence[Ticket], priority: Priority | str, caps: Mapping[str, int]
) -> bool:
    """Whether a moderator with these tickets may take one more of ``priority``.

    ``caps`` maps "total" and/or a priority name ("crisis") to a maximum of active tickets; a missing
    key means no cap.
    """
    active = [t for t in moderator_open_tickets if t.is_active]
    total = caps.get("total")
    if total is not None and len(active) >= total:
        return False
    key = Priority(priority).value
    per_priority = caps.get(key)
    return per_priority is None or sum(1 for t in active if t.priority == key) < per_priority


def _check_load(load: Sequence[Ticket] | None, ticket: Ticket, rules: HelpRules) -> None:
    if load is None:
        return
    others = [t for t in load if t.id != ticket.id]
    if not can_take(others, ticket.priority, rules.load_cap):
        raise TicketError(TicketErrorCode.LOAD_CAP)


# --- transitions ----------------------------------------------------------------------------------


def _require_active(ticket: Ticket) -> None:
    if ticket.state is TicketState.CLOSED:
        raise TicketError(TicketErrorCode.ALREADY_CLOSED)
    if not ticket.is_active:
        raise TicketError(TicketErrorCode.NOT_ACTIVE)


def _require_helper(ticket: Ticket, actor: Actor) -> None:
    if not actor.is_helper:
        raise TicketError(TicketErrorCode.NOT_PEER_MODERATOR)
    if actor.user_id == ticket.requester_id:
        raise TicketError(TicketErrorCode.OWN_TICKET)


def _require_claimer_or_senior(ticket: Ticket, actor: Actor) -> None:
    _require_helper(ticket, actor)
    if ticket.state is not TicketState.CLAIMED:
        raise TicketError(TicketErrorCode.NOT_CLAIMED)
    if actor.user_id != ticket.claimer_id and not actor.is_senior:
        raise TicketError(TicketErrorCode.NOT_CLAIMER)


def _claim(ticket: Ticket, event: Claim, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    _require_helper(ticket, actor)
    if ticket.state is TicketState.CLAIMED:
        code = (
            TicketErrorCode.ALREADY_YOURS
            if ticket.claimer_id == actor.user_id
            else TicketErrorCode.ALREADY_CLAIMED
        )
        raise TicketError(code)
    _require_active(ticket)
    _check_load(event.load, ticket, rules)
    after = replace(ticket, state=TicketState.CLAIMED, claimer_id=actor.user_id, claimed_at=now)
    return after, [_record(ticket, after, TicketEventKind.CLAIMED, actor, now)]


def _transfer(ticket: Ticket, event: Transfer, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    _require_active(ticket)
    _require_claimer_or_senior(ticket, actor)
    target = event.to
    if target.user_id == ticket.claimer_id:
        raise TicketError(TicketErrorCode.TRANSFER_SAME)
    if not target.is_helper or target.user_id == ticket.requester_id:
        raise TicketError(TicketErrorCode.TRANSFER_TARGET)
    _check_load(event.load, ticket, rules)
    after = replace(ticket, claimer_id=target.user_id, claimed_at=now)
    return after, [_record(ticket, after, TicketEventKind.TRANSFERRED, actor, now, target_id=target.user_id)]


def _release(ticket: Ticket, actor: Actor, now: datetime) -> Result:
    _require_active(ticket)
    _require_claimer_or_senior(ticket, actor)
    after = replace(ticket, state=TicketState.OPEN, claimer_id=None, claimed_at=None)
    return after, [_record(ticket, after, TicketEventKind.RELEASED, actor, now)]


def _require_crisis_care(ticket: Ticket, actor: Actor, note: str, confirmed: bool) -> None:
    """A crisis request is not ended by a helper in one click, whatever the path (a command, a button):
    a short note for the team, then an explicit confirmation. The member may close their own space, and
    the bot closes a request already resolved."""
    if ticket.priority is not Priority.CRISIS or ticket.state is TicketState.RESOLVED:
        return
    if actor.user_id == ticket.requester_id or actor.role is ActorRole.SYSTEM:
        return
    if not note.strip():
        raise TicketError(TicketErrorCode.CRISIS_NEEDS_NOTE)
    if not confirmed:
        raise TicketError(TicketErrorCode.CRISIS_NEEDS_CONFIRMATION)


def _resolve(ticket: Ticket, event: Resolve, actor: Actor, now: datetime) -> Result:
    _require_active(ticket)
    _require_claimer_or_senior(ticket, actor)
    _require_crisis_care(ticket, actor, event.note, event.confirmed)
    after = replace(ticket, state=TicketState.RESOLVED, resolved_at=now, response_due_at=None)
    return after, [_record(ticket, after, TicketEventKind.RESOLVED, actor, now)]


def _may_close(ticket: Ticket, actor: Actor) -> bool:
    if actor.user_id == ticket.requester_id or actor.role is ActorRole.SYSTEM:
        return True  # the member may close their own space at any time
    if not actor.is_helper:
        return False
    if ticket.state is TicketState.RESOLVED:
        return True
    return actor.is_senior or actor.user_id == ticket.claimer_id


def _close(ticket: Ticket, event: Close, actor: Actor, now: datetime) -> Result:
    if ticket.state is TicketState.CLOSED:
        raise TicketError(TicketErrorCode.ALREADY_CLOSED)
    if not _may_close(ticket, actor):
        raise TicketError(TicketErrorCode.NOT_ALLOWED)
    _require_crisis_care(ticket, actor, event.note, event.confirmed)
    after = replace(
        ticket,
        state=TicketState.CLOSED,
        closed_at=now,
        closed_by=actor.user_id,
        response_due_at=None,
    )
    return after, [_record(ticket, after, TicketEventKind.CLOSED, actor, now)]


def _reopen(ticket: Ticket, event: Reopen, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    if ticket.is_active:
        raise TicketError(TicketErrorCode.NOT_CLOSED)
    if actor.user_id != ticket.requester_id and not actor.is_helper:
        raise TicketError(TicketErrorCode.NOT_ALLOWED)
    keep = event.keep_claimer and ticket.claimer_id is not None
    within = (
        ticket.state is TicketState.CLOSED
        and ticket.closed_at is not None
        and now - ticket.closed_at <= rules.reopen_window
    )
    after = replace(
        ticket,
        state=TicketState.CLAIMED if keep else TicketState.OPEN,
        claimer_id=ticket.claimer_id if keep else None,
        claimed_at=ticket.claimed_at if keep else None,
        resolved_at=None,
        closed_at=None,
        closed_by=None,
        response_due_at=first_response_due(now, ticket.priority, rules.slo),
        escalation_level=0,
        last_escalation_at=None,
        reopen_count=ticket.reopen_count + 1,
        reopened_within_window=ticket.reopened_within_window or within,
    )
    return after, [_record(ticket, after, TicketEventKind.REOPENED, actor, now)]


def _upgrade(ticket: Ticket, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    _require_active(ticket)
    if not (actor.is_helper or actor.role is ActorRole.SYSTEM):
        raise TicketError(TicketErrorCode.NOT_ALLOWED)
    if ticket.priority is Priority.CRISIS:
        return ticket, []
    crisis_due = first_response_due(now, Priority.CRISIS, rules.slo)
    after = replace(
        ticket,
        priority=Priority.CRISIS,
        response_due_at=None if ticket.response_due_at is None else min(ticket.response_due_at, crisis_due),
        first_response_due_at=(
            ticket.first_response_due_at
            if ticket.first_response_at is not None
            else min(ticket.first_response_due_at, crisis_due)
        ),
    )
    return after, [_record(ticket, after, TicketEventKind.UPGRADED_TO_CRISIS, actor, now)]


def transition(ticket: Ticket, event: TicketEvent, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    """Apply ``event`` by ``actor`` at ``now``; raise ``TicketError`` when it is not allowed."""
    now = ensure_utc(now)
    match event:
        case Claim():
            return _claim(ticket, event, actor, now, rules)
        case Transfer():
            return _transfer(ticket, event, actor, now, rules)
        case Release():
            return _release(ticket, actor, now)
        case Resolve():
            return _resolve(ticket, event, actor, now)
        case Close():
            return _close(ticket, event, actor, now)
        case Reopen():
            return _reopen(ticket, event, actor, now, rules)
        case UpgradeToCrisis():
            return _upgrade(ticket, actor, now, rules)
    raise TypeError(f"unknown ticket event {event!r}")


def upgrade_to_crisis(ticket: Ticket, actor: Actor, now: datetime, rules: HelpRules) -> Result:
    """Raise the ticket to crisis priority: the shorter SLO applies to the answer still awaited."""
    return transition(ticket, UpgradeToCrisis(), actor, now, rules)


# --- messages and escalations ---------------------------------------------------------------------


def record_moderator_message(ticket: Ticket, actor: Actor, now: datetime) -> Result:
    """A message was posted in the ticket. A peer moderator's message answers the member: it records the
    first response (once) and stops the escalation ladder. Other messages change nothing."""
    now = ensure_utc(now)
    if not actor.is_helper or actor.user_id == ticket.requester_id or not ticket.is_active:
        return ticket, []
    first = ticket.first_response_at is None
    if not first and ticket.response_due_at is None:
        return ticket, []
    after = replace(
        ticket,
        first_response_at=now if first else ticket.first_response_at,
        first_responder_id=actor.user_id if first else ticket.first_responder_id,
        response_due_at=None,
        escalation_level=0,
        last_escalation_at=None,
    )
    kind = TicketEventKind.FIRST_RESPONSE if first else TicketEventKind.ANSWERED
    return after, [_record(ticket, after, kind, actor, now, target_id=actor.user_id)]


def record_escalation(ticket: Ticket, escalation: Escalation, now: datetime) -> Result:
    """Note that ``escalation`` was sent. Idempotent: a stale or repeated escalation changes nothing."""
    now = ensure_utc(now)
    if ticket.response_due_at is None or escalation.level != ticket.escalation_level + 1:
        return ticket, []
    after = replace(ticket, escalation_level=escalation.level, last_escalation_at=now)
    record = _record(
        ticket, after, TicketEventKind.ESCALATED, None, now, tier=escalation.tier, level=escalation.level
    )
    return after, [record]


def follow_up_due(ticket: Ticket, rules: HelpRules) -> datetime | None:
    """When the follow-up check-in DM is due: a day (by default) after the close."""
    if ticket.state is not TicketState.CLOSED or ticket.closed_at is None:
        return None
    return ticket.closed_at + rules.follow_up
