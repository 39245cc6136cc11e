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
        "banter": (15, 16),  # 16 of 16 (100.0 %) c6cbccf
        "benign": (39, 41),  # 40 of 41 (97.6 %) c6cbccf
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) c6cbccf
        "benign": (53, 56),  # 54 of 56 (96.4 %) c6cbccf
    },
    ("r54_support", "game"): {
        "crisis": (86, 97),  # 88 of 97 (90.7 %) c6cbccf
        "distress": (27, 33),  # 28 of 33 (84.8 %) c6cbccf
        "help": (24, 26),  # 25 of 26 (96.2 %) c6cbccf
        "reported_abuse": (14, 18),  # 15 of 18 (83.3 %) c6cbccf
        "self_talk": (14, 15),  # 15 of 15 (100.0 %) c6cbccf
        "benign": (26, 27),  # 27 of 27 (100.0 %) c6cbccf
    },
    ("r54_support", "patient"): {
        "crisis": (106, 114),  # 108 of 114 (94.7 %) c6cbccf
        "distress": (51, 61),  # 52 of 61 (85.2 %) c6cbccf
        "help": (33, 39),  # 34 of 39 (87.2 %) c6cbccf
        "reported_abuse": (14, 17),  # 15 of 17 (88.2 %) c6cbccf
        "illness": (43, 45),  # 44 of 45 (97.8 %) c6cbccf
        "self_talk": (17, 18),  # 18 of 18 (100.0 %) c6cbccf
        "benign": (28, 29),  # 29 of 29 (100.0 %) c6cbccf
    },
    ("r55_abuse", "game"): {
        "reported_abuse": (16, 18),  # 17 of 18 (94.4 %) c6cbccf
        "self_talk": (13, 14),  # 14 of 14 (100.0 %) c6cbccf
        "insult": (25, 56),  # 26 of 56 (46.4 %) c6cbccf
        "hate": (31, 37),  # 32 of 37 (86.5 %) c6cbccf
        "threat": (41, 60),  # 42 of 60 (70.0 %) c6cbccf
        "obfuscated": (33, 45),  # 34 of 45 (75.6 %) c6cbccf
        "banter": (43, 44),  # 44 of 44 (100.0 %) c6cbccf
        "benign": (30, 31),  # 31 of 31 (100.0 %) c6cbccf
    },
    ("r55_abuse", "patient"): {
        "reported_abuse": (16, 18),  # 17 of 18 (94.4 %) c6cbccf
        "self_talk": (12, 13),  # 13 of 13 (100.0 %) c6cbccf
        "insult": (15, 46),  # 16 of 46 (34.8 %) c6cbccf
        "hate": (30, 34),  # 31 of 34 (91.2 %) c6cbccf
        "threat": (28, 50),  # 29 of 50 (58.0 %) c6cbccf
        "obfuscated": (13, 18),  # 14 of 18 (77.8 %) c6cbccf
        "banter": (5, 6),  # 6 of 6 (100.0 %) c6cbccf
        "benign": (22, 23),  # 23 of 23 (100.0 %) c6cbccf
    },
    ("r56_threats", "game"): {
        "reported_abuse": (21, 24),  # 22 of 24 (91.7 %) c6cbccf
        "self_talk": (8, 9),  # 9 of 9 (100.0 %) c6cbccf
        "insult": (41, 57),  # 42 of 57 (73.7 %) c6cbccf
        "threat": (58, 95),  # 60 of 95 (63.2 %) c6cbccf
        "banter": (46, 50),  # 47 of 50 (94.0 %) c6cbccf
        "benign": (39, 40),  # 40 of 40 (100.0 %) c6cbccf
    },
    ("r56_threats", "patient"): {
        "reported_abuse": (27, 28),  # 28 of 28 (100.0 %) c6cbccf
        "illness": (24, 25),  # 25 of 25 (100.0 %) c6cbccf
        "self_talk": (10, 11),  # 11 of 11 (100.0 %) c6cbccf
        "insult": (29, 47),  # 30 of 47 (63.8 %) c6cbccf
        "threat": (41, 77),  # 43 of 77 (55.8 %) c6cbccf
        "banter": (2, 3),  # 3 of 3 (100.0 %) c6cbccf
        "benign": (43, 44),  # 44 of 44 (100.0 %) c6cbccf
    },
    ("r57_forms", "game"): {
        "crisis": (19, 20),  # 20 of 20 (100.0 %) c6cbccf
        "distress": (17, 18),  # 18 of 18 (100.0 %) c6cbccf
        "help": (24, 25),  # 25 of 25 (100.0 %) c6cbccf
        "reported_abuse": (19, 21),  # 20 of 21 (95.2 %) c6cbccf
        "illness": (0, 1),  # 1 of 1 (100.0 %) c6cbccf
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) c6cbccf
        "insult": (30, 33),  # 31 of 33 (93.9 %) c6cbccf
        "hate": (24, 29),  # 25 of 29 (86.2 %) c6cbccf
        "threat": (22, 25),  # 23 of 25 (92.0 %) c6cbccf
        "obfuscated": (19, 23),  # 20 of 23 (87.0 %) c6cbccf
        "banter": (30, 31),  # 31 of 31 (100.0 %) c6cbccf
        "benign": (23, 24),  # 24 of 24 (100.0 %) c6cbccf
    },
    ("r57_forms", "patient"): {
        "crisis": (27, 30),  # 28 of 30 (93.3 %) c6cbccf
        "distress": (28, 31),  # 29 of 31 (93.5 %) c6cbccf
        "help": (25, 26),  # 26 of 26 (100.0 %) c6cbccf
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) c6cbccf
        "illness": (34, 35),  # 35 of 35 (100.0 %) c6cbccf
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) c6cbccf
        "insult": (20, 22),  # 21 of 22 (95.5 %) c6cbccf
        "hate": (17, 25),  # 18 of 25 (72.0 %) c6cbccf
        "threat": (19, 23),  # 20 of 23 (87.0 %) c6cbccf
        "obfuscated": (16, 20),  # 17 of 20 (85.0 %) c6cbccf
        "banter": (3, 4),  # 4 of 4 (100.0 %) c6cbccf
        "benign": (24, 25),  # 25 of 25 (100.0 %) c6cbccf
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
