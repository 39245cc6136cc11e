"""Round 38 families and leftovers (support side, helper support8): fresh variants written for these tests,
never corpus texts, and look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help

# --- a group's birth or existence denied is hate, the author's own is ideation ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kids with spina bifida shouldn't be born, just abort them",
        "babies like that should never be born tbh",
        "autistic people shouldn't exist",
        "those people should stop existing",
        "les autistes devraient pas naître, c'est cruel pour les familles",
        "les handicapés ne devraient jamais naître",
    ],
)
def test_a_group_denied_birth_is_not_the_authors_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "I should never have been born",
        "i really shouldn't exist",
        "people like me shouldn't exist",
        "kids like me should never have been born",
        "sometimes i think someone like me shouldn't be born",
        "je devrais pas exister",
        "j'aurais jamais dû naître",
        "my parents should never have had me",
    ],
)
def test_the_authors_own_existence_denied_is_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "i shouldn't be here, wrong channel sorry",
        "statistically i shouldn't be alive after that crash, grateful every day",
        "je devrais pas être là, j'ai cours dans 5 min",
    ],
)
def test_should_not_be_here_is_quiet(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text


# --- veiled crisis: a day chosen, a rope put away, temptation, "serious question", a game end made real ---


@pytest.mark.parametrize(
    "text",
    [
        "friday is the day. already decided",
        "tomorrow is the day, chosen",
        "samedi c'est le jour. c'est décidé",
        "bought the rope, it's under my bed now",
        "j'ai acheté la corde, elle est dans le placard",
        "honestly tempted to just end it",
        "the urge to end it all is so strong tonight",
        "ça me tente de plus en plus d'en finir",
        "crever ça me tente grave ce soir",
        "is it true you can overdose on paracetamol? asking for real",
        "game over irl, no respawn this time",
    ],
)
def test_veiled_crisis_is_caught(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "saturday is the day of the final, can't wait",
        "friday is the day we launch the raid",
        "bought a climbing rope, it's in the car for sunday",
        "the tow rope is in the trunk if you need it",
        "tempted to end it here for tonight, gg all",
        "tempted to die on purpose so i respawn at the base",
        "une pizza ça me tente trop là",
        "does anyone know if you can die from a sickle cell crisis",
        "game over irl for my phone lol, dropped it in the bath",
        "gg irl, passed my driving test",
    ],
)
def test_veiled_crisis_lookalikes_stay_calm(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "this disease will kill me one day, the prognosis is ten years",
        "the pain from the sickle cell crisis is unreal today",
        "the dread in this horror game is amazing, the soundtrack slaps",
        "the boss has a wave of panic attack that one-shots the tank",
    ],
)
def test_illness_and_game_talk_is_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- distress in other words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i keep getting these waves of dread out of nowhere, in one right now",
        "des vagues d'angoisse toute la soirée, je sais plus quoi faire",
        "honestly i disgust myself after tonight",
        "je me dégoûte tellement",
        "anxiety was so bad i threw up in the car park",
        "trop stressée, j'ai vomi avant l'entretien",
        "quatre nuits blanches d'affilée, j'en peux plus",
        "i feel nothing anymore, even seeing my kids",
        "je ressens plus rien, même quand ma fille rit",
        "nobody at school talks to me, i eat alone in the toilets",
        "jsuis tellement pa bien ce soir",
        "je sature, entre le taf et l'hosto",
        "i can't even get out of bed lately",
        "j'arrive plus à me lever le matin",
        "chui au bout mdr (pas mdr)",
    ],
)
def test_distress_in_other_words_is_offered_help(text: str) -> None:
    assert offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "the ending of that film made me feel nothing, bad writing",
        "after the dentist my lip is completely numb",
        "the injection left my foot emotionally numb lol jk, just numb",
        "2 nuits blanches à farmer le raid mdr",
        "je me dégoûte un peu d'avoir raté ce boss mdr",
        "i get a sense of dread every time this boss spawns lol",
    ],
)
def test_distress_lookalikes_are_quiet(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text


# --- abuse received, told with an ask, the evidence, the fear, the repetition, the reason or the age -------


@pytest.mark.parametrize(
    "text",
    [
        "a guy from the lobby keeps messaging me, honestly scared to log in",
        "some dude has been stalking me across servers, still at it",
        "un mec me harcèle en mp depuis des jours, il arrête pas",
        "quelqu'un a posté des photos de moi sans mon accord, vous pouvez les supprimer ?",
        "this girl keeps dming me that i deserve my illness, can a mod look",
        "someone posted pics of me in general, pls take them down",
        "un joueur m'a dit que je méritais ma maladie, j'ai les captures si besoin",
        "somebody is asking my daughter for photos, who do i report this to",
        "someone is calling me a cripple because of my wheelchair",
        "they told me i'm faking my illness for attention. please make them stop",
        "he said i should die and we have screenshots, who do i send them to?",
        "a player told me i was 'too sick to play'. i know i shouldn't care but",
        "my aunt said it was 'all in my head'. at my own birthday.",
        "some guy keeps asking me for nudes, im 14",
    ],
)
def test_abuse_received_is_a_help_request(text: str) -> None:
    assert offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "my teammate called me a genius lol",
        "he told me the raid starts at 9, please be on time",
        "called me to say the tournament moved, again",
        "my mum called me again today, love her",
        "he keeps asking me for pics of my setup",
        "can someone send pics of the build again",
        "il m'a traité de noob parce que mon build est nul mdr",
        "i have the clip of that play, it was insane",
        "who do i send the entry fee to?",
        "take it down a notch guys",
        "she said i was the best healer, i know i shouldn't care but it made my day",
        "my surgeon said there's a chance i die on the table, i'm terrified",
    ],
)
def test_abuse_received_lookalikes_are_quiet(text: str) -> None:
    assert not assess(text).help_request, text


# --- violence at home told, and not waking up imagined and welcomed ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend slapped me again when i said no",
        "my stepmom hits me if i don't finish my plate",
        "mon conjoint m'a poussée dans l'escalier",
        "il m'a giflée encore hier soir, je sais pas quoi faire",
    ],
)
def test_violence_at_home_is_a_help_request(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "my little brother hit me with a foam sword lol",
        "my dad hit me up to ask about sunday",
        "my sister pushed me to sign up, best decision ever",
        "my husband hits the gym at 6 every morning",
        "my little brother beat me at chess again",
        "il m'a frappé avec une boule de neige mdr",
    ],
)
def test_violence_lookalikes_are_quiet(text: str) -> None:
    assert not assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "lol what if i just didn't wake up tomorrow, sounds nice",
        "imagine si je me réveillais plus, ce serait un soulagement",
    ],
)
def test_not_waking_up_welcomed_is_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "what if i don't wake up for the 6am raid, that would be bad",
        "imagine if i didn't wake up on exam day lmao",
    ],
)
def test_not_waking_up_feared_is_not_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- asking for someone in other words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "could one of the helpers phone me this evening? i'm not good with computers",
        "would someone write to me, even a few lines",
        "oui je veux bien qu'on parle, quand tu peux",
        "ça te dit à quelqu'un de discuter un peu ? journée pourrie",
        "où trouver un hébergement d'urgence ce soir ? je peux pas rester chez lui",
    ],
)
def test_asking_for_someone_in_other_words(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "je veux bien qu'on discute de la compo avant le match",
        "ça dit à qqn de jouer en ranked ce soir ?",
        "can you write to me the build order",
    ],
)
def test_practical_asks_are_not_help(text: str) -> None:
    assert not assess(text).help_request, text
