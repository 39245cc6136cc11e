from __future__ import annotations

import asyncio
import time

import pytest

from bot.classify.batching import ScoreResult, ScoringWorker
from bot.classify.scorer import ToxicityScorer
from bot.domain.signals import ModelStatus
from tests.classify.fakes import FakeScorer, p99, with_lag

TEXTS = [f"message {i} " + "x" * (i % 37) for i in range(500)]


async def _score_all(worker: ScoringWorker, texts: list[str]) -> list[ScoreResult]:
    return list(await asyncio.gather(*(worker.score(text) for text in texts)))


async def test_500_at_once_all_scored_in_bounded_batches_loop_responsive() -> None:
    scorer = FakeScorer(delay_s=0.015, cpu_s=0.003)
    worker = ScoringWorker(scorer, max_batch=32, max_wait_ms=5, queue_size=1000)
    worker.start()
    try:
        results, lags = await with_lag(_score_all(worker, TEXTS))
    finally:
        await worker.stop()
    assert [r.status for r in results] == [ModelStatus.SCORED] * 500
    assert [r.scores["toxicity"] for r in results] == [len(t) / 1000 for t in TEXTS]  # each got its own
    assert sorted(scorer.texts) == sorted(TEXTS)
    assert max(scorer.batches) <= 32 and len(scorer.batches) < 500
    stats = worker.stats()
    assert (stats.scored, stats.fallbacks, stats.batches) == (500, 0, len(scorer.batches))
    assert stats.max_batch_size <= 32 and stats.mean_batch_size == pytest.approx(500 / len(scorer.batches))
    assert len(lags) >= 50 and p99(lags) < 0.050, sorted(lags)[-5:]


async def test_loop_stays_responsive_with_the_tiny_real_model(tiny_scorer: ToxicityScorer) -> None:
    worker = ScoringWorker(tiny_scorer, max_batch=32, max_wait_ms=5, queue_size=1000)
    worker.start()
    try:
        results, lags = await with_lag(_score_all(worker, TEXTS))
    finally:
        await worker.stop()
    assert all(r.status is ModelStatus.SCORED for r in results)
    assert all(set(r.scores) == set(tiny_scorer.labels) for r in results)
    assert worker.stats().max_batch_size <= 32
    assert len(lags) >= 20 and p99(lags) < 0.050, sorted(lags)[-5:]


async def test_full_queue_falls_back_at_once() -> None:
    scorer = FakeScorer()
    scorer.release.clear()  # the model is stuck on the first message
    worker = ScoringWorker(scorer, max_batch=1, max_wait_ms=0, queue_size=4)
    worker.start()
    try:
        first = asyncio.create_task(worker.score("first"))
        assert await asyncio.to_thread(scorer.entered.wait, 5)
        queued = [asyncio.create_task(worker.score(f"queued {i}")) for i in range(4)]
        await asyncio.sleep(0)
        start = time.perf_counter()
        overflow = [await worker.score(f"overflow {i}") for i in range(20)]
        elapsed = time.perf_counter() - start
        assert [r.status for r in overflow] == [ModelStatus.QUEUE_FULL] * 20
        assert elapsed < 0.1  # no call waits for the stuck model
        scorer.release.set()
        done = await asyncio.gather(first, *queued)
        assert [r.status for r in done] == [ModelStatus.SCORED] * 5
    finally:
        scorer.release.set()
        await worker.stop()
    stats = worker.stats()
    assert (stats.queue_full, stats.scored, stats.fallbacks) == (20, 5, 20)


async def test_no_model_means_unavailable_without_a_thread() -> None:
    worker = ScoringWorker(None, unavailable_reason="no weights")
    worker.start()
    result = await worker.score("hello")
    assert result.status is ModelStatus.UNAVAILABLE and not result.scores
    assert worker.reason == "no weights" and not worker.available
    assert worker.stats().unavailable == 1
    await worker.stop()


async def test_stop_drains_then_refuses() -> None:
    scorer = FakeScorer(delay_s=0.002)
    worker = ScoringWorker(scorer, max_batch=8, max_wait_ms=1, queue_size=200)
    worker.start()
    pending = [asyncio.create_task(worker.score(f"m{i}")) for i in range(100)]
    await asyncio.sleep(0)  # all 100 are queued
    await worker.stop()
    assert [t.result().status for t in pending] == [ModelStatus.SCORED] * 100
    assert (await worker.score("late")).status is ModelStatus.UNAVAILABLE


async def test_a_failing_message_does_not_sink_its_batch() -> None:
    scorer = FakeScorer(poison="bad")
    worker = ScoringWorker(scorer, max_batch=16, max_wait_ms=20, queue_size=100)
    worker.start()
    try:
        results = await _score_all(worker, ["ok 1", "bad", "ok 2"])
    finally:
        await worker.stop()
    assert [r.status for r in results] == [ModelStatus.SCORED, ModelStatus.UNAVAILABLE, ModelStatus.SCORED]
    assert worker.stats().errors == 1


@pytest.mark.parametrize(("wait_ms", "expected_batches"), [(300.0, [2]), (0.0, [1, 1])])
async def test_max_wait_gathers_late_arrivals(wait_ms: float, expected_batches: list[int]) -> None:
    scorer = FakeScorer()
    worker = ScoringWorker(scorer, max_batch=8, max_wait_ms=wait_ms)
    worker.start()
    try:
        first = asyncio.create_task(worker.score("one"))
        await asyncio.sleep(0.03)
        second = await worker.score("two")
        assert (await first).status is second.status is ModelStatus.SCORED
    finally:
        await worker.stop()
    assert scorer.batches == expected_batches


def test_invalid_settings() -> None:
    with pytest.raises(ValueError, match="max_batch"):
        ScoringWorker(FakeScorer(), max_batch=0)
