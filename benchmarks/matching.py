"""The local path alone: messages per second on one core, the old path and the new one side by side.

The process pins itself to one CPU (``sched_setaffinity``) and runs ``SignalExtractor.local`` on the
benchmark's chat messages, per preset, twice: the old path (word lists only — the matching key with NFKD,
invisible characters, confusables, leetspeak variants, every word list with its allow-list, the patterns
and the help/crisis phrases) and the new one (the same plus the judgement detectors: the chat
normaliser, crisis/distress/help and abuse readings, own-words scanning).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from benchmarks.messages import flood
from bot.classify.extract import SignalExtractor
from bot.classify.normalize import normalize
from bot.domain.policy.loader import load_policy

__all__ = ["run_matching"]


def _rate(fn: Callable[[str], object], texts: list[str], repeats: int) -> float:
    """Best of ``repeats`` passes: the pass least disturbed by anything else on the machine."""
    for text in texts[:1000]:
        fn(text)
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def run_matching(opts: dict[str, Any]) -> dict[str, Any]:
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        pinned = True
    texts = [m.content for m in flood(opts["matching_messages"], seed=29)]
    out: dict[str, Any] = {"messages": len(texts), "pinned_to_one_core": pinned}
    out["normalize"] = _rate(normalize, texts, opts.get("matching_repeats", 5))
    for preset in ("patient", "game"):
        policy = load_policy(preset)
        lists_only = SignalExtractor.from_policy(policy, None, detectors=False)
        extractor = SignalExtractor.from_policy(policy, None)
        entries = sum(len(e) for per_language in policy.lists.values() for e in per_language.values())
        out[preset] = {
            "lists_only": _rate(lists_only.local, texts, opts.get("matching_repeats", 5)),
            "rate": _rate(extractor.local, texts, opts.get("matching_repeats", 5)),
            "entries": entries,
            "allow": sum(len(e) for e in policy.allow.values()),
            "patterns": len(policy.patterns),
            "phrases": sum(len(t) for p in policy.phrases for t in p.text.values()),
        }
    return out
