"""Measure the support detector on a corpus split (default: the tune split). Not a test.

    .venv/bin/python tests/classify/judge/measure_support.py [FILE] [--show CATEGORY] [--time]

Prints, per category, how many messages reach the expected outcome: crisis -> CRISIS; distress and help
-> DISTRESS/CRISIS or help_request; illness, self_talk, benign -> NONE without help_request.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from bot.classify.judge.chat import read
from bot.classify.judge.support import assess_support
from bot.domain.signals import SupportLevel

CORPUS = Path(__file__).resolve().parents[3] / "bot/classify/judge/corpus/support_tune.jsonl"


def ok(category: str, level: SupportLevel, help_request: bool) -> bool:
    if category == "crisis":
        return level is SupportLevel.CRISIS
    if category in ("distress", "help", "reported_abuse"):
        return level is not SupportLevel.NONE or help_request
    return level is SupportLevel.NONE and not help_request


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    if show in args:
        args.remove(show)
    path = Path(args[0]) if args else CORPUS
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    good: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        reading = assess_support(read(row["text"], reply=row.get("reply", False)))
        category = row["category"]
        total[category] += 1
        passed = ok(category, reading.level, reading.help_request)
        good[category] += passed
        if show in (category, "all") and not passed:
            cues = ",".join(s.cue for s in reading.signs)
            print(
                f"  MISS {row['id']} {row.get('kind')} -> {reading.level.value} help={reading.help_request}"
                f" lowered={reading.lowered_by} [{cues}] | {row['text'][:150]!r}"
            )
    for category in sorted(total):
        rate = 100 * good[category] / total[category]
        print(f"{category:15s} {good[category]:4d}/{total[category]:<4d} {rate:5.1f} %")
    if "--time" in argv:
        texts = [row["text"] for row in rows]
        start = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            for text in texts:
                assess_support(read(text))
        per = (time.perf_counter() - start) / (rounds * len(texts)) * 1e6
        print(f"read()+assess_support(): {per:.1f} us/message over {len(texts)} messages")


if __name__ == "__main__":
    main(sys.argv[1:])
