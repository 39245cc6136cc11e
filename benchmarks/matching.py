"""The local path alone: messages per second on one core, the old path and the new one side by side.

The process pins itself to one CPU (``sched_setaffinity``) and runs ``SignalExtractor.local`` on the
benchmark's chat messages, per preset, three times: the old path (word lists only — the matching key with
NFKD, invisible characters, confusables, leetspeak variants, every word list with its allow-list, the
patterns and the help/crisis phrases), the new one (the same plus the judgement detectors: the chat
normaliser, crisis/distress/help and abuse readings, own-words scanning), and the new one with the
detectors' shortcuts off (``bot.classify.judge._requires.ungated``: no clause gate, no RE2 set, both
learned readers always run: every pattern runs, as before them; same verdicts,
``tests/classify/judge/test_fast_path.py``). These figures are cold: the judge's
per-process memory of recent judgements is off (every message judged afresh, as if all were distinct).
Times are the process's CPU time (``time.process_time``): on a machine shared with other work, time spent
waiting for the core does not count against the path measured.

``two_readers``: the live bot reads a public message twice (the moderation pipeline and the help
listener, each with its own extractor); with the shared recent judgements the second read reuses the
first one's judgement. Measured per message with that memory emptied before each message (so repeats in
the flood do not count), against the same two reads with it off.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from benchmarks.messages import flood
from bot.classify import judge as judge_module
from bot.classify.extract import SignalExtractor
from bot.classify.judge import Judge
from bot.classify.judge._requires import ungated
from bot.classify.normalize import normalize
from bot.domain.policy.loader import load_policy

__all__ = ["run_matching"]


def _rate(fn: Callable[[str], object], texts: list[str], repeats: int) -> float:
    """Best of ``repeats`` passes: the pass least disturbed by anything else on the machine."""
    for text in texts[:1000]:
        fn(text)
    best = 0.0
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            fn(text)
        best = max(best, len(texts) / (time.process_time() - start))
    return best


def _interleaved(
    paths: dict[str, Callable[[str], object]], texts: list[str], repeats: int
) -> dict[str, float]:
    """Like ``_rate`` for several paths, their passes taken in turn (a, b, c, a, b, c...): a busy machine
    slows them alike, so the figures side by side compare. A path named ``*ungated`` runs with the
    detectors' shortcuts off."""
    best = dict.fromkeys(paths, 0.0)
    for name, fn in paths.items():
        with ungated() if name.endswith("ungated") else nullcontext():
            for text in texts[:1000]:
                fn(text)
    for _ in range(repeats):
        for name, fn in paths.items():
            with ungated() if name.endswith("ungated") else nullcontext():
                start = time.process_time()
                for text in texts:
                    fn(text)
                best[name] = max(best[name], len(texts) / (time.process_time() - start))
    return best


def run_matching(opts: dict[str, Any]) -> dict[str, Any]:
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        pinned = True
    texts = [m.content for m in flood(opts["matching_messages"], seed=29)]
    people = _corpus_texts(opts.get("matching_corpus", 2000))
    out: dict[str, Any] = {
        "messages": len(texts),
        "corpus_messages": len(people),
        "pinned_to_one_core": pinned,
    }
    out["normalize"] = _rate(normalize, texts, opts.get("matching_repeats", 5))
    for preset in ("patient", "game"):
        policy = load_policy(preset)
        lists_only = SignalExtractor.from_policy(policy, None, detectors=False)
        extractor = SignalExtractor.from_policy(policy, None)
        extractor.judge = Judge(recent=False)
        entries = sum(len(e) for per_language in policy.lists.values() for e in per_language.values())
        rates = _interleaved(
            {"lists_only": lists_only.local, "ungated": extractor.local, "rate": extractor.local},
            texts,
            opts.get("matching_repeats", 5),
        )
        if people:
            rates["corpus"] = _rate(extractor.local, people, opts.get("matching_repeats", 5))
        out[preset] = {
            **rates,
            "entries": entries,
            "allow": sum(len(e) for e in policy.allow.values()),
            "patterns": len(policy.patterns),
            "phrases": sum(len(t) for p in policy.phrases for t in p.text.values()),
        }
    out["two_readers"] = _two_readers(texts, opts.get("matching_repeats", 5))
    return out


def _corpus_texts(count: int) -> list[str]:
    """``count`` distinct texts of the corpus's tune split, shuffled with a fixed seed ([] without one)."""
    try:
        from bot.cli.evaluate import corpus_files, read_records
    except ImportError:  # a tree from before the corpus
        return []
    texts = list(dict.fromkeys(record.text for record in read_records(corpus_files("tune"))))
    random.Random(2).shuffle(texts)
    return texts[:count]


def _two_readers(texts: list[str], repeats: int) -> dict[str, float]:
    policy = load_policy("patient")
    shared = [SignalExtractor.from_policy(policy, None) for _ in range(2)]
    cold = [SignalExtractor.from_policy(policy, None) for _ in range(2)]
    for extractor in cold:
        extractor.judge = Judge(recent=False)
    recent = judge_module._recent

    def both_shared(text: str) -> None:
        recent.clear()  # as if every message were new: only the second reader's reuse counts
        shared[0].local(text)
        shared[1].local(text)

    def both_cold(text: str) -> None:
        cold[0].local(text)
        cold[1].local(text)

    return _interleaved({"shared": both_shared, "cold": both_cold}, texts, repeats)
