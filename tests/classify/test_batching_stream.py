"""Streaming scorers: a backlog is bucketed across calls, and each call's results go out at once."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence

import pytest

from bot.classify.batching import ScoringWorker
from bot.classify.scorer import ToxicityScorer
from bot.domain.signals import ModelStatus


class StreamingScorer:
    """Yields groups of at most ``max_batch`` texts (sorted by length); can pause or fail between groups."""

    labels: tuple[str, ...] = ("toxicity",)

    def __init__(self, fail_after: int | None = None) -> None:
        self.takes: list[int] = []  # texts handed over per score_groups call
        self.calls: list[int] = []  # texts per model call (group)
        self.alone: list[str] = []
        self.fail_after = fail_after
        self.first_group_out = threading.Event()
        self.go_on = threading.Event()
        self.go_on.set()

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.alone.extend(texts)
        return [{"toxicity": len(t) / 1000} for t in texts]

    def score_groups(
        self, texts: Sequence[str], max_batch: int | None = None
    ) -> Iterator[list[tuple[int, dict[str, float]]]]:
        self.takes.append(len(texts))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        size = max_batch or len(texts)
        for number, start in enumerate(range(0, len(order), size)):
            if self.fail_after is not None and number == self.fail_after:
                raise RuntimeError("the model fell over mid-backlog")
            group = order[start : start + size]
            self.calls.append(len(group))
            yield [(i, {"toxicity": len(texts[i]) / 1000}) for i in group]
            self.first_group_out.set()
            self.go_on.wait(5)


TEXTS = [f"message {i} " + "x" * (i % 29) for i in range(100)]


async def test_a_backlog_is_looked_ahead_but_each_call_stays_bounded() -> None:
    scorer = StreamingScorer()
    worker = ScoringWorker(scorer, max_batch=8, max_wait_ms=1, lookahead=32, queue_size=200)
    scorer.go_on.clear()  # hold the first take until the whole backlog is queued
    worker.start()
    try:
        tasks = [asyncio.create_task(worker.score(text)) for text in TEXTS]
        await asyncio.sleep(0.05)
        scorer.go_on.set()
        results = await asyncio.gather(*tasks)
    finally:
        await worker.stop()
    assert [r.scores["toxicity"] for r in results] == [len(t) / 1000 for t in TEXTS]  # each got its own
    assert max(scorer.calls) <= 8 and sum(scorer.calls) == len(TEXTS)
    assert max(scorer.takes) == 32  # the backlog was taken 32 at a time, not 8
    stats = worker.stats()
    assert stats.scored == len(TEXTS) and stats.max_batch_size <= 8 and stats.batches == len(scorer.calls)


async def test_each_calls_results_go_out_before_the_next_call() -> None:
    scorer = StreamingScorer()
    worker = ScoringWorker(scorer, max_batch=4, max_wait_ms=1, lookahead=16)
    scorer.go_on.clear()
    worker.start()
    try:
        tasks = [asyncio.create_task(worker.score(text)) for text in TEXTS[:16]]
        assert await asyncio.to_thread(scorer.first_group_out.wait, 5)
        await asyncio.sleep(0.05)  # the worker is paused after its first call
        done = [task for task in tasks if task.done()]
        assert 1 <= len(done) <= 4  # the first call's texts are answered, the rest still wait
        scorer.go_on.set()
        await asyncio.gather(*tasks)
    finally:
        scorer.go_on.set()
        await worker.stop()


async def test_a_failure_mid_backlog_retries_only_what_is_left() -> None:
    scorer = StreamingScorer(fail_after=1)
    worker = ScoringWorker(scorer, max_batch=4, max_wait_ms=1, lookahead=12)
    scorer.go_on.clear()
    worker.start()
    try:
        tasks = [asyncio.create_task(worker.score(text)) for text in TEXTS[:12]]
        await asyncio.sleep(0.05)
        scorer.go_on.set()
        results = await asyncio.gather(*tasks)
    finally:
        await worker.stop()
    assert all(r.status is ModelStatus.SCORED for r in results)
    assert [r.scores["toxicity"] for r in results] == [len(t) / 1000 for t in TEXTS[:12]]
    assert len(scorer.alone) == 12 - scorer.calls[0]  # the first call's texts were not scored twice


async def test_the_real_engine_streams_the_same_scores(tiny_scorer: ToxicityScorer) -> None:
    texts = TEXTS[:60]
    expected = tiny_scorer.score_batch(texts)
    worker = ScoringWorker(tiny_scorer, max_batch=8, max_wait_ms=1, lookahead=64)
    worker.start()
    try:
        results = await asyncio.gather(*(worker.score(text) for text in texts))
    finally:
        await worker.stop()
    assert all(r.status is ModelStatus.SCORED for r in results)
    for got, want in zip(results, expected, strict=True):
        assert dict(got.scores) == pytest.approx(want, abs=1e-5)
    assert worker.stats().max_batch_size <= 8
