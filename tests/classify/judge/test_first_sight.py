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
# Lowered on purpose at 21:40 UTC on 2026-12-07 (thirteenth day), by the merge of rounds 63-66 and the
# relearned cues, before any rule changed: r67_check reported abuse, patient, 18 -> 17 of 23 (one report
# fewer offered help); r70_groups hate 56 -> 54 of 91 (game) and 59 -> 58 of 94 (patient), two and one
# fewer. Rounds 68-71 had been measured on 7a3d9ec first. Not looked for: the files are never read.
FIRST_SIGHT: dict[tuple[str, str], dict[str, tuple[int, int]]] = {
    ("r11_check", "game"): {
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 13 end)
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 13 end)
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 13 end)
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 13 end)
    },
    ("r67_check", "game"): {
        "reported_abuse": (25, 27),  # 26 of 27 (96.3 %) (day 13 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 13 end)
        "self_talk": (13, 15),  # 14 of 15 (93.3 %) (day 13 end)
    },
    ("r67_check", "patient"): {
        "reported_abuse": (17, 23),  # 18 of 23 (78.3 %) (day 13 end)
        "illness": (45, 46),  # 46 of 46 (100.0 %) (day 13 end)
        "self_talk": (25, 29),  # 26 of 29 (89.7 %) (day 13 end)
    },
    ("r68_support", "game"): {
        "crisis": (86, 104),  # 88 of 104 (84.6 %) (day 13 end)
        "distress": (40, 51),  # 41 of 51 (80.4 %) (day 13 end)
        "help": (50, 55),  # 51 of 55 (92.7 %) (day 13 end)
        "self_talk": (7, 8),  # 8 of 8 (100.0 %) (day 13 end)
        "benign": (19, 20),  # 20 of 20 (100.0 %) (day 13 end)
    },
    ("r68_support", "patient"): {
        "crisis": (116, 134),  # 119 of 134 (88.8 %) (day 13 end)
        "distress": (71, 87),  # 73 of 87 (83.9 %) (day 13 end)
        "help": (55, 63),  # 56 of 63 (88.9 %) (day 13 end)
        "illness": (33, 35),  # 34 of 35 (97.1 %) (day 13 end)
        "self_talk": (6, 7),  # 7 of 7 (100.0 %) (day 13 end)
        "benign": (17, 18),  # 18 of 18 (100.0 %) (day 13 end)
    },
    ("r69_abuse", "game"): {
        "insult": (62, 108),  # 64 of 108 (59.3 %) (day 13 end)
        "threat": (65, 85),  # 67 of 85 (78.8 %) (day 13 end)
        "obfuscated": (39, 42),  # 40 of 42 (95.2 %) (day 13 end)
        "banter": (47, 49),  # 48 of 49 (98.0 %) (day 13 end)
        "benign": (28, 33),  # 29 of 33 (87.9 %) (day 13 end)
    },
    ("r69_abuse", "patient"): {
        "insult": (38, 74),  # 40 of 74 (54.1 %) (day 13 end)
        "threat": (63, 84),  # 65 of 84 (77.4 %) (day 13 end)
        "obfuscated": (27, 30),  # 28 of 30 (93.3 %) (day 13 end)
        "banter": (1, 3),  # 2 of 3 (66.7 %) (day 13 end)
        "benign": (23, 27),  # 24 of 27 (88.9 %) (day 13 end)
    },
    ("r70_groups", "game"): {
        "reported_abuse": (59, 66),  # 60 of 66 (90.9 %) (day 13 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 13 end)
        "self_talk": (16, 20),  # 17 of 20 (85.0 %) (day 13 end)
        "hate": (54, 91),  # 56 of 91 (61.5 %) (day 13 end)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 13 end)
        "benign": (41, 43),  # 42 of 43 (97.7 %) (day 13 end)
    },
    ("r70_groups", "patient"): {
        "distress": (2, 3),  # 3 of 3 (100.0 %) (day 13 end)
        "reported_abuse": (56, 63),  # 57 of 63 (90.5 %) (day 13 end)
        "illness": (24, 25),  # 25 of 25 (100.0 %) (day 13 end)
        "self_talk": (29, 30),  # 30 of 30 (100.0 %) (day 13 end)
        "hate": (59, 94),  # 61 of 94 (64.9 %) (day 13 end)
        "benign": (51, 53),  # 52 of 53 (98.1 %) (day 13 end)
    },
    ("r71_threads", "game"): {
        "crisis": (23, 25),  # 24 of 25 (96.0 %) (day 13 end)
        "distress": (21, 23),  # 22 of 23 (95.7 %) (day 13 end)
        "help": (23, 28),  # 24 of 28 (85.7 %) (day 13 end)
        "reported_abuse": (24, 26),  # 25 of 26 (96.2 %) (day 13 end)
        "self_talk": (22, 23),  # 23 of 23 (100.0 %) (day 13 end)
        "insult": (33, 34),  # 34 of 34 (100.0 %) (day 13 end)
        "hate": (27, 30),  # 28 of 30 (93.3 %) (day 13 end)
        "threat": (18, 23),  # 19 of 23 (82.6 %) (day 13 end)
        "obfuscated": (19, 20),  # 20 of 20 (100.0 %) (day 13 end)
        "banter": (31, 32),  # 32 of 32 (100.0 %) (day 13 end)
        "benign": (25, 26),  # 26 of 26 (100.0 %) (day 13 end)
    },
    ("r71_threads", "patient"): {
        "crisis": (27, 29),  # 28 of 29 (96.6 %) (day 13 end)
        "distress": (27, 30),  # 28 of 30 (93.3 %) (day 13 end)
        "help": (22, 27),  # 23 of 27 (85.2 %) (day 13 end)
        "reported_abuse": (22, 23),  # 23 of 23 (100.0 %) (day 13 end)
        "illness": (35, 36),  # 36 of 36 (100.0 %) (day 13 end)
        "self_talk": (14, 15),  # 15 of 15 (100.0 %) (day 13 end)
        "insult": (14, 15),  # 15 of 15 (100.0 %) (day 13 end)
        "hate": (24, 26),  # 25 of 26 (96.2 %) (day 13 end)
        "threat": (16, 21),  # 17 of 21 (81.0 %) (day 13 end)
        "obfuscated": (15, 16),  # 16 of 16 (100.0 %) (day 13 end)
        "banter": (1, 2),  # 2 of 2 (100.0 %) (day 13 end)
        "benign": (24, 25),  # 25 of 25 (100.0 %) (day 13 end)
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
