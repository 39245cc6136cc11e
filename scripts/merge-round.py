#!/usr/bin/env python3
"""Merge a round already measured at first sight into the corpus's tune split (corpus/README.md, "How the
corpus grew").

    .venv/bin/python scripts/merge-round.py ROUND_FILE ROUND_NUMBER [--heldout] [--dry-run]

Each record gets a tune id (``sup-t-rN-NNNN`` or ``abu-t-rN-NNNN``, keeping the round's own number) and goes
to ``support_tune.jsonl`` or ``abuse_tune.jsonl`` by its category: abuse categories (insult, hate, threat,
obfuscated, banter) to the abuse file, support categories (crisis, distress, help, illness, self_talk) to the
support file; ``benign`` and ``reported_abuse`` follow the round's own prefix (``sup-``/``abu-``) and, in a
mixed round, go to the support file for benign and the abuse file for reported abuse (the README's file
table). A text identical to a held-back text, or to one already in the tune split, is left out: the
held-back files are compared by exact text inside this script and never printed, only counted.

With ``--heldout`` the round joins the held-back split instead (``*_heldout.jsonl``, ids ``sup-h-rN-NNNN`` /
``abu-h-rN-NNNN``): only for a round nobody has read or tuned on, measured at first sight and kept in
``firstsight/`` until then. A text identical to one already in either split is left out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bot" / "classify" / "judge" / "corpus"
ABUSE = {"insult", "hate", "threat", "obfuscated", "banter"}
SUPPORT = {"crisis", "distress", "help", "illness", "self_talk"}


def _texts(path: Path) -> set[str]:
    return {
        json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    }


def destination(record: dict[str, object]) -> str:
    category = str(record["category"])
    if category in ABUSE:
        return "abuse"
    if category in SUPPORT:
        return "support"
    prefix = str(record["id"]).split("-")[0]
    if prefix in ("sup", "abu"):
        return "support" if prefix == "sup" else "abuse"
    return "abuse" if category == "reported_abuse" else "support"


def main(argv: list[str]) -> int:
    source, number = Path(argv[0]), int(argv[1])
    dry = "--dry-run" in argv
    split, letter = ("heldout", "h") if "--heldout" in argv else ("tune", "t")
    other = "tune" if split == "heldout" else "heldout"
    held = set().union(*(_texts(p) for p in CORPUS.glob(f"*_{other}.jsonl")))
    tune = {name: CORPUS / f"{name}_{split}.jsonl" for name in ("support", "abuse")}
    seen = set().union(*(_texts(p) for p in CORPUS.glob(f"*_{split}.jsonl")))
    ids = {
        json.loads(line)["id"]
        for path in CORPUS.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    out: dict[str, list[str]] = {"support": [], "abuse": []}
    dropped = Counter[str]()
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record["text"] in held:
            dropped[f"identical to a text of the {other} split"] += 1
            continue
        if record["text"] in seen:
            dropped[f"identical to a text of the {split} split"] += 1
            continue
        seen.add(record["text"])
        where = destination(record)
        serial = str(record["id"]).rsplit("-", 1)[1]
        record["id"] = f"{'sup' if where == 'support' else 'abu'}-{letter}-r{number}-{serial}"
        if record["id"] in ids:
            raise SystemExit(f"id {record['id']} already in the corpus")
        ids.add(record["id"])
        out[where].append(json.dumps(record, ensure_ascii=False))
    for where, lines in out.items():
        print(f"{where}_{split}.jsonl: +{len(lines)}")
        if lines and not dry:
            with tune[where].open("a", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
    for reason, count in dropped.items():
        print(f"left out, {reason}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
