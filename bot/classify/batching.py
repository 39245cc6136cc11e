"""Model inference off the event loop: a bounded queue, one worker thread, micro-batches.

``await worker.score(text)`` never blocks the loop: it puts the text on a bounded thread-safe queue
(``put_nowait``) and awaits a future. The worker thread takes the first waiting text, then keeps
collecting until it holds ``max_batch`` texts or ``max_wait_ms`` have passed, scores the batch in one
model call, and hands each result back with ``loop.call_soon_threadsafe``. When the queue is full the
caller gets ``QUEUE_FULL`` at once (the message is still judged on the word lists: degraded, recorded,
never dropped); with no model it gets ``UNAVAILABLE``. A failing batch is retried text by text so one
bad message cannot take its neighbours' scores down with it.

Threads: the model call releases the GIL inside torch or ONNX Runtime, so the loop keeps running
(heartbeats, events) while a batch is scored; ``load_scorer`` gives the model every core by default
(``bot.classify.scorer.default_threads``), which keeps the loop's lag p99 in single-digit milliseconds
under a flood on 2 cores (docs/PERFORMANCE.md). Defaults: batches of up to 64, 5 ms wait — under a
flood batches fill at once; a lone message waits at most 5 ms for company.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.classify.scorer import ToxicityScorer
from bot.domain.signals import ModelStatus

__all__ = ["ScoreResult", "ScoringWorker", "WorkerStats"]

log = logging.getLogger(__name__)

_EMPTY: Mapping[str, float] = MappingProxyType({})
_STOP = object()


@dataclass(frozen=True, slots=True)
class ScoreResult:
    status: ModelStatus
    scores: Mapping[str, float] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class WorkerStats:
    scored: int  # texts that got model scores
    fallbacks: int  # texts answered without scores (queue_full + unavailable + errors)
    queue_full: int
    unavailable: int
    errors: int  # texts the model failed on even alone
    batches: int
    mean_batch_size: float
    max_batch_size: int
    queued: int  # waiting right now


@dataclass(slots=True)
class _Item:
    text: str
    future: asyncio.Future[ScoreResult]
    loop: asyncio.AbstractEventLoop


class ScoringWorker:
    def __init__(
        self,
        scorer: ToxicityScorer | None,
        *,
        max_batch: int = 64,
        max_wait_ms: float = 5.0,
        queue_size: int = 1024,
        unavailable_reason: str = "",
        lookahead: int | None = None,
    ) -> None:
        """``max_batch`` caps the texts of one model call; ``lookahead`` (default ``4 * max_batch``) how
        many queued texts a streaming scorer (one with ``score_groups``) is handed at once when a backlog
        has built up, so it can bucket them by length across several calls."""
        if max_batch < 1 or queue_size < 1 or max_wait_ms < 0:
            raise ValueError("max_batch and queue_size must be >= 1 and max_wait_ms >= 0")
        self._scorer = scorer
        self.max_batch = max_batch
        self.lookahead = max(max_batch, 4 * max_batch if lookahead is None else lookahead)
        self._stream = getattr(scorer, "score_groups", None)
        self.max_wait = max_wait_ms / 1000
        self.reason = unavailable_reason if scorer is None else ""
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._accepting = False
        # worker-thread counters
        self._scored = self._errors = self._batches = self._batched = self._max_batch_seen = 0
        # event-loop counters
        self._queue_full = self._unavailable = 0

    @property
    def available(self) -> bool:
        return self._scorer is not None

    @property
    def labels(self) -> tuple[str, ...]:
        return self._scorer.labels if self._scorer is not None else ()

    def start(self) -> None:
        """Start the worker thread (no-op without a scorer or when already running)."""
        if self._scorer is None or self._thread is not None:
            return
        self._accepting = True
        self._thread = threading.Thread(target=self._run, name="havre-scoring", daemon=True)
        self._thread.start()

    async def score(self, text: str) -> ScoreResult:
        """Scores for ``text``, or at once a ``QUEUE_FULL``/``UNAVAILABLE`` result. Never blocks the loop."""
        thread = self._thread
        if not self._accepting or thread is None or not thread.is_alive():
            self._unavailable += 1
            return ScoreResult(ModelStatus.UNAVAILABLE)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[ScoreResult] = loop.create_future()
        try:
            self._queue.put_nowait(_Item(text, future, loop))
        except queue.Full:
            self._queue_full += 1
            return ScoreResult(ModelStatus.QUEUE_FULL)
        return await future

    async def stop(self, grace_s: float = 30.0) -> None:
        """Stop accepting, let the worker score everything already queued (within ``grace_s`` seconds),
        then end the thread."""
        thread = self._thread
        if thread is None:
            return
        self._accepting = False
        await asyncio.to_thread(self._queue.put, _STOP)
        await asyncio.to_thread(thread.join, grace_s)
        if thread.is_alive():
            log.error("scoring worker did not stop within %.0f s; answering the rest without scores", grace_s)
            self._fail_pending()
        self._thread = None

    def stats(self) -> WorkerStats:
        errors = self._errors
        return WorkerStats(
            scored=self._scored,
            fallbacks=self._queue_full + self._unavailable + errors,
            queue_full=self._queue_full,
            unavailable=self._unavailable,
            errors=errors,
            batches=self._batches,
            mean_batch_size=self._batched / self._batches if self._batches else 0.0,
            max_batch_size=self._max_batch_seen,
            queued=self._queue.qsize(),
        )

    # -- worker thread --------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            stopping = False
            while not stopping:
                first = self._queue.get()
                if first is _STOP:
                    break
                batch, stopping = self._collect(first)
                live = [item for item in batch if not item.future.cancelled()]
                if live:
                    self._score(live)
        except BaseException:  # pragma: no cover - keep callers from waiting forever, then re-raise
            log.exception("scoring worker crashed")
            self._accepting = False
            self._fail_pending()
            raise

    def _collect(self, first: object) -> tuple[list[_Item], bool]:
        assert isinstance(first, _Item)
        batch = [first]
        deadline = time.monotonic() + self.max_wait
        while len(batch) < self.max_batch:
            remaining = deadline - time.monotonic()
            try:
                item = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                return batch, True
            assert isinstance(item, _Item)
            batch.append(item)
        while self._stream is not None and len(batch) < self.lookahead:  # a backlog: look further ahead
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                return batch, True
            assert isinstance(item, _Item)
            batch.append(item)
        return batch, False

    def _score_streaming(self, batch: list[_Item]) -> None:
        """Hand results out one model call at a time; what a failure leaves is retried text by text."""
        assert self._stream is not None
        pending = dict(enumerate(batch))
        try:
            for part in self._stream([item.text for item in batch], max_batch=self.max_batch):
                self._batches += 1
                self._batched += len(part)
                self._max_batch_seen = max(self._max_batch_seen, len(part))
                self._scored += len(part)
                _deliver_all(
                    [
                        (pending.pop(i), ScoreResult(ModelStatus.SCORED, MappingProxyType(dict(s))))
                        for i, s in part
                    ]
                )
            if pending:
                raise ValueError(f"the scorer left {len(pending)} of {len(batch)} texts without scores")
        except Exception:
            log.exception("scoring a batch of %d failed; retrying one by one", len(batch))
            for item in pending.values():
                result = self._score_alone(item.text)
                if result is None:
                    self._errors += 1
                    _deliver(item, ScoreResult(ModelStatus.UNAVAILABLE))
                else:
                    self._scored += 1
                    _deliver(item, ScoreResult(ModelStatus.SCORED, MappingProxyType(dict(result))))

    def _score(self, batch: list[_Item]) -> None:
        assert self._scorer is not None
        if self._stream is not None:
            self._score_streaming(batch)
            return
        self._batches += 1
        self._batched += len(batch)
        self._max_batch_seen = max(self._max_batch_seen, len(batch))
        try:
            scores: list[dict[str, float] | None] = list(self._scorer.score_batch([i.text for i in batch]))
            if len(scores) != len(batch):
                raise ValueError(f"scorer returned {len(scores)} results for {len(batch)} texts")
        except Exception:
            log.exception("scoring a batch of %d failed; retrying one by one", len(batch))
            scores = [self._score_alone(item.text) for item in batch]
        results: list[tuple[_Item, ScoreResult]] = []
        for item, result in zip(batch, scores, strict=True):
            if result is None:
                self._errors += 1
                results.append((item, ScoreResult(ModelStatus.UNAVAILABLE)))
            else:
                self._scored += 1
                results.append((item, ScoreResult(ModelStatus.SCORED, MappingProxyType(dict(result)))))
        _deliver_all(results)

    def _score_alone(self, text: str) -> dict[str, float] | None:
        assert self._scorer is not None
        try:
            (result,) = self._scorer.score_batch([text])
        except Exception:
            log.exception("scoring one message failed")
            return None
        return result

    def _fail_pending(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, _Item):
                self._errors += 1
                _deliver(item, ScoreResult(ModelStatus.UNAVAILABLE))


def _deliver(item: _Item, result: ScoreResult) -> None:
    _deliver_all([(item, result)])


def _deliver_all(results: list[tuple[_Item, ScoreResult]]) -> None:
    """Hand results back: one wake-up per event loop for the whole batch, not one per message."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[ScoreResult], ScoreResult]]] = {}
    for item, result in results:
        by_loop.setdefault(item.loop, []).append((item.future, result))
    for loop, pairs in by_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting any more
            loop.call_soon_threadsafe(_resolve_all, pairs)


def _resolve_all(pairs: list[tuple[asyncio.Future[ScoreResult], ScoreResult]]) -> None:
    for future, result in pairs:
        if not future.done():
            future.set_result(result)
