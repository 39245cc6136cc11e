"""« je serais mieux mort »: the French of "i'd be better off dead", which no row read until day 12 (the
message got nothing). Sentences written for these tests, through the decision path ``havre evaluate``
takes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import Outcome


@pytest.mark.parametrize(
    "text",
    [
        "je serais mieux mort",
        "franchement je serais mieux morte, ça réglerait tout",
        "jserais mieux mort jte jure",
        "des fois je me dis que je serais mieux sous terre",
        "vaudrait mieux que je crève",
        "ce serait mieux si j'étais morte, au moins ils seraient tranquilles",
    ],
)
def test_better_off_dead_in_french_is_a_crisis(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "je serais mieux mort de rire devant ce film",
        "je serais mieux au lit qu'au boulot aujourd'hui",
        "je serais mieux assis pour jouer, j'ai mal au dos",
    ],
)
def test_the_same_words_elsewhere_are_no_crisis(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is not Outcome.CRISIS, text
