#!/usr/bin/env python3
"""Regenerate bot/classify/judge/cue_weights.json from the corpus's tune split (never the held-back one).

    .venv/bin/python scripts/learn-cues.py          # write the weights file
    .venv/bin/python scripts/learn-cues.py --cv     # also print the 5-fold cross-validation grid

Run it after changing the tune split or the chat normaliser (a test fails until you do). The thresholds in
bot/classify/judge/_cues.py are the lowest at which the grid adds at most one false crisis per 100 quiet
messages (illness talk, benign chat, self-talk, banter), and no false abuse review on benign chat, illness
talk or self-talk and at most 3 % on banter.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.classify.judge import _cues as cues  # noqa: E402
from bot.classify.judge.abuse import assess_abuse  # noqa: E402
from bot.classify.judge.chat import read  # noqa: E402
from bot.classify.judge.support import assess_support  # noqa: E402

QUIET = ("illness", "benign", "self_talk", "banter")


def write() -> Path:
    target = ROOT / "bot" / "classify" / "judge" / cues.WEIGHTS_FILE
    data = cues.weights_data(cues.learn_from_corpus())
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return target


def cross_validate(folds: int = 5) -> None:
    examples = cues.tune_examples()
    random.Random(11).shuffle(examples)
    chats = [(read(text), category, kind) for text, category, kind in examples]
    rules = [(assess_support(chat), assess_abuse(chat)) for chat, _, _ in chats]
    support_grid = [(a, b) for a in (0.5, 1.0, 2.0, 3.0) for b in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0)]
    abuse_grid = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0)
    crisis: dict[tuple[float, float], dict[str, list[int]]] = {
        g: defaultdict(lambda: [0, 0]) for g in support_grid
    }
    abuse: dict[float, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in abuse_grid}
    for fold in range(folds):
        train = [item for i, item in enumerate(chats) if i % folds != fold]
        support_model = cues.CueModel((chat, cues.label(category)) for chat, category, _ in train)
        abuse_model = cues.AbuseCues((chat, cues.abuse_label(c, k)) for chat, c, k in train)
        for i, (chat, category, _) in enumerate(chats):
            if i % folds != fold:
                continue
            support, found = rules[i]
            crisis_margin, _ = cues.margins(support_model, chat)
            _, abuse_margin = abuse_model.best(chat)
            for from_distress, from_none in support_grid:
                level = support.level.value
                if (not found.hits and level == "distress" and crisis_margin >= from_distress) or (
                    not found.hits and level == "none" and crisis_margin >= from_none
                ):
                    level = "crisis"
                cell = crisis[(from_distress, from_none)][category]
                cell[0] += level == "crisis"
                cell[1] += 1
            quiet = not found.hits and not found.reported and not found.self_talk
            for threshold in abuse_grid:
                cell = abuse[threshold][category]
                cell[0] += quiet and support.level.value != "crisis" and abuse_margin >= threshold
                cell[1] += 1
    print("crisis lift (from distress, from none): crisis recall | false crisis on", ", ".join(QUIET))
    for grid_point, cells in crisis.items():
        false = sum(cells[c][0] for c in QUIET)
        quiet = sum(cells[c][1] for c in QUIET)
        print(f"  {grid_point}: {cells['crisis'][0]}/{cells['crisis'][1]} | {false}/{quiet}")
    print("abuse review threshold: new reviews per category")
    for threshold, cells in abuse.items():
        print(f"  {threshold}: " + " ".join(f"{c}={v[0]}/{v[1]}" for c, v in sorted(cells.items())))


if __name__ == "__main__":
    print(f"wrote {write()}")
    if "--cv" in sys.argv[1:]:
        cross_validate()
