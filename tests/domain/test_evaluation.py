"""The evaluation's pure core: outcomes from actions, what counts as right per category, the report."""

from __future__ import annotations

import pytest

from bot.domain.moderation.evaluation import (
    CATEGORIES,
    CorpusRecord,
    Evaluation,
    EvaluationError,
    Outcome,
    outcome_of,
    read_corpus,
)
from bot.domain.policy.models import Action


def test_outcomes_of_actions() -> None:
    plain = (Action.NONE, Action.HELP, Action.CRISIS, Action.NUDGE, Action.REVIEW)
    assert [outcome_of(a) for a in plain] == [Outcome(a.value) for a in plain]
    assert {outcome_of(a) for a in (Action.HIDE, Action.WARN, Action.TIMEOUT, Action.KICK, Action.BAN)} == {
        Outcome.SANCTION
    }


def _record(category: str, rid: str = "x") -> CorpusRecord:
    return CorpusRecord(rid, "text", category, "en")


def test_what_counts_as_right_per_category() -> None:
    result = Evaluation()
    for outcome in (Outcome.CRISIS, Outcome.HELP, Outcome.NONE, Outcome.CRISIS):
        result.add(_record("crisis"), outcome)
    for outcome in (Outcome.HELP, Outcome.CRISIS, Outcome.NUDGE):
        result.add(_record("reported_abuse"), outcome)
    for outcome in (Outcome.REVIEW, Outcome.NONE, Outcome.HELP):
        result.add(_record("illness"), outcome)
    for outcome in (Outcome.NUDGE, Outcome.REVIEW, Outcome.SANCTION, Outcome.NONE):
        result.add(_record("insult"), outcome)
    result.add(_record("banter"), Outcome.NUDGE)
    result.add(_record("benign"), Outcome.NUDGE)
    stats = result.stats
    assert (
        stats["crisis"].recall == 0.5
        and stats["crisis"].offered_help == 0.75
        and stats["crisis"].crisis == 0.5
    )
    assert stats["reported_abuse"].recall == pytest.approx(2 / 3) and stats["reported_abuse"].forbidden == 1
    assert stats["illness"].recall == 1.0 and stats["illness"].meets_target  # a review is not a sanction
    assert (
        stats["insult"].recall == 0.75
        and stats["insult"].sanctioned == 0.25
        and stats["insult"].nudged == 0.25
    )
    assert stats["banter"].recall == 1.0 and stats["benign"].recall == 0.0
    assert [s.category for s in result.ordered()] == [
        c for c in CATEGORIES if c in {"crisis", "reported_abuse", "illness", "insult", "banter", "benign"}
    ]
    assert len(result.misses) == 2 + 1 + 1 + 1  # crisis x2, reported nudged, insult none, benign nudged
    report = result.report()
    assert "below target" in report and "confusion (category x outcome)" in report


def test_reading_the_corpus_names_the_line() -> None:
    good = '{"id": "a", "text": "hi", "category": "benign", "lang": "en"}'
    assert [r.id for r in read_corpus(["", "# comment", good])] == ["a"]
    with pytest.raises(EvaluationError, match=r"f.jsonl:2: unknown preset 'guild'"):
        list(read_corpus([good, good.replace('"a"', '"b"')[:-1] + ', "preset": "guild"}'], "f.jsonl"))
    with pytest.raises(EvaluationError, match="text must be a non-empty string"):
        list(read_corpus(['{"id": "a", "text": " ", "category": "benign", "lang": "en"}']))
