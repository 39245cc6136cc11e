"""One measured configuration per process (so each peak RSS is its own): naive, limit, Havre.

* ``naive``  the tutorial pattern: ``Detoxify(...)`` loaded, then ``predict(message.content)`` inside
             ``on_message``, on the event loop (torch's default threads: every core);
* ``limit``  the raw batched forward pass of the engine Havre uses: every message known in advance,
             pre-tokenised and cut into the ideal length buckets of at most 8/16/32/64 texts (the best
             size kept); no queue, no loop, no pipeline;
* ``havre``  the real pipeline (``bot.classify`` + the moderation service, see ``message_path``) with
             ``ScoringWorker`` on the chosen engine, threads, batch size and wait.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.flood import drive
from benchmarks.measure import peak_rss_mb, percentile
from benchmarks.messages import FloodMessage, flood
from bot.classify.batching import ScoringWorker
from bot.classify.buckets import plan_buckets
from bot.classify.decided import SkipRule

__all__ = ["load", "run_havre", "run_limit", "run_naive", "token_counts"]

BATCH_SIZES = (8, 16, 32, 64)


def load(spec: dict[str, Any], engine: str, threads: int, cache: Path) -> Any:
    """The scorer of ``spec`` on ``engine`` (raises when the engine asked for is not the one loaded)."""
    from bot.classify.scorer import load_scorer

    loaded = load_scorer(
        spec["checkpoint"], spec["config_dir"], allow_download=False, engine=engine,
        cache_dir=cache / "onnx", threads=threads,
    )  # fmt: skip
    if loaded.scorer is None or loaded.engine != engine:
        raise RuntimeError(f"could not load {spec['checkpoint']} on {engine}: {loaded.reason or loaded.note}")
    return loaded.scorer


def token_counts(scorer: Any, messages: list[FloodMessage]) -> dict[str, float]:
    lengths = [len(e.ids) for e in scorer.encoder.encode([m.content for m in messages])]
    return {
        "p50": percentile(lengths, 50),
        "p90": percentile(lengths, 90),
        "p99": percentile(lengths, 99),
        "max": max(lengths),
        "under_30": sum(1 for n in lengths if n < 30) / len(lengths),
    }


def run_naive(spec: dict[str, Any], opts: dict[str, Any]) -> dict[str, Any]:
    from detoxify import Detoxify
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    if spec["config_dir"] or "/" in spec["checkpoint"]:
        detox = Detoxify(checkpoint=spec["checkpoint"], huggingface_config_path=spec["config_dir"])
    else:
        detox = Detoxify(model_type=spec["checkpoint"])
    loaded_rss = peak_rss_mb()

    async def on_message(msg: FloodMessage, _message_id: int) -> object:
        return detox.predict(msg.content)  # blocks the event loop: the pattern under test

    async def main() -> dict[str, Any]:
        await on_message(FloodMessage(0, "warm up", "en", "chat"), 0)
        bursts = [
            await drive(on_message, flood(opts["naive_flood"], seed=11)) for _ in range(opts["repeats"])
        ]
        burst = max(bursts, key=lambda phase: phase.rate)  # best of the repeats: the least disturbed
        paced = await drive(on_message, flood(opts["paced_count"], seed=13), rate=opts["paced_rate"])
        return {"flood": burst.as_dict(), "paced": paced.as_dict()}

    result = asyncio.run(main())
    import torch

    return {
        **result,
        "rss_loaded_mb": loaded_rss,
        "rss_peak_mb": peak_rss_mb(),
        "threads": torch.get_num_threads(),
    }


def run_limit(spec: dict[str, Any], opts: dict[str, Any]) -> dict[str, Any]:
    scorer = load(spec, opts["engine"], opts["limit_threads"], Path(opts["cache"]))
    loaded_rss = peak_rss_mb()
    messages = flood(opts["limit_messages"], seed=17)
    encoded = scorer.encoder.encode([m.content for m in messages])
    lengths = [len(e.ids) for e in encoded]
    runner = scorer.runner
    runner.logits(scorer.encoder.arrays(encoded[:8]))  # warm up
    rates: dict[int, float] = {}
    batch_ms: dict[int, list[float]] = {}
    for size in BATCH_SIZES:  # every message known in advance: the ideal length buckets, at most ``size``
        groups = plan_buckets(lengths, call_cost=scorer.call_cost, max_batch=size)
        best = 0.0
        for _ in range(opts["repeats"]):
            times: list[float] = []
            start = time.perf_counter()
            for group in groups:
                arrays = scorer.encoder.arrays([encoded[i] for i in group])
                t0 = time.perf_counter()
                runner.logits(arrays)
                times.append((time.perf_counter() - t0) * 1000)
            rate = len(encoded) / (time.perf_counter() - start)
            if rate > best:
                best, batch_ms[size] = rate, times
        rates[size] = best
    size = max(rates, key=lambda s: rates[s])
    return {
        "rates": rates,
        "best_batch": size,
        "rate": rates[size],
        "batch_p50_ms": percentile(batch_ms[size], 50),
        "batch_p99_ms": percentile(batch_ms[size], 99),
        "rss_loaded_mb": loaded_rss,
        "rss_peak_mb": peak_rss_mb(),
        "tokens": token_counts(scorer, messages),
    }


class InstantScorer:
    """Answers at once (the message path's own ceiling, with the model taken out)."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict.fromkeys(self.labels, 0.01) for _ in texts]


async def _havre_path(name: str, scorer: Any, opts: dict[str, Any], *, paced: bool = True) -> dict[str, Any]:
    from benchmarks.message_path import extract_path, service_path

    skip = SkipRule(opts["skip"])
    worker = ScoringWorker(
        scorer, max_batch=opts["max_batch"], max_wait_ms=opts["max_wait_ms"], queue_size=opts["queue_size"]
    )
    worker.start()
    with tempfile.TemporaryDirectory(prefix="havre-bench-") as tmp:
        path = (
            await service_path(Path(tmp), worker, skip) if name == "service" else extract_path(worker, skip)
        )
        try:
            await drive(path.handle, flood(16, seed=5), first_id=10**6)  # warm up (not measured)
            before = worker.stats()
            bursts = [
                await drive(path.handle, flood(opts["havre_flood"], seed=11), first_id=(2 + run) * 10**6)
                for run in range(opts["repeats"])
            ]
            burst = max(bursts, key=lambda phase: phase.rate)  # best of the repeats: the least disturbed
            after = worker.stats()
            slow = None
            if paced:
                slow = await drive(
                    path.handle,
                    flood(opts["paced_count"], seed=13),
                    rate=opts["paced_rate"],
                    first_id=3 * 10**6,
                )
        finally:
            await path.close()
            await worker.stop()
    scored = after.scored - before.scored
    batches = after.batches - before.batches
    return {
        "flood": burst.as_dict(),
        "paced": slow.as_dict() if slow else None,
        "path": path.name,
        "scored_share": scored / (burst.messages * len(bursts)),
        "mean_batch": scored / batches if batches else 0.0,
        "queue_full": after.queue_full - before.queue_full,
    }


def run_havre(spec: dict[str, Any], opts: dict[str, Any]) -> dict[str, Any]:
    scorer = load(spec, opts["engine"], opts["threads"], Path(opts["cache"]))
    loaded_rss = peak_rss_mb()

    async def main() -> dict[str, Any]:
        out = {name: await _havre_path(name, scorer, opts) for name in ("service", "extract")}
        out["ceiling"] = await _havre_path("service", InstantScorer(scorer.labels), opts, paced=False)
        return out

    paths = asyncio.run(main())
    return {"paths": paths, "rss_loaded_mb": loaded_rss, "rss_peak_mb": peak_rss_mb()}
