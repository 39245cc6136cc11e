"""Hate helper 12 (issue #11): hate against a group as fresh authors write it, read as a group slot times a
predicate of the whole group: a loaded question ("why do X always …", « c'est normal que les X … ? »),
collective blame ("it's always the X who …", « c'est la faute des X si … », "X ruined this town"), a
disclaimer then the claim ("no offence but", "i'm not racist but", « j'ai rien contre les X mais … »),
exclusion ("X have no business being …", "ban X from entering", « interdire l'entrée aux X ») and "send them
back", an illness called fake, laziness or an excuse and its people fakers or better off dead, a joke about a
group with a vice in its punchline, a vice said of all of a group. Their quiet twins: news, history, advocacy,
kind words, the group the one harmed ("why are X always targeted"), a member of the group on their own
experience, neutral questions, reported hate, refutations ("not all X …", « … ? faux »), game talk.
Fresh sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from tests.classify.judge._helpers import rule_hate_cues as _hate

_JUDGE = Judge(recent=False)


# (text, the hate12 row that reads it)
_CAUGHT = [
    ("why are immigrants always the ones causing trouble in this town?", "group_asked_hate12"),
    ("how come every single gay guy is so dramatic?", "group_asked_hate12"),
    ("c'est normal que les arabes soient toujours en train de gueuler ?", "group_asked_hate12"),
    ("just asking but why do black people always play the victim", "group_asked_hate12"),
    ("no offence but indians smell", "group_disclaimer_hate12"),
    ("c'est l'histoire d'un arabe qui vole un vélo, pléonasme", "group_joke_hate12"),
    ("disabled people have no business being in ranked", "group_excluded_hate12"),
    ("it's always the jews behind it", "group_blamed_hate12"),
    ("it's the immigrants' fault that wages are low, all of them", "group_blamed_hate12"),
    ("the blacks ruined this neighbourhood", "group_blamed_hate12"),
    ("renvoyez-les tous chez eux ces migrants", "group_sent_back_hate12"),
    ("qu'ils rentrent chez eux les africains", "group_sent_back_hate12"),
    ("les autistes seraient mieux morts", "illness_fake_hate12"),
    ("disabled people would be better off dead honestly", "illness_fake_hate12"),
    ("les malades de fibromyalgie sont des simulateurs", "illness_fake_hate12"),
    ("why do polish people always drink so much", "group_asked_hate12"),
    ("why is it always the muslims tho", "group_asked_hate12"),
    ("why are gay men always so promiscuous", "group_asked_hate12"),
    ("how come it's always the pakistanis in the grooming news", "group_blamed_hate12"),
    ("serious question, do disabled people even contribute anything?", "group_asked_hate12"),
    ("pourquoi les handicapés ont tous des passe-droits ?", "group_asked_hate12"),
    ("not to be racist but somalis are trouble", "group_disclaimer_hate12"),
    ("i have nothing against gays but they shouldn't adopt", "group_disclaimer_hate12"),
    ("j'ai rien contre les homos mais faut pas qu'ils approchent mes enfants", "group_disclaimer_hate12"),
    ("refugees should not be let in, period", "group_excluded_hate12"),
    ("on devrait interdire l'entrée aux musulmans", "group_excluded_hate12"),
    ("ban muslims from entering the country", "group_excluded_hate12"),
    ("muslims all support terrorism", "group_all_vice_hate12"),
    ("les immigrés vivent tous des aides", "group_all_vice_hate12"),
    ("c'est à cause des arabes que la france coule", "group_blamed_hate12"),
    ("send the refugees back on the boats", "group_sent_back_hate12"),
    ("les dépressifs devraient juste arrêter de se plaindre, c'est de la flemme", "illness_fake_hate12"),
    ("le tdah c'est juste des enfants mal élevés", "illness_fake_hate12"),
    ("les gros n'ont qu'à arrêter de bouffer", "illness_fake_hate12"),
    ("depression isn't real, people just want attention", "illness_fake_hate12"),
    ("la dépression c'est pas une vraie maladie, c'est des excuses", "illness_fake_hate12"),
    ("why do indians always smell like curry", "group_asked_hate12"),
    ("how come muslims are always so aggressive", "group_asked_hate12"),
    ("pourquoi les arabes sont toujours aussi bruyants", "group_asked_hate12"),
    ("c'est normal que les migrants soient toujours dans les faits divers ?", "group_asked_hate12"),
    ("is it just me or are trans people always so dramatic", "group_asked_hate12"),
    ("it's always the pakistanis behind the grooming gangs", "group_blamed_hate12"),
    ("it's the muslims' fault this country is a mess", "group_blamed_hate12"),
    ("c'est la faute des immigrés si y a plus de boulot", "group_blamed_hate12"),
    ("because of the migrants we can't walk safely at night", "group_blamed_hate12"),
    ("the poles have ruined this town", "group_blamed_hate12"),
    ("les africains ont pourri le quartier", "group_blamed_hate12"),
    ("no offence but muslims are backwards", "group_disclaimer_hate12"),
    ("no offense but chinese people are so rude", "group_disclaimer_hate12"),
    ("je suis pas homophobe mais les gays devraient rester discrets", "group_disclaimer_hate12"),
    ("refugees have no business being in our schools", "group_excluded_hate12"),
    ("ban immigrants from coming into this country", "group_excluded_hate12"),
    ("il faut interdire l'entrée du pays aux musulmans", "group_excluded_hate12"),
    ("qu'ils retournent dans leur pays ces réfugiés", "group_sent_back_hate12"),
    ("adhd is just bad parenting", "illness_fake_hate12"),
    ("depression is just laziness", "illness_fake_hate12"),
    ("l'autisme c'est juste des gosses mal élevés", "illness_fake_hate12"),
    ("anxiety is not real, people just want an excuse to skip work", "illness_fake_hate12"),
    ("fat people should just stop eating", "illness_fake_hate12"),
    ("depressed people need to just man up", "illness_fake_hate12"),
    ("les gros ont qu'à faire un régime", "illness_fake_hate12"),
    ("les handicapés seraient mieux morts", "illness_fake_hate12"),
    ("how do you recognise a gypsy? your wallet is gone", "group_joke_one_hate12"),
    ("comment on reconnaît un arabe ? c'est celui qui vole", "group_joke_hate12"),
    ("les musulmans nous détestent tous", "group_all_vice_hate12"),
    ("les migrants profitent tous du système", "group_all_vice_hate12"),
    (
        "comment on reconnaît un roumain dans le métro ? c'est celui qui vole ton portefeuille",
        "group_joke_one_hate12",
    ),
    (
        "c'est l'histoire d'un gitan qui rentre dans un magasin, il ressort avec tout, pléonasme",
        "group_joke_hate12",
    ),
    ("renvoyez les roms chez eux", "group_sent_back_hate12"),
    ("les réfugiés profitent tous du système", "group_all_vice_hate12"),
    ("muslims all hate this country", "group_all_vice_hate12"),
]


@pytest.mark.parametrize(("text", "cue"), _CAUGHT)
def test_hate12_group_hate_is_caught(text: str, cue: str) -> None:
    found = _hate(text)
    assert cue in found, (text, found)
    assert not _JUDGE.judge(text).abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "why are muslims always targeted by the police in this city?",
        "why are women always paid less for the same job?",
        "why do disabled people always get ignored by the government",
        "pourquoi les femmes sont toujours moins payées ?",
        "pourquoi les musulmans sont toujours pointés du doigt ?",
        "c'est normal que les handicapés soient toujours oubliés dans les plans ?",
        "why do japanese people bow when they greet?",
        "why do muslims fast during ramadan?",
        "why are women underrepresented in esports?",
        "how come deaf people are so good at reading lips?",
        "why are my cats always so loud at night",
        "why do my teammates always feed in ranked",
        "why is it always the healer who gets blamed lol",
        "is it just me or is the new patch really bad",
        "pourquoi les boss sont toujours aussi nuls dans ce jeu",
        "why are immigrants always portrayed as criminals in the news?",
        "why are trans people always the punchline in movies, it's exhausting",
        "it's always the immigrants who get blamed for everything, so lazy",
        "c'est toujours les femmes qui se font harceler en vocal",
        "it's not the immigrants' fault that wages are low, it's the bosses",
        "blaming immigrants for low wages is lazy politics",
        "the floods ruined our town last year",
        "the spanish destroyed the aztec empire in the 1500s",
        "they say immigrants ruined this town, i think that's nonsense",
        "no offence but your build is terrible",
        "no offence but the raid starts at 9, not 8",
        "i have nothing against pineapple on pizza but i prefer it plain",
        "nothing against the french server but the ping is better on the uk one",
        "i'm not racist but people keep calling me racist for my jokes, is that fair?",
        "j'ai rien contre toi mais ton build est nul",
        "sans vouloir vexer, ton dernier message était un peu sec",
        "i have no business being awake at 3am lol",
        "cheaters have no business in ranked",
        "minors have no business in a casino",
        "refugees should be let in, it's basic decency",
        "trump wanted to ban muslims from entering the country, it was a disgrace",
        "they banned muslims from entering in 2017 and the courts fought it",
        "on devrait interdire l'entrée aux chiens dans le resto",
        "send them back to the lobby, the round is over",
        "the government deported my uncle last year, we're devastated",
        "they want to deport all the refugees, it's cruel",
        "refugees should not be sent back to war zones",
        "renvoyez-les chez eux, la fête est finie les gars",
        "les migrants ont été renvoyés chez eux, c'est honteux",
        "my parcel was sent back to the shop",
        "my depression is not an excuse, but it explains why i'm slow",
        "depression is not laziness, it's an illness",
        "adhd is not bad parenting, please stop saying that",
        "people say depression is just laziness, that's so wrong",
        "la fibro c'est pas dans la tête, c'est une vraie maladie",
        "my doctor said my pain isn't real and i cried all night",
        "they told me my depression isn't real and i just want attention",
        "is long covid real? my mum has it and i want to understand",
        "people tell depressed folks to snap out of it, that's so wrong",
        "don't tell people with depression to just snap out of it",
        "people with seasonal depression should go outside in the morning, the light helps",
        "diabetics should just check their sugar before the raid",
        "my dog would be better off dead than suffering like this, the vet said",
        "how do you recognise a new player? they ask where the bank is lol",
        "what do you call a deaf gamer who clutches? a legend",
        "a blind friend told me the best joke about sighted people lol",
        "les blagues sur les noirs c'est pas drôle, arrêtez",
        "c'est l'histoire d'un mec qui rentre dans un bar",
        "muslims all fast during ramadan, it's a pillar",
        "les immigrés travaillent tous dur dans ma boîte",
        "not all muslims support terrorism, obviously",
        "the myth that muslims all support terrorism is a lie",
        "les immigrés vivent tous des aides ? faux, la plupart travaillent",
        "as a muslim, i get asked why muslims always pray so much, it's just our faith",
        "as a deaf woman, people think we're all rude in vc, we just can't hear",
        "someone said that women are worse at strategy, i disagree completely",
        "he told me immigrants are vermin, i reported him",
        "les vieux de ma guilde sont les meilleurs",
        "old people in my guild are the best raiders",
        "disabled people are so resilient, i admire them",
        "les femmes sont plus souvent victimes de violences",
        "in 1939 propaganda called jews vermin",
        "statistically, are immigrants more likely to commit crime? i read they're less likely",
        "are women worse at chess or is it just that fewer play? genuine question",
        "why do indians eat with their hands? genuinely curious",
        "how come muslims pray five times a day?",
        "pourquoi les arabes sont toujours accusés de tout ?",
        "c'est normal que les migrants soient toujours présentés comme des criminels ?",
        "is it just me or are trans people always so kind in this server",
        "it's always the pakistanis who get blamed, it's racist",
        "c'est toujours les roms qui se font contrôler par la police",
        "it's not the muslims' fault this country is a mess",
        "ce n'est pas la faute des immigrés si y a plus de boulot",
        "because of the migrants' work our hospitals still run",
        "the storm has ruined this town",
        "no offence but your aim is trash",
        "no offense but chinese food is my favourite",
        "i'm not racist, i was just quoting the movie",
        "i have nothing against trans people, they're my friends",
        "j'ai rien contre les arabes, mon meilleur pote est marocain",
        "sans vouloir vexer, le raid d'hier était nul",
        "je suis pas homophobe, mon frère est gay et je l'adore",
        "refugees have every right to be in our schools",
        "muslims should be allowed to live wherever they want",
        "ban cheaters from entering ranked",
        "il faut interdire l'entrée du bar aux mineurs",
        "deport the bots, all of them, from the server lol",
        "send the tanks back home, we wipe",
        "my friends were sent back home after the match",
        "qu'ils retournent dans leur pays ? non, ils sont chez eux ici",
        "people with fibromyalgia are not fakers",
        "my fibromyalgia is real, not fake",
        "adhd is not just bad parenting, it's neurological",
        "depression is not just laziness",
        "la dépression c'est pas de la flemme",
        "is adhd just bad parenting? no, studies say it's genetic",
        "my anxiety isn't real to my boss, he thinks i want an excuse",
        "le burn out ça existe, j'en ai fait un",
        "fat people should pay the same price for seats",
        "depressed people need support, not lectures",
        "les gros ont le droit de manger ce qu'ils veulent",
        "les handicapés seraient mieux soignés avec plus de moyens",
        "what do you call a muslim who saves a life? a hero, like anyone",
        "how do you recognise a gamer? rgb everywhere lol",
        "c'est l'histoire d'un noir, d'un arabe et d'un breton qui gagnent au loto",
        "muslims all pray towards mecca",
        "les musulmans nous ont tous accueillis à bras ouverts",
        "immigrants pay taxes, all of them",
        "les migrants travaillent tous dans ma boîte",
        "as a muslim, people ask me why muslims always fast, it's tradition",
        "i'm gay and honestly gay men are so funny in my group",
        "my grandma is disabled and she is so resilient",
        "someone wrote that muslims should not be allowed to live here, i reported it",
        "he said fat people should just stop eating, so mean",
        "my mum says depression is just laziness and i can't talk to her",
        "people keep telling me adhd is just bad parenting, it hurts",
        "it's always the women who organise the meetups, love them",
        "pourquoi les handicapés ont toujours du mal à avoir les aides ?",
        "why do autistic people always have sensory issues? asking for my son",
        "why do women drink less than men? interesting stat",
        "why are immigrants always in the news these days",
        "il fait beau, les chiens dehors",
        "ma mère m'a mis dehors parce que je suis gay, je sais plus quoi faire",
        "my dad kicked me out because i'm trans",
        "les migrants, faut les accueillir dignement",
        "c'est grâce aux immigrés que les hôpitaux tournent",
        "the immigrants built this town, respect",
        "no offence to the devs but this patch ruined the game",
        "depression is real and it is not an excuse",
        "fat people should just be treated like everyone else",
        "what do you call a deaf person who wins? a winner",
        "c'est l'histoire d'une juive qui gagne le concours de pâtisserie, trop fière d'elle",
    ],
)
def test_hate12_look_alikes_stay_quiet(text: str) -> None:
    assert not [cue for cue in _hate(text) if cue.endswith("_hate12")], text


@pytest.mark.parametrize(
    "text",
    [
        "people like me would be better off dead",
        "les gens comme moi seraient mieux morts",
    ],
)
def test_hate12_the_author_among_the_group_is_not_hate(text: str) -> None:
    # the support side's reading of these is its own (the French one is not read as a crisis yet)
    assert not [cue for cue in _hate(text) if cue.endswith("_hate12")], text


@pytest.mark.parametrize(
    "text",
    [
        "someone wrote that muslims should not be allowed to live here, i reported it",
        "he told me immigrants are vermin and to go back to my country, mods please",
    ],
)
def test_hate12_reported_hate_is_not_the_authors(text: str) -> None:
    assert not [cue for cue in _hate(text) if cue.endswith("_hate12")], text


@pytest.mark.parametrize(
    "text",
    [
        "les vieux sont un poids pour la société, on devrait arrêter de leur payer des soins",
        "les handicapés sont un fardeau pour la société",
    ],
)
def test_hate12_a_group_called_a_weight_is_not_the_authors_crisis(text: str) -> None:
    reading = _JUDGE.judge(text)
    assert reading.support.level.value != "crisis", (text, reading.support)
    assert _hate(text), text


@pytest.mark.parametrize(
    "text",
    [
        "je suis un poids pour ma famille",
        "les gens comme moi sont un poids pour la société",
        "nous les malades on est un fardeau pour la société",
        "mes parents sont vieux et je suis un poids pour eux",
    ],
)
def test_hate12_the_author_a_weight_stays_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level.value == "crisis", text
