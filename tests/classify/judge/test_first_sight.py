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
# `abuse._self_address`, "describes") did not bring it back; the message is not looked for.
FIRST_SIGHT: dict[tuple[str, str], dict[str, tuple[int, int]]] = {
    ("r11_check", "game"): {
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 12 end)
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 12 end)
    },
    ("r11_check", "patient"): {
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 12 end)
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 12 end)
    },
    ("r63_support", "game"): {
        "crisis": (53, 60),  # 54 of 60 (90.0 %) (day 12 end)
        "distress": (29, 36),  # 30 of 36 (83.3 %) (day 12 end)
        "help": (53, 60),  # 54 of 60 (90.0 %) (day 12 end)
        "self_talk": (8, 9),  # 9 of 9 (100.0 %) (day 12 end)
        "benign": (12, 13),  # 13 of 13 (100.0 %) (day 12 end)
    },
    ("r63_support", "patient"): {
        "crisis": (113, 133),  # 115 of 133 (86.5 %) (day 12 end)
        "distress": (71, 90),  # 73 of 90 (81.1 %) (day 12 end)
        "help": (66, 76),  # 68 of 76 (89.5 %) (day 12 end)
        "illness": (24, 25),  # 25 of 25 (100.0 %) (day 12 end)
        "self_talk": (9, 10),  # 10 of 10 (100.0 %) (day 12 end)
        "benign": (12, 13),  # 13 of 13 (100.0 %) (day 12 end)
    },
    ("r64_abuse", "game"): {
        "insult": (59, 113),  # 61 of 113 (54.0 %) (day 12 end)
        "threat": (62, 80),  # 64 of 80 (80.0 %) (day 12 end)
        "obfuscated": (39, 42),  # 40 of 42 (95.2 %) (day 12 end)
        "banter": (35, 37),  # 36 of 37 (97.3 %) (day 12 end)
        "benign": (28, 30),  # 29 of 30 (96.7 %) (day 12 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 12 end)
        "self_talk": (2, 3),  # 3 of 3 (100.0 %) (day 12 end)
    },
    ("r64_abuse", "patient"): {
        "insult": (42, 80),  # 44 of 80 (55.0 %) (day 12 end)
        "threat": (53, 77),  # 55 of 77 (71.4 %) (day 12 end)
        "obfuscated": (32, 35),  # 33 of 35 (94.3 %) (day 12 end)
        "banter": (2, 3),  # 3 of 3 (100.0 %) (day 12 end)
        "benign": (19, 22),  # 20 of 22 (90.9 %) (day 12 end)
        "illness": (8, 9),  # 9 of 9 (100.0 %) (day 12 end)
        "self_talk": (0, 1),  # 1 of 1 (100.0 %) (day 12 end)
    },
    ("r65_groups", "game"): {
        "hate": (70, 116),  # 72 of 116 (62.1 %) (day 12 end)
        "reported_abuse": (43, 67),  # 45 of 67 (67.2 %) (day 12 end)
        "self_talk": (30, 31),  # 31 of 31 (100.0 %) (day 12 end)
        "benign": (55, 58),  # 56 of 58 (96.6 %) (day 12 end)
        "distress": (3, 6),  # 4 of 6 (66.7 %) (day 12 end)
    },
    ("r65_groups", "patient"): {
        "hate": (36, 64),  # 37 of 64 (57.8 %) (day 12 end)
        "reported_abuse": (37, 49),  # 38 of 49 (77.6 %) (day 12 end)
        "self_talk": (23, 24),  # 24 of 24 (100.0 %) (day 12 end)
        "benign": (34, 36),  # 35 of 36 (97.2 %) (day 12 end)
        "illness": (33, 34),  # 34 of 34 (100.0 %) (day 12 end)
        "distress": (6, 7),  # 7 of 7 (100.0 %) (day 12 end)
    },
    ("r66_threads", "game"): {
        "crisis": (15, 17),  # 16 of 17 (94.1 %) (day 12 end)
        "distress": (16, 22),  # 17 of 22 (77.3 %) (day 12 end)
        "help": (26, 27),  # 27 of 27 (100.0 %) (day 12 end)
        "self_talk": (16, 17),  # 17 of 17 (100.0 %) (day 12 end)
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) (day 12 end)
        "insult": (23, 31),  # 24 of 31 (77.4 %) (day 12 end)
        "hate": (24, 27),  # 25 of 27 (92.6 %) (day 12 end)
        "threat": (22, 26),  # 23 of 26 (88.5 %) (day 12 end)
        "obfuscated": (29, 31),  # 30 of 31 (96.8 %) (day 12 end)
        "banter": (34, 35),  # 35 of 35 (100.0 %) (day 12 end)
        "benign": (28, 29),  # 29 of 29 (100.0 %) (day 12 end)
    },
    ("r66_threads", "patient"): {
        "crisis": (28, 30),  # 29 of 30 (96.7 %) (day 12 end)
        "distress": (25, 32),  # 26 of 32 (81.2 %) (day 12 end)
        "help": (29, 30),  # 30 of 30 (100.0 %) (day 12 end)
        "illness": (34, 35),  # 35 of 35 (100.0 %) (day 12 end)
        "self_talk": (24, 25),  # 25 of 25 (100.0 %) (day 12 end)
        "reported_abuse": (15, 19),  # 16 of 19 (84.2 %) (day 12 end)
        "insult": (15, 17),  # 16 of 17 (94.1 %) (day 12 end)
        "hate": (19, 22),  # 20 of 22 (90.9 %) (day 12 end)
        "threat": (18, 22),  # 19 of 22 (86.4 %) (day 12 end)
        "obfuscated": (13, 14),  # 14 of 14 (100.0 %) (day 12 end)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 12 end)
        "benign": (26, 27),  # 27 of 27 (100.0 %) (day 12 end)
    },
    ("r67_check", "game"): {
        "reported_abuse": (25, 27),  # 26 of 27 (96.3 %) (day 12 end)
        "self_talk": (13, 15),  # 14 of 15 (93.3 %) (day 12 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 12 end)
    },
    ("r67_check", "patient"): {
        "reported_abuse": (18, 23),  # 19 of 23 (82.6 %) (day 12 end)
        "self_talk": (24, 29),  # 25 of 29 (86.2 %) (day 12 end)
        "illness": (45, 46),  # 46 of 46 (100.0 %) (day 12 end)
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
