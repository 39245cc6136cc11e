"""Measure the abuse detector on a corpus split (a developer's tool; `havre evaluate` is the official one).

    .venv/bin/python tests/classify/judge/measure_abuse.py [--split tune] [-v]

Prints, per category, the share of messages meeting the target (insult/hate/threat/obfuscated: at least one
hit; reported_abuse: reported and no hit; banter: hit rate; benign/illness/self_talk: hit rate) and the
mean time of ``assess_abuse`` (normaliser excluded) and of ``read`` + ``assess_abuse``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from bot.classify.judge.abuse import _reread, assess_abuse
from bot.classify.judge.chat import Chat, read

CORPUS = Path(__file__).resolve().parents[3] / "bot" / "classify" / "judge" / "corpus"
ACT = {"insult", "hate", "threat", "obfuscated"}
QUIET = {"banter", "benign", "illness", "self_talk", "crisis", "distress", "help"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", choices=["tune"])  # the held-back split is not ours
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rows = []
    for name in (f"abuse_{args.split}.jsonl", f"support_{args.split}.jsonl"):
        path = CORPUS / name
        if path.exists():
            rows += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    good: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    chats = [read(r["text"], reply=bool(r.get("reply"))) for r in rows]
    for row, chat in zip(rows, chats, strict=True):
        cat = row["category"]
        reading = assess_abuse(chat)
        total[cat] += 1
        if cat in ACT:
            ok = bool(reading.hits)
        elif cat == "reported_abuse":
            ok = reading.reported and not reading.hits
        else:
            ok = not reading.hits
        good[cat] += ok
        if not ok:
            cues = ",".join(h.cue for h in reading.hits)
            misses.append(f"{cat:15} {row['id']:10} rep={reading.reported:d} [{cues}] {row['text'][:150]!r}")
    for cat in sorted(total):
        share = 100 * good[cat] / total[cat]
        label = "hit" if cat in ACT else ("reported, no hit" if cat == "reported_abuse" else "no hit")
        print(f"{cat:15} {good[cat]:4}/{total[cat]:<4} {share:5.1f} % {label}")

    def per_message(chosen: list[Chat]) -> float:
        """Best of five passes, CPU microseconds per message (the re-read cache emptied each pass)."""
        best = float("inf")
        for _ in range(5):
            _reread.cache_clear()
            start = time.process_time()
            for chat in chosen:
                assess_abuse(chat)
            best = min(best, (time.process_time() - start) / max(1, len(chosen)))
        return best * 1e6

    ordinary = [c for c, r in zip(chats, rows, strict=True) if r["category"] == "benign"]
    hard = [c for c, r in zip(chats, rows, strict=True) if r["category"] in ("illness", "distress", "banter")]
    texts = [(r["text"], bool(r.get("reply"))) for r in rows]
    start = time.process_time()
    for text, reply in texts:
        assess_abuse(read(text, reply=reply))
    both = (time.process_time() - start) / len(texts) * 1e6
    print(
        f"assess_abuse us/message: benign {per_message(ordinary):.1f}, illness/distress/banter "
        f"{per_message(hard):.1f}, all categories {per_message(chats):.1f}; "
        f"read + assess_abuse (all) {both:.1f}"
    )
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
