"""False alarms quiet since day 7: a crowd called to someone's messages with kind words ("everyone dm her
happy birthday!") is no raid, care in the author's words keeps the learned review off, and a haircut or a cut
finger "again" is no self-harm. What the rules are for is still caught."""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import SupportLevel

_JUDGE = Judge(recent=False)


@pytest.mark.parametrize(
    "text",
    [
        "everyone dm her happy birthday!",
        "everyone spam her with love until she smiles",
        "tout le monde en mp pour lui souhaiter bon courage pour l'opération",
        "allez tout le monde en mp, elle a besoin de soutien aujourd'hui",
        "everybody message him congrats on the transplant news!!",
        "let's all spam her with get well soon messages until she's out of hospital",
        "police showed up at your neighbour's? hope you're safe",
        "j'espère que ça va mieux, prends soin de toi",
    ],
)
def test_kindness_is_not_abuse(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits, text


@pytest.mark.parametrize(
    "text",
    [
        "everyone spam her dms until she deletes her account",
        "everyone dm her every hour until she leaves",
        "allez tout le monde en mp",
        "let's all mass report him until he's gone",
        "i know where you live. hope you're safe tonight ;)",
    ],
)
def test_raids_and_threats_are_still_caught(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits, text


@pytest.mark.parametrize(
    "text",
    [
        "cut my hair again, looks awful lol",
        "cut my nails again",
        "i cut my finger again chopping onions",
        "burned my toast again",
        "burnt my tongue on coffee again",
        "🔪🩸 cooking tonight, cut my finger again",
    ],
)
def test_cutting_hair_nails_or_a_finger_is_no_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    ["cut my arm again last night", "i cut again last night", "cut myself again", "i burned myself again"],
)
def test_self_harm_told_again_is_still_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas bien placé pour juger",
        "je suis pas bien réveillé, je relis demain",
        "could someone call me when the raid starts",
        "ping me if the lobby opens",
    ],
)
def test_a_turn_of_phrase_or_an_errand_is_no_distress_nor_a_request(text: str) -> None:
    reading = _JUDGE.judge(text).support
    assert reading.level is SupportLevel.NONE and not reading.help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas bien, j'ai envie de pleurer",
        "can someone call me when you can, im not ok",
        "call me when you get this, i cant do this anymore",
    ],
)
def test_not_being_well_and_asking_for_a_call_are_still_heard(text: str) -> None:
    reading = _JUDGE.judge(text).support
    assert reading.level is not SupportLevel.NONE or reading.help_request, text
