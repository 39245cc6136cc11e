"""False alarms found on 2026-12-07's eighth day (issue #11): once rounds 42 and 43 joined the tune split,
the relearned abuse weights sent plain statements about a group to a person as hate. A group praised, or
hate told as history, is no learned hate; the rules still read hateful words wherever they are. Fresh
sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.classify.judge._cues import abuse_cues
from bot.classify.judge.chat import read
from bot.domain.signals import AbuseKind

_JUDGE = Judge(recent=False)


@pytest.mark.parametrize(
    "text",
    [
        "chronic illness communities are full of kind people",
        "in 1930s propaganda, disabled people were described as a burden and sterilised",
        "honestly the deaf players in our guild are the most welcoming people i know",
        "les aidants familiaux méritent le respect, point",
        "refugees in my town are so generous, they fed the whole street during the flood",
    ],
)
def test_a_group_praised_or_hate_told_as_history_is_not_learned_hate(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert not judgement.abuse.hits, judgement.abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "disabled people are a burden on everyone and should be sterilised",
        "les réfugiés sont des parasites, dehors",
    ],
)
def test_hate_without_praise_or_history_is_still_hate(text: str) -> None:
    assert any(hit.kind is AbuseKind.HATE for hit in _JUDGE.judge(text).abuse.hits)


def test_the_veto_is_what_keeps_the_history_lesson_quiet() -> None:
    """The learned weights alone would still send the history lesson to a person: the veto does the work."""
    kind, margin = abuse_cues().best(
        read("in 1930s propaganda, disabled people were described as a burden and sterilised")
    )
    assert kind is AbuseKind.HATE
    assert margin >= 5.0
