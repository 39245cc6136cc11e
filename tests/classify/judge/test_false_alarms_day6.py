"""Older rows that fired on harmless messages (named by day 6's helpers), quiet now, and what they are for
still caught: "did you get swatted?", the police at someone's street with a kind word, « je me noie dans les
papiers » (swamped, not drowning oneself)."""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


def _threat(text: str) -> bool:
    return bool({hit.kind for hit in _JUDGE.judge(text).abuse.hits} & _THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "did you get swatted?",
        "did u get doxxed or was it a rumour",
        "have you get swatted before? asking for a documentary",
        "streamers getting swatted is a real problem",
        "how do streamers avoid getting doxxed",
        "if you get doxxed, call the police and change your passwords",
        "the cops came to your street? hope everyone's ok",
        "police showed up at your neighbour's? hope you're safe",
        "les flics sont venus dans ta rue? j'espère que tout le monde va bien",
    ],
)
def test_questions_and_kind_words_about_swatting_or_the_police_are_quiet(text: str) -> None:
    assert not _threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "get doxxed kid",
        "keep talking and get swatted",
        "enjoy getting swatted tonight",
        "getting swatted in 10 min lol",
        "you are getting doxxed",
        "the cops will show up at your door tonight",
        "les flics débarquent chez toi demain",
        "police came to your house lol hope u learned",
    ],
)
def test_swatting_and_the_police_promised_are_still_threats(text: str) -> None:
    assert _threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "je me noie dans les papiers",
        "je me noie dans les papiers de la CAF depuis lundi",
        "je me noie dans le boulot en ce moment",
        "je me noie dans mes révisions, le bac approche",
    ],
)
def test_swamped_by_work_or_forms_is_not_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is not SupportLevel.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "jvais me noyer dans la seine ce soir",
        "je vais me noyer",
        "je pense à me noyer dans le lac",
        "je veux me noyer dans la baignoire",
    ],
)
def test_drowning_oneself_is_still_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS
