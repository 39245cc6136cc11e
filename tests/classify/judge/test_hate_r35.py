"""Round 35 families (issue #11, hate and insult helper 7): hate against a group with no slur (dehumanised,
declared useless or a drain, vicious by nature, greedy and everywhere in power, a place ruined by it, come
to profit) and directed insults (beast-like eating, "as stupid as you", "ass at this game", Scots weak
nouns), in fresh words written for these tests, never corpus texts; and the look-alikes that must stay
quiet (a defence of the group, a stereotype named as one, old games and servers, the author about
themself, praise, plain game talk).
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind

_JUDGE = Judge(recent=False)
_HATE_OR_INSULT = {AbuseKind.HATE, AbuseKind.INSULT}


def _kinds(text: str) -> set[AbuseKind]:
    return {hit.kind for hit in _JUDGE.judge(text).abuse.hits} & _HATE_OR_INSULT


@pytest.mark.parametrize(
    "text",
    [
        # a group denied its humanity
        "les aveugles c'est des demi-humains franchement",
        "ces réfugiés ce sont des sous-hommes, point",
        "les gitans sont pas des vrais humains",
        "deaf people are basically half human tbh",
        "refugees are not even human, look at them",
        "immigrants are just cockroaches at this point",
        "les musulmans c'est une maladie pour ce pays",
        "trans people are a disease spreading in schools",
        "les roms c'est de la vermine",
        "the migrants are an infestation, nothing else",
        "les autistes c'est des robots sans âme",
        "obese people are literally subhuman",
        # a group declared useless, a drain, to make room
        "les vieux servent plus à rien, qu'ils laissent la place",
        "les vieilles elles servent à rien à part râler",
        "old people should hurry up and die already",
        "the elderly are just a burden on everyone",
        "elderly people are a drain on the nhs",
        "les personnes âgées bloquent les lits d'hôpital",
        "les chômeurs c'est des poids morts",
        "people on benefits are a waste of space",
        "les handicapés c'est un fardeau pour nous tous",
        "autistic people are a drain on society",
        "les schizophrènes ne servent strictement à rien",
        "disabled people should stop taking up hospital beds",
        "fat people are useless, every single one",
        "pensioners take all the hospital beds",
        # vicious by nature, greed and power, thieves, come to profit
        "les afghans finiront tous par voler",
        "muslims will all end up as terrorists",
        "les tchétchènes vont tous finir en prison",
        "somalis always end up in jail",
        "les juifs ne pensent qu'à l'argent",
        "jews only care about profit",
        "les juifs sont partout dans les médias",
        "jews are everywhere in hollywood and the banks",
        "les roumains c'est tous des voleurs",
        "albanians are all thieves, every one of them",
        "les algériens c'est que des délinquants",
        "migrants are nothing but benefit scroungers",
        "les comoriens viennent ici que pour les allocs",
        "refugees come here to scrounge",
        "immigrants come here for free stuff",
        "les maliens viennent juste profiter du système",
        # a place ruined by a group
        "the pakistanis turned this town into a dump",
        "les marocains ont transformé le quartier en ghetto",
        "immigrants have turned the city into a third world hole",
        "london used to be nice before the immigrants",
        "c'était mieux avant l'arrivée des migrants",
        "this area was safe until the somalis",
        # insults: a beast at the table
        "tu bouffes comme un porc c'est dégueu",
        "you eat like a fat pig, gross",
        "vous mangez comme des cochons",
        "you smell like a cow honestly",
        "if you stopped stuffing yourself like a whale you'd feel better",
        # insults: as stupid as you
        "j'ai jamais vu quelqu'un d'aussi con que toi",
        "nobody is as stupid as you",
        "une copine aussi débile que toi, ça existe pas",
        "never met anyone as useless as you",
        "un mec aussi nul que toi devrait pas jouer",
        # insults: ass at the game, Scots nouns
        "u so ass at valorant",
        "you're literally ass at aiming",
        "u straight ass at this game",
        "you are genuinely ass at league",
        "you're a pure rocket",
        "you're a total spanner mate",
        "ye absolute walloper",
        # a group marked out, kept out, never trusted, swarming, brainless; an illness called an excuse
        "people with hiv should wear a badge so we can avoid them",
        "ces gens-là devraient être tatoués pour qu'on les repère",
        "les séropositifs faudrait les marquer",
        "no pakistanis allowed on this server",
        "pas de roumains dans la guilde",
        "somalis not welcome here",
        "if you're albanian don't even bother applying",
        "si t'es roumain pas la peine de postuler",
        "never trust a romanian with your loot",
        "faut jamais faire confiance à un algérien",
        "the afghans breed like rabbits",
        "les roms se reproduisent comme des lapins",
        "nigerian players are everywhere like cockroaches",
        "les africains ils ont rien dans la tête",
        "muslims have no brains, it's sad",
        "la fibro c'est une excuse de feignasses",
        "endo is just an excuse for lazy women",
        "adhd is fake, it's lazy kids wanting pills",
        "les jeunes d'aujourd'hui c'est des larves",
        "les ados ils servent à rien",
    ],
)
def test_round_35_hate_and_insults_are_caught(text: str) -> None:
    assert _kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a defence of the group, a stereotype named, a report
        "les aveugles ne sont pas des demi-humains, arrêtez",
        "les sourds ne sont pas des sous-hommes, ce sont des gens",
        "les personnes âgées ne sont pas un fardeau",
        "people think the elderly take all the hospital beds but that's a myth",
        "on dit que les roumains finiront tous en prison, c'est un cliché raciste",
        "the stereotype that jews only care about money is antisemitic",
        "my neighbour told me immigrants come here to scrounge, I was shocked",
        "c'est faux de dire que les chômeurs sont des poids morts",
        "ils disent que les migrants finiront tous en prison, c'est de la propagande",
        # old things, not old people
        "les vieux jeux servent à rien maintenant",
        "les vieux serveurs sont des poids morts",
        "les vieux patchs étaient mieux",
        "old maps are useless in ranked",
        "this server used to be nice before the update",
        "c'était mieux avant la mise à jour",
        "the old meta used to be nice before the patch",
        # plain chat with the same words
        "les vieux de mon quartier sont adorables",
        "mon vieux tu m'as manqué",
        "old people are so wholesome at the bingo",
        "the elderly in my building are lovely",
        "les juifs fêtent hanouka ce mois-ci",
        "jews and muslims both fast at some point in the year",
        "les migrants arrivent à lampedusa ce matin selon le journal",
        "immigrants come here to work and build a life",
        "les réfugiés viennent ici pour être en sécurité",
        "les maliens viennent ici profiter de la plage cet été",
        "pensioners get a discount at the cinema",
        "les chômeurs ont droit à une formation gratuite",
        "people on benefits deserve dignity",
        "les handicapés méritent des places de parking",
        "robots are everywhere in factories now",
        "the bots are everywhere in ranked, report them",
        "this map turned into a dump after the patch",
        "le jeu est devenu un ghetto de tryhards",
        "les trois derniers patchs ont transformé la méta en poubelle",
        # the author about themself
        "je mange comme un cochon quand je suis stressée",
        "i eat like a pig on steroids, the hunger is unreal",
        "I ate like a whale at christmas lol",
        "depuis la cortisone je bouffe comme un porc",
        "you know i eat like a pig after chemo",
        "je suis aussi nul que toi en maths",
        "i'm as dumb as you at this game lol",
        "I was as lost as you when I got my diagnosis",
        "i'm ass at this game ngl",
        "me being ass at aiming is a tradition",
        # praise and game talk
        "you kick ass at this game",
        "you're a badass at clutching",
        "t'es aussi forte que toi-même, continue",
        "as good as you are at support, take mid",
        "she's as tired as you after the night shift",
        "that rocket jump was insane",
        "the rocket launcher is broken this patch",
        "pass me the spanner for the bike",
        "nobody clutches as well as you",
        "you eat like a bird, have some more",
        "tu manges comme un oiseau, reprends-en",
        "the pig in minecraft keeps running away",
        "ma vache dans stardew valley me fait rire",
        "la baleine dans subnautica m'a fait peur",
        "les poids morts de l'équipe adverse ont quitté la game",
        "les bots servent à rien en ranked",
        "old people's homes need more staff",
        "les vieux films sont mieux que les nouveaux",
        # second pass look-alikes
        "people with hiv should get their badge for the clinic at reception",
        "no pets allowed in this flat",
        "pas de spoilers dans la guilde svp",
        "if you're new don't even bother with ranked yet",
        "never trust a sniper on a rooftop",
        "les lapins se reproduisent comme des lapins, c'est le cas de le dire",
        "ma fibro c'est pas une excuse pour rater le rdv, je sais",
        "endo is not an excuse, it's a real disease",
        "my adhd is real, it's not laziness",
        "les jeunes joueurs sont nuls en défense, ils progressent",
        "the ants are everywhere in my kitchen like every summer",
        "les jeunes d'aujourd'hui sont adorables avec leurs grands-parents",
    ],
)
def test_round_35_look_alikes_stay_quiet(text: str) -> None:
    assert not _kinds(text), text
