"""Tune leftovers on the support side and fresh authors' voices (helper support12): fresh sentences written
for these tests, never corpus texts, and look-alikes that must stay quiet.

* illness talk is never toxicity: an illness the list does not name, known by its medical suffix or a few
  names (« ma sclérodermie est une vraie salope »), cursed as the list's illnesses are, is set apart like
  self-talk; a neighbour called the same stays an insult;
* help asked shyly or indirectly: a shy frame before the need ("i don't want to bother anyone but i'm not
  ok", « je sais pas si c'est le bon salon mais j'ai besoin d'en parler »), typed by tired or shaking hands
  ("need sombody to tlak"), in fragments ("me. talk. someone? pls"), a chat booked with a listener, an offer
  to listen recalled and taken up ("you said i could reach out. i'm reaching out."), nobody to tell (« je
  sais pas à qui me confier ») or a place to talk asked for, a worried member asking how to reach someone
  who posted a farewell;
* distress without a risk sign: no way seen for things to get better, a loop despised (« pathétique mais
  j'arrive pas à arrêter »), posts left unanswered and how it lands, a fresh death in the family, the body
  holding and the head not, days without a conversation or an illness that isolates, being grieved while
  alive, shame with no way back, barely holding on, done with everything, days in one's room, forgotten
  soon, nothing will ever get better (FR), able at one thing and unable to get out of bed, everything coming
  back once alone, parents splitting with the author caught in it, not wanting to be here said as a weight;
* crisis: Reunion and Antilles Creole wishes (« mi veu pu viv »), « me foutre en l'air » by its initials,
  covering up in the heat with the cat blamed;
* a drowning feeling (« j'ai l'impression de me noyer ») is no method: never a crisis.
"""

from __future__ import annotations

import pytest

from bot.classify.judge.abuse import assess_abuse
from bot.classify.judge.chat import read
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help, quiet

# --- illness talk is never toxicity -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ma polyarthrite est une vraie salope cette semaine, les mains en feu",
        "my neuropathy is a bitch today, feet on fire",
        "mon arthrose c'est une vraie saloperie quand il pleut",
        "my gastritis can go to hell",
        "fuck you endometriosis, third day in bed",
        "honestly my scleroderma is a nightmare this month, fingers purple again",
        "la tendinite peut aller se faire foutre",
    ],
)
def test_an_illness_known_by_its_suffix_is_cursed_as_illness_talk(text: str) -> None:
    reading = assess_abuse(read(text))
    assert reading.self_talk and not reading.hits, text


@pytest.mark.parametrize(
    "text",
    [
        "ma voisine est une vraie salope",
        "ta petite copine est une vraie salope",
        "<@123456789012345678> ton arthrose c'est une saloperie comme toi, connasse",
    ],
)
def test_a_person_called_the_same_is_not_illness_talk(text: str) -> None:
    assert not assess_abuse(read(text)).self_talk, text


# --- help asked shyly, in typos, in fragments -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a shy frame before the need
        "i don't want to bother anyone but i'm really not ok tonight",
        "i dont want to burden you all but i feel like i'm sinking",
        "je veux pas déranger mais ça va vraiment pas",
        "je voulais pas vous embêter mais je me sens super mal ce soir",
        "not sure if this is the right channel but i need to get something out",
        "je sais pas si c'est le bon salon mais j'ai besoin d'en parler",
        # typed by tired or shaking hands
        "sorry hands shaky need sombody to tlak",
        "need sum1 2 tlak pls",
        "i ned someone to tlk to rn its bad",
        "besoin de qqn pr parler",
        # in fragments
        "talk. someone. please. head bad",
        "me talk someone. words hard. pls",
        # a chat booked with a listener
        "could i book a chat with someone this week",
        "could i maybe grab a quick chat with you sometime",
        "je pourrais avoir un moment pour parler avec toi ?",
        # an offer recalled and taken up
        "you told me i could always text you. here i am",
        "hey u said i can dm whenever... still ok?",
        "tu m'avais dit que je pouvais t'écrire si ça allait pas. je peux ?",
        # a worried member asking how to reach someone
        "je sais pas à qui me confier",
        "is there a safe space where i can talk about mental health stuff",
        "ma pote a écrit un message d'adieu, quelqu'un a un moyen de la contacter ? j'ai peur",
        "my brother posted a goodbye thing, anyone got a way to reach him?? i'm freaking out",
    ],
)
def test_help_asked_shyly_or_in_broken_words(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to bother anyone but does anyone know when the server restarts",
        "je veux pas déranger mais quelqu'un a le lien du stream ?",
        "not sure if this is the right channel but i need to get something out of the guild bank",
        "i don't want to bother you but i need the invite link lol",
        "you said i could borrow your sword, can i?",
        "you said i could have the loot from the raid. can i?",
        "could i book a slot for the tournament",
        "can i get a chat ban lifted",
        "could i book a session for the guild raid",
        "talk someone into joining the raid pls",
        "anyone got a way to reach the dev? i'm worried the patch breaks my save lol",
        "anyone up for a raid?",
        "need help with this boss",
        "is this a place where i can talk about the lore?",
        "je sais pas à qui le dire pour le bug du serveur",
    ],
)
def test_the_same_shapes_about_games_and_errands_are_no_help_request(text: str) -> None:
    assert not assess(text).help_request, text


# --- distress without a risk sign ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mon frère est mort ce matin",
        "my nan passed away last night and i can't stop shaking",
        "the pain is manageable but my mind is a mess",
        "le corps tient mais la tête suit plus",
        "haven't spoken to anyone in two weeks",
        "ça fait deux semaines que j'ai parlé à personne",
        "being ill is so isolating, nobody calls anymore",
        "la maladie m'isole tellement",
        "my wife is already mourning me and i'm still here",
        "mes parents me pleurent déjà alors que je suis là",
        "i just want to hide under the covers and never come out",
        "same here honestly i'm barely holding on",
        "je tiens à peine franchement",
        "i'm so done with everything",
        "ça fait une semaine que je sors plus de ma chambre",
        "everyone would forget me in a week anyway",
        "rien ne va jamais s'arranger",
        "funny how i can work a 12 hour shift but can't answer a text",
        "dès que je déco tout revient",
        "the moment i'm alone the thoughts come rushing back",
        "my parents are splitting up and i can't focus on anything",
        "mes parents se séparent et je sais pas chez qui aller",
        "feeling so low tonight, like not wanting to be here low",
        "j'ai l'impression de me noyer et personne le voit",
        "je vois pas comment ça va s'arranger",
        "i can't see how things will ever get better",
        "i know it's pathetic but i can't stop checking her profile",
        "c'est pathétique mais j'arrive pas à arrêter",
        "every time i post nobody answers and it stings",
    ],
)
def test_distress_is_offered_help_and_is_no_crisis(text: str) -> None:
    reading = assess(text)
    assert offered_help(reading), text
    assert reading.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "my grandpa died in 2009, cancer. that's why i do the walk",
        "ma grand-mère est décédée d'une embolie hier, elle avait 94 ans",
        "my character died yesterday in the raid lol",
        "the pain is bearable but my head is stuck on this puzzle lol",
        "haven't had a proper conversation about the lore in weeks",
        "i'm so done with everything on my list today",
        "barely holding on to gold rank lol",
        "my phone is barely holding on, battery at 2%",
        "funny how i can carry the team but can't hit a single shot in ranked",
        "as soon as i log off the lag comes back",
        "my parents are divorcing, it was a long time coming, we're all fine honestly",
        "i want to crawl under a rock and stay there lol that play was awful",
        "this headset is so isolating, can't hear my cat",
        "mi veu manzé",
        "mi veu viv",
        "je vois pas comment ça va s'arranger pour le raid de ce soir",
        "pathetic but i can't stop playing this game lol",
        "i know it's pathetic but i can't stop eating these crisps",
        "je poste le lien et personne répond, ça me saoule",
        "i post my clips and nobody answers lol, sad",
        "ce jeu changera jamais, les devs s'en foutent",
    ],
)
def test_the_same_words_in_ordinary_talk_stay_quiet(text: str) -> None:
    assert quiet(assess(text)), text


# --- crisis ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "moin lé fatigué, mi veu pu viv",
        "mwen pa vle viv ankò",
        "jvais m f e l'air",
        "long sleeves in the heatwave because of the cat scratches, again",
        "hoodies in august bc of the cat scratches lol",
    ],
)
def test_creole_initials_and_cover_stories_are_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "j'ai l'impression de me noyer sous les devoirs",
        "c'est comme si je me noyais dans la paperasse",
        "wearing long sleeves in july because the office aircon is freezing",
        "my cat scratches everything, wearing long sleeves to play with him",
    ],
)
def test_a_drowning_feeling_and_summer_sleeves_are_no_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text
