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
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 11 end)
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 11 end)
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 11 end)
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 11 end)
    },
    ("r59_support", "game"): {
        "crisis": (86, 98),  # 88 of 98 (89.8 %) (day 11 end)
        "distress": (24, 29),  # 25 of 29 (86.2 %) (day 11 end)
        "help": (27, 32),  # 28 of 32 (87.5 %) (day 11 end)
        "reported_abuse": (13, 15),  # 14 of 15 (93.3 %) (day 11 end)
        "self_talk": (14, 15),  # 15 of 15 (100.0 %) (day 11 end)
        "benign": (31, 32),  # 32 of 32 (100.0 %) (day 11 end)
    },
    ("r59_support", "patient"): {
        "crisis": (112, 120),  # 114 of 120 (95.0 %) (day 11 end)
        "distress": (46, 54),  # 47 of 54 (87.0 %) (day 11 end)
        "help": (38, 43),  # 39 of 43 (90.7 %) (day 11 end)
        "reported_abuse": (10, 13),  # 11 of 13 (84.6 %) (day 11 end)
        "illness": (44, 45),  # 45 of 45 (100.0 %) (day 11 end)
        "self_talk": (22, 23),  # 23 of 23 (100.0 %) (day 11 end)
        "benign": (26, 27),  # 27 of 27 (100.0 %) (day 11 end)
    },
    ("r60_abuse", "game"): {
        "reported_abuse": (27, 28),  # 28 of 28 (100.0 %) (day 11 end)
        "insult": (41, 79),  # 43 of 79 (54.4 %) (day 11 end)
        "hate": (34, 41),  # 35 of 41 (85.4 %) (day 11 end)
        "threat": (40, 52),  # 41 of 52 (78.8 %) (day 11 end)
        "obfuscated": (27, 30),  # 28 of 30 (93.3 %) (day 11 end)
        "banter": (45, 46),  # 46 of 46 (100.0 %) (day 11 end)
        "benign": (27, 29),  # 28 of 29 (96.6 %) (day 11 end)
    },
    ("r60_abuse", "patient"): {
        "reported_abuse": (19, 21),  # 20 of 21 (95.2 %) (day 11 end)
        "insult": (33, 51),  # 34 of 51 (66.7 %) (day 11 end)
        "hate": (32, 36),  # 33 of 36 (91.7 %) (day 11 end)
        "threat": (30, 42),  # 31 of 42 (73.8 %) (day 11 end)
        "obfuscated": (13, 15),  # 14 of 15 (93.3 %) (day 11 end)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 11 end)
        "benign": (31, 33),  # 32 of 33 (97.0 %) (day 11 end)
    },
    ("r61_groups", "game"): {
        "reported_abuse": (27, 34),  # 28 of 34 (82.4 %) (day 11 end)
        "insult": (20, 23),  # 21 of 23 (91.3 %) (day 11 end)
        "hate": (41, 78),  # 43 of 78 (55.1 %) (day 11 end)
        "threat": (43, 70),  # 45 of 70 (64.3 %) (day 11 end)
        "banter": (42, 45),  # 43 of 45 (95.6 %) (day 11 end)
        "benign": (37, 39),  # 38 of 39 (97.4 %) (day 11 end)
    },
    ("r61_groups", "patient"): {
        "reported_abuse": (23, 26),  # 24 of 26 (92.3 %) (day 11 end)
        "insult": (16, 18),  # 17 of 18 (94.4 %) (day 11 end)
        "hate": (38, 65),  # 39 of 65 (60.0 %) (day 11 end)
        "threat": (36, 58),  # 37 of 58 (63.8 %) (day 11 end)
        "banter": (12, 14),  # 13 of 14 (92.9 %) (day 11 end)
        "benign": (45, 49),  # 46 of 49 (93.9 %) (day 11 end)
    },
    ("r62_threads", "game"): {
        "crisis": (41, 42),  # 42 of 42 (100.0 %) (day 11 end)
        "distress": (14, 16),  # 15 of 16 (93.8 %) (day 11 end)
        "help": (10, 13),  # 11 of 13 (84.6 %) (day 11 end)
        "reported_abuse": (15, 17),  # 16 of 17 (94.1 %) (day 11 end)
        "self_talk": (17, 18),  # 18 of 18 (100.0 %) (day 11 end)
        "insult": (26, 27),  # 27 of 27 (100.0 %) (day 11 end)
        "hate": (16, 19),  # 17 of 19 (89.5 %) (day 11 end)
        "threat": (19, 20),  # 20 of 20 (100.0 %) (day 11 end)
        "obfuscated": (20, 21),  # 21 of 21 (100.0 %) (day 11 end)
        "banter": (24, 25),  # 25 of 25 (100.0 %) (day 11 end)
        "benign": (29, 30),  # 30 of 30 (100.0 %) (day 11 end)
    },
    ("r62_threads", "patient"): {
        "crisis": (56, 58),  # 57 of 58 (98.3 %) (day 11 end)
        "distress": (20, 25),  # 21 of 25 (84.0 %) (day 11 end)
        "help": (14, 18),  # 15 of 18 (83.3 %) (day 11 end)
        "reported_abuse": (17, 20),  # 18 of 20 (90.0 %) (day 11 end)
        "illness": (29, 30),  # 30 of 30 (100.0 %) (day 11 end)
        "self_talk": (17, 18),  # 18 of 18 (100.0 %) (day 11 end)
        "insult": (16, 17),  # 17 of 17 (100.0 %) (day 11 end)
        "hate": (16, 20),  # 17 of 20 (85.0 %) (day 11 end)
        "threat": (17, 18),  # 18 of 18 (100.0 %) (day 11 end)
        "obfuscated": (9, 10),  # 10 of 10 (100.0 %) (day 11 end)
        "banter": (3, 4),  # 4 of 4 (100.0 %) (day 11 end)
        "benign": (27, 28),  # 28 of 28 (100.0 %) (day 11 end)
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
