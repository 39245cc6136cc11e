"""decide(): the ladder, decay, exemptions, crisis/help, illness talk, banter, model-only review."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.domain.moderation import (
    ManualDecisionError,
    conclude,
    decide,
    evaluate,
    manual_decision,
    needs_history,
)
from bot.domain.moderation.decision import DecisionContext, HistoryEntry, MemberHistory, ReasonCode
from bot.domain.policy import Action, Policy, load_policy
from bot.domain.signals import MessageSignals, ModelStatus, TermHit
from tests.domain.moderation_support import T0, random_history, random_signals, signals_for

HIGH_SCORES = {
    "toxicity": 0.97,
    "severe_toxicity": 0.95,
    "threat": 0.94,
    "insult": 0.92,
    "identity_attack": 0.3,
}


@pytest.fixture(scope="module")
def patient() -> Policy:
    return load_policy("patient")


@pytest.fixture(scope="module")
def game() -> Policy:
    return load_policy("game")


def ctx(now: datetime = T0, **kw: object) -> DecisionContext:
    return DecisionContext(now=now, **kw)  # type: ignore[arg-type]


def history(rule_id: str, *ages: timedelta, now: datetime = T0) -> MemberHistory:
    return MemberHistory.of(HistoryEntry(now - age, rule_id) for age in ages)


def test_ladder_climbs_then_caps(patient: Policy) -> None:
    sig = signals_for("you idiot", "en", patient)
    seen = []
    hist = MemberHistory()
    for i in range(7):
        now = T0 + timedelta(hours=i)
        decision = decide(sig, hist, patient, ctx(now))
        seen.append((decision.action, decision.duration, decision.proposed_action, decision.ladder_step))
        if (entry := decision.history_entry()) is not None:
            hist = hist.add(entry)
        elif decision.action is Action.REVIEW:  # a human confirmed the proposal: it is on the record
            hist = hist.add(HistoryEntry(now, "respect"))
    assert seen == [
        (Action.NUDGE, None, None, 1),
        (Action.WARN, None, None, 2),
        (Action.TIMEOUT, timedelta(minutes=10), None, 3),
        (Action.TIMEOUT, timedelta(hours=24), None, 4),
        (Action.REVIEW, None, Action.BAN, 5),
        (Action.REVIEW, None, Action.BAN, 5),
        (Action.REVIEW, None, Action.BAN, 5),
    ]


def test_nudge_is_not_a_strike_but_moves_the_ladder(patient: Policy) -> None:
    sig = signals_for("you idiot", "en", patient)
    nudge = decide(sig, MemberHistory(), patient, ctx())
    assert nudge.action is Action.NUDGE and not nudge.strike and not nudge.hide_message
    entry = nudge.history_entry()
    assert entry is not None and entry.strike is False
    warn = decide(sig, MemberHistory.of([entry]), patient, ctx(T0 + timedelta(minutes=1)))
    assert warn.action is Action.WARN and warn.strike and warn.hide_message
    assert warn.way_back.appeal_allowed and warn.way_back.strike_fades_at == T0 + timedelta(
        minutes=1, days=30
    )


def test_old_breaches_decay(patient: Policy) -> None:
    sig = signals_for("you idiot", "en", patient)
    fresh = decide(sig, history("respect", timedelta(days=29), timedelta(days=2)), patient, ctx())
    assert fresh.action is Action.TIMEOUT and fresh.ladder_step == 3
    mixed = decide(sig, history("respect", timedelta(days=31), timedelta(days=2)), patient, ctx())
    assert mixed.action is Action.WARN and mixed.ladder_step == 2
    stale = decide(sig, history("respect", timedelta(days=30), timedelta(days=45)), patient, ctx())
    assert stale.action is Action.NUDGE
    future = decide(sig, history("respect", -timedelta(days=1)), patient, ctx())
    assert future.action is Action.NUDGE  # an entry after "now" is not a prior breach


def test_ladder_scope_rule_versus_all(patient: Policy) -> None:
    sig = signals_for("you idiot", "en", patient)
    floods = history("flood", timedelta(hours=1), timedelta(hours=2))
    assert decide(sig, floods, patient, ctx()).action is Action.NUDGE
    shared = load_policy("patient", {"ladder_scope": "all"})
    assert decide(sig, floods, shared, ctx()).action is Action.TIMEOUT


@pytest.mark.parametrize(
    "context",
    [
        {"is_moderator": True},
        {"member_above_bot": True},
    ],
)
def test_exempt_members_get_review_not_sanction(patient: Policy, context: dict[str, bool]) -> None:
    sig = signals_for("fuck off", "en", patient)
    decision = decide(sig, history("respect", timedelta(hours=1)), patient, ctx(**context))
    assert decision.action is Action.REVIEW and decision.proposed_action is Action.WARN
    assert decision.reason_code is ReasonCode.EXEMPT_MEMBER
    assert not decision.strike and not decision.hide_message and decision.history_entry() is None
    steps = [timedelta(hours=h) for h in range(1, 6)]
    at_the_top = decide(sig, history("respect", *steps), patient, ctx(**context))
    assert at_the_top.action is Action.REVIEW and not at_the_top.hide_message


def test_exempt_roles_from_the_policy(patient: Policy) -> None:
    policy = load_policy("patient", {"exempt_roles": [42]})
    sig = signals_for("you idiot", "en", policy)
    assert decide(sig, MemberHistory(), policy, ctx(role_ids=frozenset({42}))).action is Action.REVIEW
    assert decide(sig, MemberHistory(), policy, ctx(role_ids=frozenset({7}))).action is Action.NUDGE


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("I want to kill myself, fuck you all", "en", "suicidal_ideation"),
        ("honestly I don't want to be here anymore", "en", "suicidal_ideation"),
        ("I'm going to hurt myself tonight", "en", "self_harm"),
        ("je veux en finir, ferme ta gueule", "fr", "suicidal_ideation"),
        ("j'ai envie de mourir", "fr", "suicidal_ideation"),
        ("je vais me faire du mal", "fr", "self_harm"),
        ("J’ai avalé toutes mes pilules", "fr", "immediate_danger"),
    ],
)
@pytest.mark.parametrize("preset", ["patient", "game"])
def test_crisis_language_is_never_sanctioned(text: str, lang: str, category: str, preset: str) -> None:
    policy = load_policy(preset)
    sig = signals_for(text, lang, policy, HIGH_SCORES)
    assert sig.crisis, "test setup: the phrase should be recognised"
    heavy = history("respect", timedelta(hours=1), timedelta(hours=2), timedelta(hours=3), timedelta(hours=4))
    decision = decide(sig, heavy, policy, ctx())
    assert decision.action is Action.CRISIS and decision.crisis_category == category
    assert not decision.strike and not decision.hide_message and decision.history_entry() is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I need someone to talk to", "en"),
        ("I have no one to talk to, you idiot", "en"),
        ("j'ai besoin de parler à quelqu'un", "fr"),
        ("je n'ai personne à qui parler", "fr"),
    ],
)
def test_help_requests_are_never_sanctioned(patient: Policy, text: str, lang: str) -> None:
    sig = signals_for(text, lang, patient, HIGH_SCORES)
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.action is Action.HELP and decision.reason_code is ReasonCode.HELP_REQUEST
    assert not decision.strike and decision.history_entry() is None


ILLNESS_TALK = [
    ("My cancer is back.", "en"),
    ("Honestly the chemo is killing me.", "en"),
    ("I'm so sick of this stupid disease, the pain is unbearable", "en"),
    ("I think I'm dying, the tumour has spread", "en"),
    ("Mon cancer est revenu.", "fr"),
    ("Je n'en peux plus de ma maladie.", "fr"),
    ("La chimio me tue, j'en ai marre", "fr"),
    ("J'ai tellement mal, cette douleur est débile", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), ILLNESS_TALK)
@pytest.mark.parametrize("preset", ["patient", "game"])
def test_illness_talk_is_never_sanctioned_even_with_high_model_scores(
    text: str, lang: str, preset: str
) -> None:
    policy = load_policy(preset)
    sig = signals_for(text, lang, policy, HIGH_SCORES)
    assert sig.allowed_terms, "test setup: medical vocabulary should be recognised"
    decision = decide(sig, history("respect", timedelta(days=1)), policy, ctx())
    assert decision.action is Action.NONE and decision.reason_code is ReasonCode.ALLOWED_CONTEXT
    assert any(s.score and s.score > 0.9 for s in decision.signals.items)  # the model did fire


def test_list_hit_inside_an_allowed_term_is_ignored(patient: Policy) -> None:
    sig = MessageSignals(
        language="en",
        model_status=ModelStatus.SCORED,
        model_scores=HIGH_SCORES,
        term_hits=(TermHit("threat_words", "kill"),),
        allowed_terms=("chemo", "killing me"),
    )
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.action is Action.NONE
    assert "ignored" in decision.signals.as_text()


def test_model_alone_goes_to_review_and_never_sanctions(patient: Policy) -> None:
    sig = signals_for("You are a waste of space and everybody knows it", "en", patient, HIGH_SCORES)
    assert not sig.term_hits and not sig.allowed_terms
    heavy = history("threats", timedelta(hours=1))
    decision = decide(sig, heavy, patient, ctx())
    assert decision.action is Action.REVIEW and decision.reason_code is ReasonCode.MODEL_ONLY_REVIEW
    assert decision.rule_id == "threats" and decision.proposed_action is Action.BAN
    assert not decision.hide_message and not decision.strike


def test_model_below_review_threshold_does_nothing(patient: Policy) -> None:
    sig = signals_for("meh", "en", patient, {"insult": 0.69, "toxicity": 0.2})
    assert decide(sig, MemberHistory(), patient, ctx()).action is Action.NONE
    sig = signals_for("meh", "en", patient, {"insult": 0.81, "toxicity": 0.2})
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.action is Action.REVIEW and decision.proposed_action is Action.NUDGE


def test_severe_model_score_with_an_agreeing_list_acts(patient: Policy) -> None:
    scores = {"threat": 0.95, "toxicity": 0.9}
    sig = signals_for("Watch out, I'll stab you", "en", patient, scores)
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.action is Action.TIMEOUT and decision.reason_code is ReasonCode.MODEL_AND_LIST
    weaker = signals_for("Watch out, I'll stab you", "en", patient, {"threat": 0.85})
    assert decide(weaker, MemberHistory(), patient, ctx()).action is Action.REVIEW
    in_context = signals_for("The biopsy felt like they wanted to stab me", "en", patient, scores)
    held = decide(in_context, MemberHistory(), patient, ctx())
    assert held.action is Action.REVIEW and held.reason_code is ReasonCode.MODEL_CONTEXT_REVIEW


BANTER = [
    ("I'll destroy you next round", "en"),
    ("I'm gonna kill you in the next match lol", "en"),
    ("you're dead next round, gg", "en"),
    ("get rekt noob, gg ez, rematch?", "en"),
    ("je vais te défoncer à la prochaine partie", "fr"),
    ("t'es mort au prochain round, revanche ce soir", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), BANTER)
def test_game_banter_is_not_a_threat(game: Policy, text: str, lang: str) -> None:
    sig = signals_for(text, lang, game, {"threat": 0.96, "toxicity": 0.9, "severe_toxicity": 0.93})
    assert not sig.term_hits, f"a game list caught banter: {sig.term_hits}"
    decision = decide(sig, MemberHistory(), game, ctx())
    assert decision.action is Action.NONE


def test_game_threat_without_context_is_only_reviewed(game: Policy) -> None:
    sig = signals_for("I'll destroy you", "en", game, {"threat": 0.96})
    decision = decide(sig, MemberHistory(), game, ctx())
    assert decision.action is Action.REVIEW and decision.reason_code is ReasonCode.MODEL_ONLY_REVIEW
    real = signals_for("I know where you live", "en", game)
    assert decide(real, MemberHistory(), game, ctx()).action is Action.TIMEOUT


def _trigger(policy: Policy, rule_id: str) -> MessageSignals:
    rule = policy.rule(rule_id)
    sig = rule.signals
    if sig.lists:
        return MessageSignals(term_hits=(TermHit(sig.lists[0], policy.list_terms(sig.lists[0], "en")[0]),))
    if sig.patterns:
        return MessageSignals(pattern_hits=(TermHit(sig.patterns[0], "x"),))
    if sig.flood:
        return MessageSignals(messages_in_window=sig.flood.messages)
    assert sig.mentions is not None
    return MessageSignals(mention_count=sig.mentions.max + 1)


def test_patient_preset_never_kicks_or_bans_automatically(patient: Policy) -> None:
    proposals = set()
    for rule in patient.enabled_rules:
        if not (rule.signals.lists or rule.signals.patterns or rule.signals.flood or rule.signals.mentions):
            continue
        for breaches in range(len(rule.ladder) + 2):
            hist = history(rule.id, *(timedelta(minutes=m + 1) for m in range(breaches)))
            decision = decide(_trigger(patient, rule.id), hist, patient, ctx())
            assert decision.action not in (Action.KICK, Action.BAN), (rule.id, breaches)
            if decision.proposed_action in (Action.KICK, Action.BAN):
                proposals.add(rule.id)
    assert {"respect", "threats", "scam", "flood"} <= proposals


def test_game_preset_may_ban_from_deterministic_signals(game: Policy) -> None:
    decision = decide(_trigger(game, "scam"), history("scam", timedelta(days=3)), game, ctx())
    assert decision.action is Action.BAN and decision.automatic
    forced = load_policy("game", {"irreversible_requires_human": True})
    decision = decide(_trigger(forced, "scam"), history("scam", timedelta(days=3)), forced, ctx())
    assert decision.action is Action.REVIEW and decision.reason_code is ReasonCode.HUMAN_REQUIRED


def test_flood_and_mention_spam(patient: Policy) -> None:
    assert decide(MessageSignals(messages_in_window=5), MemberHistory(), patient, ctx()).action is Action.NONE
    flood = decide(MessageSignals(messages_in_window=6), MemberHistory(), patient, ctx())
    assert flood.action is Action.HIDE and flood.rule_id == "flood" and flood.reason_code is ReasonCode.FLOOD
    assert decide(MessageSignals(mention_count=5), MemberHistory(), patient, ctx()).action is Action.NONE
    many = decide(MessageSignals(mention_count=6), MemberHistory(), patient, ctx())
    assert many.action is Action.HIDE and many.rule_id == "mention_spam"
    everyone = decide(MessageSignals(mass_mention=True), MemberHistory(), patient, ctx())
    assert everyone.rule_id == "mention_spam"


def test_the_most_severe_rule_wins(patient: Policy) -> None:
    sig = signals_for("you idiot, I will kill you", "en", patient)
    assert {h.list_id for h in sig.term_hits} >= {"insults_directed", "threats"}
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.rule_id == "threats" and decision.action is Action.TIMEOUT
    assert "insults_directed" in decision.signals.as_text()  # what else fired is kept for reviewers


def test_certain_evidence_wins_over_a_model_only_hunch(patient: Policy) -> None:
    sig = signals_for("free nitro here: dlscord.gift/abc", "en", patient, HIGH_SCORES)
    decision = decide(sig, MemberHistory(), patient, ctx())
    assert decision.rule_id == "scam" and decision.action is Action.TIMEOUT and decision.hide_message
    assert decision.also_review == ("threats",)
    plain = decide(signals_for("you idiot", "en", patient), MemberHistory(), patient, ctx())
    assert plain.also_review == ()


def test_decision_is_stamped_with_the_policy_version(patient: Policy) -> None:
    decision = decide(signals_for("you idiot", "en", patient), MemberHistory(), patient, ctx())
    assert decision.policy_version == patient.version and decision.decided_at == T0


def test_manual_decision_has_the_same_shape(patient: Policy) -> None:
    decision = manual_decision("respect", "timeout", timedelta(hours=1), patient, T0)
    assert decision.action is Action.TIMEOUT and not decision.automatic
    assert decision.reason_code is ReasonCode.MODERATOR and decision.strike
    assert decision.way_back.ends_at == T0 + timedelta(hours=1) and decision.way_back.acknowledge_lifts
    assert decision.way_back.probation_ends_at == T0 + timedelta(hours=1, days=7)
    long = manual_decision("respect", Action.TIMEOUT, timedelta(hours=2), patient, T0)
    assert not long.way_back.acknowledge_lifts
    ban = manual_decision("privacy", "ban", None, patient, T0)
    assert ban.action is Action.BAN and ban.way_back.ends_at is None and ban.way_back.appeal_allowed
    with pytest.raises(ManualDecisionError, match="unknown rule"):
        manual_decision("nope", "warn", None, patient, T0)
    with pytest.raises(ManualDecisionError, match="duration"):
        manual_decision("respect", "timeout", None, patient, T0)
    with pytest.raises(ManualDecisionError, match="28 days"):
        manual_decision("respect", "timeout", timedelta(days=29), patient, T0)
    with pytest.raises(ManualDecisionError, match="no duration"):
        manual_decision("respect", "warn", timedelta(hours=1), patient, T0)


def test_context_requires_aware_datetimes() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        DecisionContext(now=datetime(2026, 1, 5, 9, 0))


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_a_decision_without_a_rule_is_the_same_for_every_history(preset: str) -> None:
    """What lets the pipeline skip the database for most messages (``needs_history``)."""
    policy = load_policy(preset)
    rng = random.Random(preset)
    labels = ("toxicity", "severe_toxicity", "threat", "insult", "identity_attack")
    final = ruled = 0
    for _ in range(3000):
        signals = random_signals(policy, rng)
        if rng.random() < 0.5:
            scores = {label: rng.choice((0.05, 0.6, 0.8, 0.9, 0.97)) for label in labels}
            signals = replace(signals, model_status=ModelStatus.SCORED, model_scores=scores)
        exempt, above = rng.random() < 0.1, rng.random() < 0.05
        context = DecisionContext(now=T0, is_moderator=exempt, member_above_bot=above)
        first = decide(signals, MemberHistory(), policy, context)
        histories = [random_history(policy, rng) for _ in range(4)]
        if needs_history(first):
            ruled += 1
            # The pipeline evaluates once and concludes on the empty record, then on the member's.
            evaluated = evaluate(signals, policy, context)
            assert conclude(evaluated, MemberHistory(), policy, context) == first
            for history in histories:
                again = decide(signals, history, policy, context)
                assert conclude(evaluated, history, policy, context) == again, (signals, history)
            continue
        final += 1
        for history in histories:
            assert decide(signals, history, policy, context) == first, (signals, history)
    assert final >= 300 and ruled >= 300  # both sides were exercised


def test_a_fired_rule_needs_the_history() -> None:
    policy = load_policy("patient")
    signals = signals_for("free nitro, claim your prize", "en", policy)
    first = decide(signals, MemberHistory(), policy, DecisionContext(now=T0))
    assert needs_history(first)
    breach = HistoryEntry(T0 - timedelta(days=1), first.rule_id or "", True)
    record = MemberHistory.of([breach] * 3)
    assert decide(signals, record, policy, DecisionContext(now=T0)).ladder_step > first.ladder_step
