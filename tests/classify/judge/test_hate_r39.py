"""Round 39 families (issue #11, hate helper 8): hate against a group with no slur, built as a group
slot (plural, one member for all, people named by a condition or a treatment, slang names) times a
predicate family: a joke at the group's expense, a fate deserved or chosen, an illness called the disease
of the lazy, the group losing every game it is in, its word worth a dog's, its "natural place", tolerated
not accepted, set apart, to be locked away, never born, its deaths welcome, a place "not ours any more",
handed everything, low IQ, robbing people, coded ownership and "grooming". Fresh sentences written for
these tests, never corpus texts; and the look-alikes that must stay quiet (game classes and factions, a
defence of the group, a claim reported or condemned, patients about their own illness, history and news,
a member of the group about themself).
"""

from __future__ import annotations

import pytest

from bot.classify.judge import _abuse_rules as rules
from bot.classify.judge.chat import read
from tests.classify.judge._helpers import hate_cues as _hits


@pytest.mark.parametrize(
    "text",
    [
        "why do romanians always play jungle? because they're used to stealing from everyone lol",
        "how many gays does it take to throw a ranked game? all of them",
        "combien de roumains il faut pour finir une partie ? aucun ils sont partis avec le loot",
        "what's the difference between a somali and a bot? the bot actually does something useful",
        "c'est quoi la différence entre un gitan et un pigeon ? le pigeon il vole que du pain",
        "deaf players in voice chat lol at least they're used to not hearing the callouts",
        "les séropos ils l'ont bien cherché, fallait se protéger",
        "every single trans person who regrets it got exactly what they asked for",
        "people with lung cancer who smoked deserved it tbh",
        "those with type 2 diabetes chose this, stop pretending otherwise",
        "fibromyalgia isn't real, it's just lazy women wanting a day off",
        "le SOPK c'est une excuse de feignasses pour pas bosser",
        "long covid is basically a fake illness for lazy people",
        "l'endométriose c'est la maladie des chochottes",
        "adhd is what doctors write down when a mum can't control her kid and a woman won't stop whining",
        "ceux qui prennent des anxiolytiques c'est tous des faibles",
        "people on antidepressants are weak, simple as",
        "every time a woman joins our squad we lose, it never fails",
        "dès qu'un indien rejoint la team on perd, c'est systématique",
        "un pakistanais dans l'équipe c'est la défaite assurée",
        "i'd rather uninstall than queue with a brazilian ever again",
        "the opinion of a woman on meta counts less than my dog",
        "les meufs dans l'esport c'est leur place naturelle, en spectatrices",
        "les trans ici vous êtes tolérés, pas acceptés",
        "il faudrait un salon à part pour les handicapés",
        "the only good thing about refugees is when they die at sea",
        "les autistes on devrait les interner, point",
        "people with schizophrenia should be locked up for everyone's safety",
        "the mentally ill should all be institutionalised",
        "les migrants qui crèvent en mer, bon débarras",
        "les algériens à Marseille, c'est plus la France là-bas",
        "immigrants get everything handed to them on a plate",
        "black people have a lower average iq, it's just science",
        "gypsies just go from town to town robbing people",
        "bisexuals only exist to get attention",
        "les juifs font toujours leur business sur le dos des autres",
        "islam and violence go hand in hand, you can't separate them",
        "the new game studio got bought out by the usual suspects again",
        "ils possèdent les médias et les banques, et après on s'étonne",
        "drag queens at libraries are just groomers",
        "every city they move into ends up a shithole",
        "people with down syndrome should not be allowed to have kids",
        "autistic kids shouldn't be in regular schools, they slow everyone down",
        "romanians in the lobby, hide your wallets lads",
        "les streameuses c'est juste pour les dons des simps",
        "feminists are just bitter because they can't get a man",
        "les réfugiés viennent juste prendre nos emplois",
        "the middle east is a mess because of the people, it's in their blood",
        "half of them in wheelchairs walk just fine when nobody is looking",
        "obese people should pay for their own insulin, stop funding their meds",
        "the only good refugee is a dead one",
        "why do mexicans make good healers? because they're used to cleaning up after everyone",
        "how many lesbians does it take to change a lightbulb lol",
        "comment on appelle un roumain dans une guilde ? un voleur de loot mdr",
        "every time a muslim is on my team i already know we lose",
        "quand une meuf prend le shotcall c'est perdu d'avance",
        "an indian on comms means an instant loss",
        "une femme en raid lead c'est la garantie du wipe et du drama",
        "the gays ruined this server, they're tolerated not accepted",
        "never duo with a team with a pakistani in it",
        "les handicapés on devrait les laisser crever, c'est la sélection naturelle",
        "disabled people should be kept away from society",
        "old people with dementia should be left to die",
        "les schizos faut les enfermer à vie",
        "the disabled deserve to be sterilised",
        "crohn's is what doctors call it when a woman eats too much",
        "MS is not a real illness, it's just weak people",
        "chronic pain is made up, it's attention seekers all of them",
        "la dépression ça existe pas, c'est des flemmards",
        "les gens sous antidépresseurs sont des faibles",
        "anyone with ptsd is just weak, toughen up",
        "les séropositifs ils ont choisi ça",
        "gay men with hiv had it coming",
        "travellers are just here to rob people, hide your bikes",
        "somalis get everything for free and still complain",
        "let in more afghans and watch the average iq drop",
        "les tziganes volent tout le monde, c'est connu",
        "how many turks does it take to finish a raid? none they all rage quit",
        "une gitane dans la guilde c'est la garantie de se faire voler",
        "whenever a filipina joins voice we lose, every single time",
        "the only good pakistani is a dead one",
        "the vietnamese on the server again, lock up your loot",
        "les chinois ont un QI plus bas, c'est prouvé",
        "les roumains volent tout le monde sur le marché",
        "les séropositifs ont mérité ce qui leur arrive",
        "hypermobility is just an excuse for lazy people",
        "la sclérose en plaques c'est une excuse de flemmards",
        "people on methadone are weak, all of them",
        "les trans vous êtes tolérés pas acceptés",
        "faudrait une file à part pour les indiens",
        "the travellers came to steal our jobs and our houses",
    ],
)
def test_round_39_hate_is_caught(text: str) -> None:
    assert _hits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "how many healers does it take to win a teamfight? all of them lol",
        "why do tanks always die first? because they're in front",
        "c'est quoi la différence entre un mage et un sorcier dans ce jeu ?",
        "what's the difference between a french and a belgian server?",
        'my uncle keeps telling racist jokes like "how many jews does it take", it\'s disgusting',
        "wheelchair users are used to people staring, sadly",
        "he got exactly what he deserved after trolling all game",
        "I chose this treatment with my HIV doctor and it's working",
        "my GP told me fibromyalgia isn't real and that I'm lazy, I cried in the car",
        "people say long covid is for lazy people, it's not true",
        "l'endométriose c'est pas une maladie de chochottes, c'est une vraie souffrance",
        "people on antidepressants are not weak",
        "ceux qui prennent des antidépresseurs ne sont pas des faibles",
        "on m'a dit que ceux qui prennent des antidépresseurs c'est des faibles, ça m'a blessée",
        "every time our healer joins voice we lose lol",
        "every time a woman joins our squad she carries us",
        "dès qu'un joueur rejoint la team on perd",
        "i'd rather lose than play with a smurf",
        "my opinion on the meta is worth nothing lol",
        "les femmes ont leur place dans l'esport",
        "the sick should not be left to die, that's why we have the NHS",
        "people with MS get tired, that's normal",
        "I was sectioned last year and it saved my life",
        "migrants drowning in the Mediterranean is a tragedy",
        "Indigenous people get everything taken from them, that's the history",
        "studies claiming black people have lower IQ were debunked",
        "they robbed people in the last raid lol",
        "the jews and the holocaust, you can't separate that history",
        "they own the media rights and the banks sponsor the tournament",
        "pride month on the server, happy pride everyone!",
        "calling drag queens groomers is hateful",
        "any city they move the tournament to ends up sold out",
        "les personnes trisomiques ont le droit d'avoir des enfants",
        "kids with ADHD shouldn't be in normal schools without proper support",
        "new players on the server, hide your loot lol",
        "les streameuses se font harceler juste parce que c'est des femmes",
        "trans women can't get a doctor to listen, it's exhausting",
        "the middle east is a mess because of the wars",
        "half of my clinic's wheelchair users can walk short distances",
        "none of them are sick anymore, the treatment worked",
        "chronic illness communities are full of kind people",
        "joggers in the park this morning",
        "I'm autistic and sometimes I feel broken, but my therapist helps",
        "as a woman in gaming, every time I join comms the lobby gets weird",
        "my friend is Algerian and he's the best support in our guild",
        "les vieux sont souvent seuls à noël, allez les voir",
        "faudrait un serveur à part pour les débutants",
        "the only good thing about this patch is the new healer",
        "diabetics get their insulin for free here, nice",
        "my fibro is so bad today, I feel weak and lazy",
        "ma fibro c'est l'enfer aujourd'hui, je me sens faible et feignasse",
        "my chronic pain is the worst this week, I'm such a lazy lump",
        "la dépression c'est pas de la flemme, c'est une maladie",
        "long covid made me feel like a lazy person for months",
        "adhd is what doctors finally told me when I was 34, as a woman it changed everything",
        "my endo is acting up, the doctors say it's normal for women my age",
        "depression is not a choice, people who have it are not weak",
        "anxiety isn't weakness, it's an illness",
        "people with MS get tired, it's part of the illness",
        "les gens atteints de SEP sont souvent fatigués, c'est la maladie",
        "I'm on antidepressants and honestly I felt weak for taking them at first",
        "in this game the orcs are weak to fire, the elves are broken",
        "the necromancer class is broken, every time a necro joins we win",
        "les mages sont faibles en pvp, c'est un désastre cette saison",
        "in 1930s propaganda, disabled people were described as a burden and sterilised",
        "the news said the migrants who drowned were mostly children",
        "as a trans woman I get told I'll never find a partner, it hurts",
        "my wife is autistic and she's the strongest person I know",
        "every time my girlfriend joins comms we win lol",
        "when my sister plays support we always lose lol she's so bad",
        "a woman on my team carried the whole match, gg",
        "the dwarves in this campaign are greedy and always scheming, love them",
        "in warhammer the orks are basically a disease",
        "chaque fois qu'un nouveau rejoint le vocal on perd, c'est une blague",
        "when the white team is on the point we lose every time",
        "every time a blind pick is in ranked we lose",
        "un nain dans la team c'est la défaite assurée en pvp",
        "every time black plays the sicilian i lose",
        "les gens avec une addiction ont souvent l'impression de l'avoir cherché",
        "survivors often believe they asked for it, that's the trauma talking",
        "my doctor said people with fibro should pace themselves",
        "les personnes autistes devraient avoir plus d'aide à l'école",
        "women with endo get told it's normal period pain for years",
        "every time a new player joins ranked we lose lol",
        "the french team lost again, what a disaster",
        "chaque fois qu'une nouvelle rejoint la guilde elle se fait harceler, on perd des membres",
        "the old people in my village get everything delivered for free by volunteers",
        "refugees who drowned last year, may they rest in peace",
        "autistic kids deserve support in regular schools",
        "how many dungeons does it take to get the mount? all of them lol",
        "why do the elves always win in the lore? because the writers love them",
        "the night elves in this raid are a disaster, our druid died 4 times",
        "every time the horde attacks the base we lose",
        "the only good thing about this patch is the new map",
        "the orcs should be locked up in the dungeon until the quest ends",
        "les nains dans le lore ont toujours un plan pour l'or",
        "warlocks are weak this season, the meta is broken",
        "my grandma with dementia got everything for free at the care home, so lucky",
        "refugees on the server, welcome! make yourselves at home",
        "la moitié des joueurs de la guilde marchent à 2 à l'heure sur le boss lol",
    ],
)
def test_round_39_look_alikes_stay_quiet(text: str) -> None:
    assert not _hits(text), text


# Look-alikes that older hate rows still flag (a defence, a condemnation, a history lesson, care asked for a
# group: ``group_claim``, ``group_predicate``, ``group_demand``, ``group_beasts``, ``illness_dismissed``,
# learned cues), left to their owners: this round's rows, searched on their own, must not add to them.
# Older rows that hate11 and insult11 (day 10) gave a guard in GUARDS_HATE8 (its refutations); their own match
# guards live in abuse.py, so this row-by-row reading does not stand for them. Read through the whole rules,
# four of the texts below are still found by older rows (group_claim, illness_dismissed): named in the day-10
# closing note.
_GUARDED_SINCE_DAY_10 = frozenset(
    {"group_predicate", "group_all_of_a_kind", "dog_whistle", "dog_whistle_2", "group_ideology"}
)


@pytest.mark.parametrize(
    "text",
    [
        "people with HIV do not deserve any of the hate they get",
        "fibro is not an excuse for lazy people, it's a real illness",
        "the harassment women get in ranked is a disaster",
        "le harcèlement des femmes dans le jeu c'est une catastrophe",
        "les gens qui entendent des voix ne devraient pas être enfermés",
        "les migrants qui se noient en mer, c'est une honte absolue",
        "people with diabetes should get their insulin for free",
        "people on benefits are not scroungers, most of them are disabled",
        "the history lesson today: nazis called jews vermin to justify genocide",
        "les femmes en ranked se font insulter, c'est une catastrophe",
        "people with depression often feel like they deserve it, they don't",
        "a lot of people with eating disorders think they brought it on themselves",
        "people with HIV are told they chose this, which is cruel",
        "people with long covid are not lazy, they're exhausted",
        "people with epilepsy should not drive until they're seizure free",
        "people with schizophrenia should get better care, not be locked up",
        "elderly people should be kept away from covid patients during the outbreak",
        "people with a cold should stay home and not come to the raid",
        "les diabétiques devraient pas payer leur insuline",
        "people with a cold should stay home, that's just polite",
    ],
)
def test_round_39_rows_stay_quiet_on_older_false_alarms(text: str) -> None:
    forms = " ".join(token.form for token in read(text).tokens)
    found = [
        cue
        for cue, _group, _anchors, pattern in rules.HATE_RULES
        if cue in rules.GUARDS_HATE8
        and cue not in _GUARDED_SINCE_DAY_10
        and pattern.search(forms)
        and not any(guard.search(forms) for guard in rules.GUARDS_HATE8[cue])
    ]
    assert not found, (text, found)
