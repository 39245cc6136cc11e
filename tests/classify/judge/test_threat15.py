"""Threat helper 15 (tune misses of rounds 64-69 and three benign near misses of round 69): threats read by
structure, with their slots. The reader's home area stated then a tag that knows, comes or taunts, ending the
message; the reader's face known, "a mistake"; an injury idiom aimed at the reader; past violence boasted "for
less"; a score settled in person; "you better hope we never meet"; a list the reader is on; "if i were you i'd
stop going there alone"; a place and "come alone"; someone urged to find where a person lives and visit;
death told ("have you thought about not existing? you should", the nearest bridge "and jump", « ce serait
bien que tu te réveilles pas demain », "you're not gonna make it to next week, trust me", "i hope you actually
do it this time", an illness hoped to make the reader jump, « va sauter d'un pont » sent off by an
imperative).
And the reader's place known through a friendly visit or an errand explained ("i was at your housewarming,
i'll bring the board games"), quiet unless a menace is in the message. Fresh sentences written for these
tests, never corpus texts, with the look-alikes that must stay quiet: game talk, advice with its reason,
surgery, kind lists, care, the author's own crisis, threats received and reported.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.classify.judge import Judge
from bot.cli.evaluate import text_decider
from bot.domain.moderation.evaluation import Outcome
from bot.domain.policy.loader import load_policy
from tests.classify.judge._helpers import family_cues

_JUDGE = Judge(recent=False)
_ACTED = (Outcome.SANCTION, Outcome.REVIEW, Outcome.NUDGE)


def _cues15(text: str) -> list[str]:
    return family_cues(text, "threat15")


_THREATS = [
    "je vais te régler ton compte, tu vas voir",
    # the reader's home area, then a knowing, coming or taunting tag
    "tu habites rue des Lilas à Rennes, juste à côté de la gare, je sais",
    "t'habites vers Lille Sud avec ton chien moche, à bientôt",
    "you live on Park Road in Bristol near the chippy, see you soon",
    "your road in Swansea has three blue doors, which one is yours",
    "ton quartier à Liège il est calme la nuit hein. continue comme ça",
    "i know the town now, the stream showed the church. see ya soon",
    "lyon c'est pas grand, Croix-Rousse, 2e étage, je sais tout",
    "small world innit, Hackney, flat 4, i know everything",
    # the reader's face known, a mistake
    "now i know what you look like, posting that selfie was a mistake",
    "je sais à quoi tu ressembles maintenant, grosse erreur mon pote",
    # an injury idiom aimed at the reader
    "say that to my face and u gonna be drinking through a straw",
    "keep running your mouth and you'll be picking up your teeth",
    "encore un mot et je te refais le nez",
    "continue et tu vas ramasser tes dents sur le trottoir",
    # past violence boasted "for less"
    "careful mate, i've sent blokes to A&E for a lot less",
    "j'ai envoyé des mecs à l'hosto pour moins que ça",
    "i've knocked out guys for less than that",
    # a score settled in person
    "un jour je passe chez toi te régler ton compte",
    # you better hope we never meet
    "u better pray we never run into each other irl",
    "t'as intérêt à prier pour qu'on se croise jamais en vrai",
    # a list the reader is on
    "i've got a list and you're on it now",
    "on a une liste et ton nom est dessus",
    "you're officially on my list now",
    # stop going there alone
    "if i was you i'd stop walking home from the station alone",
    "à ta place j'irais plus seule au parc le soir, juste comme ça",
    # a place and come alone
    "meet me behind the leisure centre after school, come alone",
    "rdv au parking du Lidl samedi, viens seule",
    # find where someone lives and visit
    "someone should track down where that loser works and pay him a little visit",
    "faudrait que quelqu'un trouve où il habite et lui rende une petite visite",
    # death told
    "have u ever considered just dying? you really should. tonight",
    "t'as déjà pensé à disparaître ? tu devrais. sérieusement",
    "go to the tallest building downtown and take the quick way down",
    "va trouver le pont le plus proche et saute",
    "it'd be lovely if you just didn't wake up tomorrow",
    "ce serait parfait que tu te réveilles plus",
    "you won't make it to friday if you keep posting, trust me",
    "tu vas pas tenir jusqu'à vendredi si tu continues, crois moi",
    "hope you go through with it this time",
    "j'espère que cette fois tu le fais pour de vrai",
    "hope your next flare drives you to kill yourself",
    "j'espère que ta prochaine migraine te poussera à te pendre",
]


@pytest.mark.parametrize("text", _THREATS)
def test_threat15_threats_are_threats(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _cues15(text), (text, [hit.cue for hit in judged.abuse.hits])
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "have u ever considered just dying? you really should. tonight",
        "you won't make it to friday if you keep posting, trust me",
        "hope you go through with it this time",
        "j'espère que ta prochaine migraine te poussera à te pendre",
        "va te jeter d'un pont et fais pas de bruit en tombant",
        "si tu m'insultes encore je te refais le nez",
        "if you insult me again you'll be eating through a straw",
    ],
)
def test_threat15_told_and_conditional_are_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in _ACTED, text


@pytest.mark.parametrize(
    "text",
    [
        "i hope i actually do it this time",
        "have i thought about not existing? every night",
        "je vais sauter d'un pont ce soir",
        "j'espère que cette fois je le fais pour de vrai, j'en peux plus",
        "i'm not gonna make it to next week, trust me, i've got the pills ready",
    ],
)
def test_threat15_own_crisis_stays_a_crisis(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.CRISIS, text


_QUIET = [
    # where someone lives asked, or the talk goes on
    "t'habites où déjà ? je passe quand tu veux",
    "you live in leeds? see you at the meetup then!",
    "tu habites à Lyon, je sais, moi aussi d'ailleurs",
    "your street in Cardiff looks so pretty in the snow, which one is yours? we're moving there next year",
    "i know the city well, see you soon at the con!",
    # the face known, kindly
    "haha now i know what you look like, nice pic!",
    "je sais à quoi tu ressembles maintenant, trop contente de t'avoir vue",
    # injury idioms: surgery, the author's own
    "after my wisdom teeth surgery i'll be eating through a straw for a week",
    "after your jaw surgery you'll be drinking through a straw, stock up on smoothies",
    "le chirurgien va me refaire le nez en mars",
    # for less: no harm
    "i've banned people for less, behave please",
    "j'ai kick des gens de la guilde pour moins que ça",
    # score: paying
    "je règle ton compte au bar, c'est ma tournée",
    # never meet: the author's own awkwardness, the game's
    "i hope we never meet irl, i'd be so awkward lol",
    # kind lists
    "i've got a list of people to thank and you're on it",
    "t'es sur ma liste de cadeaux de noël",
    # advice with its reason
    "if i were you i'd stop going to that gym alone, get a spotter for bench",
    "à ta place j'irais plus seule au parc le soir, l'éclairage est en panne, prends le bus",
    # come alone or not
    "meet me at the station friday, come alone or bring your brother",
    # visits kindly
    "someone should find out where grandma lives now and pay her a visit, she's lonely",
    # death talk that is care or hours
    "have you thought about not existing? you should talk to someone about that, i'm here",
    "ce serait bien que tu te réveilles pas trop tard demain, on part à 8h",
    "it would be nice if you didn't wake up at 5am every day, get some rest",
    "you're not gonna make it to friday if you don't sleep, trust me, take a nap",
    "hope you actually do it this time and book the trip!",
    "j'espère que ton traitement te fera du bien",
    "hope your new meds make you feel better",
    "go find the nearest bridge and take a photo of the sunset for me",
    # reports of threats received
    "someone dmed me 'i know what you look like now, big mistake', what do i do",
    # the friendly visits of round 69's near misses, in fresh words
    "i know where you live haha i came to your bbq last summer, i'll drop off your drill tomorrow",
    "je sais où t'habites mdr on est venus à ta crémaillère, je te rapporte tes clés samedi",
    "i'm posting your address in the group chat only so the courier can find you for the secret santa",
    "je connais ta rue lol on est voisins, je passe te rendre ta manette",
    # an account settled is an account (found when the day's branches met)
    "je te règle ton compte spotify ce soir, c'est moi qui paie ce mois-ci",
]


@pytest.mark.parametrize("text", _QUIET)
def test_threat15_quiet_twins_stay_quiet(text: str) -> None:
    assert not _cues15(text), (text, _cues15(text))


@pytest.mark.parametrize(
    "text",
    [
        "i know where you live haha i came to your bbq last summer, i'll drop off your drill tomorrow",
        "je sais où t'habites mdr on est venus à ta crémaillère, je te rapporte tes clés samedi",
        "i'm posting your address in the group chat only so the courier can find you for the secret santa",
    ],
)
def test_threat15_friendly_visit_no_rule_hit(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits, (text, _JUDGE.judge(text).abuse.hits)


@pytest.mark.parametrize(
    "text",
    [
        "i know where you live lol, see you soon",
        "i know where you live lol i was at your housewarming. sleep with one eye open",
        "je sais où t'habites mdr, je suis venue à ton anniv, fais gaffe à toi",
        "i know where you live lol i'll bring the boys saturday",
        "i'll post your address in the group chat lol, everyone will know",
    ],
)
def test_threat15_menace_with_a_laugh_stays_a_threat(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in (Outcome.SANCTION, Outcome.REVIEW), text


@pytest.mark.parametrize(
    "text",
    [
        "i'll destroy you next round lol",
        "you better hope we never meet in ranked tonight",
        "i'll kill you next round, you're on my list lol",
        "t'as intérêt à prier pour qu'on se croise jamais en ranked",
    ],
)
def test_threat15_game_talk_is_not_sanctioned(text: str) -> None:
    # the game preset (the patient preset's word list sanctions "i'll kill you" whatever the context)
    assert text_decider(load_policy("game"))(text) is not Outcome.SANCTION, text
