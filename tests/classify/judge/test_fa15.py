"""Helper fa15: praise and self-talk in the frames of three old insult rows.

* "talking to you is like talking to …" ends on someone close or a comfort ("my best friend", « un frère »,
  "coming home"): praise; "a wall", « un mur », "explaining physics to a hen" stay insults.
* "nobody wants you to leave / to feel alone" keeps the reader from a harm, "no wonder everyone loves you"
  is fondness: care, not contempt; "nobody wants you here", "no wonder nobody likes you" stay insults.
* "i feel like a total waste of space": the author about themself, with no reader, is self-talk, never
  nudged or sanctioned; "you're a total waste of oxygen" stays an insult.
The sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import ACTED_ON, Outcome


@pytest.mark.parametrize(
    "text",
    [
        "talking to you is like talking to my best friend",
        "honestly talking with you is like talking to an old friend",
        "talking to you feels like talking to family",
        "talking to you is like talking to my big sister, it calms me down",
        "talking to you is like talking to someone who really gets me",
        "talking with you guys is like talking to my brothers",
        "arguing with you is like arguing with my twin lol",
        "talking to you is like coming home",
        "talking to you is like talking to a therapist but free",
        "Talking to you is like talking to my bestie ❤️",
        "parler avec toi c'est comme parler à ma meilleure amie",
        "parler avec toi c'est comme parler à un vieil ami",
        "discuter avec toi c'est comme parler à un frère",
        "parler avec vous c'est comme parler à quelqu'un de ma famille",
        "parler avec toi c'est comme parler à un psy mais en mieux",
        "discuter avec toi c'est un peu comme parler à ma soeur",
    ],
)
def test_kind_comparison_is_not_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in ACTED_ON


@pytest.mark.parametrize(
    "text",
    [
        "talking to you is like talking to a wall",
        "talking to you is like talking to a brick",
        "talking with you is like explaining physics to a hen",
        "parler avec toi c'est comme parler à un mur",
        "discuter avec toi c'est comme expliquer les maths à une poule",
    ],
)
def test_insulting_comparison_is_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON


@pytest.mark.parametrize(
    "text",
    [
        "no wonder everyone loves you",
        "no wonder everybody likes you, you're so patient",
        "everyone loves you here",
        "everyone needs you here, stay safe",
        "everyone would miss you so much",
        "nobody wants you to leave",
        "nobody wants you to go, please stay",
        "no one wants you to leave the server",
        "nobody wants you to quit, you're doing great",
        "nobody wants you to feel alone",
        "no one wants you to be sad tonight",
        "nobody really wants you to leave",
        "no one actually wants you to go",
        "nobody wants you to go through this alone",
        "pas étonnant que tout le monde t'aime",
        "tout le monde t'aime ici",
        "personne ne veut que tu partes",
        "personne ne veut que tu quittes le serveur",
        "personne ne veut te voir partir",
    ],
)
def test_fondness_is_not_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in ACTED_ON


@pytest.mark.parametrize(
    "text",
    [
        "no wonder nobody likes you",
        "nobody wants you here",
        "nobody likes you",
        "nobody wants you around",
        "nobody wants you to stay",
        "nobody even likes you",
        "personne ne t'aime",
        "personne ne veut de toi ici",
        "tout le monde te déteste",
    ],
)
def test_contempt_is_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON


@pytest.mark.parametrize(
    "text",
    [
        "i feel like a total waste of space",
        "i feel like such a waste of space lately",
        "i'm such a waste of space",
        "i am a waste of space",
        "i feel like a complete waste of oxygen today",
        "sometimes i think i'm just a waste of space",
        "i'm an absolute waste of air",
        "honestly i feel like such a waste",
        "i feel like an utter waste of space since the flare started",
        "je me sens comme une perte de place",
        "je suis un gaspillage d'oxygène",
        "j'ai l'impression d'être un boulet",
        "je suis une perte de temps pour tout le monde",
    ],
)
def test_self_talk_is_never_nudged_or_sanctioned(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in {Outcome.NUDGE, Outcome.SANCTION, Outcome.REVIEW}


@pytest.mark.parametrize(
    "text",
    [
        "you are a waste of space",
        "you're a total waste of oxygen",
        "what a waste of space you are",
        "i'm such a waste of space and you're a total waste of oxygen",
        "tu es un gaspillage d'oxygène",
    ],
)
def test_waste_aimed_at_reader_is_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON
