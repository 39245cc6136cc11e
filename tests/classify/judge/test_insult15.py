"""Helper insult15 (round 69 tune misses): directed contempt with no insult noun, read by structure.

Backhanded praise ("impressive for someone with the IQ of a brick"), comparisons with a weak thing
(« t'as autant de charisme qu'un poteau »), rhetorical questions ("who let you out of iron"), contempt of
the reader's illness, body or aid ("hope the migraine shuts you up"), dismissals (« toi et tes théories
vous pouvez quitter la guilde »). Quiet twins: the same words of the author, of a game, of an illness, as
praise or as teasing between friends. A curse at a game thing with nobody addressed ("the last boss can go
to hell") is venting, not abuse. The sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import Outcome
from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge


def insulted(text: str) -> bool:
    return AbuseKind.INSULT in {h.kind for h in judge(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        # backhanded praise
        "not bad for somebody with the brain of a houseplant",
        "joli pour quelqu'un avec le QI d'une huître",
        "nice one for someone with two working brain cells",
        "bravo pour quelqu'un qui a un seul neurone",
        "keep typing, you are making the rest of us look clever",
        "continue de parler, tu fais passer tout le monde pour des génies",
        "oh you finally finished the tutorial, do you want a medal or",
        # who let you, the reason they added
        "who let you out of silver, honest question",
        "qui t'a laissé entrer dans ce serveur",
        "you are clearly the reason they added story mode",
        "t'es la raison pour laquelle ils ont ajouté le mode facile",
        # comparisons with a weak thing
        "my dog would have better game sense than you",
        "mon chien aurait plus de skill que toi",
        "the support has more skill in one toe than you do",
        "t'as autant de charisme qu'un poteau",
        "you've got as much talent as a wet sock",
        "t'es vif comme une huître",
        "you are as sharp as a brick",
        "même un pigeon avec une manette jouerait mieux que toi",
        "even a chicken with a keyboard would do better than you",
        "you still aim like a blindfolded toddler",
        "tu joues toujours comme un poulet sans tête",
        "you're exactly the kind of player who would lose to a training dummy",
        "your build looks like it was made by a drunk monkey",
        "ta compo on dirait qu'elle a été choisie par un gamin de 6 ans",
        "you talk like my uncle after a wedding, and he makes more sense",
        "with all the grace of a fridge falling down stairs, you tried to parry",
        "you, after all this time, are the worst healer i've ever had",
        "you are, believe me after five raids, a total waste of a slot",
        # rhetorical questions, contempt
        "is there even one brain cell up there",
        "y a une seule idée dans ta tête",
        "what were you smoking before you posted that",
        "reading your take i just lost iq points",
        "t'es vraiment un cas désespéré",
        "you are the guy that nobody wants around",
        "the guild must be really desperate if they recruited you",
        "you got carried so much you should pay me rent",
        "the healer carries you and the whole raid knows it except you",
        "toi et ta guilde vous pouvez quitter le serveur maintenant",
        "you and your supposed burnout",
        "ok boomer, go back to your fax machine",
        "be quiet, the adults are talking",
        "sweetie come back when you've understood the mechanic",
        "reviens quand t'auras grandi",
        "tu parles encore pour rien dire toute la journée, lamentable",
        "you somehow manage to be useless even in the lobby",
        "what a pathetic life you must lead",
        "you're so slow that the loading screen has to wait for you",
        "go read a book kid",
        "ok monsieur je sais tout, tu as fini ?",
        # the reader's illness, body or aid
        "i hope your tinnitus drowns out your voice",
        "your migraines must come from the empty head",
        "funny how your fatigue only shows up when it's your turn to cook",
        "for someone with lupus you sure have the energy to complain all day",
        "avec ta fibro t'as quand même la force de raler toute la journée",
        "you're tired again? change the record",
        "chauve et chiant, le combo",
        "hide your cue ball",
        "your face is too greasy to take seriously",
        "the way you talk about your cane as if it makes you special is so cringe",
        "ta manière de parler de ta maladie comme si on te devait tout c'est saoulant",
        "take your walker and your attitude elsewhere",
    ],
)
def test_fresh_variants_are_insults(text: str) -> None:
    assert insulted(text), text


@pytest.mark.parametrize(
    "text",
    [
        # praise and care in the same shapes
        "pretty impressive for someone with a broken wrist",
        "bien joué pour quelqu'un qui a deux enfants à gérer",
        "you make everyone look good in photos",
        "we should throw you a party for finishing chemo",
        "you're the reason I kept playing this game",
        "you have as much energy as a toddler",
        "t'es solide comme un roc",
        "même un pro ferait pas mieux que toi",
        "you still play like a pro",
        "your cake looks like it was made by a pro baker",
        "she dances with all the grace of a swan",
        "this is the worst boss i've ever fought",
        "you were never a waste of a slot",
        "that raid was a complete waste of time",
        "for someone with a cold you sure have the energy to cook for everyone",
        "the way you talk about your wheelchair like it's a friend is so sweet",
        "hope the music drowns out your tinnitus tonight",
        "your migraines must be from the weather",
        "reviens quand t'auras fini de manger",
        "come back when you're ready",
        # the author about themself
        "I'm the kind of player who would lose to a training dummy",
        "they must be desperate if they took me",
        "you carried me so hard I should pay you rent",
        "my cat has more patience than me",
        "je suis lente comme un escargot aujourd'hui",
        "j'ai perdu des points de QI devant cette série",
        "my deck looks like it was built by a toddler",
        "mon crâne d'œuf brille au soleil",
        "je suis un cas désespéré en maths",
        "funny how my migraines only come when it's my turn to host",
        # reports and other subjects
        "t'as vu le match ? pathétique",
        "you won't believe what my boss did today, pathetic",
        "what a sad life my grandma had",
        "toi et tes potes vous pouvez partir en premier, on vous suit",
        "tu remets encore cet album ? change de disque",
        "who let you into the guild? welcome!",
        "what are you smoking tonight, ribs or brisket",
        "t'es pas un cas désespéré, tu vas y arriver",
        "you're the friend that nobody wants to lose",
        # teasing between friends (a fond word or a laugh)
        "ok boomer go to bed lol",
        "t'as fumé quoi mdr",
        "my nan has better aim than you lol",
        "you're the worst liar i've ever met, love you",
        # a curse at the game, nobody addressed
        "the last boss can go to hell",
        "fdp de boss, il m'a one shot",
        "eat shit servers, lagged out again",
    ],
)
def test_quiet_twins_stay_quiet(text: str) -> None:
    assert not insulted(text), text


@pytest.mark.parametrize(
    "text",
    ["nique ta mère le boss", "you can go to hell with your boss", "fdp de boss toi"],
)
def test_curse_at_the_reader_stays(text: str) -> None:
    assert judge(text).hits, text


@pytest.mark.parametrize(
    ("text", "acted"),
    [
        ("not bad for someone with the IQ of a brick", True),
        ("t'as autant de talent qu'un poteau", True),
        ("hope your tinnitus drowns out your voice, we'd all like that", True),
        ("they must be desperate if they took me lol", False),
        ("funny how my migraines only come when it's my turn to host", False),
        ("the last boss can go to hell", False),
    ],
)
def test_outcome(decide: Callable[[str], Outcome], text: str, acted: bool) -> None:
    outcome = decide(text)
    assert (outcome in (Outcome.NUDGE, Outcome.REVIEW, Outcome.SANCTION)) is acted, (text, outcome)
