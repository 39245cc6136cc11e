"""The types of the help ticket: states, origins, actors, errors, history records and the ticket itself.

``bot.domain.help.tickets`` holds the transitions and re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.help.rules import Priority


class TicketState(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"
    CLOSED = "closed"


ACTIVE_STATES = frozenset({TicketState.OPEN, TicketState.CLAIMED})


class Origin(StrEnum):
    SLASH = "slash"  # /help
    BUTTON = "button"  # the "Talk to someone" button
    DM = "dm"  # a direct message to the bot
    PHRASE = "phrase"  # a help phrase in a channel, accepted in the private offer


class ActorRole(StrEnum):
    MEMBER = "member"
    PEER_MODERATOR = "peer_moderator"
    SPECIALIST = "specialist"
    ADMIN = "admin"
    SYSTEM = "system"  # the bot itself (crisis detection, sweeps, member left the server)


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int
    role: ActorRole

    @property
    def is_helper(self) -> bool:
        """A trained peer moderator or a member of an escalation tier."""
        return self.role in (ActorRole.PEER_MODERATOR, ActorRole.SPECIALIST, ActorRole.ADMIN)

    @property
    def is_senior(self) -> bool:
        return self.role in (ActorRole.SPECIALIST, ActorRole.ADMIN)


class TicketErrorCode(StrEnum):
    """Each value is an i18n key in ``bot/locales/<lang>/help.toml``."""

    NOT_PEER_MODERATOR = "help.error_not_peer_moderator"
    OWN_TICKET = "help.error_own_ticket"
    ALREADY_CLAIMED = "help.error_already_claimed"
    ALREADY_YOURS = "help.error_already_yours"
    NOT_CLAIMED = "help.error_not_claimed"
    NOT_CLAIMER = "help.error_not_claimer"
    NOT_ACTIVE = "help.error_not_active"
    ALREADY_CLOSED = "help.error_already_closed"
    NOT_CLOSED = "help.error_not_closed"
    NOT_ALLOWED = "help.error_not_allowed"
    TRANSFER_SAME = "help.error_transfer_same"
    TRANSFER_TARGET = "help.error_transfer_target"
    LOAD_CAP = "help.load_cap_reached"
    NOT_REQUESTER = "help.error_not_requester"
    SURVEY_NOT_READY = "help.error_survey_not_ready"
    RATING_RANGE = "help.error_rating_range"
    SURVEY_EMPTY = "help.error_survey_empty"
    CRISIS_NEEDS_NOTE = "help.crisis_resolve_needs_note"
    CRISIS_NEEDS_CONFIRMATION = "help.crisis_resolve_needs_confirmation"


class TicketError(Exception):
    """An illegal ticket change. ``key`` is a member-safe i18n key; ``fields`` format it."""

    def __init__(self, code: TicketErrorCode, **fields: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.fields = fields

    @property
    def key(self) -> str:
        return self.code.value


class TicketEventKind(StrEnum):
    OPENED = "opened"
    CLAIMED = "claimed"
    TRANSFERRED = "transferred"
    RELEASED = "released"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    UPGRADED_TO_CRISIS = "upgraded_to_crisis"
    FIRST_RESPONSE = "first_response"
    ANSWERED = "answered"  # a later wait (after a reopen) ended by a peer moderator's message
    ESCALATED = "escalated"
    SURVEY = "survey"


@dataclass(frozen=True, slots=True)
class TicketEventRecord:
    ticket_id: int
    kind: TicketEventKind
    at: datetime
    actor_id: int | None
    from_state: TicketState
    to_state: TicketState
    target_id: int | None = None  # transfer target, first responder
    tier: str | None = None  # escalation tier
    level: int | None = None  # escalation level


@dataclass(frozen=True, slots=True)
class Survey:
    """The member's answers after a resolution: a 1–5 rating, "did this solve your problem?", a comment."""

    at: datetime
    rating: int | None = None
    solved: bool | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    guild_id: int
    requester_id: int
    origin: Origin
    priority: Priority
    opened_at: datetime
    first_response_due_at: datetime  # the deadline the FRT metric is measured against
    state: TicketState = TicketState.OPEN
    language: str = "en"
    claimer_id: int | None = None
    claimed_at: datetime | None = None
    first_response_at: datetime | None = None
    first_responder_id: int | None = None
    response_due_at: datetime | None = None  # an answer is awaited until then; None when not awaited
    escalation_level: int = 0
    last_escalation_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    closed_by: int | None = None
    reopen_count: int = 0
    reopened_within_window: bool = False  # reopened within the window after a close (reopen rate)
    survey: Survey | None = None

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def awaiting_response(self) -> bool:
        return self.response_due_at is not None
