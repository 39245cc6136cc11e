"""The records ``decide`` works with: member history in, a ``Decision`` out (frozen, no loose dicts)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.clock import ensure_utc
from bot.domain.policy.models import Action, Severity


class ReasonCode(StrEnum):
    """Why the decision is what it is: recorded with every case and shown (in words) to reviewers."""

    NO_SIGNAL = "no_signal"
    CRISIS_LANGUAGE = "crisis_language"
    CRISIS_REVIEW = (
        "crisis_review"  # crisis + a threat or abuse: the crisis protocol, and a person looks at the rest
    )
    HELP_REQUEST = "help_request"
    DISTRESS = "distress"  # low mood, exhaustion, hopelessness without risk: a private, gentle offer
    REPORTED_ABUSE = "reported_abuse"  # the author reports abuse they received: offered help, no sanction
    SELF_TALK = "self_talk"  # harsh words about oneself: abuse evidence and model-only reviews dropped
    ALLOWED_CONTEXT = "allowed_context"  # model-only signal dropped: medical or game vocabulary present
    MODEL_BELOW_REVIEW = "model_below_review"
    MODEL_ONLY_REVIEW = "model_only_review"
    MODEL_CONTEXT_REVIEW = "model_context_review"  # model + list would act, but allowed context is present
    MODEL_AND_LIST = "model_and_list"
    LIST_MATCH = "list_match"
    PATTERN_MATCH = "pattern_match"
    LEARNED_REVIEW = "learned_review"  # only the learned cue weights saw abuse: a person decides
    DETECTOR_MATCH = "detector_match"  # a judgement detector (insult, hate, threat, exposure) the rule names
    FLOOD = "flood"
    MENTION_SPAM = "mention_spam"
    LADDER_REVIEW = "ladder_review"  # the ladder itself asks a human at this step
    HUMAN_REQUIRED = "human_required"  # kick/ban turned into a proposal by the policy
    EXEMPT_MEMBER = "exempt_member"  # moderator, exempt role or member above the bot
    MODERATOR = "moderator"  # a moderator's command


class SignalKind(StrEnum):
    LIST = "list"
    PATTERN = "pattern"
    FLOOD = "flood"
    MENTIONS = "mentions"
    MODEL = "model"
    PHRASE = "phrase"
    ALLOWED = "allowed"
    MODEL_STATUS = "model_status"
    MODERATOR = "moderator"
    DETECTOR = "detector"  # an abuse detector's hit: name = kind, detail = the detector's cue
    SUPPORT = "support"  # a warning sign: name = category, score = severity, detail = cue
    CONTEXT = "context"  # reported speech, self-talk, help asked, what lowered a warning sign


@dataclass(frozen=True, slots=True)
class FiredSignal:
    """One thing that fired. For logs and reviewers only: never shown raw to members."""

    kind: SignalKind
    name: str  # list id, pattern id, model label, phrase id, ...
    rule_id: str | None = None
    score: float | None = None  # model score, or a count (messages in window, mentions)
    detail: str = ""  # the list entry that matched, a category, a status

    def as_text(self) -> str:
        text = f"{self.kind}:{self.name}"
        if self.score is not None:
            text += f"={self.score:.2f}" if self.kind is SignalKind.MODEL else f"={self.score:g}"
        if self.detail:
            text += f"({self.detail})"
        return f"{text}@{self.rule_id}" if self.rule_id else text


@dataclass(frozen=True, slots=True)
class SignalSummary:
    items: tuple[FiredSignal, ...] = ()

    def as_text(self) -> str:
        return " ".join(item.as_text() for item in self.items)

    def as_records(self) -> list[dict[str, object]]:
        """JSON-ready form for the ``cases.signals`` column and exports."""
        return [
            {
                "kind": str(i.kind),
                "name": i.name,
                "rule_id": i.rule_id,
                "score": None if i.score is None else round(i.score, 4),
                "detail": i.detail,
            }
            for i in self.items
        ]

    def of_kind(self, kind: SignalKind) -> tuple[FiredSignal, ...]:
        return tuple(i for i in self.items if i.kind is kind)


@dataclass(frozen=True, slots=True)
class WayBack:
    """How the member comes back from this decision."""

    can_acknowledge: bool = False  # "I understand"
    acknowledge_lifts: bool = False  # acknowledging ends the timeout early
    appeal_allowed: bool = False
    ends_at: datetime | None = None  # timeout / temporary ban end
    probation_ends_at: datetime | None = None
    strike_fades_at: datetime | None = None


NO_WAY_BACK = WayBack()


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A breach on the member's record: counts on the ladder; ``strike`` entries also count on standing.

    A nudge is recorded with ``strike=False``: it moves the ladder on (the next breach is not another
    nudge) but is not a strike against the member. Overturned or pardoned entries are left out by the
    service that builds the history.
    """

    at: datetime
    rule_id: str
    strike: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", ensure_utc(self.at))


@dataclass(frozen=True, slots=True)
class MemberHistory:
    entries: tuple[HistoryEntry, ...] = ()

    @classmethod
    def of(cls, entries: Iterable[HistoryEntry]) -> MemberHistory:
        return cls(tuple(sorted(entries, key=lambda e: e.at)))

    def within(
        self, now: datetime, window: timedelta, rule_id: str | None = None
    ) -> tuple[HistoryEntry, ...]:
        """Entries in ``(now - window, now]``, for one rule or (``rule_id=None``) for all rules."""
        start = now - window
        return tuple(
            e for e in self.entries if start < e.at <= now and (rule_id is None or e.rule_id == rule_id)
        )

    def add(self, entry: HistoryEntry) -> MemberHistory:
        return MemberHistory.of((*self.entries, entry))


@dataclass(frozen=True, slots=True)
class DecisionContext:
    now: datetime
    locale: str = "en"
    is_moderator: bool = False
    member_above_bot: bool = False  # the bot cannot act on them (role hierarchy, owner)
    role_ids: frozenset[int] = field(default_factory=frozenset)
    excerpt: str = ""

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("DecisionContext.now must be timezone-aware UTC")


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason_code: ReasonCode
    policy_version: str
    decided_at: datetime
    rule_id: str | None = None
    proposed_action: Action | None = None  # for review: what the human is asked to confirm
    duration: timedelta | None = None  # of the action, or of the proposed action for a review
    strike: bool = False  # counts against the member's standing (never for nudge, review, help, crisis)
    hide_message: bool = False
    automatic: bool = True
    ladder_step: int | None = None  # 1-based rung of the rule's ladder
    severity: Severity | None = None
    signals: SignalSummary = SignalSummary()
    way_back: WayBack = NO_WAY_BACK
    crisis_category: str | None = None
    phrase_id: str | None = None
    also_review: tuple[str, ...] = ()  # more severe rules only the model flagged: worth a human look too

    @property
    def is_sanction(self) -> bool:
        return self.action.is_sanction

    @property
    def records_breach(self) -> bool:
        """Whether this decision adds a ``HistoryEntry`` (a nudge does, without a strike)."""
        return self.action.is_sanction and self.rule_id is not None

    def history_entry(self) -> HistoryEntry | None:
        if not self.records_breach or self.rule_id is None:
            return None
        return HistoryEntry(at=self.decided_at, rule_id=self.rule_id, strike=self.strike)
