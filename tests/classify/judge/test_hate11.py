"""Rounds 48, 51 and 52 (issue #11, hate helper 11): hate against groups without a slur, read as a group slot
(a named group, a people noun, or a group by a condition, an age or a body: "people who stammer", "anyone
over 50", « les bègues », "gen x") times a predicate of the whole group: vermin-like or worthless names, kept
out of a place or marked, a cost "for nothing", an illness played for gain, a condition denied and its people
told off, a generalisation with a disclaimer, a place for its natives only, "your people have always been
…", care taken from the deserving, sent back for care, "only know how to …". Their look-alikes stay quiet:
groups by behaviour (afk, bad ping, mains), game talk, self-talk, kind words, negation, reports, refutations
("the 'X' joke was never funny", « on entend souvent que … arrêtons »), news, statistics and history. Reported
speech: « il vient de me dire … », « il vient d'écrire que … », « ils se moquent de mon accent … » are
reports, and hate in quoted words ("ton peuple a toujours été une bande de voleurs") makes the report.
Fresh sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from tests.classify.judge._helpers import rule_hate_cues as _hate

_JUDGE = Judge(recent=False)


# (text, the hate11 row that reads it first; None: an older row reads it first)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("gen x are useless parasites, never did a thing for anyone", "group_vile_hate11"),
        ("nigerian players are all toxic trash, leave the lobby when you see one", "group_vile_hate11"),
        ("people who stammer are basically broken, can't stand them in voice", "group_vile_hate11"),
        ("dialysis patients are a drain, we shouldn't bother", "group_vile_hate11"),
        ("islanders are just inbred fishermen lol", "group_vile_hate11"),
        ("les réunionnais sont tous au chômage de toute façon", "group_vile_hate11"),
        ("les sourds sont des boulets en raid, que des boulets", None),
        ("women are basically children with a phone, zero judgement", "group_vile_hate11"),
        ("every single romanian i queued with in dota was a cheater, it's the culture", "group_vile_hate11"),
        ("les femmes voilées sont soit naïves soit militantes, pas de troisième option", "group_vile_hate11"),
        ("sikhs wear those turbans and refuse to eat beef, backward people honestly", "group_vile_hate11"),
        ("deaf players should just stay muted, they can't hear callouts anyway", "group_kept_out_hate11"),
        ("people with hepatitis should wear a badge so we know", None),
        ("les bègues faudrait les interdire de vocal direct", "group_kept_out_hate11"),
        ("les obèses devraient payer un supplément pour le bus", None),
        ("anyone over 50 on this server should be auto kicked tbh", "group_kept_out_hate11"),
        ("les handicapés devraient avoir un salon a part, on serait tranquilles", "group_kept_out_hate11"),
        ("blind people in our guild, ban them from the raid and move on", "group_kept_out_hate11"),
        ("les dialysés coûtent une fortune à la sécu pour rien", "group_costs_hate11"),
        ("disabled people cost the taxpayer billions for nothing", "group_costs_hate11"),
        ("fibro people always play the pain card to get out of shifts", "group_plays_ill_hate11"),
        ("les épileptiques jouent la comédie pour avoir des arrêts maladie", "group_plays_ill_hate11"),
        ("anxiety is just a lack of willpower, those people need to man up", "condition_denied_hate11"),
        ("adhd is a trend, stop pretending you're special", "condition_denied_hate11"),
        (
            "obese people have no discipline, that is the whole diagnosis, no disease",
            "condition_denied_hate11",
        ),
        ("why are arabs always so rude at the shop? just observing", "group_disclaimed_hate11"),
        (
            "les asiatiques ont toujours le meilleur job, c'est pas moi qui le dis c'est l'histoire",
            "group_disclaimed_hate11",
        ),
        (
            "je suis pas raciste mais deux femmes voilées au guichet ça devrait être interdit",
            "group_disclaimed_hate11",
        ),
        ("studies show that some races are not wired for maths", "group_disclaimed_hate11"),
        ("l'italie aux italiens, les autres dehors", "place_for_natives_hate11"),
        ("albania for albanians only", "place_for_natives_hate11"),
        ("your people have always been a bunch of liars", "your_people_hate11"),
        ("ta race sera toujours une bande de voleurs", "your_people_hate11"),
        ("immigrants get housing they did not earn", "group_undeserving_hate11"),
        ("beds should go to our own people first, not refugees", "group_undeserving_hate11"),
        ("thalassemia is a foreign disease, let their own countries pay for it", "group_own_country_hate11"),
        ("les chinois ils mangent n'importe quoi et après tous les virus viennent de chez eux", None),
        ("les comoriens savent que frauder, tous", "group_only_knows_hate11"),
        ("gypsies only know how to beg", None),
    ],
)
def test_hate11_group_hate_is_caught(text: str, cue: str | None) -> None:
    found = _hate(text)
    assert found, text
    if cue is not None:
        assert cue in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "afk people should be auto kicked from ranked",
        "people with bad ping should be kicked from the raid",
        "toxic players are trash, report them",
        "the new patches are trash honestly",
        "campers are all trash in this map",
        "my teammates are useless parasites today lol",
        "not all dialysis patients are in hospital every day, that's a myth",
        "disabled people are not a drain, they pay taxes too",
        "people say gen z are useless parasites, but they work harder than we did",
        "he said deaf players should stay muted, i reported him",
        "the 'maltese are inbred' joke was never funny",
        "on entend souvent que les réunionnais sont tous au chômage, c'est faux, arrêtons",
        "i have no willpower today, stop me from ordering pizza",
        "my adhd is not a trend, i was diagnosed at 7",
        "depression is not a lack of willpower, it's an illness",
        "obese people are more often victims of bullying than anyone",
        "dialysis costs a lot but it saves lives",
        "les greffes coûtent cher mais sauvent des vies",
        "i play the tank card to get aggro, classic",
        "fibro people always know the best pillows lol",
        "why are my cats always so loud at night? asking for a friend",
        "games for gamers, that's our motto",
        "ton équipe a toujours été une bande de voleurs de kills 😂",
        "your team have always been a bunch of campers lol",
        "the nurses get organs to the right patients fast",
        "organs should go to whoever needs them most, not whoever is richest",
        "on devrait interdire les bègues de vocal ? non jamais, ils ont le droit de parler",
        "stutterers should get more time in vc, be patient",
        "the history channel says '88' is a neo nazi code, mods watch for it",
        "le cliché des comoriens qui savent que frauder est faux et raciste",
        "blind people in our guild are amazing healers",
        "immigrants get less care than they need, says the report",
        "les vieux de mon club de belote sont des boulets aux cartes mdr",
        "we are all broken sometimes, be kind",
        "scams are a national sport in my group chat lol",
        "la france aux français, c'était le slogan du FN dans les années 80, l'histoire le montre",
        "i'm not racist, i just think the ban should be lifted",
        "studies show that some races of dogs are bred for speed",
        "les personnes séropos sont plus souvent victimes de discriminations",
        "the slogan 'la france aux français' is a racist dog whistle, mods please watch for it",
        "why are the bots always so dumb in this game, just asking",
        "fat people should pay the same as everyone, it's a seat",
    ],
)
def test_hate11_look_alikes_stay_quiet(text: str) -> None:
    assert _hate(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "elle vient de me dire de retourner dans mon pays, les modos svp",
        "il vient d'écrire que les corses sont tous des consanguins en me visant",
        "ils se moquent de mon accent antillais en vocal et font des bruits de singe",
        "they keep making fun of my accent in vc and say my people are all savages",
        "un mec vient de m'écrire que les femmes gâchent le jeu et de retourner en cuisine",
        'someone dmed me "ton peuple a toujours été une bande de voleurs"',
        'a guy whispered me "your people have always been a bunch of thieves"',
    ],
)
def test_hate11_reported_hate_is_a_report(text: str) -> None:
    abuse = _JUDGE.judge(text).abuse
    assert abuse.reported and not abuse.hits, (text, abuse)


@pytest.mark.parametrize(
    "text",
    [
        "il vient de me dire merci pour le raid",
        "ils se moquent de mon accent mais c'est gentil, on rigole bien",
        "they make fun of my accent and call it funny, we laugh together",
        "mon peuple a toujours été accueillant",
        "your team have always been a bunch of campers lol",
        "elle vient de m'écrire que le raid commence à 21h",
        "he just told me my build was bad lol",
    ],
)
def test_hate11_kind_or_plain_reports_are_not_abuse(text: str) -> None:
    abuse = _JUDGE.judge(text).abuse
    assert not abuse.reported and not [h for h in abuse.hits if not h.learned], (text, abuse)


@pytest.mark.parametrize(
    "text",
    [
        "ton peuple a toujours été une bande de voleurs",
        "your people have always been a bunch of thieves",
        "votre peuple a toujours été une bande de menteurs",
        "je viens de dire que les corses sont tous des consanguins",
    ],
)
def test_hate11_own_words_are_not_reports(text: str) -> None:
    abuse = _JUDGE.judge(text).abuse
    assert _hate(text) and not abuse.reported, (text, abuse)
