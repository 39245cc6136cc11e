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
# Lowered on purpose at 00:40 UTC on 2026-12-08 (fourteenth day), by the merge of rounds 68-71 and the
# relearned cues, before any rule changed: r67_check reported abuse, patient, 17 -> 16 of 23 (one report
# fewer offered help). Rounds 72-75 had been measured on b7c6129 first. Not looked for: the files are
# never read.
FIRST_SIGHT: dict[tuple[str, str], dict[str, tuple[int, int]]] = {
    ("r11_check", "game"): {
        "banter": (15, 16),  # 16 of 16 (100.0 %) (day 14 end)
        "benign": (40, 41),  # 41 of 41 (100.0 %) (day 14 end)
    },
    ("r11_check", "patient"): {
        "banter": (9, 10),  # 10 of 10 (100.0 %) (day 14 end)
        "benign": (54, 56),  # 55 of 56 (98.2 %) (day 14 end)
    },
    ("r67_check", "game"): {
        "reported_abuse": (25, 27),  # 26 of 27 (96.3 %) (day 14 end)
        "illness": (0, 1),  # 1 of 1 (100.0 %) (day 14 end)
        "self_talk": (13, 15),  # 14 of 15 (93.3 %) (day 14 end)
    },
    ("r67_check", "patient"): {
        "reported_abuse": (16, 23),  # 17 of 23 (73.9 %) (day 14 end)
        "illness": (45, 46),  # 46 of 46 (100.0 %) (day 14 end)
        "self_talk": (25, 29),  # 26 of 29 (89.7 %) (day 14 end)
    },
    ("r72_support", "game"): {
        "crisis": (41, 45),  # 42 of 45 (93.3 %) (day 14 end)
        "distress": (27, 30),  # 28 of 30 (93.3 %) (day 14 end)
        "help": (24, 27),  # 25 of 27 (92.6 %) (day 14 end)
        "self_talk": (7, 8),  # 8 of 8 (100.0 %) (day 14 end)
        "benign": (7, 8),  # 8 of 8 (100.0 %) (day 14 end)
    },
    ("r72_support", "patient"): {
        "crisis": (96, 103),  # 98 of 103 (95.1 %) (day 14 end)
        "distress": (55, 69),  # 57 of 69 (82.6 %) (day 14 end)
        "help": (47, 50),  # 48 of 50 (96.0 %) (day 14 end)
        "illness": (38, 40),  # 39 of 40 (97.5 %) (day 14 end)
        "self_talk": (6, 7),  # 7 of 7 (100.0 %) (day 14 end)
        "benign": (6, 7),  # 7 of 7 (100.0 %) (day 14 end)
    },
    ("r73_abuse", "game"): {
        "insult": (55, 69),  # 57 of 69 (82.6 %) (day 14 end)
        "threat": (41, 47),  # 42 of 47 (89.4 %) (day 14 end)
        "obfuscated": (19, 23),  # 20 of 23 (87.0 %) (day 14 end)
        "banter": (43, 45),  # 44 of 45 (97.8 %) (day 14 end)
        "benign": (18, 19),  # 19 of 19 (100.0 %) (day 14 end)
    },
    ("r73_abuse", "patient"): {
        "insult": (45, 69),  # 47 of 69 (68.1 %) (day 14 end)
        "threat": (35, 54),  # 36 of 54 (66.7 %) (day 14 end)
        "obfuscated": (15, 17),  # 16 of 17 (94.1 %) (day 14 end)
        "banter": (12, 13),  # 13 of 13 (100.0 %) (day 14 end)
        "benign": (23, 24),  # 24 of 24 (100.0 %) (day 14 end)
    },
    ("r74_groups", "game"): {
        "reported_abuse": (79, 82),  # 81 of 82 (98.8 %) (day 14 end)
        "self_talk": (27, 34),  # 28 of 34 (82.4 %) (day 14 end)
        "hate": (93, 118),  # 95 of 118 (80.5 %) (day 14 end)
        "benign": (41, 42),  # 42 of 42 (100.0 %) (day 14 end)
    },
    ("r74_groups", "patient"): {
        "reported_abuse": (39, 44),  # 40 of 44 (90.9 %) (day 14 end)
        "illness": (29, 30),  # 30 of 30 (100.0 %) (day 14 end)
        "self_talk": (17, 22),  # 18 of 22 (81.8 %) (day 14 end)
        "hate": (56, 67),  # 58 of 67 (86.6 %) (day 14 end)
        "benign": (37, 38),  # 38 of 38 (100.0 %) (day 14 end)
    },
    ("r75_threads", "game"): {
        "crisis": (14, 15),  # 15 of 15 (100.0 %) (day 14 end)
        "distress": (11, 13),  # 12 of 13 (92.3 %) (day 14 end)
        "help": (13, 14),  # 14 of 14 (100.0 %) (day 14 end)
        "reported_abuse": (19, 20),  # 20 of 20 (100.0 %) (day 14 end)
        "self_talk": (20, 21),  # 21 of 21 (100.0 %) (day 14 end)
        "insult": (24, 25),  # 25 of 25 (100.0 %) (day 14 end)
        "hate": (15, 19),  # 16 of 19 (84.2 %) (day 14 end)
        "threat": (22, 24),  # 23 of 24 (95.8 %) (day 14 end)
        "obfuscated": (26, 29),  # 27 of 29 (93.1 %) (day 14 end)
        "banter": (26, 28),  # 27 of 28 (96.4 %) (day 14 end)
        "benign": (18, 19),  # 19 of 19 (100.0 %) (day 14 end)
    },
    ("r75_threads", "patient"): {
        "crisis": (19, 20),  # 20 of 20 (100.0 %) (day 14 end)
        "distress": (19, 20),  # 20 of 20 (100.0 %) (day 14 end)
        "help": (15, 16),  # 16 of 16 (100.0 %) (day 14 end)
        "reported_abuse": (13, 14),  # 14 of 14 (100.0 %) (day 14 end)
        "illness": (33, 34),  # 34 of 34 (100.0 %) (day 14 end)
        "self_talk": (12, 13),  # 13 of 13 (100.0 %) (day 14 end)
        "insult": (8, 9),  # 9 of 9 (100.0 %) (day 14 end)
        "hate": (10, 11),  # 11 of 11 (100.0 %) (day 14 end)
        "threat": (5, 7),  # 6 of 7 (85.7 %) (day 14 end)
        "obfuscated": (1, 2),  # 2 of 2 (100.0 %) (day 14 end)
        "banter": (3, 4),  # 4 of 4 (100.0 %) (day 14 end)
        "benign": (13, 14),  # 14 of 14 (100.0 %) (day 14 end)
    },
    ("r76_support", "game"): {
        "crisis": (38, 43),  # 39 of 43 (90.7 %) (day 14 end)
        "distress": (20, 28),  # 21 of 28 (75.0 %) (day 14 end)
        "help": (28, 31),  # 29 of 31 (93.5 %) (day 14 end)
        "illness": (1, 2),  # 2 of 2 (100.0 %) (day 14 end)
        "self_talk": (6, 7),  # 7 of 7 (100.0 %) (day 14 end)
        "benign": (7, 8),  # 8 of 8 (100.0 %) (day 14 end)
    },
    ("r76_support", "patient"): {
        "crisis": (106, 116),  # 108 of 116 (93.1 %) (day 14 end)
        "distress": (45, 62),  # 46 of 62 (74.2 %) (day 14 end)
        "help": (40, 47),  # 41 of 47 (87.2 %) (day 14 end)
        "illness": (36, 38),  # 37 of 38 (97.4 %) (day 14 end)
        "self_talk": (6, 7),  # 7 of 7 (100.0 %) (day 14 end)
        "benign": (6, 7),  # 7 of 7 (100.0 %) (day 14 end)
    },
    ("r77_abuse", "game"): {
        "insult": (40, 69),  # 42 of 69 (60.9 %) (day 14 end)
        "threat": (38, 53),  # 39 of 53 (73.6 %) (day 14 end)
        "obfuscated": (18, 20),  # 19 of 20 (95.0 %) (day 14 end)
        "banter": (39, 40),  # 40 of 40 (100.0 %) (day 14 end)
        "benign": (17, 18),  # 18 of 18 (100.0 %) (day 14 end)
    },
    ("r77_abuse", "patient"): {
        "insult": (42, 69),  # 44 of 69 (63.8 %) (day 14 end)
        "threat": (40, 54),  # 41 of 54 (75.9 %) (day 14 end)
        "obfuscated": (19, 20),  # 20 of 20 (100.0 %) (day 14 end)
        "banter": (18, 19),  # 19 of 19 (100.0 %) (day 14 end)
        "benign": (21, 22),  # 22 of 22 (100.0 %) (day 14 end)
    },
    ("r78_groups", "game"): {
        "reported_abuse": (52, 61),  # 53 of 61 (86.9 %) (day 14 end)
        "self_talk": (16, 26),  # 17 of 26 (65.4 %) (day 14 end)
        "hate": (74, 110),  # 76 of 110 (69.1 %) (day 14 end)
        "benign": (30, 32),  # 31 of 32 (96.9 %) (day 14 end)
    },
    ("r78_groups", "patient"): {
        "reported_abuse": (49, 66),  # 50 of 66 (75.8 %) (day 14 end)
        "illness": (28, 30),  # 29 of 30 (96.7 %) (day 14 end)
        "self_talk": (26, 36),  # 27 of 36 (75.0 %) (day 14 end)
        "hate": (60, 92),  # 62 of 92 (67.4 %) (day 14 end)
        "benign": (32, 33),  # 33 of 33 (100.0 %) (day 14 end)
    },
    ("r79_check", "game"): {
        "reported_abuse": (45, 50),  # 46 of 50 (92.0 %) (day 14 end)
        "self_talk": (39, 41),  # 40 of 41 (97.6 %) (day 14 end)
    },
    ("r79_check", "patient"): {
        "reported_abuse": (50, 54),  # 51 of 54 (94.4 %) (day 14 end)
        "illness": (96, 100),  # 98 of 100 (98.0 %) (day 14 end)
        "self_talk": (57, 59),  # 58 of 59 (98.3 %) (day 14 end)
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
