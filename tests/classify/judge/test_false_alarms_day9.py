"""False alarms found on 2026-12-07's ninth day (issue #11). Fresh sentences written for these tests, never
corpus texts.

A member who rebukes name-calling ("quit calling travellers vermin") was acted on as if the insult were
theirs: the insult word ended an imperative, which reads as a vocative ("leave this group, olodo"). A
person defending others is never punished for quoting the words they object to.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.classify.judge import _cues as cues
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)


@pytest.mark.parametrize(
    "text",
    [
        "quit calling travellers vermin",
        "stop calling disabled people parasites",
        "arrête de traiter les roms de vermine",
        "arrêtez d'appeler les migrants des rats",
        "never call the new players morons again",
        "can u stop calling the healers idiots pls",
        "cessez de traiter les aidants de profiteurs",
    ],
)
def test_a_rebuke_of_name_calling_is_not_an_insult(text: str) -> None:
    hits = _JUDGE.judge(text).abuse.hits
    assert not any(hit.kind is AbuseKind.INSULT for hit in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        "stop calling people idiots you absolute moron",  # the reader named after the rebuke
        "dont call me a moron again, you moron",
        "stop being such a parasite",  # no name-calling rebuked
        "shut up and leave, parasite",
    ],
)
def test_an_insult_beside_a_rebuke_is_still_an_insult(text: str) -> None:
    hits = _JUDGE.judge(text).abuse.hits
    assert any(hit.kind is AbuseKind.INSULT for hit in hits), hits


# « on t'a déjà dit que … ? » is a question the author puts to the reader: what follows is the author's own
# words, not speech someone reported to the author. The insult in it was read as abuse the author received,
# and the insult became an offer of help to the one who wrote it.
@pytest.mark.parametrize(
    "text",
    [
        "on t'a déjà dit que t'étais insupportable ? non ? ben voilà, espèce de boulet",
        "personne t'a jamais dit que t'étais un gros lourd ?",
        "quelqu'un t'a déjà dit que t'étais un vrai boulet ? maintenant oui",
    ],
)
def test_a_question_put_to_the_reader_is_the_authors_own_words(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert not judgement.abuse.reported
    assert any(hit.kind is AbuseKind.INSULT for hit in judgement.abuse.hits), judgement.abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "on m'a dit que j'étais un boulet",  # said to the author: a report
        "il t'a dit que t'étais nulle ? c'est grave, signale-le",  # a third person's words to the reader
    ],
)
def test_words_said_to_someone_by_another_stay_reported(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert not any(hit.kind is AbuseKind.INSULT for hit in judgement.abuse.hits), judgement.abuse.hits


def test_a_kind_question_put_to_the_reader_stays_quiet() -> None:
    assert not _JUDGE.judge("on t'a déjà dit que tu chantais super bien ?").abuse.hits


# The clown face is read as the word it stands for (``chat.EMOJI_WORDS``): an insult written with it is one,
# and harsh words about oneself or a thing stay what they are.
@pytest.mark.parametrize(
    "text", ["<@447281930564738291> 🤡", "🤡🤡 that's you, every clip", "t'es un 🤡 toi franchement"]
)
def test_a_clown_face_at_the_reader_is_an_insult(text: str) -> None:
    assert any(hit.kind is AbuseKind.INSULT for hit in _JUDGE.judge(text, reply=True).abuse.hits)


@pytest.mark.parametrize(
    "text", ["me 🤡", "this patch 🤡", "lol ur such a 🤡 ily 😂", "je suis un 🤡 aujourd'hui"]
)
def test_a_clown_face_about_oneself_a_thing_or_a_friend_is_quiet(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "le plus gros boulet de la guilde c'est moi, j'ai raté les trois sauts",
        "la plus grosse nouille de l'équipe c'était moi hier soir",
    ],
)
def test_the_author_naming_themself_after_a_soft_noun_is_self_talk(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


def test_a_soft_noun_naming_the_reader_after_it_is_still_an_insult() -> None:
    assert _JUDGE.judge("la plus grosse nouille de l'équipe c'est toi").abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "how dare you call refugees vermin",
        "comment tu oses traiter les migrants de vermine",
        "never call disabled people parasites again",
    ],
)
def test_a_rebuke_of_hate_is_not_hate(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text", ["refugees are vermin, never forget", "do not let them in, migrants are vermin"]
)
def test_hate_beside_never_or_do_not_is_still_hate(text: str) -> None:
    assert any(hit.kind is AbuseKind.HATE for hit in _JUDGE.judge(text).abuse.hits)


# Abuse someone else wrote, quoted by the member who received it, is read by the learned reading when the
# rules do not recognise it (``_cues.learned_report``): the member is offered help, and is never acted on.
_QUOTED_NEW_ABUSE = [
    'someone dmed me "ton peuple a toujours été une bande de voleurs"',
    'someone dmed me "you people ruin every server you touch"',
]


@pytest.mark.parametrize("text", _QUOTED_NEW_ABUSE)
def test_abuse_quoted_in_new_words_is_a_report(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert judgement.abuse.reported and not judgement.abuse.hits


# the first is read by a rule since day 10 (hate11's "your people" row finds hate in the quoted words)
@pytest.mark.parametrize("text", _QUOTED_NEW_ABUSE[1:])
def test_it_is_the_learned_reading_that_reads_them(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "QUOTED_ABUSE", 99.0)
    assert not Judge(recent=False).judge(text).abuse.reported


@pytest.mark.parametrize(
    "text",
    [
        'my mum said "happy birthday sweetie"',
        'the nurse told me "you will be fine, rest now"',
        'my raid lead wrote "great job tonight everyone"',
        "il m'a écrit « bon courage pour ta dialyse demain »",
    ],
)
def test_kind_words_quoted_are_no_report(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert not judgement.abuse.reported and not judgement.abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "not all Somalis are terrorists, stop saying that",
        "not all muslims are terrorists",
        "pas tous les migrants sont des voleurs, faut arrêter",
    ],
)
def test_a_generalisation_refused_is_not_hate(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text",
    [
        "not all muslims are terrorists but most are",
        "pas tous les migrants sont des voleurs mais quand même la plupart",
        "its not like all muslims are terrorists lol they are though",
    ],
)
def test_a_generalisation_taken_back_is_still_hate(text: str) -> None:
    assert any(hit.kind is AbuseKind.HATE for hit in _JUDGE.judge(text).abuse.hits)


# Hate the rules found outweighs distress heard in the same words (``judge._hate_over_distress``): the member
# who writes hate about a group is acted on, not offered help for the hateful claim's own vocabulary.
@pytest.mark.parametrize(
    "text",
    [
        "people with bipolar are broken and should be locked away, im tired of pretending otherwise",
        "honestly refugees are parasites and im exhausted by all of it",
    ],
)
def test_hate_is_not_turned_into_distress(text: str) -> None:
    judgement = _JUDGE.judge(text)
    assert any(hit.kind is AbuseKind.HATE for hit in judgement.abuse.hits)
    assert judgement.support.level is SupportLevel.NONE
    assert "hate" in judgement.support.lowered_by  # the distress heard is kept in the notes, with why


def test_a_help_request_beside_hate_is_still_a_help_request() -> None:
    judgement = _JUDGE.judge(
        "im so tired and alone tonight, can a mod talk to me? also immigrants are vermin"
    )
    assert judgement.support.help_request


def test_distress_alone_is_still_distress() -> None:
    assert _JUDGE.judge("i feel so broken today, tired of everything").support.level is SupportLevel.DISTRESS


# A transplant community's good news is no exposure threat ("goes_public" read "your name goes on … list").
@pytest.mark.parametrize(
    "text",
    [
        "your name goes on the waiting list on monday, fingers crossed",
        "great news, your name goes on the transplant list next week!",
        "your name will be on the rota for saturday",
    ],
)
def test_a_name_on_a_list_is_no_exposure(text: str) -> None:
    assert not _JUDGE.judge(text).abuse.hits


@pytest.mark.parametrize(
    "text", ["your address goes public tonight", "your nudes go on twitter if you block me"]
)
def test_details_going_public_are_still_exposure(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits
