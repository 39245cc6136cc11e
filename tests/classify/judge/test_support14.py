"""support14: distress and help said low (round 63: help asked in fragments, distress told without a
feeling word), and three false crisis alarms (a death wish negated beside a will to live, a game's decision,
illness talk read as a crisis). Sentences written for these tests, through ``havre evaluate``'s path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.classify.judge.chat import read
from bot.classify.judge.support import assess_support
from bot.domain.moderation.evaluation import Outcome
from bot.domain.signals import SupportLevel

OFFERED = (Outcome.HELP, Outcome.CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "honestly i'm fried. the kids, hospital runs, mum's dementia. not a drop of fuel left in the tank",
        "perso j'ai plus de jus. même pour me lever",
        "not body tired, soul tired. can't explain it better",
        "je me sens nulle part à ma place, ni au boulot ni chez mes parents",
        "tlm s'en fout de moi de toute façon",
        "two years in this city and i still haven't made one friend",
        "à la cantine personne mange avec moi",
        "my whole family is back in Manila and here it's just me and the ward",
        "je pleurais dans le parking de l'hôpital avant d'entrer",
        "cried through the whole film night. not the film. just everything",
        "i miss who i used to be so much",
        "i gave up hoping things will ever get better",
        "the numbness is so heavy tonight",
        "my mind keeps spiralling to the worst case about the biopsy",
        "je vais craquer, trop de tout en ce moment",
        "i'm genuinely losing it. three nights no sleep and the landlord again",
        "my girlfriend packed her bags on sunday and the house is too quiet now",
        "got laid off today and i don't know how i'm gonna pay anything",
        "c'est tellement dur en ce moment",
        "ma pote a posté un message d'adieu bizarre et elle répond plus, je panique",
    ],
)
def test_distress_said_low_is_offered_help(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in OFFERED, text


@pytest.mark.parametrize(
    "text",
    [
        "please please",
        "parle moi stp",
        "help. not game help. real stuff",
        "anyone from the mod team free to ring me? or message",
        "could i have a private word with one of you? it's personal",
        "svp un modo",
    ],
)
def test_help_asked_in_fragments_is_offered(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in OFFERED, text


@pytest.mark.parametrize(
    "text",
    [
        # the same words, harmless: a phone, a game, a sweet, a meme, an outing, a laugh, a trade
        "j'ai plus de batterie sur mon téléphone, je vous rappelle demain",
        "the tank in our team has no gas left lol, we need a healer",
        "ce livre n'est nulle part à sa place dans cette bibliothèque",
        "tout le monde s'en fout de mon build, je sais",
        "haven't made a single mistake in this run so far",
        "my whole family is in Manila for the wedding, so it's just me and the cat: party at mine!",
        "my son sobbed in the stairwell after his jabs, poor thing",
        "i miss the old map so much",
        "the silence is so loud in this lobby lol",
        "splitting the bill with everyone after the meetup?",
        "my daughter moved out to uni and honestly we're enjoying the peace",
        "c'est dur ce boss ce soir mdr",
        "c'est dur l'exam aujourd'hui",
        "pls pass the salt emoji",
        "talk to me pls once the lobby opens",
        "can i have a private word with a mod about my ban appeal",
        "svp un modo, y a un spammeur dans le général",
        "i've decided, tonight i main support",
        "c'est décidé, je vais au cinéma ce soir",
        "j'ai pris ma décision, ce soir je passe healer",
    ],
)
def test_the_same_words_elsewhere_stay_quiet(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "je serais pas mieux mort, je veux vivre",
        "je voudrais pas mourir, je veux juste que ça s'arrête",
        "i'm not better off dead, i know that, i want to live",
        "i don't want to die, i want this pain to end. there's a difference",
        "i've made my decision, tonight i go full dps",
        "made my decision: i'm going to the concert tonight after all",
        # illness talk: a dose asked about, a fear of dying, a nightmare, a tic, a garment, a disease
        "how much paracetamol is too much in a day? my gp upped me to 4g and i'm worried about my liver",
        "my lithium levels came back high, how high before it's toxic? should i go to a&e",
        "felt like i was going to die in the ambulance, but i'm home and on the mend now",
        "je rêve que je meurs presque chaque nuit depuis la nouvelle dose, c'est un effet secondaire ?",
        "punched myself in the jaw during a tic attack on the bus, ouch",
        "this brace is cutting into my leg all day, is it the wrong size?",
        "ma sclérose a décidé de m'achever cette semaine, je dors 15h par jour",
        "before i was ready the nurse read the results out. scan again tomorrow",
    ],
)
def test_no_crisis_alarm_for_a_negated_wish_a_game_decision_or_illness_talk(
    decide: Callable[[str], Outcome], text: str
) -> None:
    assert decide(text) is not Outcome.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "je veux pas vivre comme ça, je veux mourir",
        "i don't want to die but i want to not exist anymore",
        "i've made my decision. tonight. no one will stop me",
        "i've made my decision, this is my last raid night. thanks for everything",
        "how many of my oxycodone would it take to not wake up? my gp upped me last week",
        "i keep cutting into my arm when it gets bad",
    ],
)
def test_the_crises_beside_them_stay_crises(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.CRISIS, text


def test_a_negated_wish_is_distress_at_most_and_not_raised() -> None:
    reading = assess_support(read("je serais pas mieux mort, je veux vivre"))
    assert reading.level is SupportLevel.DISTRESS
    assert "will_to_live" in reading.lowered_by
