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

    @property
    def crisis(self) -> bool:
        return any(p.kind == "crisis" for p in self.phrases)

    @property
    def help_request(self) -> bool:
        return any(p.kind == "help" for p in self.phrases)

    def lists_hit(self) -> frozenset[str]:
        return frozenset(h.list_id for h in self.term_hits)
