"""never15: self-talk and reported abuse, the categories never to be punished, through the real decision path
on both presets (the ``decide`` fixture).

Self-talk read by structure (``abuse._self_address``): a dialogue label that is the author ("me at 3am: …"), a
first-person copula whose complement is the insult (a filler "you know" set aside), self-coaching beside the
author's own situation, a counterfactual about the author's care with a self-vocative, a wasted chance told
back to oneself. Its quiet twins: the same words with a mention or a reply, blame, a team, another label.

Reported abuse (``support._received_never15``): a third party's frame ("told me", « on me dit », « selon lui
je suis », "wished cancer on me", "in vc he said") and how the words landed. Its quiet twins: the author
saying the abuse themself, kind or ordinary words retold, a laugh. Sentences written for these tests, none
copied from the corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import ACTED_ON, OFFERED_HELP, Outcome
from tests.classify.judge._helpers import judge


@pytest.mark.parametrize(
    "text",
    [
        "me at 3am: why are you still awake you absolute clown",
        "moi à 3h du mat : t'es sérieuse espèce de débile",
        "moi en voyant mon vieux deck : mais qui t'a laissé jouer ça, abruti",
        "i'm such a clown lol",
        "je suis vraiment la pire des boulets aujourd'hui tu vois",
        "chui la pire merde de ce serveur",
        "i'm just a useless piece of shit",
        "my back is killing me again, stop whining you're pathetic",
        "ugh i'm so behind on everything. arrête de te plaindre t'es pathétique",
        "j'ai encore mal partout. allez ressaisis-toi espèce de nulle",
        "focus you moron, get it together",
        "you absolute muppet, old girl, you should've had lunch before the shift",
        "t'es conne ma vieille, t'aurais dû dormir au lieu de jouer jusqu'à 4h",
        "what did you just do you clown, you had ult and flashed into a wall",
        "qu'est-ce que tu fous espèce d'abruti, t'avais tout le temps et t'as raté le saut",
    ],
)
def test_self_talk_never_punished_never15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in ACTED_ON
    assert not judge(text).hits


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("come on you idiot, focus", True),
        ("<@123456789012345678> come on you idiot, focus", False),
        ("come on you idiot, focus, we're wiping because of you", False),
        ("stop whining you're pathetic, the team carried you", False),
        ("je suis d'accord avec toi, t'es un boulet", False),
        ("me: hi. him: shut up you idiot", False),
        ("tell me: why are you such an idiot", False),
        ("t'es débile, t'aurais dû prendre tes cachets", False),
        ("t'es débile ma fille, t'aurais dû prendre tes cachets", True),
        ("mais qu'est ce que t'as foutu ducon t'avais l'ult et t'as flash dans le mur", True),
        (
            "<@123456789012345678> what did you just do you clown, you had ult and flashed into a wall",
            False,
        ),
        (
            "what did you just do you clown, you had the ult and you flashed into the wall, i waited",
            False,
        ),
        ("qu'est ce que t'as foutu ducon, on avait l'ult et t'as flash dans le mur", False),
        ("get a grip, your 'chronic illness' is just laziness with a doctor's note", False),
        ("you absolute waste of oxygen, how do you even remember to breathe", False),
    ],
)
def test_insult_at_another_stays_never15(text: str, reply: bool) -> None:
    assert judge(text, reply=reply).hits


@pytest.mark.parametrize(
    "text",
    [
        "selon lui je suis « une tare » et je devrais pas jouer en ranked, j'en ai marre",
        "selon elle j'suis une pleureuse et ma maladie c'est du cinéma, c'est pas normal quand même",
        "someone wished cancer on me in the lobby because i beat them, is that allowed?",
        "some guy wished a stroke on me after the match, i'm done with this game",
        "in vc he said i should just die because i'm in a wheelchair, what do i do",
        "en vocal un type m'a dit que les handicapés devraient rester chez eux, je l'ai bloqué",
        "my teammate messaged me that im a 'brain-dead cripple' because i missed the heal, not ok",
        "dans les mp elle me dit que je suis une honte pour ma famille depuis que j'ai mon fauteuil",
        "\"you'll never work with your condition\" — my old manager, yesterday. i'm furious",
        "is it normal for people to tell you you're faking your illness? my uncle said that to me again",
        "ma belle-soeur me répète que je simule, c'est moi ou c'est pas ok ?",
        'he kept sending me screenshots of my own posts with "freak" written on them, every night for a week',
    ],
)
def test_report_offered_help_never15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in OFFERED_HELP


@pytest.mark.parametrize(
    "text",
    [
        "my friend told me i'm a genius because i solved the puzzle lol",
        "she told me the raid is at 9, because i asked",
        "my mum called me to say dinner is ready, every night lol",
        "i told him he's an embarrassment to women gamers, i'm done",
    ],
)
def test_not_a_report_quiet_never15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in OFFERED_HELP


@pytest.mark.parametrize(
    "text",
    [
        "you're an embarrassment to women gamers, in front of everyone too",
        "selon moi t'es une tare, j'en ai marre de toi",
        "i wish cancer on you, you're pathetic",
    ],
)
def test_abuse_said_is_no_report_never15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON
