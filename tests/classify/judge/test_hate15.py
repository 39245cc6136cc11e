"""Round 70 families (issue #11, hate helper 15): hate with no slur, read by structure (``_abuse_rules``
hate15 block). A share of a group said to shirk ("half the people with X are just lazy", « la moitié des gens
en invalidité profitent du système »), a group said to do nothing or to cost society, an illness called a new
word for laziness and its people a "crowd" of fakers, a town called invaded or colonised, "just asking" a
group's virtue and answering no, a vice in a group's blood, a group better off never born or penned apart.
Fresh sentences written for these tests, never corpus texts, with their quiet twins: the claim reported or
condemned, the group the one harmed, a flaw denied, insects and bots, a fair question answered yes, self-talk,
the group's humanity affirmed, a hardship blamed on a rule that keeps the group from working.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import ACTED_ON, Outcome
from tests.classify.judge._helpers import hate_cues


@pytest.mark.parametrize(
    "text",
    [
        "most people with fibromyalgia are just lazy and want to stay home on our taxes",
        "la plupart des gens en arrêt maladie ils veulent juste pas bosser",
        "les vieux servent à rien, ils coûtent cher à la société",
        "half of the autistic kids these days are faking it for attention",
        "80% of people who claim long covid just don't want to go to work",
        "la moitié des dépressifs c'est des simulateurs qui profitent du système",
        "les Martiniquais ils foutent rien de la journée",
        "disabled people contribute nothing, honestly",
        "les Roms ils en branlent pas une et ils vivent sur le dos des français",
        "immigrants cost too much to the taxpayer, simple as that",
        "les personnes âgées ça coûte une fortune à la société",
        "on paie des fortunes pour les handicapés, des gens qui servent à rien",
        "adhd is just a new word for bad parenting",
        "la fibromyalgie c'est juste un nouveau mot pour dire flemme",
        "depression is just a fancy name for being weak",
        "the autism crowd on this server is all attention seekers",
        "la bande des tdah ici c'est que des malades imaginaires",
        "all these trans teens are faking it for attention",
        "tous ces autistes de tiktok font semblant pour les vues",
        "this town got overrun with them, you can't walk at night anymore",
        "le quartier est envahi par ces gens là depuis deux ans",
        "Marseille c'est devenu une vraie colonie, dans certains quartiers t'entends plus un mot de français",
        "do muslims actually integrate? spoiler: no",
        "est-ce que les roms travaillent vraiment ? non",
        "do immigrants really contribute anything? lol no",
        "les algériens et l'arnaque c'est dans le sang",
        "polish people and drinking, it's in their genes",
        "people with down syndrome should never have been born",
        "les autistes sévères auraient mieux fait de ne pas naître",
        "deaf people should be kept in their own little ghetto",
        "les trisomiques faudrait les parquer dans un enclos",
        "nine out of ten people on sick notes are skivers on our taxes",
        "la majorité des gens sous antidépresseurs veulent juste pas travailler",
        "most of the people with 'chronic pain' in this group just don't want to work",
        "les Comoriens ils fichent rien et ils vivent aux crochets de la France",
        "old people are a drain on the nhs, just saying",
        "les réfugiés ça coûte trop cher aux contribuables",
        "ptsd is just a posh word for weak",
        "le burn out c'est juste un joli mot pour la paresse",
        "the lupus brigade in here are all hypochondriacs",
        "all these non binary kids are just making it up for attention",
        "Leeds used to be a decent town, now the whole area is swamped with them",
        "la banlieue est submergée par les migrants depuis dix ans",
        "Roubaix c'est devenu une vraie invasion, dans les rues t'entends plus un mot de français",
        "do gay men even respect their partners? the answer is no",
        "est-ce que les africains s'intègrent vraiment ? bien sûr que non",
        "ghanaians and fraud, it's in their dna lol",
        "people with spina bifida would be better off never born",
        "les enfants trisomiques ne devraient pas venir au monde",
        "people on the autism spectrum should all be put in a separate pen",
    ],
)
def test_hate15_hate_is_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON, text


@pytest.mark.parametrize(
    "text",
    [
        "half the people with chronic fatigue get called lazy by their own doctors, it's awful",
        # a group word as an adjective of a thing (found when the day's branches met)
        "les vieilles consoles servent à rien maintenant, tout est en ligne",
        "old games are a drain on my storage lol",
        "la moitié des gens en invalidité vivent sous le seuil de pauvreté",
        "half of my raid is lazy tonight lol",
        "90% of the players in this lobby are afk again",
        "les vieux ils font rien de mal, laissez les tranquilles",
        "pour les diabétiques l'insuline coûte trop cher aux États-Unis",
        "'procrastination' is just a fancy word for lazy lol, that's me every sunday",
        "brain fog is just a fancy name for cognitive dysfunction, it's real",
        "the fibro crowd on here is the kindest bunch I know",
        "my adhd is just a new word for chaos in my house lol",
        "all these influencers are faking their giveaways for clout",
        "the kitchen became a real ant invasion this summer",
        "mon jardin c'est devenu une vraie invasion de limaces",
        "the server got flooded with bots last night",
        "my inbox got flooded with them after the sale",
        "do disabled people get enough support? the answer is no",
        "do immigrants pay taxes? yes, they do, more than you think",
        "sickle cell is more common in people of African descent, it's in the genes",
        "I sometimes think I'd have been better off never being born",
        "people like me should never have been born, that's how i feel tonight",
        "wheelchair users at concerts should have a raised platform so they can see",
        "the zoo keeps the penguins in a separate pen",
        "sur les réfugiés, « invasion » par-ci, « parasites » par-là. ce sont des êtres humains",
        "people keep calling migrants an invasion, they are human beings fleeing war",
        "les exilés touchent des aides car ils n'ont pas le droit de bosser, c'est ça le scandale",
        "refugees live on handouts because the home office won't let them work, that's the real problem",
        "many asylum seekers depend on benefits since they're not allowed to work for a year, it's absurd",
        "my uncle says half the people on disability are lazy, I told him that's ignorant",
    ],
)
def test_hate15_quiet_twins_stay_quiet(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in ACTED_ON, text


# hate words quoted to condemn them, the group's humanity affirmed; a hardship blamed on a rule: no hate cue,
# rows or learned
@pytest.mark.parametrize(
    "text",
    [
        "people say 'invasion', 'vermin', 'parasites'... we're talking about human beings here",
        "sur les migrants, « envahisseurs » par-ci, « cafards » par-là, ce sont des êtres humains",
        "asylum seekers live on benefits because they aren't allowed to work yet, that's the scandal",
        "les réfugiés vivent des aides parce qu'on les empêche de travailler, c'est ça le problème",
    ],
)
def test_hate15_condemned_or_system_blamed_has_no_hate_cue(text: str) -> None:
    assert not hate_cues(text), text


# the same words with the group blamed: still hate
@pytest.mark.parametrize(
    "text",
    [
        "les migrants c'est une invasion, ils sont pas des êtres humains",
        "asylum seekers live on benefits because they're lazy and don't want to work, that's the scandal",
    ],
)
def test_hate15_group_blamed_stays_hate(text: str) -> None:
    assert hate_cues(text), text
