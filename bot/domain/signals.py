"""What the classifiers observed about one message: the input of ``decide``.

``bot.classify`` produces these; ``bot.domain`` consumes them. Nothing here knows how a signal was computed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ModelStatus(StrEnum):
    SCORED = "scored"  # the toxicity model scored this message
    SKIPPED = "skipped"  # the word lists already decided; the model was not needed
    QUEUE_FULL = "queue_full"  # the scoring queue was full: word lists only, recorded
    UNAVAILABLE = "unavailable"  # no model loaded (no weights, load error): word lists only
    DISABLED = "disabled"  # the policy does not use a model


@dataclass(frozen=True, slots=True)
class TermHit:
    """A word-list entry (or pattern) that matched the normalised message."""

    list_id: str  # the policy's list id, e.g. "insults" or "scam"
    term: str  # the list entry that matched (never the member's raw text)


@dataclass(frozen=True, slots=True)
class PhraseHit:
    kind: str  # "help" or "crisis"
    phrase_id: str  # which configured phrase matched
    category: str = ""  # for crisis: "suicidal_ideation", "self_harm", "immediate_danger"


_EMPTY: Mapping[str, float] = MappingProxyType({})


# --- The judgement detectors' readings (``bot.classify.judge``) ----------------------------------------


class SupportLevel(StrEnum):
    """What a message says about its author's safety. None of these is ever a sanction."""

    NONE = "none"
    DISTRESS = "distress"  # a private, gentle offer of someone to talk to; never the public crisis block
    CRISIS = "crisis"  # the crisis protocol: helplines privately, a human alerted with the shortest target


class WarningCategory(StrEnum):
    """Warning-sign categories, as C-SSRS, IS PATH WARM and the NIMH list name them (JUDGEMENT.md)."""

    PASSIVE_IDEATION = "passive_ideation"  # wishing to be dead, to sleep and not wake up, to disappear
    ACTIVE_IDEATION = "active_ideation"  # wanting or thinking of killing oneself, ending one's life
    INTENT = "intent"  # "I'm going to", "this time for real", a decision made
    PLAN_MEANS = "plan_means"  # a method, pills saved up, a rope or a weapon obtained
    TIME_PLACE = "time_place"  # tonight, a date; a bridge, a roof, the tracks (with another sign)
    GOODBYE = "goodbye"  # farewell messages, letters, giving things away, final arrangements
    BURDEN = "burden"  # others would be better off without me
    HOPELESSNESS = "hopelessness"  # entrapment, no way out, no future (alone: distress)
    SELF_HARM = "self_harm"  # cutting, burning, hurting oneself, now or recently
    PAST_ATTEMPT = "past_attempt"  # a previous attempt, especially with the thoughts returning
    DISTRESS = "distress"  # low mood, exhaustion, loneliness, panic: someone to talk to would help
    VEILED = "veiled"  # none of the above by name, but the words learned from the corpus point to it


@dataclass(frozen=True, slots=True)
class WarningSign:
    category: WarningCategory
    severity: int  # 1 (low) .. 4 (immediate danger)
    cue: str  # the detector's own rule id that fired (never the member's text)


@dataclass(frozen=True, slots=True)
class SupportReading:
    level: SupportLevel = SupportLevel.NONE
    signs: tuple[WarningSign, ...] = ()
    help_request: bool = False  # the member asks for help or a moderator ("is anyone around", "aidez moi")
    lowered_by: tuple[str, ...] = ()  # context that lowered the level: "past", "negated", "other_person"...
    immediate: bool = False  # a combination that means danger now (means + time, goodbye + means...)

    @property
    def category(self) -> str:
        """The crisis category for the help feature: immediate_danger, self_harm or suicidal_ideation."""
        if self.immediate:
            return "immediate_danger"
        top = max(self.signs, key=lambda s: s.severity, default=None)
        if top is not None and top.category is WarningCategory.SELF_HARM:
            return "self_harm"
        return "suicidal_ideation"


class AbuseKind(StrEnum):
    INSULT = "insult"  # a directed insult (an addressee near an insult word)
    HATE = "hate"  # a slur, or a group with a generalising or dehumanising predicate
    THREAT = "threat"  # first-person intent + violence + a second-person target; "kill yourself"
    EXPOSURE = "exposure"  # threatening to expose an address, workplace, hospital, diagnosis, IP; swatting


@dataclass(frozen=True, slots=True)
class AbuseHit:
    kind: AbuseKind
    cue: str  # the detector's own rule id or lexicon entry that fired (never the member's raw text)
    learned: bool = False  # from cue weights learned on the corpus, not a rule: a person decides (review)


@dataclass(frozen=True, slots=True)
class AbuseReading:
    hits: tuple[AbuseHit, ...] = ()
    reported: bool = False  # abuse quoted or reported by its target: a help request, never a sanction
    self_talk: bool = False  # harsh words about oneself ("I'm so stupid"): never a sanction
    own_words: str | None = None  # the message without quoted/reported spans, for the word lists; None = all


@dataclass(frozen=True, slots=True)
class MessageSignals:
    language: str = "en"
    model_status: ModelStatus = ModelStatus.DISABLED
    model_scores: Mapping[str, float] = field(default_factory=lambda: _EMPTY)
    term_hits: tuple[TermHit, ...] = ()
    allowed_terms: tuple[str, ...] = ()  # allow-list entries present (e.g. medical vocabulary)
    pattern_hits: tuple[TermHit, ...] = ()  # regex patterns, e.g. invite links
    phrases: tuple[PhraseHit, ...] = ()
    mention_count: int = 0  # user + role mentions in this message
    mass_mention: bool = False  # @everyone / @here attempted
    messages_in_window: int = 1  # the author's messages within the flood window, this one included
    support: SupportReading = SupportReading()  # crisis, distress, help asked (bot.classify.judge)
    abuse: AbuseReading = AbuseReading()  # directed insults, hate, threats; reported speech, self-talk

    @property
    def crisis(self) -> bool:
        """A policy crisis phrase, or the support detector's crisis level."""
        return self.support.level is SupportLevel.CRISIS or any(p.kind == "crisis" for p in self.phrases)

    @property
    def help_request(self) -> bool:
        """A policy help phrase, or help asked for in other words."""
        return self.support.help_request or any(p.kind == "help" for p in self.phrases)

    @property
    def distress(self) -> bool:
        return self.support.level is SupportLevel.DISTRESS

    @property
    def reported_abuse(self) -> bool:
        """Abuse the author quotes or reports having received: a help request, never a sanction."""
        return self.abuse.reported

    @property
    def offers_help(self) -> bool:
        """Routed to the help feature (crisis protocol or a private offer): never a sanction."""
        return self.crisis or self.help_request or self.distress or self.reported_abuse

    def lists_hit(self) -> frozenset[str]:
        return frozenset(h.list_id for h in self.term_hits)
