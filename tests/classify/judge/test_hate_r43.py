"""Round 43 families (issue #11, hate helper 9). First, kind words about a group that the oldest
generic rows (``group_claim``, ``group_predicate``, ``group_demand``, ``group_beasts``...) read as hate:
a harm denied of the group ("do not deserve any of the hate", « ne devraient pas être enfermés »), the
group treated like everyone else, the group as the one harmed ("the harassment women get", « la haine
envers »), a regime's propaganda told as history. Then hate with no slur, as a group slot (the homeless,
families named by an origin, people "from" a place, Roma and Travellers, and hate8's slot) times a
predicate family: vermin and time bombs, breeding and living off others, cleared out or hidden, a place
turned into a slum or a nursery, things going missing and "just what they do", a brain denied, "just
asking" questions. Fresh sentences written for these tests, never corpus texts, with their look-alikes
that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import hate_cues as _hits

_JUDGE = Judge(recent=False)


# Kind words about a group: the harm denied, the group harmed, history. Every one was read as hate.
@pytest.mark.parametrize(
    "text",
    [
        # the harm denied: "do not deserve", « ne méritent pas d'être », "should not be"
        "people living with HIV don't deserve any of the stigma they get",
        "gay teens don't deserve to be bullied at school",
        "women don't deserve the abuse they get on voice chat",
        "les séropositifs ne méritent pas d'être rejetés",
        "les malades psy ne méritent pas la haine qu'on leur balance",
        "les gens qui entendent des voix ne devraient pas être enfermés",
        "les autistes ne devraient pas avoir à se justifier",
        "refugees should not die at sea",
        "immigrants should not be deported for asking for help",
        "les personnes âgées ne devraient pas mourir seules",
        "les diabétiques devraient pas payer leur insuline",
        "people with schizophrenia should get better care, not be locked up",
        # treated like everyone else
        "disabled people should be treated like everyone else",
        "les handicapés devraient être traités comme tout le monde",
        # the group as the one harmed
        "the harassment women get in ranked is a disaster",
        "the racism black players get in this game is disgusting",
        "le harcèlement que subissent les femmes en ranked est une catastrophe",
        "le harcèlement des femmes dans le jeu c'est une catastrophe",
        "la haine envers les musulmans est un fléau",
        "the way trans people get treated here is a disgrace",
        "la façon dont on traite les migrants est une honte",
        "les femmes en ranked se font insulter, c'est une catastrophe",
        "les migrants qui se noient en mer, c'est une honte absolue",
        # a regime's propaganda told as history
        "the regime's propaganda called jews rats to prepare the genocide",
        "in history class we saw how nazi propaganda called the jews vermin",
        "the regime called muslims animals in its propaganda",
        "les nazis disaient que les juifs étaient des bêtes, c'est comme ça que la déshumanisation commence",
        "la propagande du régime appelait les tutsis des cafards",
        # a dehumanising noun denied
        "the homeless are not vermin, they are people who lost a home",
    ],
)
def test_kind_words_about_a_group_stay_quiet(text: str) -> None:
    assert not _hits(text), text


# The same words with the harm wished, not denied: still hate.
@pytest.mark.parametrize(
    "text",
    [
        "people with HIV do not deserve to live",
        "people with HIV do not deserve treatment",
        "les gens qui entendent des voix devraient être enfermés",
        "immigrants should not be deported but shot",
        "les handicapés ne devraient pas avoir d'enfants",
        "disabled people should be treated like animals",
        "women in ranked are a disaster",
        "les femmes en ranked c'est une catastrophe",
        "I call jews rats and I'm proud of it",
        "the nazis were right, jews are vermin",
        "refugees should die at sea",
        "gays do not deserve rights",
        "trans people should not exist",
    ],
)
def test_harm_wished_is_still_hate(text: str) -> None:
    assert _hits(text), text


@pytest.mark.parametrize(
    "text",
    [
        # vermin, a time bomb, a lawless lot
        "les clochards c'est de la vermine, faut nettoyer les rues",
        "the homeless are parasites, every single one of them",
        "romanian lads in this town are a ticking time bomb",
        "les musulmans de ce pays c'est une bombe à retardement",
        "travellers are a lawless lot and everyone knows it",
        # breeding, living off others
        "les roms ça se reproduit comme des lapins",
        "immigrant families breed like rabbits and live off benefits",
        "those people from eastern europe live off our taxes",
        "les familles étrangères ça vit des allocs",
        # cleared out, hidden, left to pay
        "the homeless in the park, kick them out and stop feeding them",
        "les sdf à la gare, faut les dégager une bonne fois",
        "obese people on the NHS, they ate themselves into it, let them pay for it",
        "les gays qu'ils restent chez eux et qu'ils se cachent",
        # a place ruined since they came
        "since refugees moved in, the estate has turned into a slum",
        "depuis que les migrants sont arrivés le quartier est devenu un bidonville",
        "ever since we let autistic people in, the discord became a daycare",
        # things going missing, "just what they do"
        "every time a gypsy family moves in, bikes get stolen",
        "roma families on our road, the tools vanish, it's just what they do",
        # a brain denied
        "women in chess? they don't have the brains for calculation, simple",
        "les femmes en esport elles ont pas le cerveau pour ça",
        # "just asking"
        "why are muslims always so loud in vc? just asking",
        "how come black players are always the ones who rage? asking for a friend",
        "pourquoi les roumains sont toujours aussi voleurs ? question sérieuse",
    ],
)
def test_round_43_hate_is_caught(text: str) -> None:
    assert _hits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "calling the homeless vermin is disgusting",
        "my uncle said travellers are a lawless lot and I told him that's racist",
        "the rats in the subway are everywhere lol",
        "the raid boss is a ticking time bomb, dps check at 30%",
        "our rabbits breed like rabbits, send help",
        "many immigrant families live on benefits as they're not allowed to work yet, that's the scandal",
        "the homeless shelter kicked them out at 7am in the snow, it's awful",
        "les sdf à la gare, il faut leur trouver un toit pas les dégager",
        "my guild turned into a daycare since the patch lol",
        "since the new update the lobby is a zoo",
        "since refugees moved in, the neighbourhood has more shops and life",
        "my bike went missing again, third time this year",
        "i don't have the brain for calculus tonight",
        "je n'ai pas le cerveau pour calculer ce soir, trop crevée",
        "why are muslims fasting during ramadan? genuine question, I want to learn",
        "why are black players underrepresented in esports? serious question",
        "pourquoi les roumains ont toujours autant de lag ? question sérieuse, les serveurs sont loin ?",
    ],
)
def test_round_43_look_alikes_stay_quiet(text: str) -> None:
    assert not _hits(text), text


# A group called a burden, a drain or deserving death is the author's hate, not the author's crisis; the same
# words of oneself keep their crisis reading.
@pytest.mark.parametrize(
    "text",
    [
        "blind people keep asking for audio descriptions, they're a burden on everyone around them",
        "people on disability benefits are just a drain on the rest of us",
        "people with diabetes who eat sugar deserve to die, simple",
    ],
)
def test_group_burden_is_hate_not_crisis(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert _hits(text), text
    assert judgement.support.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm a burden on everyone around me",
        "people like me are a burden on everyone",
        "disabled people like me are just a burden on everyone",
        "i feel like a burden to my family, they'd be better off",
        "I deserve to die",
    ],
)
def test_own_burden_keeps_its_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text


# "I'm not saying I'm racist but": a disclaimer, not a report of abuse received.
@pytest.mark.parametrize(
    "text",
    [
        "je dis pas que je suis homophobe mais les gouines qu'elles restent discrètes",
        "je dis pas que je suis raciste mais les roms c'est de la vermine",
    ],
)
def test_disclaimer_is_no_report(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert _hits(text) and not judgement.abuse.reported, text


def test_homophobia_reported_stays_a_report() -> None:
    text = "he keeps calling me a pd in vc, he's so homophobic, can a mod look"
    assert _JUDGE.judge(text).abuse.reported and not _hits(text), text


# Hate told beside words that read as a help request or a report: a third person talking in voice, "we can ban
# them", "before you call me racist"; a member asking for a voice chat or a mod still asks.
@pytest.mark.parametrize(
    "text",
    [
        "les Maliens c'est des sauvages, écoutez comment ils parlent en vocal",
        "somalis breed faster than we can ban them, it's maths",
        "certain groups just have smaller brains, read the studies before you call me racist",
        "black people have smaller brains on average, look it up before you call me racist",
        "epileptic kids are a burden on schools, put them somewhere else",
    ],
)
def test_hate_beside_help_words_is_hate(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert _hits(text), text
    assert not judgement.support.help_request and not judgement.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "quelqu'un veut parler en vocal ? j'ai besoin de parler",
        "can someone ban them please, they keep spamming my dms",
        "could a mod ban this user",
    ],
)
def test_help_asked_is_still_help(text: str) -> None:
    assert _JUDGE.judge(text).support.help_request, text
