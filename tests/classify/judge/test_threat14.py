"""Threat helper 14 (tune misses of rounds 3-64): threats read by structure, with their slots. Death
wished on the reader as "better off dead" said to them (« franchement toi tu serais mieux mort »), while « je
serais mieux mort » stays the author's crisis; the reader's private thing (diagnosis, surgery, address, face)
exposed to an audience or with a lever; the reader's workplace called to tell everyone; swatting; the reader's
care place known with a menace tag; "we're coming to see you" with a menace tag; death told ("hope you swallow
the whole bottle", "jump off something tall", « pourquoi tu te suicides pas », an illness's work wished
finished, a last session wished with the author's help, "if you didn't wake up tomorrow … make it happen", "do
it, nobody's stopping you" alone). Fresh sentences written for these tests, never corpus texts, with the
look-alikes that must stay quiet: game talk, kind visits and meet-ups, consent, care and advice, the author's
own crisis, threats received and reported.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.classify.judge import Judge
from bot.domain.moderation.evaluation import Outcome
from tests.classify.judge._helpers import family_cues

_JUDGE = Judge(recent=False)


def _cues14(text: str) -> list[str]:
    return family_cues(text, "threat14")


_THREATS = [
    # death wished on the reader as "better off dead"
    "you'd be better off dead",
    "honestly you would be better off six feet under",
    "ur better off dead and everyone here knows it",
    "tu serais mieux mort",
    "franchement toi tu serais mieux mort",
    "vous seriez bien mieux sous terre, tous les deux",
    # the reader's private thing exposed to an audience or with a lever
    "i'm gonna send your psych records to your manager, enjoy monday",
    "i will share your hiv status with the whole server unless you apologise",
    "je vais balancer ton diagnostic à ton patron, on verra qui t embauchera",
    "screenshot of your post about your meds, your family is going to love it",
    "je vais afficher ta gueule sur tous les murs du lycée",
    # the reader's workplace called to tell everyone
    "i'll email your boss and show everyone what you write here at night",
    "je vais contacter ton école et raconter à tout le monde ce que tu racontes ici",
    # swatting
    "i'll phone in a fake report so the cops kick in your door at dawn",
    "on va faire un faux appel pour que les flics débarquent chez toi",
    "i'm going to get you swatted",
    # the reader's care place known, with a menace tag
    "i know which chemo ward you sit in on fridays. keep talking",
    "je sais dans quel centre tu fais ta chimio, continue de parler",
    # "we're coming to see you" with a menace tag
    "à namur on va venir te chercher, tu vas prendre cher",
    "we are coming for you, you will be sorry",
    # death told
    "hope you chug that entire bottle of meds tonight",
    "j'espère que tu avales toute ta boîte de cachets",
    "jump off a tall building please",
    "saute d'un truc bien haut stp",
    "pourquoi tu te tues pas, tout le monde serait content",
    "why don't you just kill yourself",
    "someone should finish what your cancer started",
    "quelqu'un devrait finir ce que ta maladie a commencé",
    "hope your next chemo is your last, i'll make sure of it",
    "if you just never woke up tomorrow that'd be great. do us a favour",
    "do it, nobody will stop you",
    "vas y fais le personne va t'en empêcher",
]


@pytest.mark.parametrize("text", _THREATS)
def test_threat14_threats_are_threats(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _cues14(text), (text, [hit.cue for hit in judged.abuse.hits])
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "you'd be better off dead",
        "franchement toi tu serais mieux mort",
        "tu serais mieux morte",
        "hope you chug that entire bottle of meds tonight",
        "pourquoi tu te tues pas, tout le monde serait content",
        "i'll phone in a fake report so the cops kick in your door at dawn",
    ],
)
def test_threat14_death_told_is_acted_on_not_a_crisis(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in (Outcome.SANCTION, Outcome.REVIEW), text


@pytest.mark.parametrize(
    "text",
    [
        "i'd be better off dead",
        "honestly i would be better off dead, nobody needs me",
        "je serais mieux mort",
        "franchement moi je serais mieux morte",
        "do you ever feel like you'd be better off dead? you can tell me",
        "my ex used to tell me i'd be better off dead",
    ],
)
def test_threat14_own_crisis_stays_a_crisis(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.CRISIS, text


_QUIET = [
    # better off: denied, asked, idioms, the author's own
    "you are not better off dead, you matter to us",
    "if you ever think you'd be better off dead, please call someone",
    "you'd be better off deadlifting with a belt",
    "tu serais mieux mort de rire devant ce film",
    "tu serais mieux assis pour jouer",
    "i'd be better off dead",
    "je serais mieux mort",
    # exposure: consent, kind purposes, the author's own things, reports
    "i can share your diagnosis story with the support group if you want",
    "i'll send your address to everyone for the surprise party",
    "i'll post the meetup address in general tonight",
    "he said he'd post my diagnosis on my linkedin, what do i do",
    "je vais envoyer mon adresse à tout le monde pour la soirée",
    "i will never share your diagnosis with anyone, promise",
    # workplace called: kind, or advice
    "you should call your doctor and tell them about the side effects",
    "i'll call your mum and tell her you're doing great, she'll be proud",
    # swatting: reported, news, flies
    "someone made a fake report and the cops showed up at my place",
    "swatting is a crime, never fake a police report",
    "i'm gonna swat you like a fly lol",
    # care place known: shared, meet-ups, kind warnings
    "i know which dialysis unit you go to, i'm there too! say hi",
    "je sais dans quel hôpital tu es, on passe te voir avec des fleurs",
    "i know which road you take to work, be careful, there's ice",
    # coming: game talk, kind visits
    "i'm coming for you in ranked, you'll be sorry",
    "on va venir te voir à l'hôpital demain avec des chocolats",
    # told-to-die look-alikes
    "hope you take all your pills tonight, you forgot yesterday",
    "hope your next chemo is your last one!",
    "i want to jump off something tall",
    "we jumped off a tall cliff into the lake, so fun",
    "qu'est ce qui fait que tu te suicides pas, tu peux en parler ici",
    "someone should finish what your grandma started on that quilt",
    "imagine if you didn't wake up at 5am for once, make it happen",
    "wanna dye your hair blue? do it, nobody's stopping you",
    "do it nobody is stopping you from applying",
    "he told me to jump off a bridge and said nobody would stop me",
]


@pytest.mark.parametrize("text", _QUIET)
def test_threat14_look_alikes_stay_quiet(text: str) -> None:
    assert not _cues14(text), (text, _cues14(text))
