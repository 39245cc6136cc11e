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
# Lowered on purpose at 18:55 UTC on 2026-12-07 (twelfth day): r67_check self-talk, patient, 26 -> 25 of 29
# right. Measured commit by commit, without reading the file: insult13's merge added one self-talk message
# nudged (its rows read contempt with no insult noun, which the author can say of themself). A guard written
# from the lead's own sentences (the author in the singular, no member addressed:
# `abuse._self_described_insult13`) did not bring it back; the message is not looked for.
FIRST_SIGHT: dict[tuple[str, str], dict[str, tuple[int, int]]] = {
    ("r11_check", "game"): {
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 13 start, 7a3d9ec)
    },
    ("r63_support", "game"): {
        "crisis": (53, 60),  # 54 of 60 (90.0 %) (day 13 start, 7a3d9ec)
        "distress": (29, 36),  # 30 of 36 (83.3 %) (day 13 start, 7a3d9ec)
        "help": (53, 60),  # 54 of 60 (90.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (8, 9),  # 9 of 9 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (12, 13),  # 13 of 13 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r63_support", "patient"): {
        "crisis": (113, 133),  # 115 of 133 (86.5 %) (day 13 start, 7a3d9ec)
        "distress": (71, 90),  # 73 of 90 (81.1 %) (day 13 start, 7a3d9ec)
        "help": (66, 76),  # 68 of 76 (89.5 %) (day 13 start, 7a3d9ec)
        "illness": (24, 25),  # 25 of 25 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (9, 10),  # 10 of 10 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (12, 13),  # 13 of 13 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r64_abuse", "game"): {
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (2, 3),  # 3 of 3 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (59, 113),  # 61 of 113 (54.0 %) (day 13 start, 7a3d9ec)
        "threat": (62, 80),  # 64 of 80 (80.0 %) (day 13 start, 7a3d9ec)
        "obfuscated": (39, 42),  # 40 of 42 (95.2 %) (day 13 start, 7a3d9ec)
        "banter": (35, 37),  # 36 of 37 (97.3 %) (day 13 start, 7a3d9ec)
        "benign": (28, 30),  # 29 of 30 (96.7 %) (day 13 start, 7a3d9ec)
    },
    ("r64_abuse", "patient"): {
        "illness": (8, 9),  # 9 of 9 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (0, 1),  # 1 of 1 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (42, 80),  # 44 of 80 (55.0 %) (day 13 start, 7a3d9ec)
        "threat": (53, 77),  # 55 of 77 (71.4 %) (day 13 start, 7a3d9ec)
        "obfuscated": (32, 35),  # 33 of 35 (94.3 %) (day 13 start, 7a3d9ec)
        "banter": (2, 3),  # 3 of 3 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (19, 22),  # 20 of 22 (90.9 %) (day 13 start, 7a3d9ec)
    },
    ("r65_groups", "game"): {
        "distress": (3, 6),  # 4 of 6 (66.7 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (43, 67),  # 45 of 67 (67.2 %) (day 13 start, 7a3d9ec)
        "self_talk": (30, 31),  # 31 of 31 (100.0 %) (day 13 start, 7a3d9ec)
        "hate": (70, 116),  # 72 of 116 (62.1 %) (day 13 start, 7a3d9ec)
        "benign": (55, 58),  # 56 of 58 (96.6 %) (day 13 start, 7a3d9ec)
    },
    ("r65_groups", "patient"): {
        "distress": (6, 7),  # 7 of 7 (100.0 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (37, 49),  # 38 of 49 (77.6 %) (day 13 start, 7a3d9ec)
        "illness": (33, 34),  # 34 of 34 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) (day 13 start, 7a3d9ec)
        "hate": (36, 64),  # 37 of 64 (57.8 %) (day 13 start, 7a3d9ec)
        "benign": (34, 36),  # 35 of 36 (97.2 %) (day 13 start, 7a3d9ec)
    },
    ("r66_threads", "game"): {
        "crisis": (15, 17),  # 16 of 17 (94.1 %) (day 13 start, 7a3d9ec)
        "distress": (16, 22),  # 17 of 22 (77.3 %) (day 13 start, 7a3d9ec)
        "help": (26, 27),  # 27 of 27 (100.0 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (16, 17),  # 17 of 17 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (23, 31),  # 24 of 31 (77.4 %) (day 13 start, 7a3d9ec)
        "hate": (24, 27),  # 25 of 27 (92.6 %) (day 13 start, 7a3d9ec)
        "threat": (22, 26),  # 23 of 26 (88.5 %) (day 13 start, 7a3d9ec)
        "obfuscated": (29, 31),  # 30 of 31 (96.8 %) (day 13 start, 7a3d9ec)
        "banter": (34, 35),  # 35 of 35 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (28, 29),  # 29 of 29 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r66_threads", "patient"): {
        "crisis": (28, 30),  # 29 of 30 (96.7 %) (day 13 start, 7a3d9ec)
        "distress": (25, 32),  # 26 of 32 (81.2 %) (day 13 start, 7a3d9ec)
        "help": (29, 30),  # 30 of 30 (100.0 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (15, 19),  # 16 of 19 (84.2 %) (day 13 start, 7a3d9ec)
        "illness": (34, 35),  # 35 of 35 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (24, 25),  # 25 of 25 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (15, 17),  # 16 of 17 (94.1 %) (day 13 start, 7a3d9ec)
        "hate": (19, 22),  # 20 of 22 (90.9 %) (day 13 start, 7a3d9ec)
        "threat": (18, 22),  # 19 of 22 (86.4 %) (day 13 start, 7a3d9ec)
        "obfuscated": (13, 14),  # 14 of 14 (100.0 %) (day 13 start, 7a3d9ec)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (26, 27),  # 27 of 27 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r67_check", "game"): {
        "reported_abuse": (25, 27),  # 26 of 27 (96.3 %) (day 13 start, 7a3d9ec)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (13, 15),  # 14 of 15 (93.3 %) (day 13 start, 7a3d9ec)
    },
    ("r67_check", "patient"): {
        "reported_abuse": (18, 23),  # 19 of 23 (82.6 %) (day 13 start, 7a3d9ec)
        "illness": (45, 46),  # 46 of 46 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (24, 29),  # 25 of 29 (86.2 %) (day 13 start, 7a3d9ec)
    },
    ("r68_support", "game"): {
        "crisis": (86, 104),  # 88 of 104 (84.6 %) (day 13 start, 7a3d9ec)
        "distress": (40, 51),  # 41 of 51 (80.4 %) (day 13 start, 7a3d9ec)
        "help": (49, 55),  # 50 of 55 (90.9 %) (day 13 start, 7a3d9ec)
        "self_talk": (7, 8),  # 8 of 8 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (19, 20),  # 20 of 20 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r68_support", "patient"): {
        "crisis": (116, 134),  # 119 of 134 (88.8 %) (day 13 start, 7a3d9ec)
        "distress": (71, 87),  # 73 of 87 (83.9 %) (day 13 start, 7a3d9ec)
        "help": (54, 63),  # 55 of 63 (87.3 %) (day 13 start, 7a3d9ec)
        "illness": (33, 35),  # 34 of 35 (97.1 %) (day 13 start, 7a3d9ec)
        "self_talk": (6, 7),  # 7 of 7 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (17, 18),  # 18 of 18 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r69_abuse", "game"): {
        "insult": (58, 108),  # 60 of 108 (55.6 %) (day 13 start, 7a3d9ec)
        "threat": (65, 85),  # 67 of 85 (78.8 %) (day 13 start, 7a3d9ec)
        "obfuscated": (39, 42),  # 40 of 42 (95.2 %) (day 13 start, 7a3d9ec)
        "banter": (47, 49),  # 48 of 49 (98.0 %) (day 13 start, 7a3d9ec)
        "benign": (28, 33),  # 29 of 33 (87.9 %) (day 13 start, 7a3d9ec)
    },
    ("r69_abuse", "patient"): {
        "insult": (32, 74),  # 34 of 74 (45.9 %) (day 13 start, 7a3d9ec)
        "threat": (62, 84),  # 64 of 84 (76.2 %) (day 13 start, 7a3d9ec)
        "obfuscated": (27, 30),  # 28 of 30 (93.3 %) (day 13 start, 7a3d9ec)
        "banter": (1, 3),  # 2 of 3 (66.7 %) (day 13 start, 7a3d9ec)
        "benign": (23, 27),  # 24 of 27 (88.9 %) (day 13 start, 7a3d9ec)
    },
    ("r70_groups", "game"): {
        "reported_abuse": (59, 66),  # 60 of 66 (90.9 %) (day 13 start, 7a3d9ec)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (16, 20),  # 17 of 20 (85.0 %) (day 13 start, 7a3d9ec)
        "hate": (56, 91),  # 58 of 91 (63.7 %) (day 13 start, 7a3d9ec)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (41, 43),  # 42 of 43 (97.7 %) (day 13 start, 7a3d9ec)
    },
    ("r70_groups", "patient"): {
        "distress": (2, 3),  # 3 of 3 (100.0 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (56, 63),  # 57 of 63 (90.5 %) (day 13 start, 7a3d9ec)
        "illness": (24, 25),  # 25 of 25 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (29, 30),  # 30 of 30 (100.0 %) (day 13 start, 7a3d9ec)
        "hate": (59, 94),  # 61 of 94 (64.9 %) (day 13 start, 7a3d9ec)
        "benign": (51, 53),  # 52 of 53 (98.1 %) (day 13 start, 7a3d9ec)
    },
    ("r71_threads", "game"): {
        "crisis": (23, 25),  # 24 of 25 (96.0 %) (day 13 start, 7a3d9ec)
        "distress": (20, 23),  # 21 of 23 (91.3 %) (day 13 start, 7a3d9ec)
        "help": (23, 28),  # 24 of 28 (85.7 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (24, 26),  # 25 of 26 (96.2 %) (day 13 start, 7a3d9ec)
        "self_talk": (22, 23),  # 23 of 23 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (32, 34),  # 33 of 34 (97.1 %) (day 13 start, 7a3d9ec)
        "hate": (27, 30),  # 28 of 30 (93.3 %) (day 13 start, 7a3d9ec)
        "threat": (18, 23),  # 19 of 23 (82.6 %) (day 13 start, 7a3d9ec)
        "obfuscated": (19, 20),  # 20 of 20 (100.0 %) (day 13 start, 7a3d9ec)
        "banter": (31, 32),  # 32 of 32 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (25, 26),  # 26 of 26 (100.0 %) (day 13 start, 7a3d9ec)
    },
    ("r71_threads", "patient"): {
        "crisis": (27, 29),  # 28 of 29 (96.6 %) (day 13 start, 7a3d9ec)
        "distress": (26, 30),  # 27 of 30 (90.0 %) (day 13 start, 7a3d9ec)
        "help": (22, 27),  # 23 of 27 (85.2 %) (day 13 start, 7a3d9ec)
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) (day 13 start, 7a3d9ec)
        "illness": (35, 36),  # 36 of 36 (100.0 %) (day 13 start, 7a3d9ec)
        "self_talk": (14, 15),  # 15 of 15 (100.0 %) (day 13 start, 7a3d9ec)
        "insult": (13, 15),  # 14 of 15 (93.3 %) (day 13 start, 7a3d9ec)
        "hate": (24, 26),  # 25 of 26 (96.2 %) (day 13 start, 7a3d9ec)
        "threat": (16, 21),  # 17 of 21 (81.0 %) (day 13 start, 7a3d9ec)
        "obfuscated": (15, 16),  # 16 of 16 (100.0 %) (day 13 start, 7a3d9ec)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 13 start, 7a3d9ec)
        "benign": (24, 25),  # 25 of 25 (100.0 %) (day 13 start, 7a3d9ec)
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
