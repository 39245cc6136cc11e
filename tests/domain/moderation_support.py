"""A tiny reference matcher for domain tests: turns a text into ``MessageSignals`` using a policy's lists.

It is deliberately simple (casefold, strip accents, whole-word phrase match) and stands in for
``bot.classify`` so domain tests and the replay samples need no model and no mocks. Model scores are
given explicitly by each test.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from bot.domain.policy import Policy
from bot.domain.signals import MessageSignals, ModelStatus, PhraseHit, TermHit

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"\s+", " ", text).strip()


def contains(text: str, entry: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(normalise(entry))}(?!\w)", normalise(text)) is not None


def signals_for(
    text: str,
    lang: str,
    policy: Policy,
    scores: Mapping[str, float] | None = None,
    *,
    messages_in_window: int = 1,
) -> MessageSignals:
    hits = tuple(
        TermHit(list_id, term)
        for list_id in policy.lists
        for term in policy.list_terms(list_id, lang)
        if contains(text, term)
    )
    allowed = tuple(term for term in policy.allow_terms(lang) if contains(text, term))
    patterns = tuple(
        TermHit(pid, match.group(0))
        for pid, p in policy.patterns.items()
        if (match := re.search(p.regex, text))
    )
    phrases = tuple(
        PhraseHit(phrase.kind, phrase.id, phrase.category)
        for phrase, entry in policy.phrases_for(lang)
        if contains(text, entry)
    )
    return MessageSignals(
        language=lang,
        model_status=ModelStatus.SCORED if scores is not None else ModelStatus.DISABLED,
        model_scores=dict(scores or {}),
        term_hits=hits,
        allowed_terms=allowed,
        pattern_hits=patterns,
        phrases=phrases,
        mention_count=len(re.findall(r"<@[!&]?\d+>", text)),
        mass_mention="@everyone" in text or "@here" in text,
        messages_in_window=messages_in_window,
    )


BIASED_WORDS = (
    "cancer",
    "chemo",
    "chimio",
    "kill",
    "tue",
    "die",
    "mourir",
    "maladie",
    "disease",
    "stupid",
    "débile",
)


def biased_model(text: str) -> dict[str, float]:
    """A stand-in for a toxicity model with the known bias: illness and death words score high."""
    high = any(contains(text, w) for w in BIASED_WORDS)
    return {
        "toxicity": 0.93 if high else 0.05,
        "severe_toxicity": 0.91 if high else 0.01,
        "threat": 0.4 if high else 0.01,
    }


def matcher(
    policy: Policy, model: Callable[[str], Mapping[str, float]] | None = None
) -> Callable[[str, str], MessageSignals]:
    return lambda text, lang: signals_for(text, lang, policy, model(text) if model else None)
