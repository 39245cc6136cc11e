"""The records moderation services hand to cogs and to the Discord port: frozen, typed, no ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.moderation.decision import NO_WAY_BACK, WayBack
from bot.domain.policy.models import Action


class CaseStatus(StrEnum):
    PENDING = "pending"  # written, Discord not called yet (or the process died in between)
    APPLIED = "applied"
    FAILED = "failed"  # Discord refused (missing permission, member above the bot...)
    PROPOSED = "proposed"  # a review waiting for a human
    CONFIRMED = "confirmed"  # a review a moderator applied (the action is a new case)
    DISMISSED = "dismissed"  # a review a moderator closed without action
    LIFTED = "lifted"  # ended early: "I understand", /untimeout, /unban
    EXPIRED = "expired"  # ended by itself
    OVERTURNED = "overturned"  # an appeal was granted


ACTIVE = (CaseStatus.APPLIED,)
ENDED = (CaseStatus.LIFTED, CaseStatus.EXPIRED, CaseStatus.OVERTURNED)


class DmStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    DM_CLOSED_NOTICE = "dm_closed_notice"  # DMs closed: a short notice in the channel instead
    DM_CLOSED = "dm_closed"  # DMs closed and no notice could be posted
    FAILED = "failed"
    NOT_NEEDED = "not_needed"
    WITHHELD = "withheld"  # the action failed on Discord: the member was told nothing
    CORRECTED = "corrected"  # a kick/ban explained first, then refused by Discord: a correction followed


class AppealState(StrEnum):
    OPEN = "open"
    GRANTED = "granted"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"


class ButtonStyle(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    SUCCESS = "success"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class ButtonSpec:
    """A persistent button; ``custom_id`` is ``mod:<action>:<id>[:<choice>]`` (see ``custom_ids``)."""

    custom_id: str
    label: str
    style: ButtonStyle = ButtonStyle.SECONDARY
    row: int = 0
    url: str = ""  # a link button instead (no interaction: Discord opens it, even for a timed-out member)


# A link button's url that the Discord adapter fills in: the bot's profile, where "Message" opens a DM.
DM_WITH_BOT = "havre:dm-with-bot"


@dataclass(frozen=True, slots=True)
class OutMessage:
    """A message for the Discord port. It never pings anyone, except ``mention_user`` when set."""

    content: str
    buttons: tuple[ButtonSpec, ...] = ()
    mention_user: int | None = None


@dataclass(frozen=True, slots=True)
class EffectResult:
    ok: bool
    error: str = ""  # short, operator-facing ("403 50013 Missing Permissions")
    code: int | None = None  # Discord's JSON error code when there is one
    message_id: int | None = None  # for posts
    status: int | None = None  # the HTTP status of a failure (0: no answer at all)

    @property
    def transient(self) -> bool:
        """Discord answered 5xx: worth trying again later. No answer at all (status 0) is not: the post
        may have gone through, and trying again could say it twice."""
        return not self.ok and self.status is not None and self.status >= 500

    @classmethod
    def success(cls, message_id: int | None = None) -> EffectResult:
        return cls(True, message_id=message_id)


class Delivery(StrEnum):
    DELIVERED = "delivered"
    CLOSED = "closed"  # 50007: the member does not accept DMs from the bot
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DmResult:
    delivery: Delivery
    error: str = ""
    message_id: int | None = None
    status: int | None = None  # the HTTP status of a failure (0: no answer at all)

    @property
    def transient(self) -> bool:
        """Discord answered 5xx: worth trying again later. No answer at all (status 0) is not: the DM may
        have arrived, and an explanation is sent at most once."""
        failed = self.delivery is Delivery.FAILED
        return failed and self.status is not None and self.status >= 500


@dataclass(frozen=True, slots=True)
class MemberState:
    """What Discord says about a member right now (for reconciliation)."""

    present: bool
    timed_out_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A member's message, as the listener saw it."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    content: str
    role_ids: frozenset[int] = frozenset()
    is_moderator: bool = False  # by permissions; the pipeline adds the configured staff roles
    above_bot: bool = False
    mention_count: int = 0
    mass_mention: bool = False
    thread_parent_id: int | None = None  # set when the message is in a thread
    reply: bool = False  # a Discord reply to another member's message (an addressee for insults)


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A ``cases`` row, detached from its session."""

    id: int
    guild_id: int
    user_id: int
    channel_id: int | None
    message_id: int | None
    rule_id: str | None
    action: Action
    proposed_action: Action | None
    duration: timedelta | None
    ends_at: datetime | None
    automatic: bool
    actor_id: int | None
    reason_code: str
    status: CaseStatus
    dm_status: DmStatus
    language: str
    policy_version: str
    excerpt_ref: int | None
    note_ref: int | None
    acknowledged_at: datetime | None
    clarity: bool | None
    review_message_id: int | None
    created_at: datetime
    way_back: WayBack = NO_WAY_BACK
    strike: bool = False
    hide_message: bool = False
    ladder_step: int | None = None
    signals_text: str = ""
    explanation_sent: str | None = None
    apply_error: str | None = None


@dataclass(frozen=True, slots=True)
class AppealRecord:
    id: int
    guild_id: int
    case_id: int
    user_id: int
    state: AppealState
    created_at: datetime
    decided_by: int | None = None
    decided_at: datetime | None = None
    reply: str | None = None
    queue_message_id: int | None = None


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """What happened when a case went through Discord: for the moderator's reply and for tests."""

    case: CaseRecord
    applied: bool
    dm_status: DmStatus
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MessageOutcome:
    """What the pipeline did with one message."""

    action: Action
    rule_id: str | None = None
    case: CaseOutcome | None = None
    folded_into: int | None = None  # a flood burst's later messages join the burst's first case
    skipped: str = ""  # why the message was not looked at ("bot", "help_thread"...)


@dataclass(slots=True)
class PipelineStats:
    """Counters since start-up: every message is counted once in ``decided`` (``none`` included)."""

    received: int = 0
    skipped: int = 0
    errors: int = 0
    folded: int = 0
    decided: dict[str, int] = field(default_factory=dict)
    model_status: dict[str, int] = field(default_factory=dict)

    @property
    def decided_total(self) -> int:
        return sum(self.decided.values())

    def count(self, action: str, model_status: str) -> None:
        self.decided[action] = self.decided.get(action, 0) + 1
        self.model_status[model_status] = self.model_status.get(model_status, 0) + 1
