"""A guard on the first-sight sets (``bot/classify/judge/corpus/firstsight/``): what the judgement path gets
right on messages by authors who saw neither the code nor the corpus must not fall silently, least of all when
the learned cues are relearned after a merge (every merge relearns them, and on 2026-12-07 two relearnings
cost round 51's threats 4.9 / 4.6 points and then rounds 55-57's threats 2 to 4 points at first sight, noticed
only in the closing figures).

``FIRST_SIGHT`` holds, per file, preset and category, the fewest records that must get what their category
should get (``havre evaluate``'s recall, as a count) and the number of records: what was measured, less one
record or 1.5 % of them, whichever is more. A lower count fails the test. Raise the table as the detectors
improve (from ``havre evaluate FILE`` on each file); lower it only with a dated reason above the table. A file
that leaves ``firstsight/`` for a split takes its rows with it.

The test says which category fell, never which messages: the first-sight sets are measured, never read, and a
fall is to be understood from the change that caused it (the tune split, a rule, the weights).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

import pytest

from bot.cli.evaluate import evaluate, read_records
from bot.domain.policy.loader import load_policy

# --- first-sight minimums (generated)
FIRST_SIGHT: dict[tuple[str, str], dict[str, tuple[int, int]]] = {
    ("r11_check", "game"): {
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 10 end)
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 10 end)
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 10 end)
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 10 end)
    },
    ("r54_support", "game"): {
        "crisis": (86, 97),  # 88 of 97 (90.7 %) (day 10 end)
        "distress": (26, 33),  # 27 of 33 (81.8 %) (day 10 end)
        "help": (23, 26),  # 24 of 26 (92.3 %) (day 10 end)
        "reported_abuse": (14, 18),  # 15 of 18 (83.3 %) (day 10 end)
        "self_talk": (14, 15),  # 15 of 15 (100.0 %) (day 10 end)
        "benign": (26, 27),  # 27 of 27 (100.0 %) (day 10 end)
    },
    ("r54_support", "patient"): {
        "crisis": (106, 114),  # 108 of 114 (94.7 %) (day 10 end)
        "distress": (52, 61),  # 53 of 61 (86.9 %) (day 10 end)
        "help": (32, 39),  # 33 of 39 (84.6 %) (day 10 end)
        "reported_abuse": (14, 17),  # 15 of 17 (88.2 %) (day 10 end)
        "illness": (43, 45),  # 44 of 45 (97.8 %) (day 10 end)
        "self_talk": (17, 18),  # 18 of 18 (100.0 %) (day 10 end)
        "benign": (28, 29),  # 29 of 29 (100.0 %) (day 10 end)
    },
    ("r55_abuse", "game"): {
        "reported_abuse": (16, 18),  # 17 of 18 (94.4 %) (day 10 end)
        "self_talk": (13, 14),  # 14 of 14 (100.0 %) (day 10 end)
        "insult": (26, 56),  # 27 of 56 (48.2 %) (day 10 end)
        "hate": (31, 37),  # 32 of 37 (86.5 %) (day 10 end)
        "threat": (41, 60),  # 42 of 60 (70.0 %) (day 10 end)
        "obfuscated": (33, 45),  # 34 of 45 (75.6 %) (day 10 end)
        "banter": (43, 44),  # 44 of 44 (100.0 %) (day 10 end)
        "benign": (30, 31),  # 31 of 31 (100.0 %) (day 10 end)
    },
    ("r55_abuse", "patient"): {
        "reported_abuse": (16, 18),  # 17 of 18 (94.4 %) (day 10 end)
        "self_talk": (12, 13),  # 13 of 13 (100.0 %) (day 10 end)
        "insult": (16, 46),  # 17 of 46 (37.0 %) (day 10 end)
        "hate": (30, 34),  # 31 of 34 (91.2 %) (day 10 end)
        "threat": (28, 50),  # 29 of 50 (58.0 %) (day 10 end)
        "obfuscated": (13, 18),  # 14 of 18 (77.8 %) (day 10 end)
        "banter": (5, 6),  # 6 of 6 (100.0 %) (day 10 end)
        "benign": (22, 23),  # 23 of 23 (100.0 %) (day 10 end)
    },
    ("r56_threats", "game"): {
        "reported_abuse": (21, 24),  # 22 of 24 (91.7 %) (day 10 end)
        "self_talk": (8, 9),  # 9 of 9 (100.0 %) (day 10 end)
        "insult": (41, 57),  # 42 of 57 (73.7 %) (day 10 end)
        "threat": (60, 95),  # 62 of 95 (65.3 %) (day 10 end)
        "banter": (46, 50),  # 47 of 50 (94.0 %) (day 10 end)
        "benign": (39, 40),  # 40 of 40 (100.0 %) (day 10 end)
    },
    ("r56_threats", "patient"): {
        "reported_abuse": (27, 28),  # 28 of 28 (100.0 %) (day 10 end)
        "illness": (24, 25),  # 25 of 25 (100.0 %) (day 10 end)
        "self_talk": (10, 11),  # 11 of 11 (100.0 %) (day 10 end)
        "insult": (29, 47),  # 30 of 47 (63.8 %) (day 10 end)
        "threat": (42, 77),  # 44 of 77 (57.1 %) (day 10 end)
        "banter": (2, 3),  # 3 of 3 (100.0 %) (day 10 end)
        "benign": (43, 44),  # 44 of 44 (100.0 %) (day 10 end)
    },
    ("r57_forms", "game"): {
        "crisis": (19, 20),  # 20 of 20 (100.0 %) (day 10 end)
        "distress": (17, 18),  # 18 of 18 (100.0 %) (day 10 end)
        "help": (24, 25),  # 25 of 25 (100.0 %) (day 10 end)
        "reported_abuse": (19, 21),  # 20 of 21 (95.2 %) (day 10 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 10 end)
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) (day 10 end)
        "insult": (30, 33),  # 31 of 33 (93.9 %) (day 10 end)
        "hate": (25, 29),  # 26 of 29 (89.7 %) (day 10 end)
        "threat": (22, 25),  # 23 of 25 (92.0 %) (day 10 end)
        "obfuscated": (20, 23),  # 21 of 23 (91.3 %) (day 10 end)
        "banter": (30, 31),  # 31 of 31 (100.0 %) (day 10 end)
        "benign": (23, 24),  # 24 of 24 (100.0 %) (day 10 end)
    },
    ("r57_forms", "patient"): {
        "crisis": (27, 30),  # 28 of 30 (93.3 %) (day 10 end)
        "distress": (28, 31),  # 29 of 31 (93.5 %) (day 10 end)
        "help": (25, 26),  # 26 of 26 (100.0 %) (day 10 end)
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) (day 10 end)
        "illness": (34, 35),  # 35 of 35 (100.0 %) (day 10 end)
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) (day 10 end)
        "insult": (20, 22),  # 21 of 22 (95.5 %) (day 10 end)
        "hate": (19, 25),  # 20 of 25 (80.0 %) (day 10 end)
        "threat": (19, 23),  # 20 of 23 (87.0 %) (day 10 end)
        "obfuscated": (17, 20),  # 18 of 20 (90.0 %) (day 10 end)
        "banter": (3, 4),  # 4 of 4 (100.0 %) (day 10 end)
        "benign": (24, 25),  # 25 of 25 (100.0 %) (day 10 end)
    },
}
# --- end of first-sight minimums


def _folder() -> Traversable:
    return files("bot.classify.judge").joinpath("corpus").joinpath("firstsight")


def _present() -> list[str]:
    folder = _folder()
    if not folder.is_dir():
        return []
    return sorted(e.name.removesuffix(".jsonl") for e in folder.iterdir() if e.name.endswith(".jsonl"))


def test_every_first_sight_file_has_its_minimums() -> None:
    present = set(_present())
    measured = {name for name, _ in FIRST_SIGHT}
    assert present == measured, f"measure new files first, drop rows of files gone: {present ^ measured}"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("preset", ["patient", "game"])
@pytest.mark.parametrize("name", _present())
def test_first_sight_does_not_fall(name: str, preset: str) -> None:
    minimums = FIRST_SIGHT.get((name, preset))
    if minimums is None:
        pytest.fail(f"{name}: no minimums measured (see the module docstring)")
    records = read_records([_folder().joinpath(f"{name}.jsonl")])
    result = evaluate(records, load_policy(preset))[0]
    fell = []
    for category, (need, n) in minimums.items():
        stats = result.stats.get(category)
        assert stats is not None and stats.n == n, f"{name} {category}: the file changed; measure it again"
        right = round(stats.recall * stats.n)
        if right < need:
            fell.append(f"{category}: {right} of {n} right, at least {need} expected")
    assert not fell, f"{name} ({preset}):\n" + "\n".join(fell)
