"""decide() with the judgement detectors' readings: crisis, distress, help, reported abuse, self-talk,
and abuse hits as evidence for the rules that name their kind (``signals.detectors``)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.domain.moderation import decide
from bot.domain.moderation.decision import DecisionContext, MemberHistory, ReasonCode, SignalKind
from bot.domain.policy import POLICIES_DIR, Action, Policy, PolicyError, load_policy
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
from tests.domain.moderation_support import T0

CTX = DecisionContext(now=T0)
NO_HISTORY = MemberHistory()
PLAIN = MessageSignals(model_status=ModelStatus.SKIPPED)
CRISIS = SupportReading(
    SupportLevel.CRISIS, (WarningSign(WarningCategory.ACTIVE_IDEATION, 3, "end_my_life"),)
)


@pytest.fixture(scope="module", params=["patient", "game"])
def policy(request: pytest.FixtureRequest) -> Policy:
    return load_policy(request.param)


def test_support_crisis_routes_to_the_crisis_protocol_with_its_category(policy: Policy) -> None:
    decision = decide(replace(PLAIN, support=CRISIS), NO_HISTORY, policy, CTX)
    assert decision.action is Action.CRISIS and decision.reason_code is ReasonCode.CRISIS_LANGUAGE
    assert decision.crisis_category == "suicidal_ideation" and decision.phrase_id == "end_my_life"
    assert not decision.strike and not decision.is_sanction
    harm = SupportReading(SupportLevel.CRISIS, (WarningSign(WarningCategory.SELF_HARM, 3, "cut"),))
    assert decide(replace(PLAIN, support=harm), NO_HISTORY, policy, CTX).crisis_category == "self_harm"
    now = replace(CRISIS, immediate=True)
    assert decide(replace(PLAIN, support=now), NO_HISTORY, policy, CTX).crisis_category == "immediate_danger"
    summary = decide(replace(PLAIN, support=CRISIS), NO_HISTORY, policy, CTX).signals
    assert [s.detail for s in summary.of_kind(SignalKind.SUPPORT)] == ["end_my_life", "crisis"]


def test_a_policy_crisis_phrase_keeps_its_category_unless_the_detector_sees_danger_now(
    policy: Policy,
) -> None:
    phrase = (PhraseHit("crisis", "self_harm", "self_harm"),)
    both = replace(PLAIN, phrases=phrase, support=CRISIS)
    assert decide(both, NO_HISTORY, policy, CTX).crisis_category == "self_harm"
    danger = replace(both, support=replace(CRISIS, immediate=True))
    assert decide(danger, NO_HISTORY, policy, CTX).crisis_category == "immediate_danger"


@pytest.mark.parametrize(
    ("signals", "reason"),
    [
        (replace(PLAIN, support=SupportReading(SupportLevel.DISTRESS)), ReasonCode.DISTRESS),
        (replace(PLAIN, support=SupportReading(help_request=True)), ReasonCode.HELP_REQUEST),
        (replace(PLAIN, abuse=AbuseReading(reported=True)), ReasonCode.REPORTED_ABUSE),
    ],
)
def test_distress_help_and_reported_abuse_are_a_private_offer(
    policy: Policy, signals: MessageSignals, reason: ReasonCode
) -> None:
    decision = decide(signals, NO_HISTORY, policy, CTX)
    assert (decision.action, decision.reason_code) == (Action.HELP, reason)
    assert decision.crisis_category is None and not decision.strike


def test_a_reported_insult_is_never_sanctioned_even_when_a_list_matches(policy: Policy) -> None:
    # "someone told me to 'kill yourself', can a mod look?": the list sees the words, the reading the report
    reported = replace(
        PLAIN,
        term_hits=(TermHit("threats", "kill yourself"),),
        abuse=AbuseReading(hits=(AbuseHit(AbuseKind.THREAT, "kys"),), reported=True),
    )
    decision = decide(reported, NO_HISTORY, policy, CTX)
    assert decision.action is Action.HELP and decision.reason_code is ReasonCode.REPORTED_ABUSE
    assert decision.also_review == ("threats",)  # a human may still look at what happened


def test_an_abuse_hit_is_evidence_for_the_rules_that_name_its_kind(policy: Policy) -> None:
    expected = {
        AbuseKind.INSULT: "respect",
        AbuseKind.HATE: "hate",
        AbuseKind.THREAT: "threats",
        AbuseKind.EXPOSURE: "threats",
    }
    for kind, rule_id in expected.items():
        signals = replace(PLAIN, abuse=AbuseReading(hits=(AbuseHit(kind, f"{kind}_cue"),)))
        decision = decide(signals, NO_HISTORY, policy, CTX)
        assert decision.rule_id == rule_id and decision.reason_code is not ReasonCode.NO_SIGNAL
        assert decision.action is not Action.NONE
        fired = decision.signals.of_kind(SignalKind.DETECTOR)
        assert [(f.name, f.rule_id, f.detail) for f in fired] == [(str(kind), rule_id, f"{kind}_cue")]
    first = decide(
        replace(PLAIN, abuse=AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "t_es_un"),))),
        NO_HISTORY,
        policy,
        CTX,
    )
    assert first.action is Action.NUDGE and first.reason_code is ReasonCode.DETECTOR_MATCH


def test_a_rule_without_the_kind_ignores_the_hit(policy: Policy) -> None:
    rules = tuple(
        r.model_copy(update={"signals": r.signals.model_copy(update={"detectors": ()})}) for r in policy.rules
    )
    bare = policy.model_copy(update={"rules": rules})
    signals = replace(PLAIN, abuse=AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "cue"),)))
    assert decide(signals, NO_HISTORY, bare, CTX).action is Action.NONE


def test_self_talk_voids_the_abuse_rules_list_evidence_and_model_only_reviews(policy: Policy) -> None:
    insult = TermHit("insults_directed", policy.list_terms("insults_directed", "en")[0])
    listed = replace(PLAIN, term_hits=(insult,))
    assert decide(listed, NO_HISTORY, policy, CTX).rule_id == "respect"  # without the reading: acted on
    quiet = replace(listed, abuse=AbuseReading(self_talk=True))
    decision = decide(quiet, NO_HISTORY, policy, CTX)
    assert decision.action is Action.NONE and decision.reason_code is ReasonCode.SELF_TALK
    scores = dict.fromkeys(("toxicity", "insult", "severe_toxicity", "threat", "identity_attack"), 0.99)
    modelled = replace(
        PLAIN, model_status=ModelStatus.SCORED, model_scores=scores, abuse=AbuseReading(self_talk=True)
    )
    decision = decide(modelled, NO_HISTORY, policy, CTX)
    assert decision.action is Action.NONE and decision.reason_code is ReasonCode.SELF_TALK
    # a scam link in the same message is not self-talk: rules without detectors still act
    scam = replace(quiet, pattern_hits=(TermHit(next(iter(policy.patterns)), "x"),))
    assert decide(scam, NO_HISTORY, policy, CTX).action is not Action.NONE


def test_crisis_wins_over_a_threat_which_goes_to_a_human(policy: Policy) -> None:
    # "I'll kill myself and you too"
    signals = replace(
        PLAIN,
        support=CRISIS,
        abuse=AbuseReading(hits=(AbuseHit(AbuseKind.THREAT, "kill_you"),)),
        term_hits=(TermHit("threats", policy.list_terms("threats", "en")[0]),),
    )
    decision = decide(signals, NO_HISTORY, policy, CTX)
    assert decision.action is Action.CRISIS and not decision.is_sanction
    assert decision.also_review == ("threats",)


def test_unknown_detector_is_a_policy_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    shutil.copy(POLICIES_DIR / "presets" / "patient.toml", path)
    text = path.read_text(encoding="utf-8").replace(
        'detectors = ["insult"]', 'detectors = ["insult", "rude"]', 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    (problem,) = info.value.problems
    assert problem.path == "rules[0].signals.detectors[1]" and 'unknown detector "rude"' in problem.message


def test_the_threat_in_a_crisis_message_goes_to_a_person_never_to_a_sanction(policy: Policy) -> None:
    from bot.domain.moderation import crisis_review

    threat = policy.list_terms("threats", "en")[0]
    signals = replace(PLAIN, support=CRISIS, term_hits=(TermHit("threats", threat),))
    decision = decide(signals, NO_HISTORY, policy, CTX)
    review = crisis_review(decision, signals, policy, CTX)
    assert review is not None
    assert (review.action, review.reason_code, review.rule_id) == (
        Action.REVIEW,
        ReasonCode.CRISIS_REVIEW,
        "threats",
    )
    assert review.proposed_action is not None and review.proposed_action.is_sanction
    assert not review.strike and not review.hide_message and review.crisis_category == "suicidal_ideation"
    assert (
        crisis_review(decide(replace(PLAIN, support=CRISIS), NO_HISTORY, policy, CTX), signals, policy, CTX)
        is None
    )
    plain_threat = replace(PLAIN, term_hits=(TermHit("threats", threat),))
    assert crisis_review(decide(plain_threat, NO_HISTORY, policy, CTX), plain_threat, policy, CTX) is None


def test_an_insult_said_in_despair_is_left_to_the_crisis_team(policy: Policy) -> None:
    from bot.domain.moderation import crisis_review

    insult = TermHit("insults_directed", policy.list_terms("insults_directed", "en")[0])
    signals = replace(PLAIN, support=CRISIS, term_hits=(insult,))
    decision = decide(signals, NO_HISTORY, policy, CTX)
    assert decision.action is Action.CRISIS and decision.also_review == ("respect",)
    assert crisis_review(decision, signals, policy, CTX) is None  # "respect" is a medium rule
