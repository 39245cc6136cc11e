"""False alarms found on 2026-12-07's ninth day (issue #11). Fresh sentences written for these tests, never
corpus texts.

A member who rebukes name-calling ("quit calling travellers vermin") was acted on as if the insult were
theirs: the insult word ended an imperative, which reads as a vocative ("leave this group, olodo"). A
person defending others is never punished for quoting the words they object to.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind

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
