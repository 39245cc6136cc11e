"""How ``havre replay`` (and the dashboard's policy preview) reads a message: the live extractor's
signals and language, for a replay of recorded messages. One definition, so a preview on the dashboard
decides exactly as the command line does."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.classify.extract import SignalExtractor
from bot.classify.judge.language import detect_language
from bot.domain.policy.models import Policy
from bot.domain.signals import MessageSignals, ModelStatus

_MENTION = re.compile(r"<@[!&]?\d+>")
Scores = dict[str, dict[str, float]]


def mentions_in(text: str) -> tuple[int, bool]:
    return len(set(_MENTION.findall(text))), "@everyone" in text or "@here" in text


def signals_function(extractor: SignalExtractor, scores: Scores | None) -> Callable[..., MessageSignals]:
    """(content, language, reply=False) -> signals, as the live pipeline computes them (flood is counted
    by replay)."""

    def signals_for(content: str, language: str, reply: bool = False) -> MessageSignals:
        count, mass = mentions_in(content)
        found = extractor.local(content, language, count, mass, reply=reply)
        if scores is None:
            return replace(found, model_status=ModelStatus.DISABLED)
        if found.offers_help or not content.strip():
            return found  # the live pipeline does not score these either
        return replace(found, model_status=ModelStatus.SCORED, model_scores=scores.get(content, {}))

    return signals_for


def language_function(policy: Policy) -> Callable[[str, str], str]:
    """(content, fallback) -> the message's language among the policy's, as the live pipeline picks it."""

    def language_for(content: str, fallback: str) -> str:
        return detect_language(content, policy.languages, fallback)

    return language_for
