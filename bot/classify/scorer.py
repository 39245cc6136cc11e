"""Detoxify behind a small interface, and a loader that never crashes the bot.

``load_scorer`` returns a ``ScorerLoad``: a scorer, or ``None`` with an operator-facing reason (logged
once, at load). Named models ("multilingual", "original", ...) come from torch's hub cache, or are
downloaded when ``allow_download`` is set and the network allows; any other value is a checkpoint path
in Detoxify's format, loaded offline with ``huggingface_config_path`` (see ``bot.classify.checkpoint``).

Scoring runs on the worker thread of ``bot.classify.batching``, never on the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

__all__ = ["DETOXIFY_MODELS", "DetoxifyScorer", "ScorerLoad", "ToxicityScorer", "configure_torch_threads",
           "load_scorer", "weights_cached"]  # fmt: skip

log = logging.getLogger(__name__)

DETOXIFY_MODELS = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")
MAX_CHARS = 4000  # Discord's longest message; the tokenizer truncates to the model's length anyway


@runtime_checkable
class ToxicityScorer(Protocol):
    labels: tuple[str, ...]

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One ``{label: probability in [0, 1]}`` per text, in order. Blocking: call off the event loop."""
        ...


class DetoxifyScorer:
    """A Detoxify model. ``model`` is one of ``DETOXIFY_MODELS`` or a checkpoint file path.

    Detoxify pads every batch to its longest message and does no batching of its own, so
    ``score_batch`` sorts the texts by length and cuts them into sub-batches of similar length
    (a new sub-batch starts when a text is more than twice as long as the sub-batch's first, plus a
    little slack), then restores the input order.
    """

    def __init__(
        self,
        model: str = "multilingual",
        huggingface_config_path: str | Path | None = None,
        device: str = "cpu",
    ) -> None:
        from detoxify import Detoxify  # torch and transformers load only when a model is wanted
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bars in the bot's log
        config = str(huggingface_config_path) if huggingface_config_path is not None else None
        if model in DETOXIFY_MODELS:
            self._detoxify = Detoxify(model_type=model, device=device, huggingface_config_path=config)
        else:
            self._detoxify = Detoxify(checkpoint=str(model), device=device, huggingface_config_path=config)
        self.labels: tuple[str, ...] = tuple(self._detoxify.class_names)
        self.model = model

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        import torch

        results: list[dict[str, float]] = [{} for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for chunk in _similar_lengths(order, [len(t) for t in texts]):
            with torch.inference_mode():
                raw: dict[str, Any] = self._detoxify.predict([texts[i][:MAX_CHARS] for i in chunk])
            for label, values in raw.items():
                # ``predict`` on a one-item list squeezes to a bare float instead of a list.
                column = values if isinstance(values, list) else [values]
                for index, value in zip(chunk, column, strict=True):
                    results[index][label] = float(value)
        return results


def _similar_lengths(order: list[int], lengths: list[int], slack: int = 24) -> list[list[int]]:
    chunks: list[list[int]] = []
    for index in order:
        if chunks and lengths[index] <= 2 * lengths[chunks[-1][0]] + slack:
            chunks[-1].append(index)
        else:
            chunks.append([index])
    return chunks


@dataclass(frozen=True, slots=True)
class ScorerLoad:
    scorer: ToxicityScorer | None
    reason: str = ""  # why there is no scorer (operator-facing English, for logs and the status command)


def configure_torch_threads(threads: int | None = None) -> int:
    """Set torch's intra-op threads; default ``cpu_count - 1`` (at least 1).

    On a 2-core host that is 1 thread: the other core stays free for the event loop (heartbeats, Discord
    events) while the worker scores. Inter-op threads are set to 1 (one model call at a time anyway);
    torch only allows that before its first parallel work, so a late call keeps the existing value.
    """
    import torch

    wanted = threads if threads is not None else max(1, (os.cpu_count() or 1) - 1)
    torch.set_num_threads(wanted)
    with contextlib.suppress(RuntimeError):  # already set, or torch already ran parallel work
        torch.set_num_interop_threads(1)
    return wanted


def load_scorer(
    model: str = "multilingual",
    huggingface_config_path: str | Path | None = None,
    *,
    enabled: bool = True,
    device: str = "cpu",
    allow_download: bool = True,
    torch_threads: int | None = None,
) -> ScorerLoad:
    """Load Detoxify, or explain why not. Never raises for a missing or broken model.

    Blocking (seconds for a real model): from async code use ``await asyncio.to_thread(load_scorer, ...)``.
    """
    if not enabled:
        return ScorerLoad(None, "the toxicity model is disabled by configuration")
    try:
        reason = _precheck(model, allow_download)
        if reason:
            return _unavailable(reason)
        configure_torch_threads(torch_threads)
        scorer = DetoxifyScorer(model, huggingface_config_path, device)
        probe = scorer.score_batch(["hello", "bonjour"])
    except Exception as exc:  # a model problem must never stop the bot: word lists take over
        first_line = (str(exc).strip().splitlines() or [""])[0][:300]
        return _unavailable(f"could not load Detoxify model {model!r}: {type(exc).__name__}: {first_line}")
    bad = [s for s in probe if set(s) != set(scorer.labels) or not all(0.0 <= v <= 1.0 for v in s.values())]
    if bad or not scorer.labels:
        return _unavailable(f"Detoxify model {model!r} loaded but gives malformed scores")
    log.info("toxicity model loaded: %s (labels: %s)", model, ", ".join(scorer.labels))
    return ScorerLoad(scorer)


def _precheck(model: str, allow_download: bool) -> str:
    if model in DETOXIFY_MODELS:
        if allow_download or weights_cached(model):
            return ""
        return (
            f"no weights for Detoxify model {model!r}: not in torch's cache and downloads are disabled; "
            "set the model to a checkpoint file (with a Hugging Face config folder) to run offline"
        )
    path = Path(model)
    if not path.is_file():
        return (
            f"Detoxify checkpoint {model!r} not found (expected one of {', '.join(DETOXIFY_MODELS)} "
            "or a checkpoint file)"
        )
    return ""


def weights_cached(model: str) -> bool:
    """Whether torch's hub cache already holds the weights of a named Detoxify model."""
    import torch
    from detoxify.detoxify import MODEL_URLS

    name = MODEL_URLS[model].rsplit("/", 1)[-1]
    return (Path(torch.hub.get_dir()) / "checkpoints" / name).is_file()


def _unavailable(reason: str) -> ScorerLoad:
    log.warning("toxicity model unavailable, running on word lists only: %s", reason)
    return ScorerLoad(None, reason)
