"""Helper insult11 (issue #11): round 51's directed insults with no insult noun, and round 58's
friendly messages and second-person self-talk. Insults by construction, each with the reader in it:
a worth set against a thing (« t'es aussi utile qu'une … »), things or kin that do better than the
reader, a skill from a cereal box, the reader's right to speak questioned, a weak word asked in the
negative, an empty head envied in mock, "the reason everyone left", "nothing but a …", "or are you
just like this", "if brains were …", "we all know what you are", mock titles and congratulations,
« petite conne va ». Quiet: an insult noun with an article and a domain is praise (« t'es une bête en
jdr », « un psychopathe de la précision »), « lâche rien » is the verb, "ur dog in that pic" is a
pet, a weak word of care (« t'es bête ou quoi, pourquoi tu t'excuses ») or irony refuted by success,
an illness that is hard (« l'autisme c'est pas simple »), and the author saying the "you" is
themself (« je parle de moi », "me I mean"). Round 51 and 58 sentences first in each list, then
fresh ones written for these tests.
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("t'es aussi utile qu'une crème solaire à Brest en novembre", True),
        ("you're about as useful as a chocolate teapot", False),
        ("t'es aussi maligne qu'une huître", True),
        ("j'ai vu des cailloux plus vifs que toi", True),
        ("i've met rocks sharper than you", True),
        ("y a pas plus relou que toi sur ce discord", True),
        ("there's no one more annoying than you in this guild", True),
        ("sérieux t'as appris les échecs au dos d'un paquet de céréales ?", True),
        ("did you find your rank in a kinder surprise?", True),
        ("t'as eu ton diplôme dans une pochette surprise ou quoi", True),
        ("qui t'a donné le droit d'ouvrir la bouche ?", True),
        ("who allowed you to talk in here", True),
        ("is there a reason you talk or is it just a hobby", True),
        ("tu serais pas un peu débile toi ?", True),
        ("serais-tu un peu idiot ?", True),
        ("aren't you a bit thick", True),
        ("ça doit être reposant d'avoir rien dans la tête comme toi", True),
        ("must be relaxing having nothing in your head", True),
        ("must be nice having the brain of a goldfish", True),
        ("c'est fou comme t'arrives à être nul dans absolument tout ce que tu touches", True),
        ("you somehow manage to be bad at everything", True),
        ("you talk a LOT for someone whose build does zero damage past act 5", True),
        ("tu parles beaucoup pour quelqu'un qui est hardstuck argent", True),
        ("honestly ur the reason every healer left this FC", True),
        ("you're the reason your family drinks", True),
        ("t'es la raison pour laquelle tout le monde quitte le serveur", True),
        ("ur nothing but a leech, got carried every single match", True),
        ("t'es rien d'autre qu'un parasite", True),
        ("did your cat make that move for you or are you just like this", True),
        ("t'as joué avec les pieds ou t'es juste comme ça", True),
        ("if brains were dynamite you couldn't blow your nose", True),
        ("si la connerie était un sport tu serais champion du monde", True),
        ("🐍🐍🐍 <@774102938475610293> tout le monde sait ce que t'es", False),
        ("we all know what you are", True),
        ("ladies and gentlemen, <@662019384756019283>, grandmaster of losing 👏👏👏", False),
        ("voici le champion du monde de la défaite", True),
        ("ohlala t'es tellement doué, tu devrais passer pro... en feed 😘", True),
        ("you should go pro at losing", True),
        ("congrats on being the most forgettable person in this server", True),
        ("bravo pour être la plus inutile du groupe", True),
        (
            "<@418820394857261093> my nan plays rocket league with oven gloves on and she still rotates "
            "better than you",
            False,
        ),
        ("on dirait que tu joues avec les pieds, et encore mes pieds visent mieux que toi", True),
        ("my toaster could heal better than you", True),
        ("tu te rends compte que t'es le seul à rien comprendre ici ou bien ?", True),
        ("you're the only one who doesn't get it", True),
        ("t'es pénible avec tes posts larmoyants tous les matins", True),
        ("you're so annoying with your daily sob stories", True),
        ("*envoie le gif du mec qui applaudit lentement* bravo le génie pour ce throw", True),
        ("nice one genius, that throw was all you", True),
        ("petite conne va", True),
        ("pauvre con va", True),
        ("hopla t'es vraiment un dummkopf toi", True),
        ("bwoy yuh a real eediot fi true, stop tief mi last hits", True),
        ("t'es une bête", False),
        ("t'es un lâche", False),
        ("t'es qu'un lâche", False),
        ("t'es une tarée de la tête", False),
        ("t'es un déchet de la société", False),
        ("t'es une bête de foire", False),
        ("t'es bête en vrai", False),
        ("ur a dog", False),
        ("you idiot, you left the stove on again", False),
        ("t'es bête ou quoi", False),
        ("bien sûr que t'es nul, c'est pour ça que personne veut jouer avec toi", False),
    ],
)
def test_directed_insult_hits(text: str, reply: bool) -> None:
    assert AbuseKind.INSULT in {h.kind for h in judge(text, reply=reply).hits}


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("ou fò !! t'es une guerrière, lâche rien 🌺", True),
        ("t'es trop forte, lâche pas l'affaire", True),
        ("keep going, ne lâche jamais", True),
        ("t'es bête ou quoi pourquoi tu t'excuses, t'as le droit d'aller mal ici ❤️", True),
        ("are you daft, stop apologising, you're allowed to have a bad day", True),
        ("t'es con ou quoi, arrête de t'excuser", True),
        (
            "tu gères trop avec ton fils, l'autisme c'est pas simple et tu fais tout bien, arrête de douter",
            True,
        ),
        ("autism is not easy, you're doing great with her", True),
        ("ahah bien sûr que t'es nul, c'est pour ça que t'as fini 1er 🙄❤️", True),
        ("yeah right you're trash, that's why you topped the leaderboard", True),
        ("t'es une tarée de la déco sur AC, ton île c'est une œuvre d'art", True),
        ("wsh t'es un psychopathe de la précision, 80% de headshots 😳", True),
        ("t'es une bête en jdr, ton perso nain était trop bien écrit", True),
        ("t'es un malade du montage, ta vidéo est folle", True),
        ("t'es une vraie bête de scène", True),
        ("t'es un taré du rangement toi", True),
        ("you're a freak at aim, teach me", True),
        ("ur dog in that pic 😭😭 I can't he's perfect", True),
        ("your cat on the sofa is so fluffy", True),
        ("ton chien sur la photo il est trop mignon", True),
    ],
)
def test_friendly_words_stay_quiet(text: str, reply: bool) -> None:
    assert judge(text, reply=reply).hits == ()


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("you idiot, you left the stove on again, me I mean", False),
        (
            "t'es vraiment conne ma pauvre fille, t'as encore laissé le gaz allumé (je parle de moi hein)",
            False,
        ),
        ("t'es con toi, t'as encore oublié tes cachets. je me parle à moi-même", False),
        ("you absolute muppet, you forgot your meds again. talking to myself here", False),
        ("chui une quiche. t'es une quiche, Léa.", False),
        ("i'm such an idiot. you're an idiot, sam.", False),
        ("you dummy (me), you booked the scan on a sunday", False),
        ("ok past me, you're an idiot, who saves over their only file", False),
        ("t'es nulle toi, et par toi je veux dire moi", False),
    ],
)
def test_second_person_self_talk_is_self_talk(text: str, reply: bool) -> None:
    reading = judge(text, reply=reply)
    assert reading.hits == ()
    assert reading.self_talk


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("t'es aussi utile que lui", False),
        ("this tool is as useful as a swiss army knife", False),
        ("j'ai vu des cailloux plus beaux que ça au bord de la mer", False),
        ("i've met people smarter than me", False),
        ("y a pas plus gentil que toi", False),
        ("j'ai acheté un paquet de céréales", False),
        ("my kid found a toy in his happy meal", False),
        ("qui t'a donné le droit de vote ? la mairie", False),
        ("who gave you the right answer", False),
        ("je serais pas un peu débile moi ?", False),
        ("tu serais pas un peu fatiguée toi ?", False),
        ("ça doit être reposant d'avoir une maison à la campagne", False),
        ("must be nice having a day off", False),
        ("j'arrive à être nul dans tout aujourd'hui", False),
        ("you manage to be kind to everyone", False),
        ("you talk like someone who has read a lot", False),
        ("you're the reason i stayed on this server", False),
        ("you're the reason everyone smiles here", False),
        ("you've been nothing but kind to me", False),
        ("t'es rien d'autre qu'une amie précieuse", False),
        ("did you draw that or are you just that talented", False),
        ("if brains were dynamite, what would happen? asking for physics class", False),
        ("tout le monde sait ce que t'as fait pour nous, merci", False),
        ("i'm the grandmaster of losing lol", False),
        ("tu devrais passer pro, t'es trop fort", False),
        ("congrats on being the first person to finish the raid", False),
        ("my nan plays better than you lol", False),
        ("my nan cooks better than me", False),
        ("t'es la seule à pas être venue hier, on t'a attendue", False),
        ("je suis pénible avec mes posts, désolée", False),
        ("bravo le génie pour ce clutch", False),
        ("la petite va mieux", False),
        ("petite conne va mdr je t'aime", False),
        ("t'es aussi utile qu'un couteau suisse, merci !", False),
        ("you're as useful as a swiss army knife, thanks", False),
    ],
)
def test_construction_twins_stay_quiet(text: str, reply: bool) -> None:
    assert judge(text, reply=reply).hits == ()
