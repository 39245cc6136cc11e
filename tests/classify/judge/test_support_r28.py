"""Round 28 families (issue #11, support side): fresh variants written for these tests, never corpus texts,
and look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.classify.judge.abuse import curses_illness
from bot.classify.judge.chat import read
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess


@pytest.mark.parametrize(
    "text",
    [
        # a decision told as made, then going
        "my mind is made up. once the kids are back at school i'm going. no more hospital",
        "c'est décidé, après l'anniversaire de ma mère je pars. plus de rendez-vous, plus rien",
        # following the dying one
        "when my wife goes I'll go with her. I've nursed her for three years",
        "quand il partira je partirai avec lui, ça fait deux ans que je le soigne",
        # the only way out is death
        "no treatment left that works. the only exit is not existing anymore",
        "la seule issue c'est que je sois plus là, j'ai tout essayé",
        # why stay alive
        "tout ça pour finir seule dans une chambre d'hôpital. rester en vie pour quoi faire",
        # never born, in French
        "franchement ça aurait été mieux si j'étais jamais née, j'ai gâché leur vie",
        # a favour done by dying
        "je rendrais service à tout le monde en disparaissant, les soins coûtent une fortune",
        "honestly I'd be doing my family a favour if I disappeared, the care bills alone",
        # cutting it short
        "trois ans de douleurs, je pense sérieusement à abréger ma vie",
        # lights out, hoped for at night
        "every night I go to sleep hoping this is it, lights out for good",
        # fine with it ending
        "if the boat sank and I went down with it I wouldn't mind at all",
        "i'm at peace with my life just ending soon, nothing to look forward to",
        # means gathered from the whole house, a ligature tested, a place scouted, a dose asked, a cover story
        "emptied all the tablets in the flat into one box. it's under my bed",
        "the dressing gown cord is strong enough, I checked this afternoon",
        "j'ai trouvé un coin au bord du canal, personne y passe le soir. ce sera rapide",
        "how many of my heart pills would it take to stop the heart, not a joke",
        "combien de cachets de doliprane pour que tout s'arrête ? je demande pour moi",
        "bought a rope and told the cashier it was for the boat, she smiled",
        # banging one's head until blood
        "i banged my head against the bathroom wall until it bled last night",
        # two signs of intent
        "cette fois c'est pour de vrai. personne pourra m'en empêcher",
        # the dead one joined, with a time or a place
        "ça fait un an qu'elle est morte. ce soir je la rejoins au pont",
        # a time when nobody is around, with another sign
        "tonight is the night, when nobody is around",
        # letters and "it's over for me"
        "j'ai écrit des lettres pour mes enfants. c'est fini pour moi",
        # the last chapter written by oneself; taken in the dying one's place
        "I keep thinking I'll close the final chapter myself, on my own terms",
        "j'ai envie de tourner la dernière page de ma vie moi-même",
        "she's the one with cancer and she's fighting. they should take me instead, I'm the useless one",
        # a death named is not someone else's situation
        "since my son died I think about killing myself every single day",
        "depuis la mort de mon mari je pense à en finir tous les soirs",
    ],
)
def test_round28_families_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "c'est décidé, je pars en vacances en Bretagne cet été",
        "when my mum goes to bed I'll go online for the raid",
        "the only way out of the dungeon is through the boss room",
        "this is my last season in the under-16 league, next year it's seniors",
        "nobody can stop me from finishing this puzzle tonight",
        "the tent rope is strong enough, we tested it on the beach",
        "j'ai trouvé un coin sympa au bord du canal pour pique-niquer, personne y passe",
        "how many of these pills should I take for the flare, the label is confusing",
        "my phone battery is flat, I'll reply tomorrow",
        "la batterie de ma manette est à plat, je reviens",
        "I hit my head on the kitchen cupboard door this morning, ouch",
        "j'ai écrit une lettre à ma banque pour contester les frais",
        "je me suis blessé au genou au foot, fini la saison",
        "mon fils est décédé il y a vingt ans, je pense fort à lui aujourd'hui",
        "my clinic wants to cut the dose because of my liver enzymes",
        "we finished the last chapter of the book club novel, what an ending",
        "i wrote a letter to my parents' landlord about the boiler",
        "my grandmother died last year, she used to say the war nearly killed her",
    ],
)
def test_round28_look_alikes_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "my brother hasn't spoken to me since I came out. two years now",
        "mes parents m'ont renié quand je leur ai présenté mon copain",
        "depuis mon coming out mes parents font comme si j'étais plus leur fils",
        "so lonely tonight, the halls are empty for the holidays",
        "marre d'être forte pour tout le monde, moi aussi j'ai le droit de craquer",
        "i feel so left behind, everyone's graduating and i'm in hospital again",
        "i pretend i'm fine on the phone with my parents every sunday",
        "I cry myself to sleep most nights since the diagnosis",
        "everyone has moved on and I'm still setting her place at the table",
        "we lost our little boy in march and the house is so quiet",
        "battery's completely flat. no reason, just nothing left",
        "our daughter passed away in the spring and I can't open her door",
        "pas un voisin à 10 km, j'ai l'impression d'être le dernier humain sur terre",
        "it's hard some days, two years clean but still hard",
    ],
)
def test_round28_distress_gets_an_offer(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS or reading.help_request, text
    assert reading.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to vent here? my sickle cell crisis wrecked the whole week",
        "on a le droit de vider son sac ici ? j'ai personne à qui le dire",
        "ça vous dérange si je vous écris en mp ? c'est un peu lourd",
        "can we talk, it's exactly what i'm going through with my mum",
        "hey, got a minute? not for the raid, kinda personal",
        "don't really want to be on my own tonight",
        "j'ai pas envie de rester seule ce soir avec ma tête",
        "besoin d'un pote là maintenant",
        "i think i need help but i don't know how to ask for it",
        "est-ce qu'un bénévole du serveur pourrait m'appeler ? je viens d'avoir les résultats",
        "qui on contacte ici quand on va vraiment pas bien ?",
        "who do I call when it gets really bad at night?",
        "I just need somebody to tell me everything will be ok",
        "how do I message a mod privately? it's kinda personal",
        "do you guys have a vent channel or somewhere like that?",
        "modo s'il vous plaît",
    ],
)
def test_round28_help_asks(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "can we talk about the patch notes? same issue as last week",
        "is it ok to post screenshots here?",
        "who do I call when the raid boss spawns?",
        "got a minute? need a healer for the dungeon",
        "can I dm you about the trade, it's kinda personal stuff I'm selling",
        "besoin d'un pote pour le raid de ce soir",
        "I don't want to be alone in the queue, anyone want to duo?",
    ],
)
def test_round28_practical_asks_are_not_help_requests(text: str) -> None:
    assert not assess(text).help_request, text


# --- an illness cursed, not a member: illness talk, never a sanction -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "endo you utter bitch, third day in bed",
        "sickle cell can go to hell, another crisis on my birthday",
        "la drépano c'est une vraie saloperie, encore les urgences hier soir",
        "fuck you migraine, I had plans tonight",
        "ma fibro peut aller se faire foutre franchement",
        "cystic fibrosis is a piece of shit, third IV course this year",
    ],
)
def test_an_illness_cursed_is_set_apart(text: str) -> None:
    assert curses_illness(read(text)), text
    abuse = Judge(recent=False).judge(text).abuse
    assert not abuse.hits, text
    assert abuse.self_talk, text


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("you absolute bastard, stop posting about my lupus", False),
        ("lupus you absolute bastard", True),  # a reply: the member replied to is the addressee
        ("<@123456789012345678> fibro can go to hell and so can you", False),
        ("your fibro is fake, you absolute bastard", False),
        ("t'es qu'une sombre merde avec ta fibro", False),
    ],
)
def test_an_insult_with_an_illness_word_is_still_an_insult(text: str, reply: bool) -> None:
    chat = read(text, reply=reply)
    assert not curses_illness(chat), text
    assert Judge(recent=False).judge(text, reply=reply).abuse.hits, text


# Two old false crisis alarms support5 found: a decision about an evening out (one weak sign counted
# twice) and « c'est fini pour moi ce soir » at the end of a gaming session. The same words with a farewell
# stay crisis.
@pytest.mark.parametrize(
    "text",
    [
        "I've made up my mind, I'm going to the concert",
        "made up my mind about the new build, going full tank",
        "c'est fini pour moi ce soir, bonne nuit",
        "c'est fini pour moi pour aujourd'hui, à demain la team",
    ],
)
def test_an_evening_decided_is_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "c'est fini pour moi. je vous aime",
        "c'est fini pour moi, j'ai tout préparé, merci pour tout",
        "mind's made up, I'm going. thank you all for everything",
        "made up my mind. after the exams I'll go, don't tell my mum",
        "i made up my mind, this is the last month i do this",
    ],
)
def test_the_same_words_with_a_farewell_stay_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


# "Stop existing" said of the reader is an attack on them (the abuse reading's), not the author's wish.
@pytest.mark.parametrize(
    "text",
    ["the world would be better if you stopped existing", "if u stopped existing nobody would notice"],
)
def test_stop_existing_said_of_someone_else_is_not_the_authors_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


def test_stop_existing_said_of_oneself_stays_a_crisis() -> None:
    assert assess("some nights i just want to stop existing").level is SupportLevel.CRISIS
