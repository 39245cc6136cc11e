"""Round 34 families and leftovers (support side, helper support7): fresh variants written for these tests,
never corpus texts, and look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help

# --- hope running out, said by the author ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "third biologic in a row that does nothing, honestly im losing hope",
        "I'm slowly losing hope that this fatigue will ever lift",
        "i've lost all hope with these lungs tbh",
        "been losing hope since the last scan",
        "je perds espoir avec ce traitement, rien ne marche",
        "jsuis en train de perdre espoir, chaque cure échoue",
        "j'ai perdu tout espoir de remarcher un jour",
        "franchement je commence a perdre espoir avec les papiers de l'asile",
    ],
)
def test_losing_hope_is_distress(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "don't lose hope, the new trial looks promising!",
        "never lose hope mate, we go again next week",
        "losing hope in this team comp ngl",
        "ne perds pas espoir, ça va aller",
        "perdez pas espoir les gars, on remonte au classement",
        "i'm losing hope for this season lmao, 0-5",
    ],
)
def test_hope_as_encouragement_or_game_is_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


# --- Haitian and Antillean Creole: a small vocabulary ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mwen pa vle viv ankò, tout bagay twò lou",
        "m pa vle viv anko",
        "an pa lé viv ankò, an las",
        "mwen vle mouri jodi a",
        "mwen pral touye tèt mwen",
        "Ki sa ki pi rapid pou lanmò, grenn oubyen kòd?",
    ],
)
def test_creole_ideation_and_means_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "mwen fatige ak lavi a",
        "mwen pa kapab ankò, sa twòp",
        "mwen dekouraje nèt",
        "jodi a mwen pa byen ditou",
        "an pa ni pon moun pou palé",
        "mwen pa gen pèsonn pou pale",
        "an pa byen jodi a",
        "mwen santi m poukont mwen",
    ],
)
def test_creole_distress_is_offered_help(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "mwen pa byen konprann règ jwèt la",
        "mwen fatige apre match la, bòn nwit",
        "an ka jwé anko démen",
        "mwen renmen mizik sa a anpil",
        "lanmò se yon pati nan lavi, se sa pastè a di",
        "mwen vle manje diri ak pwa",
    ],
)
def test_creole_ordinary_chat_is_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


# --- help in other words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "qqn peut mrepondre svp",
        "SVP QUELQUN PEU ME REPONDRE",
        "kelkun peut me parler ce soir ?",
        "quelqu'un pourrait m'écrire ? je suis pas bien",
        "est-ce que qqn connait un psy qui parle arabe à Marseille ?",
        "quelqu'un connaîtrait une assistante sociale pour les demandeurs d'asile ?",
        "does anyone know a therapist who does sliding scale in Perth?",
        "anyone know of a support group for parents of kids with CF?",
        "vous connaissez une association pour les jeunes LGBT à Nouméa ?",
        "c'est qui les écoutants ici ?",
        "qui sont les bénévoles d'écoute sur ce serveur",
        "who are the peer supporters on here?",
        "where are the listeners, is anyone on tonight",
        "can we talk? privately i mean",
        "could i talk to you properly, not in the chat",
        "on peut parler en privé ? c'est pas facile",
        "tu peux me parler en mp ? pas ici",
        "who can i call tonight, my meds ran out and the pharmacy is closed",
        "where do i turn to, the gp is shut till monday and i'm scared",
        "qui je peux appeler ce soir, mon médecin est fermé et j'ai peur",
        "that crisis line in the pins, can i text them instead?",
        "le 3114 on peut leur écrire ? j'arrive pas à parler au téléphone",
        "someone's pretending to be me and messaging my friends",
        "un mec a fait un faux compte avec ma photo et il insulte les gens",
        "quelqu'un poste des horreurs sous mon nom sur le serveur",
    ],
)
def test_asking_for_someone_is_a_help_request(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "can we talk strat in dm before the match",
        "could we talk about the trade privately",
        "can we talk tactics properly before the match",
        "can we talk about the raid properly, not in chat",
        "c'est qui les référents du tournoi ?",
        "who are the helpers for the event next week",
        "quelqu'un connait un bon build pour le healer ?",
        "does anyone know a good deck for the new season",
        "qui je peux appeler pour la livraison ce soir, le colis est bloqué",
        "who can i call about my refund tonight, the shop is closed",
        "the helpline number is pinned, they also do text if you prefer",
    ],
)
def test_practical_look_alikes_are_not_help(text: str) -> None:
    assert not assess(text).help_request, text


# --- reported abuse told as received -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "elle m'a envoyé \"tout le monde saura pour ta dépression\" après qu'on s'est engueulées",
        'he messaged me "enjoy your last week here" after we had a row about the raid',
        "c'est elle qui a commencé, elle m'a traité de \"légume\", je me défendais",
        'he wrote "freak" under my photo. i was just replying to his post',
        'quelqu\'un a commenté "sale malade" sous ma vidéo, je suis écoeurée, un modo peut supprimer ?',
        'someone replied "lol cripple" to my wheelchair pic. gutted. can a mod remove it',
    ],
)
def test_reported_abuse_told_as_received_is_help(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        'he said "gg ez" after we argued about loot lol',
        "elle m'a dit \"t'es nulle\" après qu'on s'est disputées pour la dernière part de pizza mdr",
        'my brother said "you\'re the worst driver" after we argued about directions haha',
    ],
)
def test_quarrel_laughed_off_is_not_help(text: str) -> None:
    assert not assess(text).help_request, text


# --- worth words aimed at someone else are not the author's distress ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "les meufs en ranked ça sert à rien, elles font que parler",
        "les healers de cette guilde ça sert à rien franchement",
        "les vieux sur les réseaux ça sert strictement à rien",
        "tu sers à rien en jungle, arrête de pick",
        "toi tu sers vraiment à rien dans cette équipe",
        "ce mec sert à rien, il afk depuis 10 min",
        "no one cares, clown",
        "nobody cares what you think about the patch",
        "nobody asked for your opinion, sweetie",
        "nobody wants to read your essays, bro",
        "you're hopeless at this game, uninstall",
        "ur so pointless in teamfights",
        "t'es nul à chier avec ton build",
        "t'es vraiment vide dans ta tête toi",
        "ton cerveau est vide, comme ta barre de mana",
        "t'as toujours été une balance, ça changera jamais",
        "les assistés ça coûte une fortune à la société",
        "they're all thieves, everyone knows it, no point denying",
        "elle a tiré à bout portant et elle a raté",
        "maybe nobody understands you because you never listen",
        "nobody would even miss your takes if you left",
        "honestly nobody wants to see that in the general channel",
        "il sait pour ton diagnostic ? ça va pas tarder",
        "ça va pas durer leur alliance, ils se trahissent tous",
        "les bateaux qui coulent dans ce jeu c'est toujours les mêmes qui se noient",
    ],
)
def test_worth_words_aimed_at_others_are_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "je sers à rien, à quoi bon continuer",
        "ça sert à rien, j'en peux plus de cette maladie",
        "what's the point anymore, nothing ever changes",
        "nobody cares about me, you know that?",
        "i'm useless and nobody cares",
        "je suis à bout, vraiment à bout",
        "ça va pas, je coule complètement",
        "nobody understands me and i'm tired",
    ],
)
def test_the_authors_own_worth_words_still_count(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


# --- old rules kept quiet on errands and card games ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bought paracetamol at the chemist, told the cashier it was for my mum",
        "picked up some sleeping pills for gran, told the pharmacist it was for her",
        "j'ai acheté du doliprane et j'ai dit que c'était pour ma fille",
        "got the insulin from the pharmacy, said it was for him since he can't drive",
        "je vois pas l'intérêt de ce deck",
        "je vois plus l'intérêt de jouer ce perso depuis le patch",
        "i don't see the point in this build tbh",
        "je vois pas l'intérêt d'une carte pareille",
    ],
)
def test_errands_and_game_talk_are_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "bought a rope yesterday, told the guy at the store it was for camping",
        "j'ai acheté une corde, j'ai dit au vendeur que c'était pour le jardin",
        "ordered the pills online and told my flatmate it was for a project",
    ],
)
def test_cover_story_still_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "je vois plus l'intérêt de rien",
        "je ne vois plus l'intérêt de me lever le matin",
        "don't really see the point in anything lately",
    ],
)
def test_no_point_still_distress(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


# --- distress in other words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "l'angoisse du bac me ronge, je dors plus",
        "la solitude me bouffe depuis le déménagement",
        "the anxiety is eating me alive this week",
        "i dread every single shift now",
        "je redoute chaque matin, j'ai la boule au ventre",
        "j'ai encore déçu mes parents, comme d'hab",
        "i've let everyone down again",
        "empty flat, cold tea, another weekend alone. feels heavy",
    ],
)
def test_distress_in_other_words(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "ce boss me bouffe tous mes pots",
        "this backpack feels heavy but i'll manage the hike",
        "i let everyone down in that clutch lol, my bad",
        "le stress du dernier round me tue mdr",
        "the new armour feels heavy on my mage",
    ],
)
def test_other_words_look_alikes_are_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        'dem seh "go back a yuh yard" inna voice, a mod can look pon it',
        "il m'a écrit \"rentre chez toi\" en MP, je l'ai signalé",
        'she posted "freak show" under my selfie, already reported the account',
    ],
)
def test_reported_abuse_with_an_ask_or_a_report_is_help(text: str) -> None:
    assert assess(text).help_request, text
