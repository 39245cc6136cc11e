"""What each optimisation buys, one step at a time, on one model (BERT-base by default).

Engine steps score the same messages as the worker would see them (consecutive micro-batches in arrival
order, so sorting and bucketing happen inside a micro-batch, as in Havre). Every engine is loaded first;
then the steps run in rounds (``repeats``), round-robin, and each keeps its best round: a disturbance of
the machine (this VM's speed varies by 15-20 % from minute to minute) hits every step alike instead of
whichever ran at that moment. Pipeline steps run the real ``ScoringWorker`` + ``SignalExtractor`` +
``decide`` path (no database) on a flood, the same way, to tune the batch size and wait and to show what
skipping decided messages buys.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.flood import Phase, drive
from benchmarks.messages import flood
from benchmarks.runs import load
from bot.classify.batching import ScoringWorker
from bot.classify.decided import SkipRule

__all__ = ["run_ladder"]


@dataclass
class _Step:
    name: str
    fn: Callable[[Sequence[str]], object]
    batch: int
    threads: int | None = None  # torch threads to set first (torch's setting is process-wide)
    slow: bool = False  # measured on a third of the messages (one round costs tens of seconds otherwise)
    rates: list[float] = field(default_factory=list)


def _once(fn: Callable[[Sequence[str]], object], texts: list[str], batch: int) -> float:
    start = time.perf_counter()
    for index in range(0, len(texts), batch):
        fn(texts[index : index + batch])
    return len(texts) / (time.perf_counter() - start)


def run_ladder(spec: dict[str, Any], opts: dict[str, Any]) -> dict[str, Any]:
    import torch

    from bot.classify.engines import BatchScorer, TorchRunner
    from bot.classify.scorer import DetoxifyScorer, configure_torch_threads

    cache, cores = Path(opts["cache"]), opts["cores"]
    texts = [m.content for m in flood(opts["ladder_messages"], seed=23)]
    configure_torch_threads(cores)
    fp32 = DetoxifyScorer(spec["checkpoint"], spec["config_dir"])
    detox = fp32.detoxify
    assert fp32.encoder is not None
    int8 = DetoxifyScorer(spec["checkpoint"], spec["config_dir"])
    int8.quantize()
    no_grad = BatchScorer(
        fp32.encoder, TorchRunner(fp32.module, inference_mode=False), fp32.labels, engine="torch"
    )

    def predict(chunk: Sequence[str]) -> object:
        return detox.predict(list(chunk))

    def fixed_64(chunk: Sequence[str]) -> object:
        inputs = detox.tokenizer(list(chunk), return_tensors="pt", truncation=True, padding="max_length",
                                 max_length=64)  # fmt: skip
        with torch.no_grad():
            return detox.model(**inputs)[0]

    onnx = {(engine, n): load(spec, engine, n, cache) for engine in ("onnx", "onnx-int8") for n in {1, cores}}
    best = onnx[("onnx-int8", cores)]
    steps = [
        _Step(
            f"Detoxify.predict, one message at a time (fp32, {cores} threads)", predict, 1, cores, slow=True
        ),
        _Step("batches of 32 padded to a fixed 64 tokens", fixed_64, 32, cores, slow=True),
        _Step("batches of 32 padded to their longest (Detoxify.predict on a list)", predict, 32, cores),
        _Step("+ encode once, length buckets (torch.no_grad)", no_grad.score_batch, 32, cores),
        _Step("+ torch.inference_mode", fp32.score_batch, 32, cores),
        _Step("  same, 1 thread", fp32.score_batch, 32, 1),
        _Step(f"torch dynamic int8 (linear layers), {cores} threads", int8.score_batch, 32, cores),
        *(
            _Step(f"ONNX Runtime {'int8' if e.endswith('int8') else 'fp32'}, {n} threads", s.score_batch, 32)
            for (e, n), s in sorted(onnx.items(), key=lambda item: (item[0][0], -item[0][1]))
        ),
        *(_Step(f"  ONNX int8, micro-batches of {size}", best.score_batch, size) for size in (8, 16, 64)),
    ]
    few = texts[: max(16, len(texts) // 3)]
    for step in steps:  # warm every step once (first calls allocate, pick kernels...)
        _once(step.fn, few[:32], step.batch)
    for _ in range(opts["repeats"]):
        for step in steps:
            if step.threads is not None:
                torch.set_num_threads(step.threads)
            step.rates.append(_once(step.fn, few if step.slow else texts, step.batch))
    out = [{"step": s.name, "rate": max(s.rates), "batch": s.batch, "rounds": s.rates} for s in steps]
    for row in out:
        print(f"  {row['step']:<66} {row['rate']:8.1f} msg/s", flush=True)
    torch.set_num_threads(cores)
    return {"steps": out, "pipeline": asyncio.run(_pipeline_sweeps(best, opts))}


async def _run_config(
    scorer: Any, opts: dict[str, Any], size: int, wait: float, skip: SkipRule
) -> tuple[Phase, Phase]:
    from benchmarks.message_path import extract_path

    worker = ScoringWorker(scorer, max_batch=size, max_wait_ms=wait, queue_size=4096)
    worker.start()
    path = extract_path(worker, skip)
    try:
        await drive(path.handle, flood(16, seed=5))
        burst = await drive(path.handle, flood(opts["sweep_flood"], seed=11))
        paced = await drive(path.handle, flood(opts["sweep_paced"], seed=13), rate=opts["paced_rate"])
    finally:
        await worker.stop()
    return burst, paced


async def _pipeline_sweeps(scorer: Any, opts: dict[str, Any]) -> list[dict[str, Any]]:
    configs = [(opts["max_batch"], opts["max_wait_ms"], SkipRule.NEVER)]
    configs += [(size, wait, SkipRule.SAME_ACTION) for size, wait in opts["sweep"]]
    best: dict[int, tuple[Phase, Phase]] = {}
    for _ in range(opts["repeats"]):
        for index, (size, wait, skip) in enumerate(configs):
            burst, paced = await _run_config(scorer, opts, size, wait, skip)
            if index not in best or burst.rate > best[index][0].rate:
                best[index] = (burst, paced)
    out: list[dict[str, Any]] = []
    for index, (size, wait, skip) in enumerate(configs):
        burst, paced = best[index]
        out.append({"max_batch": size, "max_wait_ms": wait, "skip": str(skip), "flood": burst.as_dict(),
                    "paced": paced.as_dict()})  # fmt: skip
        print(f"  pipeline batch {size:>2} wait {wait:>4} ms skip={skip:<13} flood {burst.rate:7.1f} "
              f"msg/s lag p99 {burst.lag_p99_ms:5.1f} ms | paced p50 {paced.p50_ms:6.1f} "
              f"p99 {paced.p99_ms:6.1f} ms", flush=True)  # fmt: skip
    return out
