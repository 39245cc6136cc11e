"""The learned cue weights: data regenerated from the tune split, a reading that only ever raises, and a
learned abuse hunch that a person decides."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from importlib.resources import files

import pytest

from bot.classify.judge import Judge, _cues
from bot.classify.judge.chat import read
from bot.domain.moderation.decision import DecisionContext, MemberHistory, ReasonCode
from bot.domain.policy import Action, load_policy
from bot.domain.signals import (
    AbuseHit,
    AbuseKind,
    AbuseReading,
    MessageSignals,
    SupportLevel,
    SupportReading,
    WarningCategory,
    WarningSign,
)

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
CORPUS = files("bot.classify.judge").joinpath("corpus")


def test_the_shared_table_holds_exactly_what_json_reads_from_the_weights_file() -> None:
    """The bot reads the file into one table (``_cues._Table``): every feature, every
    number to the last bit (0.0 and -0.0 apart), zeros where a reading has no weight, the classes and
    priors; the readings' ``weights`` are the file's."""
    text = files("bot.classify.judge").joinpath(_cues.WEIGHTS_FILE).read_text("utf-8")
    data = json.loads(text)
    sections, table = _cues._Table.read(text)
    assert sections == {
        name: {k: v for k, v in part.items() if k != "weights"} for name, part in data.items()
    }
    support, abuse = data["support"]["weights"], data["abuse"]["weights"]
    assert table.rows.keys() == support.keys() | abuse.keys()
    width = len(data["support"]["classes"])
    assert table.width == width
    for feature, row in table.rows.items():
        expected = [*support.get(feature, [0.0] * width), *abuse.get(feature, [0.0] * 4)]
        assert [x.hex() for x in row] == [float(x).hex() for x in expected], feature
    assert _cues.cue_model().weights == {f: tuple(w) for f, w in support.items()}
    assert _cues.abuse_cues().prior == tuple(data["abuse"]["prior"])
    # the same reader on a file written the other way round (abuse first, spaces) gives the same table
    swapped = json.dumps({"abuse": data["abuse"], "support": data["support"]}, indent=1)
    again = _cues._Table.read(swapped)[1]
    assert again.rows.keys() == table.rows.keys()
    assert all([x.hex() for x in again.rows[f]] == [x.hex() for x in row] for f, row in table.rows.items())
    with pytest.raises(ValueError):
        _cues._Table.read(text.rstrip() + "]")


def test_the_weights_file_is_what_the_tune_split_teaches() -> None:
    """Change the tune split or the normaliser: run scripts/learn-cues.py, or this fails."""
    committed = json.loads(files("bot.classify.judge").joinpath(_cues.WEIGHTS_FILE).read_text("utf-8"))
    assert committed == json.loads(json.dumps(_cues.weights_data(_cues.learn_from_corpus())))


def test_learning_reads_the_tune_split_only() -> None:
    learned = {text for text, _, _ in _cues.tune_examples()}
    tune = heldout = 0
    for entry in CORPUS.iterdir():
        rows = (
            [json.loads(line) for line in entry.read_text("utf-8").splitlines() if line.strip()]
            if (entry.name.endswith(".jsonl"))
            else []
        )
        if entry.name.endswith("_tune.jsonl"):
            tune += len(rows)
            assert all(row["text"] in learned for row in rows)
        elif entry.name.endswith("_heldout.jsonl"):
            heldout += len(rows)
            assert not any(row["text"] in learned for row in rows if row["text"])
    assert tune == len(_cues.tune_examples()) and heldout > 0


def _model(*examples: tuple[str, str]) -> _cues.CueModel:
    return _cues.CueModel((read(text), _cues.label(category)) for text, category in examples)


TOY = _model(
    *[("the rope is in my bag, tonight is the night", "crisis")] * 40,
    *[("i feel so alone tonight, can someone talk", "help")] * 40,
    *[("the raid is tonight, bring potions", "other")] * 40,
)


def test_the_lift_raises_and_never_lowers() -> None:
    chat = read("rope in my bag, tonight is the night")
    none = SupportReading()
    raised = _cues.lift(chat, none, abusive=False, model=TOY)
    assert raised.level is SupportLevel.CRISIS
    assert raised.signs[-1] == WarningSign(WarningCategory.VEILED, 3, _cues.CUE)
    crisis = SupportReading(SupportLevel.CRISIS, (WarningSign(WarningCategory.INTENT, 3, "rule"),))
    assert _cues.lift(read("the raid is tonight, bring potions"), crisis, abusive=False, model=TOY) == crisis
    assert _cues.lift(read("the raid is tonight, bring potions"), none, abusive=False, model=TOY) == none


def test_abuse_found_by_the_rules_keeps_the_lift_away() -> None:
    chat = read("rope in my bag, tonight is the night")
    assert _cues.lift(chat, SupportReading(), abusive=True, model=TOY) == SupportReading()


def test_the_learned_abuse_reading_stays_out_of_reports_self_talk_and_crisis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a toy model's margins are small (3.8 here): the threshold is lowered to what it reaches, since this test
    # is about which readings the learned hit stays out of, not about the threshold
    monkeypatch.setattr(_cues, "ABUSE_REVIEW", 2.5)
    model = _cues.AbuseCues(
        [(read("you are a worthless sack of garbage"), "insult")] * 40
        + [(read("the boss fight was garbage lol"), "other")] * 40
    )
    chat = read("worthless sack of garbage")
    plain = _cues.learned_abuse(chat, AbuseReading(), SupportReading(), model)
    assert plain.hits == (AbuseHit(AbuseKind.INSULT, _cues.CUE, learned=True),)
    for quiet in (AbuseReading(reported=True), AbuseReading(self_talk=True)):
        assert _cues.learned_abuse(chat, quiet, SupportReading(), model) == quiet
    crisis = SupportReading(SupportLevel.CRISIS)
    assert _cues.learned_abuse(chat, AbuseReading(), crisis, model) == AbuseReading()


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_a_learned_hunch_goes_to_a_person_never_to_a_sanction(preset: str) -> None:
    policy = load_policy(preset)
    hunch = AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, _cues.CUE, learned=True),))
    decision = decide_with(policy, MessageSignals(abuse=hunch))
    assert decision.action is Action.REVIEW and decision.reason_code is ReasonCode.LEARNED_REVIEW
    assert not decision.strike and not decision.hide_message
    certain = AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "rule"),))
    assert decide_with(policy, MessageSignals(abuse=certain)).action is not Action.REVIEW
    with_context = MessageSignals(abuse=replace(hunch, self_talk=True))
    assert decide_with(policy, with_context).action is Action.NONE


def decide_with(policy: object, signals: MessageSignals) -> object:
    from bot.domain.moderation import decide

    return decide(signals, MemberHistory(), policy, DecisionContext(now=T0))  # type: ignore[arg-type]


def test_the_judge_applies_the_lift_to_what_the_rules_leave_below_crisis() -> None:
    """On the tune split's crisis messages the judge recognises at least what the rules do, and more; the
    illness talk of the tune split stays out of crisis."""
    from bot.classify.judge.abuse import assess_abuse
    from bot.classify.judge.support import assess_support

    judge = Judge()
    rules = lifted = illness = false_crisis = false_by_rules = 0
    for text, category, _ in _cues.tune_examples():
        if category == "crisis":
            chat = read(text)
            by_rules = assess_support(chat).level is SupportLevel.CRISIS
            by_judge = judge.judge(text).support.level is SupportLevel.CRISIS
            assert by_judge or not by_rules
            rules += by_rules
            lifted += by_judge and not by_rules and not assess_abuse(chat).hits
        elif category == "illness":
            illness += 1
            if judge.judge(text).support.level is SupportLevel.CRISIS:
                if assess_support(read(text)).level is SupportLevel.CRISIS:
                    false_by_rules += 1
                else:
                    false_crisis += 1
    assert rules > 0 and lifted > 0
    assert false_crisis <= 0.01 * illness  # the budget the thresholds were chosen for, met in-sample too
    # The rules' own crises on illness talk, apart from the learned lift (which adds none today). Round 67
    # (twelfth day) brought the hardest illness talk: a patient asking how much of their own medicine is toxic
    # ("pain clinic upped me… how many mg is too much"), "felt like dying in the ER… on the mend now", a dream
    # of dying, a compression garment "cutting into my arm". 13 of 1,173 were read as crisis by the rules, 15
    # once rounds 63 and 64 joined; support14 read the dose questions that seek care, the fear of dying in an
    # illness, the nightmare, the tic, the garment, the disease as subject, the decision to go out, the thanks
    # for condolences: 1 is left (« on est un fardeau pour nos familles… pas nous », a collective "we" taken
    # back). The crisis protocol, privately: never a sanction (docs/MODERATION.md, known limits): a ceiling.
    # Raised to 2 for a while on 2026-12-08 (fourteenth day) by the merge of rounds 68-70: a patient who made
    # their will and named a trusted person at 35 "because with a mitochondrial disease it is common sense"
    # was read as a goodbye by the rules; support15 reads such planning as illness talk (a will or a trusted
    # person named as common sense or care planning, no other sign: ``support._care_planning_support15``).
    assert false_by_rules <= 1
