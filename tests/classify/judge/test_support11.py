"""Round 50, round 46 and older leftovers (support side, helper support11): fresh sentences written for these
tests, never corpus texts, and look-alikes that must stay quiet.

* self-harm told as an urge given in to ("got the urge again and gave in", « l'envie est revenue et j'ai
  craqué »), a crisis with wound care after; the urge with an object named ("the urge to snack") stays quiet;
* the night or the day named with tomorrow dismissed ("tonight is the night. don't tag me tomorrow");
* a means bought, the day not yet chosen ("bought a rope today. not sure when yet");
* not waking up welcomed (« si demain je me réveille pas, tant mieux »);
* a help request in other words: somebody awake at night, a bare call for help, asking to talk one to one or
  with an apology for disturbing, asking to vent, abuse received told as a story with how the author took it;
* distress: hope doubted, told to wait and what for, an illness that never eases, one's own body hated,
  worn out and hurting everywhere;
* the lowering contexts (someone else, past and recovered) still lower these signs.
"""

from __future__ import annotations

import pytest

from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help

# --- crisis: warning signs with few death words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # self-harm: the urge given in to, wound care after
        "got the urge again and gave in. plasters all over my arm",
        "the urge came back last night and i caved, bandages everywhere",
        "urges were bad today and i gave in. sleeves down at work tomorrow",
        "l'envie est revenue et j'ai craqué, pansements partout",
        "la pulsion encore, et j'ai cédé. du sang sur le drap",
        # time: the night named, tomorrow dismissed
        "tonight is the night. don't tag me tomorrow",
        "today's the day. don't wait for me tomorrow",
        "this is the night, do not message me again",
        "c'est ce soir. ne m'attendez pas demain",
        "c'est cette nuit, ne me cherchez plus jamais",
        # plan and means: bought, the day not chosen
        "bought a rope today. not sure when yet",
        "picked up two boxes of paracetamol, don't know when yet",
        "j'ai acheté une corde ce matin au magasin, je sais pas encore quand",
        "j'ai récupéré des cachets chez ma mère, pas encore choisi le jour",
        # passive ideation: not waking up welcomed
        "franchement si demain je me réveille pas, tant mieux",
        "si je me réveillais pas demain ça m'arrangerait",
        "honestly if i don't wake up tomorrow, so be it",
        "if i never wake up one morning that'd be a relief",
    ],
)
def test_warning_signs_with_few_death_words_are_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        # the urge with its object named, and giving in to food, a text, a purchase
        "got the urge to snack at midnight and gave in lol",
        "had the urge to text my ex and caved, ugh",
        "the urge to buy the new skin was too strong and i gave in",
        "l'envie de chocolat est revenue et j'ai craqué",
        "envie de fumer ce soir, et j'ai craqué, une seule clope",
        # a night out, an exam, a concert: tomorrow dismissed for an outing
        "tonight's the night! don't tag me tomorrow, i'll be hungover lol",
        "today's the day, finals. don't text me till tomorrow evening",
        "c'est ce soir le concert, ne m'attendez pas demain matin",
        "tonight is the night, raid launch. don't expect me tomorrow before noon",
        # a means named in errands and hobbies
        "bought painkillers for my migraine, not sure when they'll kick in",
        "bought a rope for the climbing gym, not sure which one yet",
        "i got my meds refilled today, not sure when the new dose starts",
        "j'ai acheté une corde pour le jardin, je sais pas encore quelle longueur",
        # not waking up for an appointment, said laughing
        "if i don't wake up tomorrow for the raid, someone ping me lol",
        "si demain je me réveille pas pour le boulot, appelle moi",
        # benign death words
        "I'm dead 😂 this meme",
        "je suis mort de rire",
        "song on repeat: 'tonight is the night, don't call me tomorrow, baby'",
    ],
)
def test_the_same_words_in_ordinary_talk_are_no_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's, or past and recovered: still an offer, never a crisis of the author's
        "my brother got the urge again and gave in, band aids everywhere, i don't know how to help him",
        "i used to get the urge and give in, bandages everywhere. 3 years clean now and doing well",
        "two years ago i bought a rope and had a date picked. today i'm doing better, therapy helped",
    ],
)
def test_lowering_contexts_still_lower(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- help asked in other words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "quelqu'un est réveillé ?",
        "y a quelqu'un de debout ?",
        "anyone else awake?",
        "hey anybody still up",
        "aide svp 🙏",
        "aidez moi svp vite",
        "help me please",
        "sos quelqu'un",
        "<@123456789012345678> sorry to bother you, can we talk?",
        "<@123456789012345678> excuse moi de te déranger, on peut parler ?",
        "désolée de te déranger, t'as deux minutes pour parler ?",
        "hey you got a few minutes to talk? rough night",
        "c'est possible d'en parler toi et moi ?",
        "could we talk just you and me",
        "is it ok if i vent for a bit",
        "mind if i vent here, bad day",
        "ça dérange si je vide mon sac ?",
        "so i'm at the pharmacy and this guy sees my wheelchair and goes 'lazy cripple'. i just froze",
        "at the wedding my uncle told everyone i wouldn't live past 30. in front of everybody",
        "ma belle-soeur a dit à ma fille que sa tache « faisait peur ». elle a 5 ans. je bouillonne",
        "au boulot mon chef a imité mon bégaiement devant toute l'équipe. j'ai rien su répondre",
        "this woman saw my scars and called me a junkie in front of my kid. i just stood there",
    ],
)
def test_help_asked_in_other_words(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "anyone up for a raid?",
        "quelqu'un est réveillé pour une game ?",
        "help me with this boss pls, stuck for an hour",
        "aide svp pour la quête du chapitre 3",
        "sorry to bother you, can we talk about the guild bank tomorrow?",
        "excuse moi de te déranger, on peut parler du planning des raids ?",
        "is it ok if i post my build here?",
        "ok if i stream the run tonight?",
        "ça dérange si je lance la partie ?",
        "my mate goes 'nice shot' and i just stood there laughing lol",
        "my mum told everyone at dinner i got the job, in front of everyone haha",
        "ma tante m'a dit que j'avais grandi, devant tout le monde mdr",
        "le prof a dit à ma fille qu'elle avait bien travaillé",
        "my coach told me to keep my elbow up, then took a photo for the club",
        "he called me to say the parcel arrived",
        "quelqu'un a vu mon chargeur ?",
        "help channel is #support, pls read the pins",
        "excuse moi de te déranger, t'as 2 minutes pour parler de la compo ?",
        "sorry to bother you, do you have a minute on the event schedule",
    ],
)
def test_the_same_asks_about_games_and_errands_are_no_help_request(text: str) -> None:
    assert not assess(text).help_request, text


# --- distress -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "je sais même plus si j'ai encore de l'espoir",
        "i don't even know if i have any hope left",
        "not sure i still have any hope left with this",
        "on me dit d'attendre encore six mois. j'attends quoi ?",
        "they keep telling me to wait and wait. what am i even waiting for",
        "this illness is never going to let up is it",
        "my pain is never going to go away is it",
        "cette maladie me lâchera jamais",
        "i hate my body. it's broken at 16",
        "je déteste mon corps, il me lâche tout le temps",
        "so tired. everything hurts",
        "tellement crevée, j'ai mal partout",
    ],
)
def test_distress_is_offered_help(text: str) -> None:
    reading = assess(text)
    assert offered_help(reading), text
    assert reading.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "this rain is never going to let up is it",
        "the lag is never going to stop is it",
        "i hate my body after leg day lol",
        "i don't hate my body anymore, took years but i got there",
        "i hate my body pillow, it's so lumpy",
        "so tired after the marathon everything hurts haha",
        "too tired after the gym, everything hurts, worth it",
        "we're waiting for the patch, what am i even waiting for lol just play",
        "they told me to wait for the results, should be friday",
        "j'attends quoi pour lancer la game ?",
        "the hope left the building when he missed that penalty",
        "je sais plus si j'ai encore des espoirs de rang cette saison lol",
    ],
)
def test_the_same_words_in_ordinary_talk_are_no_distress(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text
