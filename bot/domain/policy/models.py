"""The shape of a policy file (pydantic v2), field by field. Loading and cross-checks: ``policy_loader``.

A policy is data: published rules with their signals and ladders, word lists, allow-lists, help settings,
helplines and help/crisis phrases. ``bot.domain.policy`` is the public facade.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from bot.domain.durations import MAX_DAYS, parse_duration
from bot.domain.i18n import language_of, voice

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
MAX_HOURS = MAX_DAYS * 24  # bounds keep every later date computation inside datetime's range
MAX_MINUTES = MAX_HOURS * 60
LocalText = dict[str, str]  # language -> text; every policy language must be present (checked by the loader)
Score = Annotated[float, Field(ge=0.0, le=1.0)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]

DISCORD_MAX_TIMEOUT = timedelta(days=28)
DETOXIFY_LABELS = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
    "sexual_explicit",
)
CRISIS_CATEGORIES = ("suicidal_ideation", "self_harm", "immediate_danger")


class Action(StrEnum):
    NONE = "none"
    NUDGE = "nudge"
    HIDE = "hide"
    WARN = "warn"
    TIMEOUT = "timeout"
    KICK = "kick"
    BAN = "ban"
    REVIEW = "review"
    HELP = "help"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        """How heavy the action is, for choosing between rules (help/crisis/review are not sanctions)."""
        return _ACTION_RANK.get(self, 0)

    @property
    def is_sanction(self) -> bool:
        return self in _SANCTIONS

    @property
    def irreversible(self) -> bool:
        return self in (Action.KICK, Action.BAN)


_ACTION_RANK = {
    Action.NUDGE: 1,
    Action.HIDE: 2,
    Action.WARN: 3,
    Action.TIMEOUT: 4,
    Action.KICK: 5,
    Action.BAN: 6,
}
_SANCTIONS = frozenset(_ACTION_RANK)
LADDER_ACTIONS = (*_ACTION_RANK, Action.REVIEW)


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    SEVERE = "severe"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LadderStep(_Model):
    """One rung: the action for the n-th breach of a rule within its decay window."""

    action: Action
    duration: Duration | None = None
    hide: bool | None = None  # remove the message too; default: yes for every action but nudge
    proposed: Action | None = None  # for action = "review": what the human is asked to confirm

    @field_validator("action")
    @classmethod
    def _ladder_action(cls, value: Action) -> Action:
        if value not in LADDER_ACTIONS:
            allowed = ", ".join(a.value for a in LADDER_ACTIONS)
            raise ValueError(f"{value.value!r} cannot be a ladder step; use one of {allowed}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> LadderStep:
        kind = self.proposed if self.action is Action.REVIEW else self.action
        if self.action is Action.REVIEW and (self.proposed is None or not self.proposed.is_sanction):
            raise ValueError('a "review" step needs proposed = one of nudge, hide, warn, timeout, kick, ban')
        if self.action is not Action.REVIEW and self.proposed is not None:
            raise ValueError('"proposed" only belongs on a "review" step')
        if kind is Action.TIMEOUT:
            if self.duration is None or self.duration <= timedelta(0):
                raise ValueError('a timeout needs a duration, e.g. duration = "10m"')
            if self.duration > DISCORD_MAX_TIMEOUT:
                raise ValueError("Discord timeouts last at most 28 days (28d)")
        elif kind is Action.BAN:
            if self.duration is not None and self.duration <= timedelta(0):
                raise ValueError("a temporary ban needs a positive duration (or no duration at all)")
        elif self.duration is not None:
            raise ValueError(f'a "{kind}" step takes no duration')
        if self.action is Action.NUDGE and self.hide:
            raise ValueError("a nudge never removes the message; use hide or warn")
        return self

    @property
    def hides_message(self) -> bool:
        return self.hide if self.hide is not None else self.action is not Action.NUDGE


class Flood(_Model):
    messages: int = Field(ge=2, le=10_000, description="this many messages or more ...")
    seconds: int = Field(ge=1, le=600, description="... within this many seconds")


class MentionSpam(_Model):
    max: int = Field(ge=1, le=10_000, description="more user/role mentions than this in one message")
    mass_mention: bool = True  # an @everyone / @here attempt also counts


class RuleSignals(_Model):
    model: dict[str, Score] = {}  # model label -> threshold; model evidence alone only ever means review
    lists: tuple[str, ...] = ()  # trigger lists: a hit alone breaks the rule
    patterns: tuple[str, ...] = ()  # pattern ids (see the top-level patterns table)
    detectors: tuple[str, ...] = ()  # judgement detectors whose hits break the rule: insult, hate, threat...
    flood: Flood | None = None
    mentions: MentionSpam | None = None


class RuleWayBack(_Model):
    acknowledge_lifts_timeout_up_to: Duration = timedelta(0)
    appeal: bool = True
    probation: Duration = timedelta(0)


class Rule(_Model):
    id: Identifier
    enabled: bool = True
    title: LocalText
    description: LocalText
    why: LocalText  # the plain reason shown to members: "it contained an insult towards another member"
    severity: Severity
    signals: RuleSignals = RuleSignals()
    requires_terms: tuple[str, ...] = ()  # lists that must agree before the model may act automatically
    ladder: tuple[LadderStep, ...] = Field(min_length=1)
    decay: Duration = timedelta(days=30)
    way_back: RuleWayBack = RuleWayBack()

    @field_validator("decay")
    @classmethod
    def _positive_decay(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError('the decay window must be positive, e.g. decay = "30d"')
        return value


class Pattern(_Model):
    regex: str
    description: str = ""


class ModelPolicy(_Model):
    """How model scores may be used. The policy-level rule that makes illness talk safe:

    * a model score alone (no word list agreeing) never sanctions anyone: at most the message goes to human
      review, and only when the score reaches ``review_threshold`` (0.7 by default);
    * the model may act automatically only when a *severe* label (``severe_labels``: severe_toxicity or
      threat) reaches ``auto_threshold`` (0.9 by default) AND one of the rule's word lists agrees
      (``requires_terms`` or the rule's trigger lists);
    * when an allow-listed word is present (medical vocabulary in a patient community, game context in a
      game community), model-only signals are dropped (``allow_context_suppresses_review``) and a
      model-driven automatic action becomes a review.

    Toxicity models were not debiased for physical illness, disability or suicide vocabulary: "my cancer is
    back" can score high. The word lists, curated per language with allow-lists, carry the decision.
    """

    enabled: bool = True
    labels: tuple[str, ...] = DETOXIFY_LABELS
    review_threshold: Score = 0.7
    auto_threshold: Score = 0.9
    severe_labels: tuple[str, ...] = ("severe_toxicity", "threat")
    allow_context_suppresses_review: bool = True

    @model_validator(mode="after")
    def _thresholds(self) -> ModelPolicy:
        if self.auto_threshold < self.review_threshold:
            raise ValueError("auto_threshold must not be lower than review_threshold")
        unknown = [label for label in self.severe_labels if label not in self.labels]
        if unknown:
            raise ValueError(f"severe_labels {unknown} are not in labels {list(self.labels)}")
        return self


class SloMinutes(_Model):
    crisis: int = Field(default=5, ge=1, le=MAX_MINUTES)
    high: int = Field(default=10, ge=1, le=MAX_MINUTES)
    normal: int = Field(default=15, ge=1, le=MAX_MINUTES)


class LoadCap(_Model):
    crisis: int = Field(default=2, ge=1)
    total: int = Field(default=5, ge=1)


class HelpPolicy(_Model):
    slo_minutes: SloMinutes = SloMinutes()
    escalation_tiers: tuple[str, ...] = Field(default=("peer", "specialist", "admin"), min_length=1)
    load_cap: LoadCap = LoadCap()
    follow_up_hours: int = Field(default=24, ge=1, le=MAX_HOURS)
    reopen_window_days: int = Field(default=14, ge=1, le=MAX_DAYS)
    retention_days: int = Field(default=365, ge=1, le=MAX_DAYS)
    # Crisis words in a public channel: "line" = one short kind line to the member there, "none" = nothing.
    crisis_public_reply: Literal["none", "line"] = "line"
    # A resolved request closes by itself this long after "resolved" (then the follow-up is planned).
    auto_close_hours: int = Field(default=48, ge=1, le=MAX_HOURS)

    def tier(self, escalations: int) -> str:
        """The tier after ``escalations`` escalations (0 = first tier); the last tier repeats."""
        return self.escalation_tiers[min(max(escalations, 0), len(self.escalation_tiers) - 1)]

    def plain(self) -> dict[str, Any]:
        """The values ``bot.domain.help.rules.HelpRules.from_plain`` takes."""
        return {
            "slo_minutes": self.slo_minutes.model_dump(),
            "escalation_tiers": self.escalation_tiers,
            "load_cap": self.load_cap.model_dump(),
            "follow_up_hours": self.follow_up_hours,
            "reopen_window_days": self.reopen_window_days,
        }


class RetentionPolicy(_Model):
    """How long what grows is kept (``[retention]``), in days; sealed content follows
    ``[help] retention_days``. Nothing still in force is ever removed: a running sanction, a strike that
    still counts, an open appeal or ticket, a pending deadline."""

    cases_days: int = Field(default=730, ge=30, le=MAX_DAYS)  # finished cases, their strikes and appeals
    tickets_days: int = Field(default=730, ge=30, le=MAX_DAYS)  # closed tickets and their events
    deadlines_days: int = Field(default=90, ge=1, le=MAX_DAYS)  # deadlines done, failed or cancelled
    log_payload_days: int = Field(default=1095, ge=90, le=MAX_DAYS)  # log payloads shredded, hashes kept


class Helpline(_Model):
    name: str = Field(min_length=1)
    number: str = ""
    text: str = ""  # an SMS short code, e.g. "text HOME to 741741"
    hours: LocalText = {}
    url: str = ""
    emergency: bool = False  # an emergency number (ambulance, police) rather than a listening line
    description: LocalText = {}

    @model_validator(mode="after")
    def _reachable(self) -> Helpline:
        if not (self.number or self.text or self.url):
            raise ValueError("a helpline needs a number, a text code or a url")
        return self


class Phrase(_Model):
    """Help or crisis phrases: matched (normalised) by ``bot.classify``; reported as ``PhraseHit``."""

    id: Identifier
    kind: Literal["help", "crisis"]
    category: str = ""  # crisis only: suicidal_ideation | self_harm | immediate_danger
    text: dict[str, tuple[str, ...]]  # language -> phrases, e.g. text.fr = ["j'ai besoin d'aide"]

    @model_validator(mode="after")
    def _category(self) -> Phrase:
        if self.kind == "crisis" and self.category not in CRISIS_CATEGORIES:
            raise ValueError(f"a crisis phrase needs category = one of {', '.join(CRISIS_CATEGORIES)}")
        if self.kind == "help" and self.category:
            raise ValueError("help phrases take no category")
        return self


class RaidPolicy(_Model):
    """Raid response (``bot/domain/moderation/raid.py``): what counts as a join or message burst, what raid
    mode does."""

    enabled: bool = True
    auto_start: bool = True  # raid mode starts by itself on a detected burst (else: moderators are told)
    new_account_days: int = Field(default=7, ge=0, le=365)  # an account younger than this is "new"
    join_count: int = Field(default=10, ge=2, le=10_000)  # this many new accounts joining ...
    join_seconds: int = Field(default=60, ge=5, le=3600)  # ... within this many seconds
    message_authors: int = Field(default=5, ge=2, le=10_000)  # this many members posting the same text
    message_seconds: int = Field(default=30, ge=5, le=3600)  # (or breaking a rule) within this many seconds
    duration_minutes: int = Field(default=60, ge=5, le=1440)  # raid mode ends by itself after this
    slowmode_seconds: int = Field(default=30, ge=0, le=21600)  # on the channels the raid posts in
    lock_channels: tuple[int, ...] = ()  # channel ids locked (@everyone cannot send) during raid mode
    pause_invites: bool = True  # Discord's incident action: invites paused while raid mode lasts
    pause_dms: bool = False  # Discord's incident action: DMs between members who are not friends paused
    timeout_minutes: int = Field(default=60, ge=1, le=40320)  # raiders are timed out this long


class PolicyFile(_Model):
    """Everything a (merged) policy file holds. ``Policy`` adds the computed version and sources."""

    id: Identifier
    name: LocalText
    preset: Literal["patient", "game"]
    languages: tuple[Literal["fr", "en"], ...] = Field(default=("fr", "en"), min_length=1)
    default_language: Literal["fr", "en"] = "en"
    published_url: str = Field(min_length=1)
    published_at: date
    irreversible_requires_human: bool = True  # kick/ban become proposals for a human
    ladder_scope: Literal["rule", "all"] = "rule"
    exempt_roles: tuple[int, ...] = ()  # role ids never actioned automatically (moderators always are)
    rules: tuple[Rule, ...] = Field(min_length=1)
    lists: dict[Identifier, dict[str, tuple[str, ...]]] = {}
    allow: dict[str, tuple[str, ...]] = {}
    patterns: dict[Identifier, Pattern] = {}
    model: ModelPolicy = ModelPolicy()
    help: HelpPolicy = HelpPolicy()
    retention: RetentionPolicy = RetentionPolicy()
    helplines: dict[str, tuple[Helpline, ...]] = {}
    phrases: tuple[Phrase, ...] = ()
    kb_dir: str = ""  # knowledge-base articles, relative to the policies/ folder
    raid: RaidPolicy = RaidPolicy()
    # How member texts address people: "tu" or "vous"; unset = the preset's ("tu" for game communities).
    addressing: Literal["tu", "vous"] | None = None
    timezone: str = "UTC"  # the server's clock for dates members read (IANA name), when theirs is unknown

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use an IANA name like Europe/Paris") from None
        return value

    @property
    def member_register(self) -> Literal["tu", "vous"]:
        """The register of member texts: the server's choice, else "tu" for game communities."""
        if self.addressing is not None:
            return self.addressing
        return "tu" if self.preset == "game" else "vous"

    def member_voice(self, lang: str) -> str:
        """``lang`` (a language or Discord locale) in this community's register, for ``i18n.t``."""
        return voice(lang, self.member_register)

    @field_validator("published_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://", "/")):
            raise ValueError("must be an http(s) URL or a path starting with /")
        return value.rstrip("/")


def _country_of(locale: str | None) -> str | None:
    if not locale:
        return None
    parts = locale.replace("_", "-").split("-")
    if len(parts) > 1 and len(parts[-1]) == 2:
        return parts[-1].upper()
    return _LANGUAGE_COUNTRY.get(parts[0].lower())


_LANGUAGE_COUNTRY = {"fr": "FR"}  # a bare "en" says nothing about the country: use the default lines


class Policy(PolicyFile):
    """A validated policy, with its content hash (``version``) and the files it came from."""

    version: str = ""  # 12 hex digits of sha256 over the canonical merged content
    sources: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def enabled_rules(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)

    def text(self, texts: LocalText, lang: str) -> str:
        """A localised policy text in ``lang`` (a language or a voice such as "fr@tu": the "tu" text when the
        policy has one, ``why."fr@tu"``), falling back to the language, then the default language."""
        return (
            texts.get(lang)
            or texts.get(language_of(lang))
            or texts.get(self.default_language)
            or next(iter(texts.values()), "")
        )

    def rule_link(self, rule_id: str) -> str:
        return f"{self.published_url}#{rule_id}"

    def list_terms(self, list_id: str, lang: str) -> tuple[str, ...]:
        return self.lists.get(list_id, {}).get(lang, ())

    def allow_terms(self, lang: str) -> tuple[str, ...]:
        return self.allow.get(lang, ())

    def phrases_for(self, lang: str) -> tuple[tuple[Phrase, str], ...]:
        """(phrase, text) pairs for one language, crisis phrases first."""
        ordered = sorted(self.phrases, key=lambda p: p.kind != "crisis")
        return tuple((phrase, text) for phrase in ordered for text in phrase.text.get(lang, ()))

    def helplines_for(self, country: str | None = None, locale: str | None = None) -> tuple[Helpline, ...]:
        """Helplines for a country code ("FR", "GB") or, failing that, a Discord locale ("en-GB", "fr")."""
        for code in (country, _country_of(locale)):
            if code and code.upper() in self.helplines:
                return self.helplines[code.upper()]
        return self.helplines.get("default", ())

    @property
    def flood_window_seconds(self) -> int | None:
        """The window ``bot.classify`` counts an author's messages in (one window per policy)."""
        windows = {r.signals.flood.seconds for r in self.enabled_rules if r.signals.flood}
        return min(windows) if windows else None

    @property
    def uses_model(self) -> bool:
        return self.model.enabled and any(r.signals.model for r in self.enabled_rules)

    @property
    def message_content_intent_required(self) -> bool:
        """True when reading message text is needed (word lists, patterns, phrases or the model)."""
        return bool(self.phrases) or any(
            r.signals.lists
            or r.signals.patterns
            or r.requires_terms
            or (r.signals.model and self.model.enabled)
            for r in self.enabled_rules
        )
