"""fa13 (issue #11): false results the lead found, decided end to end as ``havre evaluate`` decides them
(``bot.cli.evaluate.decider``: ``SignalExtractor.local`` then ``decide``, empty history), on both presets.

* game logistics with finality words ("i'm done with everything for the raid, see you tonight", « c'est
  décidé, ce soir on tente le boss ») read as a crisis: a time raised weak signs of resolve that were the
  game's schedule (``support._scheduled_fa13``), and "done with everything for <an event>" is a task list;
* a help desk's question ("who do I talk to about a refund") read as a member asking for a person: the ask is
  followed by an errand (``_support_rules.ERRAND_AFTER_fa13``);
* a pick-up (« je viens te chercher à la gare ») is kept quiet; with an hour or a reassurance it is still read
  as a threat (xfail below: the corpus's veiled threats carry the same markers);
* a group defended with a negation ("people with fibromyalgia are not fakers", "being gay is not a choice")
  read as hate: the negation denies the predicate (``group_ideology``, ``sexuality_denied``);
* "send them back to the lobby": a game's place, not a country (``send_them_back``);
* hate about a group worded with a crisis phrase ("disabled people would be better off dead") read as the
  author's crisis: the policy phrase is the hate's vocabulary (``extract._crisis_phrases_heard``).

Fresh sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.cli.evaluate import text_decider
from bot.domain.moderation.evaluation import ACTED_ON, Outcome
from bot.domain.policy.loader import load_policy

_PRESETS = ("patient", "game")
_DECIDE = {preset: text_decider(load_policy(preset)) for preset in _PRESETS}


def _outcomes(text: str) -> dict[str, Outcome]:
    return {preset: decide(text) for preset, decide in _DECIDE.items()}


def _quiet(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.NONE for outcome in found.values()), (text, found)


# --- 1. game logistics with finality words -------------------------------------------------------------
_GAME_LOGISTICS = [
    "i'm done with everything for the raid, see you tonight",  # the lead's
    "i'm done with everything for tomorrow's tournament, see you at 8",
    "im done with everything on my list before the raid, see yall at 9",
    "i am done with everything for the patch, see you tonight",
    "i'm done with everything for the raid tonight, flasks are in the guild bank",
    "i'm done with everything for the raid tomorrow, see you there",
    "i'm done with everything before the raid, see u at 9 tonight",
    "gg all, raid done, i'm done with everything for tonight",
    "i've decided, tonight i'm playing healer",
    "my mind is made up, i'm maining support tonight",
    "my mind is made up, i'm rerolling tonight",
    "no going back now, the guild merge happens tonight",
    "no going back, tonight we push mythic 10",
    "i'm ready for tonight, flasks and food all set",
    "i'm ready for the tournament tonight, see you in voice",
    "i'm ready, no going back, queueing for the final tonight",
    "je suis prêt pour ce soir, potions et bouffe ok",
    "je suis prêt pour le tournoi de ce soir",
    "je suis prête, ce soir on le tombe ce boss",
    "c'est décidé, ce soir on tente le boss en mythique",
    "c'est décidé, ce soir je main healer",
    "j'ai décidé, ce soir je farm le donjon",
    "j'arrête tout ce soir, je reroll un mage demain",
    "je vais le faire ce soir, le donjon en solo",
]


@pytest.mark.parametrize("text", _GAME_LOGISTICS)
def test_game_logistics_with_finality_words_are_no_crisis(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm done with everything, tonight i end it",  # the lead's
        "i'm done with everything for good, tonight i end it",
        "c'est décidé, ce soir je me tue",
        "i've decided, tonight i take all my pills",
        "gg all, this was my last raid, tonight i kill myself",
        "je suis prête, ce soir je vais sauter du pont",
    ],
)
def test_a_real_crisis_stays_a_crisis(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.CRISIS for outcome in found.values()), (text, found)


# --- 2. a help desk's question --------------------------------------------------------------------------
_HELP_DESK = [
    "who do I talk to about a refund",  # the lead's
    "who do i talk to about getting my role back",
    "who can i contact about a bug in the bot",
    "who should i ask about the tournament rules",
    "who do i speak to about a partnership",
    "who do i talk to about my order, it never arrived",
    "who can i talk to about a ban appeal",
    "where can i get help with the bot commands",
    "is there someone i can talk to about sponsoring the server",
    "can i talk to a mod about the giveaway prize",
    "who do i contact regarding the billing issue",
    "hey who do i reach about nitro boosts",
    "who do i talk to to get verified",
    "who do i talk to for a refund on the event ticket",
    "who should i talk to about my subscription",
    "who do i talk to about changing my username",
    "where do i go to talk about a refund",
    "who can i talk to about a missing payment",
    "who do i ask about the discount code",
    "who do i contact about my order",
    "who should i talk to about the event schedule",
    "who can i speak to about a partnership with our server",
    "can i talk to someone about the bot commands",
    "à qui je peux parler pour devenir modo ?",
    "je sais pas à qui m'adresser pour le remboursement",
    "à qui je m'adresse pour changer mon pseudo ?",
    "je peux parler à un modo pour le concours ?",
]


@pytest.mark.parametrize("text", _HELP_DESK)
def test_a_help_desk_question_is_no_help_request(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "who do I talk to, I'm not ok",  # the lead's
        "who can i talk to? i'm not doing well",
        "who can i talk to about how i feel",
        "is there someone i can talk to, i'm struggling",
        "à qui je peux parler ? ça va pas du tout",
        "je sais pas à qui parler, je vais mal",
    ],
)
def test_a_real_help_request_stays_one(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome in (Outcome.HELP, Outcome.CRISIS) for outcome in found.values()), (text, found)


# --- 3. pick-ups and visits -----------------------------------------------------------------------------
_PICK_UPS = [
    "je viens te chercher à la gare",  # the lead's
    "je viens te chercher à la gare ce soir",
    "je viens te chercher à l'aéroport demain",
    "je viens te récupérer après ta dialyse",
    "on passe te prendre à 20h",
    "i'll come get you at the station",
    "i'm coming to pick you up after school",
    "i'll be waiting for you outside the hospital after your appointment",
    "je te retrouve à la gare à 18h",  # day 13: a meeting with a clock time (abuse._meetup_day13)
    "i'll find you at the station, wear the red scarf",  # passes since day 13
]


@pytest.mark.parametrize("text", _PICK_UPS)
def test_a_pick_up_is_no_threat(text: str) -> None:
    _quiet(text)


# Still misread: an hour, « t'inquiète », a car or the keys beside "coming for you" / « je t'attends à la
# sortie » mark a pick-up here, but the corpus's veiled threats use the very same markers (« on va venir te
# chercher à la sortie du taf à Bordeaux, t'inquiète pas », « on se voit à 17h devant le portail »): a void on
# them lost 0.8 points of threat recall on both presets, so it was taken back (fa13).
@pytest.mark.xfail(
    strict=True, reason="pick-up markers are also veiled threats' markers; no structural cut found yet"
)
@pytest.mark.parametrize(
    "text",
    [
        "je passe te chercher à 8h devant chez toi",
        "je vais venir te chercher chez toi vers 19h",
        "je viens te chercher, t'inquiète, j'ai la voiture",
        "je t'attends à la sortie de l'école avec ton goûter",
        "i'm coming for you at 6, be ready with your bags",
        "i'll wait for you at your door with the keys",
    ],
)
def test_a_pick_up_with_an_hour_or_a_reassurance_is_no_threat(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "je viens te chercher à la sortie, tu vas voir",  # the lead's
        "je vais venir te chercher chez toi, tu vas le regretter",
        "i'm coming for you at 6, you're dead",
        "je t'attends à la sortie du lycée",
        "je t'attends à la sortie, seul",
        "i'm coming for you",
    ],
)
def test_a_real_threat_is_still_acted_on(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome in ACTED_ON for outcome in found.values()), (text, found)


# --- 4. a group defended with a negation ----------------------------------------------------------------
_DEFENCES = [
    "people with fibromyalgia are not fakers",  # the lead's
    "people with fibromyalgia aren't fakers, stop saying that",
    "people with fibromyalgia are not liars",
    "people with lupus aren't liars",
    "fibromyalgia is not fake",
    "fibromyalgia isn't in their heads",
    "depression is not fake",
    "autism is not a tragedy",
    "being gay is not a choice",
    "being bi is not a phase",
    "being trans is not a mental illness",
    "bisexuals are not confused",
    "la fibromyalgie n'est pas une invention",
    "l'homosexualité n'est pas une maladie",
    "les personnes trans ne sont pas malades",
    "les personnes autistes ne sont pas malades",
    "le handicap n'est pas une excuse",
    "les gens atteints de fibromyalgie ne sont pas des simulateurs",
]


@pytest.mark.parametrize("text", _DEFENCES)
def test_a_group_defended_with_a_negation_is_not_hate(text: str) -> None:
    _quiet(text)


_HATE = [
    "disabled people are fakers",  # the lead's
    "people with fibromyalgia are fakers",
    "fibromyalgia is fake",
    "fibromyalgia isn't real",
    "fibromyalgia is not real",
    "la fibromyalgie n'existe pas",
    "la fibromyalgie c'est pas une maladie",
    "la fibromyalgie c'est dans la tête",
    "autism is not a real thing",
    "being gay is a mental illness",
    "being gay is a choice",
    "being trans is a phase",
    "trans people are confused",
    "les personnes trans sont malades",
    "gays are sick",
]


@pytest.mark.parametrize("text", _HATE)
def test_the_same_claims_made_are_still_hate(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.SANCTION for outcome in found.values()), (text, found)


# --- 5. a game's lobby, spawn or base -------------------------------------------------------------------
_GAME_BACK = [
    "send them back to the lobby",  # the lead's
    "send em back to spawn",
    "send em back to the lobby lmao",
    "ship them back to base",
    "ship them back to spawn, they're feeding",
    "ship em back to the main menu",
    "send them back to their base lol",
    "send them back to bronze",
    "send them back to silver",
    "send em back to the shadow realm",
    "send them back to the start line",
    "send them back to the drawing board",
    "send them all back to the respawn screen",
    "send them back to their own half",
    "renvoyez-les au spawn",
    "renvoie-les au spawn",
    "on les renvoie au lobby",
]


@pytest.mark.parametrize("text", _GAME_BACK)
def test_sent_back_to_a_game_place_is_not_hate(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "send them back where they came from",  # the lead's
        "send them back to africa",
        "send them all back home",
        "ship them back to their country",
        "send them back, migrants are ruining this country",
    ],
)
def test_sent_back_out_of_a_country_is_still_hate(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.SANCTION for outcome in found.values()), (text, found)


# --- 6. hate worded with a crisis phrase ----------------------------------------------------------------
_GROUP_BETTER_OFF_DEAD = [
    "disabled people would be better off dead",  # the lead's
    "autistic kids would be better off dead",
    "old people would be better off dead honestly",
    "trans people are better off dead",
    "people with down syndrome would be better off dead",
    "les handicapés seraient mieux morts",
]


@pytest.mark.parametrize("text", _GROUP_BETTER_OFF_DEAD)
def test_hate_worded_with_a_crisis_phrase_is_acted_on_as_hate(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.SANCTION for outcome in found.values()), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "i'd be better off dead",  # the lead's
        "everyone would be better off if i was dead",  # the lead's
        "my family would be better off if i were dead",
        "disabled people are fakers and honestly i'd be better off dead",
        "i want to die. immigrants are vermin",
        "immigrants are vermin and i want to kill myself",
    ],
)
def test_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    found = _outcomes(text)
    assert all(outcome is Outcome.CRISIS for outcome in found.values()), (text, found)
