"""Test doubles and measuring helpers for the classify tests."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections.abc import Awaitable, Sequence
from typing import TypeVar

T = TypeVar("T")


class FakeScorer:
    """Scores a text as len(text)/1000, slowly: sleeps (GIL released) and burns a little CPU (GIL held)."""

    labels: tuple[str, ...] = ("toxicity",)

    def __init__(self, delay_s: float = 0.0, cpu_s: float = 0.0, poison: str | None = None) -> None:
        self.delay_s = delay_s
        self.cpu_s = cpu_s
        self.poison = poison
        self.batches: list[int] = []
        self.texts: list[str] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.entered.set()
        self.release.wait()
        self.batches.append(len(texts))
        self.texts.extend(texts)
        time.sleep(self.delay_s)
        end = time.perf_counter() + self.cpu_s
        while time.perf_counter() < end:
            pass
        if self.poison is not None and self.poison in texts:
            raise RuntimeError("poisoned batch")
        return [{"toxicity": len(text) / 1000} for text in texts]


async def with_lag(work: Awaitable[T], interval: float = 0.001) -> tuple[T, list[float]]:
    """Run ``work`` while a ticker measures how late the event loop wakes it up (every ``interval`` s).

    A short interval gives many samples, so the p99 is not just the single worst hiccup of a busy host."""
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(interval)
            lags.append(time.perf_counter() - start - interval)

    task = asyncio.create_task(ticker())
    try:
        result = await work
    finally:
        done.set()
        await task
    return result, lags


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 2 else max(values, default=0.0)
