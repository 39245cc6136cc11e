"""fa9 (issue #11, false-alarm helper 9): supportive, condemning or reporting words about a group that
the hate rows acted on. The group as the one harmed ("hate against roma is a disaster", "the abuse
disabled people get online is a plague", « le harcèlement que subissent les femmes, c'est une plaie »),
the sayers of a hateful claim condemned (« les gens qui disent que les sdf c'est de la vermine me
dégoûtent », "stop saying refugees are parasites") and a group's hardship ("people with chronic illness
can't live off a single salary") stay quiet; the same claims said as the author's own, approved, or
beside the victim phrase stay hate. Fresh sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind

_JUDGE = Judge(recent=False)


@pytest.mark.parametrize(
    "text",
    [
        "hate against roma is a disaster",
        "the hatred towards travellers is a disgrace",
        "the racism aimed at roma is a plague",
        "the harassment women get in ranked is a plague",
        "the abuse disabled people get online is a plague",
        "the bullying autistic kids face at school is a disaster",
        "the abuse that gay people receive here is a cancer",
        "la haine envers les roms c'est une catastrophe",
        "le harcèlement que subissent les femmes en ligne c'est une plaie",
        "la violence contre les sdf c'est un fléau",
        "les insultes que se prennent les musulmans c'est une honte",
        "le racisme envers les noirs est une catastrophe",
        "les gens qui disent que les sdf c'est de la vermine me dégoûtent",
        "ceux qui disent que les roms sont des parasites me font vomir",
        "people who say the homeless are vermin disgust me",
        "anyone who calls immigrants parasites is the problem",
        "i can't stand people who say roma are vermin",
        "arrêtez de dire que les migrants c'est de la vermine",
        "stop saying refugees are parasites",
        "people with chronic illness can't live off a single salary",
        "disabled people cannot live off benefits alone",
        "les malades chroniques ne peuvent pas vivre d'un seul salaire",
        "people with epilepsy have to live off very little",
        "the discrimination faced by travellers is a scandal",
        "the mockery trans people get on here is a disaster",
        "the stigma against people with hiv is a plague",
        "l'islamophobie que vivent les musulmans c'est un cancer",
        "la maltraitance des personnes handicapées c'est une catastrophe",
        "les agressions contre les migrants sont une honte",
        "people who think immigrants are vermin make me sick",
        "those who call the homeless parasites should be ashamed",
        "ceux qui traitent les roms de parasites sont des ordures",
        "je supporte pas les gens qui disent que les musulmans sont des parasites",
        "quit saying travellers are a plague",
        "cessez de dire que les sdf sont des parasites",
        "people with type 1 diabetes could not live off one salary",
        "les personnes handicapées doivent vivre avec trop peu",
        # the harm done to the group as a verb: its doers, the doing, the way they are treated
        "women getting harassed online is a disaster",
        "roma being attacked in the street is a plague",
        "discriminating against disabled people is a cancer",
        "attacks on muslims are a plague",
        "violence against trans people is an epidemic",
        "people who attack roma are vermin",
        "those who harass women are scum",
        "anyone who abuses disabled people is vermin",
        "les gens qui tabassent les sdf sont de la vermine",
        "ceux qui harcèlent les femmes sont des ordures",
        "harassing gay people is disgusting",
        "the way travellers get treated is a disaster",
        "la façon dont on traite les roms c'est une honte",
        "les violences faites aux femmes sont un fléau",
        "the abuse women receive is a disaster",
        "the bigotry immigrants face is a cancer on society",
        "the hate muslims get here is a plague",
        # a treatment denied, the harm the subject of « c'est », hearing the claim, hardships
        "autistic people don't deserve to be treated as a burden",
        "people with hiv shouldn't have to hide, the stigma they face is a cancer",
        "les femmes n'ont pas à subir le harcèlement, c'est une catastrophe",
        "refugees can't live off the pittance they get",
        "people on disability can barely live off the dole",
        "those who say disabled people are a burden should be ashamed",
        "ceux qui disent que les handicapés sont un fardeau me dégoûtent",
        "quand j'entends que les sdf c'est de la vermine ça me dégoûte",
        "i'm sick of people saying muslims are parasites",
        "la discrimination que vivent les personnes trans c'est une honte",
        "the racism black players get in ranked is a cancer",
    ],
)
def test_group_harmed_or_sayers_condemned_is_not_hate(text: str) -> None:
    kinds = {hit.kind for hit in _JUDGE.judge(text).abuse.hits}
    assert AbuseKind.HATE not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "roma are a disaster",
        "travellers are a plague",
        "disabled people are a plague",
        "les roms c'est une catastrophe",
        "les sdf c'est de la vermine",
        "les roms sont des parasites",
        "the homeless are vermin",
        "immigrants are parasites",
        "disabled people live off benefits",
        "hate against roma is justified, they are vermin",
        "les gens qui disent que les sdf c'est de la vermine ont raison",
        "la haine envers les roms c'est normal, ce sont des parasites",
        "i hate roma, they are a plague",
        "i hate that roma are a disaster",
        "the hate against roma is a disaster, roma are vermin",
        "people who say immigrants are vermin are correct",
        "ceux qui disent que les roms sont des parasites ont raison",
        "muslims are parasites and people who say otherwise are the problem",
        "travellers are a plague on this town",
        "immigrants live off our taxes",
        "les migrants vivent sur le dos des contribuables",
        # a harm verb beside the claim, the doers praised, the harm approved
        "they harass women, roma are vermin",
        "roma attack people, roma are vermin",
        "people who defend roma are vermin",
        "roma being attacked is deserved, they are vermin",
        "harassing gay people is fine, they are animals",
        "people who attack roma are heroes, roma are parasites",
        "les roms se font frapper et c'est bien fait, c'est de la vermine",
        # a life or rights denied, the claim heard and agreed with, treated like humans denied
        "autistic people don't deserve to live",
        "autistic people don't deserve rights",
        "quand j'entends que les sdf c'est de la vermine je suis d'accord",
        "le harcèlement c'est normal, les femmes c'est une catastrophe",
        "autistic people don't deserve to be treated as humans",
        "les handicapés ne méritent pas d'être traités comme des êtres humains",
        "muslims don't deserve to be treated like people",
    ],
)
def test_hateful_twins_stay_hate(text: str) -> None:
    kinds = {hit.kind for hit in _JUDGE.judge(text).abuse.hits}
    assert AbuseKind.HATE in kinds, text
