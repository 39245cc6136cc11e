"""The replay backtest over the shipped samples, and the presets' curated content."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta

import pytest

from bot.domain.moderation.replay import MessageRecord, ReplayError, ReplayResult, read_jsonl, replay
from bot.domain.policy import CRISIS_CATEGORIES, POLICIES_DIR, Action, Policy, load_policy
from tests.domain.moderation_support import T0, biased_model, contains, matcher

SAMPLES = POLICIES_DIR / "samples"
MODERATOR_ROLE = 900


def _run(lang: str, policy: Policy) -> tuple[dict[int, MessageRecord], list[ReplayResult]]:
    with (SAMPLES / f"replay_{lang}.jsonl").open(encoding="utf-8") as fh:
        records = list(read_jsonl(fh, f"replay_{lang}.jsonl"))
    results = list(
        replay(records, matcher(policy, biased_model), policy, moderator_roles=frozenset({MODERATOR_ROLE}))
    )
    return {r.id: r for r in records}, results


@pytest.mark.parametrize(("lang", "base"), [("en", 1000), ("fr", 2000)])
def test_patient_replay_over_the_samples(lang: str, base: int) -> None:
    policy = load_policy("patient")
    records, results = _run(lang, policy)
    assert 25 <= len(results) == len(records)
    by_author: dict[int, list[ReplayResult]] = defaultdict(list)
    for result in results:
        by_author[result.author_id].append(result)
        json.dumps(result.to_json())  # serialisable
        if result.action.is_sanction or result.action is Action.REVIEW:
            assert policy.text(policy.rule(result.rule_id or "").title, lang) in result.explanation
        else:
            assert result.explanation == ""
    insulter = [(r.action, r.duration_seconds, r.proposed_action) for r in by_author[base + 3]]
    assert insulter == [
        (Action.NUDGE, None, None),
        (Action.WARN, None, None),
        (Action.TIMEOUT, 600, None),
        (Action.TIMEOUT, 86400, None),
        (Action.REVIEW, None, Action.BAN),
        (Action.NUDGE, None, None),  # 40 days later: the earlier breaches have decayed
    ]
    illness = by_author[base + 2]
    assert len(illness) >= 4 and all(r.action is Action.NONE for r in illness)
    assert any(r.reason_code == "allowed_context" for r in illness)
    assert by_author[base + 5][0].action is Action.HELP
    assert by_author[base + 6][0].action is Action.CRISIS and by_author[base + 6][1].action is Action.NONE
    assert all(r.action is Action.NONE for r in by_author[base + 7])  # banter
    assert (
        by_author[base + 8][0].action is Action.REVIEW
        and by_author[base + 8][0].reason_code == "exempt_member"
    )
    spammer = [(r.action, r.rule_id) for r in by_author[base + 4] if r.action is not Action.NONE]
    assert spammer == [(Action.HIDE, "advertising"), (Action.HIDE, "flood")]
    assert (by_author[base + 9][0].action, by_author[base + 9][0].rule_id) == (Action.TIMEOUT, "scam")
    assert by_author[base + 10][0].rule_id == "mention_spam"
    assert by_author[base + 11][0].rule_id == "dangerous_advice"
    assert by_author[base + 11][0].action is Action.REVIEW
    assert by_author[base + 12][0].rule_id == "threats"
    for author in (base + 1,):
        assert all(r.action is Action.NONE for r in by_author[author])


def test_game_replay_tolerates_banter_and_is_strict_on_spam() -> None:
    policy = load_policy("game")
    _, results = _run("en", policy)
    by_author: dict[int, list[ReplayResult]] = defaultdict(list)
    for result in results:
        by_author[result.author_id].append(result)
    assert all(r.action is Action.NONE for r in by_author[1007])
    flood = [r.action for r in by_author[1004] if r.rule_id == "flood"]
    assert flood == [Action.HIDE, Action.TIMEOUT]  # 5 messages in 8 seconds already floods here
    assert by_author[1009][0].duration_seconds == 7 * 86400


def test_read_jsonl_reports_line_numbers_and_order() -> None:
    good = json.dumps(
        {"id": 1, "author_id": 2, "channel_id": 3, "content": "hi", "timestamp": T0.isoformat()}
    )
    with pytest.raises(ReplayError, match=r"<records>:3: missing field 'timestamp'"):
        list(read_jsonl([good, "# comment", json.dumps({"id": 1})]))
    with pytest.raises(ReplayError, match="time zone"):
        list(read_jsonl([good.replace("+00:00", "")]))
    earlier = MessageRecord(2, 2, 3, "hi", T0 - timedelta(seconds=1))
    policy = load_policy("patient")
    with pytest.raises(ReplayError, match="time order"):
        list(replay([MessageRecord(1, 2, 3, "hi", T0), earlier], matcher(policy), policy))


BANNED_GENERIC = {
    "veuve",
    "folle",
    "gros",
    "faire",
    "grosse",
    "fou",
    "malade",
    "handicapé",
    "mongol",
    "trisomique",
}
BENIGN = {
    "en": [
        "My cancer is back and I'm scared",
        "the chemo is killing me this week",
        "I'm dying to see you all at the meetup",
        "my scan showed the tumour shrank!",
        "I'll destroy you next round",
        "that boss killed me five times",
        "I hate this stupid disease",
        "you're such a legend, thank you",
        "gg, rematch tomorrow?",
        "I took all my pills this morning like the nurse said",
    ],
    "fr": [
        "Mon cancer est revenu et j'ai peur",
        "la chimio me tue cette semaine",
        "je n'en peux plus de ma maladie",
        "je crève de douleur ce soir",
        "je vais te défoncer à la prochaine partie",
        "ma grosse fatigue ne passe pas",
        "ma voisine est veuve depuis peu",
        "je suis fou de joie, le scanner est bon",
        "il faut faire une prise de sang demain",
        "gg, revanche demain ?",
    ],
}


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_lists_are_curated(preset: str) -> None:
    policy = load_policy(preset)
    triggers = {list_id for rule in policy.rules for list_id in rule.signals.lists}
    for list_id, per_lang in policy.lists.items():
        for lang, entries in per_lang.items():
            assert not BANNED_GENERIC & {e.casefold() for e in entries}, (list_id, lang)
            if list_id not in triggers:
                continue  # confirmation lists ("stupid") only ever agree with a severe model score
            for sentence in BENIGN[lang]:
                if preset == "patient" and "défoncer" in sentence:
                    continue  # in a patient community this wording is a threat
                hits = [e for e in entries if contains(sentence, e)]
                assert not hits, (
                    f"{preset}: {list_id}/{lang} catches a benign sentence: {sentence!r} via {hits}"
                )
    for sentence_lang, sentences in BENIGN.items():
        for sentence in sentences:
            for phrase, entry in policy.phrases_for(sentence_lang):
                assert not (phrase.kind == "crisis" and contains(sentence, entry)), (sentence, entry)


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_crisis_phrases_and_helplines_cover_both_languages(preset: str) -> None:
    policy = load_policy(preset)
    for lang in ("fr", "en"):
        categories = {p.category for p, _ in policy.phrases_for(lang) if p.kind == "crisis"}
        assert categories == set(CRISIS_CATEGORIES)
    assert contains("je veux en finir", "je veux en finir")
    assert any(contains("I don't want to be here anymore", e) for p, e in policy.phrases_for("en"))
    numbers = {h.number for code in ("FR", "US", "GB", "IE") for h in policy.helplines[code]}
    assert {"3114", "15", "112", "988", "911", "116 123"} <= numbers
