"""The judge tests' shared fixture: ``decide``, a sentence's outcome through the decision path that
``havre evaluate`` takes (``bot.cli.evaluate.text_decider``), once per preset. A test file that needs other
presets or policies defines its own ``decide``, which takes precedence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.cli.evaluate import text_decider
from bot.domain.moderation.evaluation import Outcome
from bot.domain.policy.loader import load_policy


@pytest.fixture(scope="module", params=["patient", "game"])
def decide(request: pytest.FixtureRequest) -> Callable[[str], Outcome]:
    return text_decider(load_policy(request.param))
