"""False alarms found on 2026-12-07's eighth day (issue #11): once rounds 42 and 43 joined the tune split,
the relearned abuse weights sent plain statements about a group to a person as hate. A group praised, or
hate told as history, is no learned hate; the rules still read hateful words wherever they are. Fresh
sentences written for these tests, never corpus texts.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.classify.judge._cues import abuse_cues
from bot.classify.judge.abuse import spoken_well_of_a_group
from bot.classify.judge.chat import read
from bot.domain.signals import AbuseKind

_JUDGE = Judge(recent=False)


@pytest.mark.parametrize(
    "text",
    [
        "chronic illness communities are full of kind people",
        "in 1930s propaganda, disabled people were described as a burden and sterilised",
        "honestly the deaf players in our guild are the most welcoming people i know",
        "les aidants familiaux méritent le respect, point",
        "refugees in my town are so generous, they fed the whole street during the flood",
    ],
)
def test_a_group_praised_or_hate_told_as_history_is_not_learned_hate(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert not judgement.abuse.hits, judgement.abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "disabled people are a burden on everyone and should be sterilised",
        "les réfugiés sont des parasites, dehors",
    ],
)
def test_hate_without_praise_or_history_is_still_hate(text: str) -> None:
    assert any(hit.kind is AbuseKind.HATE for hit in _JUDGE.judge(text).abuse.hits)


def test_the_veto_reads_the_history_lesson() -> None:
    """The veto names the history lesson for what it is. Its learned hate margin was 5.0 or more on day 8, so
    the veto alone kept it quiet; since round 48's history lessons joined the tune split (day 9) the weights
    alone put it near 4, below the review, and the veto stays for the next such sentence."""
    chat = read("in 1930s propaganda, disabled people were described as a burden and sterilised")
    assert spoken_well_of_a_group(chat)
    kind, _margin = abuse_cues().best(chat)
    assert kind is AbuseKind.HATE  # the words still point to hate: the veto, not the weights, is the guard
    assert not spoken_well_of_a_group(read("disabled people are a burden and should be sterilised"))


@pytest.mark.parametrize(
    "text",
    [
        "yo u r so go od at th is",  # "good" spaced apart is not "go OD"
        "ur so go od at healing omg",
        "I'm the most clueless person on this server",  # harsh words about oneself
        "im literally the most useless person in this guild",
    ],
)
def test_spaced_praise_and_self_talk_found_by_insult9_are_not_abuse(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "just od already",
        "go od, nobody would notice",
        "you're the most clueless person on this server",
        "you are the most annoying person alive",
    ],
)
def test_the_same_words_aimed_at_the_reader_still_are(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits


def test_a_kind_purpose_keeps_the_learned_threat_review_off() -> None:
    """threat9 quieted the exposure rows for a kind purpose; the learned reading, which reads a threat
    addressed to the reader from margin 4.0, sent the same message to a person until it asked the same."""
    assert not _JUDGE.judge("j'ai ton adresse, je t'envoie ton cadeau demain").abuse.hits
    assert _JUDGE.judge("j'ai ton IP, je vais te faire un petit cadeau").abuse.hits


def test_french_dont_is_no_english_negation() -> None:
    """« la façon dont il parle » was read « la facon do not il parle » (hate9 found it): a French message
    keeps its relative pronoun; an English "dont" is still "do not"."""
    assert read("la façon dont il parle me fait peur").forms == "la facon dont il parle me fait peur"
    assert read("i dont want to be here anymore").forms == "i do not want to be here anymore"


@pytest.mark.parametrize(
    "text",
    [
        "people with a cold should stay home",
        "les gens qui ont la grippe devraient rester chez eux cette semaine",
        "everyone at your school will love your costume",
        "tes collègues vont adorer ton gâteau",
    ],
)
def test_advice_about_a_passing_illness_and_praise_for_an_audience_are_quiet(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "disabled people should stay home and stop bothering us",
        "everyone at your school will love your nudes, sleep tight",
    ],
)
def test_exclusion_of_a_group_and_exposure_with_menace_are_still_caught(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits
