"""Round 31 families (issue #11, insult and hate side): fresh variants written for these tests, never corpus
texts, and look-alikes that must stay quiet (banter, self-talk, illness words, the reader's own things, the
author's own crisis).
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge, kinds


@pytest.mark.parametrize(
    "text",
    [
        # regional insult nouns, with their feminine and plural forms
        "ya mahboula toi, tu comprends jamais rien",
        "t'es un vrai sansal, tu lâches toujours l'équipe",
        "ou se yon enbesil, ou pa konn jwe",
        "you're such a wasteyute, bro, you dropped the loot again",
        "t'es une fameuse babelutte, une fois",
        "t'es donc ben épaisse toi, je te l'ai dit trois fois",
        "<@123456789012345678> t'es une enclume, t'as raté tous les combos",
        "you dey mumu, which kind play be this",
        "wewe ni mjinga kabisa, you threw the match",
        "ang bobo mo talaga, you flashed into the tower",
        "sit down, fraud",
        "you're some dose, moaning every raid night",
        "you glory hunting plastic, name one player from 2010",
        # the reader named as the worst of a kind
        "la tank la plus inutile de toute la guilde c'est toi",
        "the most useless support in this server is you",
        # everyone better without the reader
        "honnêtement on serait tous plus tranquilles sans toi",
        "this server would be so much better without you",
        "we'd all be happier if you stopped posting",
        # contempt without an insult word
        "your strats are so bad they should be framed in a museum",
        "how much is the other team paying you to feed like that",
        "ta voix on dirait une perceuse rouillée, coupe ton micro",
        "your cancer doesn't make you any less of an idiot",
        "ton diabète t'empêche pas d'être une grosse conne",
        # affection said of the reader's thing is no affection
        "t'as échangé ton meilleur attaquant contre un remplaçant, t'es une catastrophe",
        # the perfect of the copula, a person noun between the copula and the insult
        "you have become such a petty little tyrant since they gave you the role",
        "t'as toujours été une menteuse, depuis la 6e",
        "tu es vraiment une personne méprisable",
        "you're a nasty piece of work and everyone here knows it",
        # the reader's parents' regret, a face that scares, an exclamation in the third person
        "tes parents auraient dû s'arrêter au chat",
        "your mum should have used a condom, honestly",
        "t'as une gueule à faire fuir les mouettes",
        "your face would crack a mirror",
        "oh le gros boulet qui vient nous expliquer la strat",
        # an insult noun said to be the reader
        "le guignol qui a fait wipe le raid c'est toi",
        "the biggest muppet in this lobby is literally you",
        "ostie de cave, t'as encore raté ton ult",
    ],
)
def test_round31_insults(text: str) -> None:
    assert AbuseKind.INSULT in kinds(text, reply=True), text


@pytest.mark.parametrize(
    "text",
    [
        # a group compared with vermin or with insult nouns
        "the somalis are everywhere in this town like rats",
        "les corses conduisent comme des abrutis, c'est connu",
        "these pakistanis swarm every lobby like locusts",
        # a place overrun, a group called an infestation
        "leeds has been overrun by romanians",
        "les migrants c'est une véritable invasion",
        # penned, shipped back, kept off
        "les roms faudrait les parquer loin de tout",
        "ship them back on the next boat, those afghans",
        "nigerians should be kept off this server",
        # a gender only there for views; none of them good
        "les filles en esport c'est juste pour les views",
        "women in ranked only get carried cos they're girls, none of them is actually good",
        "les meufs dans les raids ça sert qu'à foutre la zizanie",
        # always a vice; living off others; a disease brought
        "kenyans always scam in trades",
        "les algériens ils vivent tous aux crochets de la sécu",
        "the gays brought hiv here and now we pay for it",
        # a group as a danger, locked up for good
        "schizophrenes are ticking time bombs, lock them up and throw away the key",
    ],
)
def test_round31_hate(text: str) -> None:
    assert AbuseKind.HATE in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # banter, affection, the game
        "t'es une catastrophe mais t'es mon meilleur pote",
        "la plus forte de la guilde c'est toi, gg",
        "the best healer here is you",
        "your builds are so bad they're actually good lol",
        "ta voix on dirait une chanteuse, trop belle",
        # self-talk
        "je suis trop nul à ce jeu",
        "le plus nul c'est moi, j'ai raté tous mes sorts",
        "the worst player in this guild is me lol",
        "my english is so bad, i am stupid for learning so slow",
        # illness words and the reader's own things
        "j'ai un bobo au genou depuis la chute",
        "does your bobo still hurt?",
        "your plastic bag is still in my car",
        "you're on a high dose, ask your doctor first",
        "your voice sounds rusty, are you ok?",
        "ça t'empêche pas de dormir ton traitement ?",
        # not about the reader, or advice
        "the worst part is you weren't even there",
        "le pire c'est toi qui l'as dit",
        "tu serais mieux sans lui honnêtement",
        "you'd be better off without him",
        "le serveur serait mieux sans les bots",
        "ils te paient combien au boulot ?",
        "ou se trouve un bon médecin ?",
        # no group, or a group with nothing hateful said
        "les fourmis envahissent ma cuisine",
        "my kids are like little monkeys today",
        "les marseillais vont rafler tous les trophées",
        "les filles de l'équipe sont là pour gagner",
        "les guirlandes c'est juste pour faire joli",
        "girls in my guild are only there on weekends",
        "mes vieux sont relous ce soir",
        "les vieux sont souvent seuls en hiver, pensez à les appeler",
        "filipino nurses are the best in the world",
        "les sourds ont besoin d'interprètes aux urgences",
        "la chèvre de mon voisin s'est échappée",
        "les belges parlent comme des champions",
        "tu as été une amie géniale cette année",
        "you have been a great friend to me",
        "vous êtes une personne formidable",
        "je suis une cause perdue en maths",
        "t'as une tête à faire peur ce matin, t'as pas dormi ?",
        "oh la baleine qui saute là-bas !",
        "my parents should have stopped me from quitting piano",
        "ta mère aurait dû rester à l'hôpital une nuit de plus",
        "le clown de la soirée c'est moi",
        "le boulet qui nous a fait wipe c'est toi qui l'as invité ?",
        "le meilleur joueur c'est toi",
        "la cave c'est toi qui la ranges",
    ],
)
def test_round31_near_misses_stay_quiet(text: str) -> None:
    assert not judge(text).hits, text


@pytest.mark.parametrize(
    "text",
    ["tout le monde serait mieux sans moi", "everyone would be better off without me"],
)
def test_the_authors_burden_is_not_an_insult(text: str) -> None:
    assert AbuseKind.INSULT not in kinds(text), text
