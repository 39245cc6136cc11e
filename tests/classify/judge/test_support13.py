"""Support-side leftovers of the tune split, by structure (helper support13): fresh sentences written for
these tests, never corpus texts, and look-alikes that must stay quiet.

* abuse received and told with how it landed or what the author wants (it hurt, they cried or left, the
  fourth time, « pas la première fois », is that even allowed, who do we contact, just want a mod to know):
  offered help, never sanctioned; the same verbs with good news, a doctor's news or a laugh stay quiet;
* a ping apologised for, asking for a moment ("you around? sorry for the random ping"), never a duo;
* distress without a risk sign: never going to get better, crying that will not stop, always scared, why
  always me, no point making plans because of the illness, a hollow feeling, even the favourite thing a
  mountain, a helpline shared for whoever needs it; the same words in game talk or laughter stay quiet.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help, quiet

_JUDGE = Judge(recent=False)


# --- abuse received, told with how it landed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a guy in voice chat called me a cripple because of my cane. it hurt, not gonna lie",
        "someone replied to my ostomy post with a puke gif. i logged off straight away",
        "my coworker told the team my epilepsy was 'just for attention'. is that even allowed here?",
        "mon coéquipier s'est moqué de mon bégaiement pendant tout le match. j'ai quitté le vocal",
        "un mec m'a traité de légume dans le salon général, c'est pas la première fois",
        "my guild leader messaged me 'nobody wants a sick player' again, that's the third time this month",
        "quelqu'un a écrit que les dialysés coûtent trop cher et m'a tagué, ça m'a fait mal",
        "i was told people like me are 'a waste of a bed' in the ward chat. i'm the only transplant patient",
        "he dmed me 'hope the chemo fails' after my update. who do we contact about this?",
    ],
)
def test_received_abuse_told_with_how_it_landed_is_offered_help(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert offered_help(judgement.support)
    assert not [hit for hit in judgement.abuse.hits if not hit.learned]


@pytest.mark.parametrize(
    "text",
    [
        "a guy in my raid called me a legend after that pull, second time this week lmao",
        "my teacher told the class my project won the prize and they all clapped",
        "someone replied to my ostomy post with a really kind message, made my day",
        "un mec m'a dit que le patch sort demain, c'est pas la première fois qu'ils le repoussent mdr",
        "my doctor said the scan was clear, i left the clinic smiling",
        "she told me her sister got called names at school and it hurt her a lot",
    ],
)
def test_received_look_alikes_stay_quiet(text: str) -> None:
    assert quiet(assess(text))


# --- a ping apologised for ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you around? sorry for the random ping <@123456789012345678>",
        "sorry for the out of the blue dm, u free for a bit?",
    ],
)
def test_ping_apologised_is_help(text: str) -> None:
    assert assess(text).help_request


@pytest.mark.parametrize(
    "text",
    [
        "you free for a duo? sorry for the random ping",
        "sorry for the late reply, you around for the raid tonight?",
        "sorry for the ping, the event starts in ten minutes",
    ],
)
def test_ping_look_alikes_stay_quiet(text: str) -> None:
    assert quiet(assess(text))


# --- distress without a risk sign ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "honestly i doubt things will ever get better, third treatment in a row that failed",
        "je peux plus m'arrêter de pleurer depuis ce matin",
        "i cant stop shaking since the appointment",
        "im constantly anxious and i cannot ever relax, not even in bed",
        "j'ai tout le temps peur, même la nuit",
        "why does everything always happen to me",
        "quel intérêt de planifier des sorties, tout s'annule de toute façon avec la maladie",
        "why bother planning anything, i'm always sick anyway",
        "there's this weird hollow feeling since i came back from rehab",
        "even cooking my favourite meal feels like climbing a mountain now",
    ],
)
def test_distress_is_offered_help(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "je peux pas m'arrêter de pleurer de rire mdr",
        "why is it always me who has to tank the boss",
        "no motivation to do anything today, lazy sunday lol",
        "i'm always scared of the last boss phase haha",
        "i can't stop laughing at this clip",
        "i doubt this patch will ever get better, the devs gave up lol",
    ],
)
def test_distress_look_alikes_stay_quiet(text: str) -> None:
    assert quiet(assess(text))


def test_helpline_shared_is_distress_and_a_number_for_pizza_is_not() -> None:
    assert (
        assess("crisis line number for the uk folks, someone might need it tonight").level
        is SupportLevel.DISTRESS
    )
    assert quiet(assess("pizza place number is pinned, someone might need it"))


# --- two idioms read as harm ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you're dead to me now, you sold the rare mount. see you at raid tomorrow",
        "t'es mort pour moi, t'as spoil la fin de la série",
        "nobody asked but here's my tier list for the new season",
        "nobody asked but i finally finished the puzzle, 2000 pieces",
    ],
)
def test_idioms_are_not_abuse(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "you're dead to me and soon you'll be dead for real",
        "nobody asked for your opinion, shut up",
        "you're dead when i find you",
    ],
)
def test_idioms_look_alikes_stay_abuse(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits
