"""Skipping the model when the lists decide never changes what ``decide`` does (both presets)."""

from __future__ import annotations

import random
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest

from bot.classify.batching import ScoringWorker
from bot.classify.decided import SkipRule, model_can_change
from bot.classify.extract import SignalExtractor
from bot.domain.moderation import decide
from bot.domain.moderation.decision import Decision, DecisionContext
from bot.domain.policy.loader import load_policy
from bot.domain.policy.models import Policy
from bot.domain.signals import MessageSignals, ModelStatus, PhraseHit, TermHit
from tests.classify.fakes import FakeScorer
from tests.domain.moderation_support import T0, random_history, random_signals

NOW = T0
LABELS = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")


def _action_fields(d: Decision) -> tuple[Any, ...]:
    return (d.action, d.reason_code, d.rule_id, d.proposed_action, d.duration, d.strike, d.hide_message,
            d.automatic, d.ladder_step, d.severity, d.way_back, d.crisis_category, d.phrase_id)  # fmt: skip


def _random_scores(rng: random.Random) -> MappingProxyType[str, float]:
    # Mostly high scores: the cases where the model could matter are the ones worth testing.
    return MappingProxyType({label: rng.choice((0.1, 0.75, 0.86, 0.95, 0.99)) for label in LABELS})


def _policy(name: str) -> Policy:
    if name != "tied":
        return load_policy(name)
    # The presets never let a model-driven rule tie the most severe list-driven one; this variant does:
    # "hate" (high, like "scam") may act on a severe label when a threat word agrees, and "threats"
    # (severe) may not act on the model at all, so it does not hide the tie.
    policy = load_policy("patient")
    hate_model = {"identity_attack": 0.8, "threat": 0.8}
    changes: dict[str, dict[str, Any]] = {
        "hate": {
            "signals": policy.rule("hate").signals.model_copy(update={"model": hate_model}),
            "requires_terms": ("threat_words",),
        },
        "threats": {"requires_terms": ()},
    }
    rules = tuple(rule.model_copy(update=changes.get(rule.id, {})) for rule in policy.rules)
    return policy.model_copy(update={"rules": rules})


@pytest.mark.parametrize("preset", ["patient", "game", "tied"])
@pytest.mark.parametrize("rule", [SkipRule.SAME_ACTION, SkipRule.SAME_DECISION])
def test_skipping_never_changes_the_outcome(preset: str, rule: SkipRule) -> None:
    policy = _policy(preset)
    rng = random.Random(f"{preset}-{rule}")
    skipped = 0
    for _ in range(3000):
        signals = random_signals(policy, rng)
        if model_can_change(signals, policy, rule):
            continue
        skipped += 1
        history = random_history(policy, rng)
        context = DecisionContext(now=NOW, is_moderator=rng.random() < 0.1)
        without = decide(signals, history, policy, context)
        for _ in range(4):
            scored = replace(signals, model_status=ModelStatus.SCORED, model_scores=_random_scores(rng))
            with_model = decide(scored, history, policy, context)
            assert _action_fields(with_model) == _action_fields(without), (signals, scored.model_scores)
            if rule is SkipRule.SAME_DECISION:
                assert with_model.also_review == without.also_review
            else:  # at most a model-only "also review" hint is lost
                assert set(without.also_review) <= set(with_model.also_review)
    assert skipped >= 200  # the property was exercised, and skipping is not a rare corner case


def test_the_rule_is_what_the_policy_says() -> None:
    policy = load_policy("patient")
    plain = MessageSignals(model_status=ModelStatus.SKIPPED)
    assert model_can_change(plain, policy)  # nothing decided yet: the model may send it to review
    crisis = replace(plain, phrases=(PhraseHit("crisis", "suicidal_ideation", "suicidal_ideation"),))
    assert not model_can_change(crisis, policy)
    scam = replace(plain, term_hits=(TermHit("scam", "free nitro"),))  # high severity, automatic
    assert not model_can_change(scam, policy, SkipRule.SAME_ACTION)
    # a model-only review of the more severe "threats" rule would be listed in also_review
    assert model_can_change(scam, policy, SkipRule.SAME_DECISION)
    # a threat word agreeing with a severe model label could make "threats" act: the model matters
    agreeing = replace(scam, term_hits=(*scam.term_hits, TermHit("threat_words", "kill")))
    assert model_can_change(agreeing, policy, SkipRule.SAME_ACTION)
    # ...unless allowed (medical) vocabulary is present: then the model can only ask for a review
    assert not model_can_change(replace(agreeing, allowed_terms=("chemo",)), policy, SkipRule.SAME_ACTION)
    threat = replace(plain, term_hits=(TermHit("threats", "kill yourself"),))  # the most severe rule
    assert not model_can_change(threat, policy, SkipRule.SAME_DECISION)
    assert model_can_change(threat, policy, SkipRule.NEVER)
    no_model = policy.model_copy(update={"model": policy.model.model_copy(update={"enabled": False})})
    assert not model_can_change(plain, no_model)


async def test_the_extractor_skips_the_model_when_the_lists_decide() -> None:
    scorer = FakeScorer()
    worker = ScoringWorker(scorer, max_wait_ms=1)
    worker.start()
    try:
        policy = load_policy("patient")
        extractor = SignalExtractor.from_policy(policy, worker)
        decided = await extractor.extract("free nitro here, claim your prize")
        open_case = await extractor.extract("what time is the stream tomorrow?")
        always = SignalExtractor.from_policy(policy, worker, skip_decided="never")
        forced = await always.extract("free nitro here, claim your prize")
    finally:
        await worker.stop()
    assert decided.term_hits and decided.model_status is ModelStatus.SKIPPED
    assert open_case.model_status is ModelStatus.SCORED
    assert forced.model_status is ModelStatus.SCORED
    assert scorer.texts == ["what time is the stream tomorrow?", "free nitro here, claim your prize"]
