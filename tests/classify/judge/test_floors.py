"""Floors on the project's corpus, both splits and both presets: an edit to a list, a lexicon or a rule
cannot silently lower what the judgement path achieves (issue #11). The figures are ``havre evaluate``'s
(``bot.cli.evaluate.evaluate``: the replay path, no model).

``FLOORS`` are minimum recalls per category (what the category should get: crisis -> crisis; distress,
help and reported abuse -> offered help; insults, hate, threats, obfuscated abuse -> acted on; illness
and self-talk -> never sanctioned or nudged; banter -> not sanctioned; benign -> not acted on), per split
and preset. ``NEVER`` caps the records that got what their category must never get. Raise a floor when the
detectors improve; never lower one to let a change through without saying why. Issue #11's targets are
``bot.domain.moderation.evaluation.EXPECTATIONS``; the floors below them are where the detectors stood.
"""

from __future__ import annotations

import pytest

from bot.cli.evaluate import corpus_files, evaluate, read_records
from bot.domain.moderation.evaluation import CATEGORIES, EXPECTATIONS, Evaluation
from bot.domain.policy.loader import load_policy

# --- floors (generated) from `havre evaluate` on 2026-12-06 02:55 UTC: measured minus ~3 points (the corpus
# and the detectors were still moving), capped at issue #11's targets
# (bot.domain.moderation.evaluation.EXPECTATIONS).
# Raise them as the detectors improve.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("tune", "patient"): {
        "crisis": 0.91,
        "distress": 0.89,
        "help": 0.90,
        "reported_abuse": 0.88,
        "illness": 0.95,
        "self_talk": 0.97,
        "insult": 0.83,
        "hate": 0.88,
        "threat": 0.89,
        "obfuscated": 0.91,
        "banter": 0.97,
        "benign": 0.97,
    },
    ("tune", "game"): {
        "crisis": 0.90,
        "distress": 0.88,
        "help": 0.91,
        "reported_abuse": 0.91,
        "illness": 0.97,
        "self_talk": 0.96,
        "insult": 0.85,
        "hate": 0.87,
        "threat": 0.91,
        "obfuscated": 0.91,
        "banter": 0.96,
        "benign": 0.97,
    },
    ("heldout", "patient"): {
        "crisis": 0.64,
        "distress": 0.74,
        "help": 0.84,
        "reported_abuse": 0.83,
        "illness": 0.95,
        "self_talk": 0.97,
        "insult": 0.82,
        "hate": 0.81,
        "threat": 0.83,
        "obfuscated": 0.91,
        "banter": 0.97,
        "benign": 0.97,
    },
    ("heldout", "game"): {
        "crisis": 0.61,
        "distress": 0.71,
        "help": 0.86,
        "reported_abuse": 0.94,
        "illness": 0.97,
        "self_talk": 0.97,
        "insult": 0.85,
        "hate": 0.85,
        "threat": 0.83,
        "obfuscated": 0.86,
        "banter": 0.95,
        "benign": 0.97,
    },
}
# Records that got what their category must never get (illness, self-talk or reported abuse sanctioned
# or nudged): issue #11 wants 0 everywhere.
NEVER: dict[tuple[str, str], dict[str, int]] = {
    ("tune", "patient"): {"reported_abuse": 0, "illness": 2, "self_talk": 0},
    ("tune", "game"): {"reported_abuse": 0, "illness": 0, "self_talk": 1},
    ("heldout", "patient"): {"reported_abuse": 0, "illness": 1, "self_talk": 0},
    ("heldout", "game"): {"reported_abuse": 0, "illness": 0, "self_talk": 0},
}
# --- end of floors
GAP = 0.05  # issue #11: the held-back split within 5 points of the tuned one (categories with >= 20 records)
# Presets whose held-back split still trails the tuned one by more than GAP: an expected failure until the
# detectors generalise (the lead tracks it); remove a preset from here when its gap closes.
GAP_NOT_MET = frozenset({"patient", "game"})
_CACHE: dict[tuple[str, str], Evaluation] = {}


def _evaluation(split: str, preset: str) -> Evaluation:
    if (split, preset) not in _CACHE:
        found = corpus_files(split)
        if not found:
            pytest.skip(f"no {split} corpus")
        _CACHE[split, preset] = evaluate(read_records(found), load_policy(preset))[0]
    return _CACHE[split, preset]


@pytest.mark.parametrize("preset", ["patient", "game"])
@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_floors(split: str, preset: str) -> None:
    result = _evaluation(split, preset)
    floors, never = FLOORS[split, preset], NEVER[split, preset]
    assert set(floors) <= set(CATEGORIES)
    low = [
        f"{s.category}: {s.recall:.1%} < floor {floors.get(s.category, 0.0):.0%} (n={s.n})"
        for s in result.ordered()
        if s.recall < floors.get(s.category, EXPECTATIONS[s.category].target) - 1e-9
    ]
    forbidden = [
        f"{s.category}: {s.forbidden} sanctioned or nudged (at most {never.get(s.category, 0)})"
        for s in result.ordered()
        if s.forbidden > never.get(s.category, 0)
    ]
    assert not low and not forbidden, "\n".join([f"{split} / {preset}:", *low, *forbidden])


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_the_held_back_split_is_within_five_points_of_the_tuned_one(preset: str) -> None:
    tune, held = _evaluation("tune", preset), _evaluation("heldout", preset)
    apart = [
        f"{c}: tune {tune.stats[c].recall:.1%}, heldout {held.stats[c].recall:.1%}"
        for c in CATEGORIES
        if c in tune.stats and c in held.stats and min(tune.stats[c].n, held.stats[c].n) >= 20
        if tune.stats[c].recall - held.stats[c].recall > GAP + 1e-9
    ]
    if apart and preset in GAP_NOT_MET:
        pytest.xfail("the held-back split trails the tuned one (see the report): " + "; ".join(apart))
    assert not apart, "\n".join([f"{preset}: the held-back split falls behind the tuned one", *apart])
