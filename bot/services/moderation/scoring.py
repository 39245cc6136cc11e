"""Signal extraction for moderation: one ``SignalExtractor`` per policy version, and the model worker.

The judgement detectors build their learned cue weights once per process (a few seconds): ``start`` does
it on a thread, and ``warmed`` lets the pipeline wait for it instead of blocking the event loop on the
first message. The toxicity model loads in the background at start-up (``start``) so the bot answers at
once; until it is ready, or when it cannot load, messages are judged on the word lists and their model
status says so (``unavailable``). With the model disabled by configuration the status is ``disabled``.
Inference runs on the ``ScoringWorker`` thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from bot import malloc
from bot.classify.batching import ScoringWorker
from bot.classify.extract import SignalExtractor
from bot.classify.judge import Judge
from bot.classify.scorer import load_scorer
from bot.domain.policy.models import Policy
from bot.domain.signals import MessageSignals

log = logging.getLogger(__name__)


def need_model(signals: MessageSignals) -> bool:
    """Crisis, help, reported abuse and distress are routed to help whatever a model says: not scored."""
    return not signals.offers_help


class Scoring:
    def __init__(
        self,
        *,
        model_enabled: bool,
        model: str,
        config_dir: Path | None,
        allow_download: bool = True,
        engine: str = "torch",
        cache_dir: Path | None = None,
    ) -> None:
        self.model_enabled = model_enabled
        self.model = model
        self.config_dir = config_dir
        self.allow_download = allow_download
        self.engine = engine  # int8 engines fall back to float when scores drift (engines.INT8_TOLERANCE)
        self.cache_dir = cache_dir
        # Until the model is loaded, a worker without a scorer answers "unavailable" at once.
        self.worker: ScoringWorker | None = (
            ScoringWorker(None, unavailable_reason="the model is loading") if model_enabled else None
        )
        self.reason = "" if model_enabled else "the toxicity model is disabled by configuration"
        self.ready = asyncio.Event()
        self._extractors: dict[tuple[str, int], SignalExtractor] = {}
        self._task: asyncio.Task[None] | None = None
        self._judge_task: asyncio.Task[Judge] | None = None
        self._trim_task: asyncio.Task[None] | None = None
        if not model_enabled:
            self.ready.set()

    @property
    def status(self) -> str:
        """Operator-facing: "scoring with <model>" or why not."""
        if self.worker is not None and self.worker.available:
            return f"scoring with {self.model}"
        return f"word lists only: {self.reason or 'the model is loading'}"

    def extractor(self, policy: Policy) -> SignalExtractor:
        key = (policy.version, id(self.worker))
        found = self._extractors.get(key)
        if found is None:
            found = SignalExtractor.from_policy(policy, self.worker)
            if found.rejected:
                log.warning(
                    "policy %s: list entries with nothing to match: %s", policy.version, found.rejected
                )
            self._extractors[key] = found
        return found

    def start(self) -> None:
        """Build the detectors on a thread and load the model in the background (no-op when disabled or
        already started)."""
        if self._judge_task is None:
            self._judge_task = asyncio.create_task(asyncio.to_thread(Judge), name="havre-judge-warm-up")
        if self._trim_task is None:
            self._trim_task = asyncio.create_task(self._trim_when_started(), name="havre-memory-trim")
        if not self.model_enabled or self._task is not None:
            return
        self._task = asyncio.create_task(self._load(), name="havre-model-load")

    async def _load(self) -> None:
        try:
            loaded = await asyncio.to_thread(
                load_scorer,
                self.model,
                self.config_dir,
                allow_download=self.allow_download,
                engine=self.engine,
                cache_dir=self.cache_dir,
            )
            if loaded.scorer is None:
                self.reason = loaded.reason
                self.worker = ScoringWorker(None, unavailable_reason=loaded.reason)
                log.warning("moderation runs on word lists only: %s", loaded.reason)
            else:
                worker = ScoringWorker(loaded.scorer)
                worker.start()
                self.worker = worker
                self.reason = ""
            self._extractors.clear()
        finally:
            self.ready.set()

    async def _trim_when_started(self) -> None:
        """Once the detectors are built and the model loaded (or not), give the start-up's freed heap
        back to the system (``bot.malloc``)."""
        try:
            await self.warmed()
        except Exception:  # the pipeline reports a failed warm-up; trimming still helps
            log.debug("detectors' warm-up failed; trimming anyway")
        await self.ready.wait()
        await asyncio.to_thread(malloc.trim)

    async def warmed(self) -> None:
        """Wait until the detectors started by ``start`` are built (at once when done or never started)."""
        task = self._judge_task
        if task is not None and not task.done():
            await asyncio.shield(task)

    async def stop(self) -> None:
        if self._trim_task is not None and not self._trim_task.done():
            self._trim_task.cancel()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.worker is not None:
            await self.worker.stop(grace_s=5.0)
