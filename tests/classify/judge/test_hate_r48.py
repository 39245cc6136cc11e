"""Round 48 families (issue #11, hate helper 10): hate with no slur against groups no list names
(regional and ethnic groups, people by age, looks, height or illness), read as a generic group slot (a plural
noun phrase, with its determiner, quantifier and place) times a predicate the round's hate uses of a whole
group: personhood denied and a thing put in its place, animals and vegetables, the whole group called
criminals' sympathisers, stealing from their own mothers, bringing disease or bad luck, rights and places
taken away, collective punishment, "just asking" questions, pseudo-science, inbreeding, the "difference
between" joke, the pets rumour, a flaw said to be why a place is poor, the "recruiting" myth, an illness
called weakness or an excuse, "since they came ... it's them, everyone knows". Fresh sentences written for
these tests, never corpus texts, with their look-alikes that must stay quiet: kind words, refutations,
reports, history, self-talk and game talk.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from tests.classify.judge._helpers import rule_hate_cues as _hate

_JUDGE = Judge(recent=False)


def _rows10(text: str) -> list[str]:
    return [cue for cue in _hate(text) if cue.endswith("_hate10")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("les Bretons c'est pas des gens, c'est des cailloux avec une casquette", "group_not_people_hate10"),
        ("the Fulanis near the river, they're savages", "group_animals_hate10"),
        ("Ethiopians in Leeds are all jihadist sympathisers, everyone knows", "group_all_criminals_hate10"),
        ("Tutsis would sell their own mothers for a goat", "group_steal_own_hate10"),
        ("les Corses voleraient leur propre mère pour un billet", "group_steal_own_hate10"),
        ("les travailleurs saisonniers ramènent les maladies dans le village", "group_brings_disease_hate10"),
        ("redheads should not have the right to vote", "group_no_rights_hate10"),
        ("fat people have no business leading anything", "group_no_rights_hate10"),
        ("les Picards devraient être servis en dernier à la mairie", "group_no_rights_hate10"),
        (
            "Uyghur families are filthy, the government should ban them from the buses",
            "group_sent_away_hate10",
        ),
        ("Sikhs near the temple, keep them away from your daughters", "group_sent_away_hate10"),
        (
            "c'est prouvé ou pas que le QI des Gitans est plus bas ? je demande juste",
            "group_just_asking_hate10",
        ),
        ("Scots are all cheap, would push all of them into the sea and start over", "group_punished_hate10"),
        ("Asians have a higher pain tolerance, doctors know it", "group_pseudo_science_hate10"),
        ("hillbillies from the hollow are all slow, it's the inbreeding", "group_inbred_hate10"),
        ("the Sami get everything handed to them and still complain", "group_handed_all_hate10"),
        ("the Yazidis in that camp are eating the dogs, nobody wants to admit it", "group_eats_pets_hate10"),
        ("Igbos are greedy and lazy, that's why Onitsha is poor", "group_flaw_cause_hate10"),
        (
            "les trans qui viennent dans les salons ados c'est pour recruter des jeunes",
            "group_recruits_hate10",
        ),
        ("anxiety is just weakness with a fancy name", "illness_weakness_hate10"),
        ("la fibro c'est des femmes qui s'ennuient et qui chouinent", "illness_weakness_hate10"),
        (
            "depuis que les Roms se sont installés au bout de la rue, plus un outil dans les garages, "
            "c'est eux, tout le monde le sait",
            "group_blamed_since_hate10",
        ),
    ],
)
def test_round_48_hate_is_caught_by_its_structure(text: str, cue: str) -> None:
    assert cue in _hate(text), (text, _hate(text))


@pytest.mark.parametrize(
    "text",
    [
        "the Tamils in that district aren't even people, they're a gang with flags",
        "Hmong folks from the valley, they're animals, all of them",
        "Albanians in that town all act like gangsters, it's in their blood",
        "Roma kids carry disease, keep them out of class",
        "les Basques ne devraient pas avoir le droit de voter",
        "les Alsaciens qui montent ici, faut tous les renvoyer chez eux",
        "what's the difference between a Scouser and a pigeon? one of them has a brain",
        "pourquoi les Auvergnats sont toujours aussi radins ? question sérieuse",
        "les Lorrains qui montent ici, faut tous les expulser",
        "les Ch'tis sont des alcoolos, il faudrait les castrer à la naissance",
        "gingers are soulless, we should push them all into the sea",
        "why do all the Welsh always smell? asking for a friend",
        "the Irish lads at my work are all thick, it's just how they're built",
    ],
)
def test_round_48_hate_is_caught(text: str) -> None:
    assert _hate(text), text


# look-alikes: kind words, refutations, reports, history, self-talk, game talk; no rule reads them as hate
@pytest.mark.parametrize(
    "text",
    [
        "les migrants ne sont pas des criquets, ce sont des personnes comme nous",
        "the bots aren't real people, they're scripts lol",
        "my teammates are animals tonight, carried the whole raid lol",
        "zombies in this map, they're animals, watch out",
        "people with Alzheimer's are not vegetables, they still feel everything",
        "the Ts in CS are all terrorists by design lol",
        "mosquitoes spread disease, use a net in the Casamance",
        "rats spread disease, call pest control",
        "kids bring diseases home from daycare all winter",
        "les enfants ramènent toutes les maladies de la crèche",
        "bats carry diseases, don't touch them",
        "the belief that albino people bring bad luck got people killed in Tanzania, read the history",
        "women in 1900 did not have the right to vote",
        "immigrants should have the right to vote in local elections",
        "kids under 16 can't vote yet, that's the law",
        "the new players should have a separate queue",
        "les ennemis, faut tous les renvoyer au spawn",
        "ban them from the server, they're cheaters",
        "the smurfs should be banned from ranked",
        "keep them away from your base, the raiders are coming",
        "we should push them all into the lava lol, the enemy team is weak",
        "they used to sterilise disabled people in the 1930s, a dark chapter of history",
        "why are the Kiwis always so nice? asking for a friend",
        "why are the Irish always so good at rugby? serious question",
        "pourquoi les Bretons sont toujours aussi accueillants ? question sérieuse",
        "les gens du Nord sont accueillants, c'est bien connu",
        "the Habsburgs had a lot of inbreeding, history is wild",
        "what's the difference between a tank and a bruiser? one of them has more armor",
        "the Haitians eating pets story was a lie, stop spreading it",
        "Maori students get scholarships and it's well deserved",
        "my family from the Bay are the kindest people, we look after each other",
        "we Newfies are a tough lot, we survived the cod moratorium",
        "depression is not weakness, it's an illness",
        "my dog is eating the cats' food again",
        "the Igbo traders in Onitsha run the biggest market in West Africa",
        "since the new devs joined, the patch notes are great, it's them, everyone knows",
        "since the Vietnamese family opened their shop, the street is alive again",
    ],
)
def test_round_48_look_alikes_stay_quiet(text: str) -> None:
    assert not _hate(text), (text, _hate(text))


# refuted, reported or told as history: the rows' own guards (``GUARDS_HATE8`` for the hate10 rows)
@pytest.mark.parametrize(
    "text",
    [
        "the myth that black people feel less pain is racist and it hurts patients",
        "on m'a dit que les Noirs ont une tolérance à la douleur plus élevée, c'est faux et dangereux",
        "someone told me albino kids bring bad luck, that's a horrible myth",
        'he told me "Kikuyus will steal from their own mothers", I\'m Kikuyu and it hurt',
    ],
)
def test_round_48_claims_refuted_or_reported_are_not_rows(text: str) -> None:
    assert not _rows10(text), (text, _rows10(text))
    assert (
        _JUDGE.judge(text).abuse.hits == ()
        or all(h.learned for h in _JUDGE.judge(text).abuse.hits)
        or (_JUDGE.judge(text).abuse.reported)
    )
