"""A tiny reference matcher for domain tests: turns a text into ``MessageSignals`` using a policy's lists.

It is deliberately simple (casefold, strip accents, whole-word phrase match) and stands in for
``bot.classify`` so domain tests and the replay samples need no model and no mocks. Model scores are
given explicitly by each test.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from bot.domain.moderation.decision import HistoryEntry, MemberHistory
from bot.domain.policy import Policy
from bot.domain.signals import (
    AbuseHit,
    AbuseKind,
    AbuseReading,
    MessageSignals,
    ModelStatus,
    PhraseHit,
    SupportLevel,
    SupportReading,
    TermHit,
    WarningCategory,
    WarningSign,
)

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


def random_signals(policy: Policy, rng: random.Random) -> MessageSignals:
    """Signals a policy's lists, patterns and phrases could produce, drawn at random."""
    hits = []
    for list_id, per_language in policy.lists.items():
        if rng.random() < 0.18:
            entries = [e for entries in per_language.values() for e in entries]
            hits.append(TermHit(list_id, rng.choice(entries)))
    allow = [e for entries in policy.allow.values() for e in entries]
    allowed = tuple(rng.sample(allow, 1)) if allow and rng.random() < 0.15 else ()
    patterns = tuple(TermHit(p, p) for p in policy.patterns if rng.random() < 0.1)
    phrases = ()
    if rng.random() < 0.05:
        phrase = rng.choice(policy.phrases)
        phrases = (PhraseHit(phrase.kind, phrase.id, phrase.category),)
    return MessageSignals(
        language=rng.choice(("fr", "en")),
        model_status=ModelStatus.SKIPPED,
        term_hits=tuple(hits),
        allowed_terms=allowed,
        pattern_hits=patterns,
        phrases=phrases,
        mention_count=rng.choice((0, 0, 0, 1, 3, 6, 12)),
        mass_mention=rng.random() < 0.05,
        messages_in_window=rng.choice((1, 1, 2, 4, 6, 9)),
        support=random_support(rng),
        abuse=random_abuse(rng),
    )


def random_support(rng: random.Random) -> SupportReading:
    """A support detector's reading, drawn at random (mostly nothing, as in real chat)."""
    level = rng.choices(list(SupportLevel), weights=(90, 6, 4))[0]
    signs: tuple[WarningSign, ...] = ()
    if level is not SupportLevel.NONE:
        signs = (WarningSign(rng.choice(list(WarningCategory)), rng.randint(1, 4), "random"),)
    return SupportReading(
        level=level, signs=signs, help_request=rng.random() < 0.04, immediate=rng.random() < 0.02
    )


def random_abuse(rng: random.Random) -> AbuseReading:
    """An abuse detector's reading, drawn at random: hits of every kind, reported speech, self-talk."""
    hits = tuple(AbuseHit(kind, f"{kind}-cue") for kind in AbuseKind if rng.random() < 0.12)
    return AbuseReading(hits=hits, reported=rng.random() < 0.04, self_talk=rng.random() < 0.1)


def random_history(policy: Policy, rng: random.Random) -> MemberHistory:
    """A record of 0-4 breaches of the policy's rules in the 200 hours before ``T0``."""
    rules = [r.id for r in policy.rules]
    return MemberHistory.of(
        HistoryEntry(T0 - timedelta(hours=rng.randint(1, 200)), rng.choice(rules), rng.random() < 0.8)
        for _ in range(rng.choice((0, 0, 1, 2, 4)))
    )
