"""Kindness read as abuse, quiet since day 7: a crowd called to someone's messages with kind words ("everyone
dm her happy birthday!") is no raid, and care in the author's words keeps the learned review off. What the
rules are for is still caught."""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge

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
