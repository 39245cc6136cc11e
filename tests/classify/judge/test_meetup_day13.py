"""« je te retrouve … à 14h »: how a meeting is set in French, which the violence row read as a threat
(« je te retrouve » is also « je vais te retrouver », "I'll find you"). A meeting: the present tense and a
clock time after it, no menace word. Sentences written for these tests, through the decision path
``havre evaluate`` takes (day 13)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import ACTED_ON, Outcome


@pytest.mark.parametrize(
    "text",
    [
        "je te retrouve devant la pharmacie vers 10h30",
        "jte retrouve au cinéma à 20h ?",
        pytest.param(
            "ok je te retrouve à la gare à 9h, j'ai ton billet",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the learned review, not a rule, sends it to a person: « j'ai ton … » is how "
                "the corpus's exposure threats begin (« j'ai ton adresse »)",
            ),
        ),
        "je vous retrouve au local de l'asso à 18h pour la réunion",
        "je te retrouve en bas de chez toi à midi pour le rdv chez le kiné",
    ],
)
def test_a_meeting_with_a_time_is_no_threat(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) not in ACTED_ON, text


@pytest.mark.parametrize(
    "text",
    [
        "je te retrouve à la sortie à 16h tu vas voir",
        "je vais te retrouver à la sortie à 16h",
        "je te retrouverai et je te ferai payer",
        "je te retrouve et je te défonce",
        "je te retrouve à la sortie du lycée, t'es mort",
    ],
)
def test_finding_someone_with_a_menace_stays_a_threat(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON, text
