"""Detoxify behind a small interface, on a choice of engines, and a loader that never crashes the bot.

``load_scorer`` returns a ``ScorerLoad``: a scorer, or ``None`` with an operator-facing reason (logged
once, at load). Named models ("multilingual", "original", ...) come from torch's hub cache, or are
downloaded when ``allow_download`` is set and the network allows; any other value is a checkpoint path
in Detoxify's format, loaded offline with ``huggingface_config_path`` (see ``bot.classify.checkpoint``).

Scoring runs on the worker thread of ``bot.classify.batching``, never on the event loop.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from bot.classify.encoding import Encoder
    from bot.classify.engines import BatchScorer

__all__ = ["DETOXIFY_MODELS", "DetoxifyScorer", "ScorerLoad", "ToxicityScorer", "configure_torch_threads",
           "default_cache_dir", "default_threads", "load_scorer", "weights_cached",
           "weights_file"]  # fmt: skip

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
    """A Detoxify model run by torch. ``model`` is one of ``DETOXIFY_MODELS`` or a checkpoint file path.

    The model and tokenizer come from Detoxify's own loader. ``score_batch`` does not call Detoxify's
    ``predict`` (which pads a whole batch to its longest text and does no batching of its own): it
    encodes the batch once, cuts it into length buckets and runs the forward pass on each under
    ``torch.inference_mode`` (``bot.classify.engines``), then restores the input order. ``quantize()``
    turns it into the ``torch-int8`` engine.
    """

    def __init__(
        self,
        model: str = "multilingual",
        huggingface_config_path: str | Path | None = None,
        device: str = "cpu",
        *,
        call_cost: int | None = None,
        inference_mode: bool = True,
    ) -> None:
        from detoxify import Detoxify  # torch and transformers load only when a model is wanted
        from transformers.utils import logging as hf_logging

        from bot.classify.encoding import Encoder

        hf_logging.disable_progress_bar()  # no "Loading weights" bars in the bot's log
        config = str(huggingface_config_path) if huggingface_config_path is not None else None
        if model in DETOXIFY_MODELS:
            self._detoxify = Detoxify(model_type=model, device=device, huggingface_config_path=config)
        else:
            self._detoxify = Detoxify(checkpoint=str(model), device=device, huggingface_config_path=config)
        self.labels: tuple[str, ...] = tuple(self._detoxify.class_names)
        self.model = model
        self.device = device
        self.engine = "torch"
        self.module: Any = self._detoxify.model.eval()
        self.encoder: Encoder | None
        try:
            self.encoder = Encoder.from_hf(self._detoxify.tokenizer)
        except TypeError:  # a slow (pure Python) tokenizer: fall back to Detoxify's predict
            self.encoder = None
        self._call_cost = call_cost
        self._inference_mode = inference_mode
        self._batch = self._batch_scorer()

    @property
    def detoxify(self) -> Any:
        """Detoxify's own object (``predict``), e.g. for the naive baseline of the benchmark."""
        return self._detoxify

    def _batch_scorer(self) -> BatchScorer | None:
        from bot.classify.engines import BatchScorer, TorchRunner

        if self.encoder is None:
            return None
        runner = TorchRunner(self.module, device=self.device, inference_mode=self._inference_mode)
        return BatchScorer(self.encoder, runner, self.labels, engine=self.engine, call_cost=self._call_cost)

    def quantize(self) -> None:
        """Quantise the linear layers to int8 in place (CPU only): the ``torch-int8`` engine."""
        if self.device != "cpu":
            raise ValueError("dynamic int8 quantisation runs on the CPU only")
        from bot.classify.engines import quantize_linear

        self.module = quantize_linear(self.module)
        self.engine = "torch-int8"
        self._batch = self._batch_scorer()

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if self._batch is not None:
            return self._batch.score_batch(texts)
        return self._predict(texts)

    def score_groups(
        self, texts: Sequence[str], max_batch: int | None = None
    ) -> Iterator[list[tuple[int, dict[str, float]]]]:
        """As ``BatchScorer.score_groups``: results one model call at a time (see ``ScoringWorker``)."""
        if self._batch is not None:
            yield from self._batch.score_groups(texts, max_batch)
        else:
            yield list(enumerate(self._predict(texts)))

    def _predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
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
    engine: str = ""  # the engine in use ("torch", "torch-int8", "onnx", "onnx-int8")
    note: str = ""  # why the engine in use differs from the one asked for (operator-facing English)


def default_threads() -> int:
    """Model threads when not configured: every core.

    Measured on 2 cores (docs/PERFORMANCE.md): the model's threads release the GIL and the kernel hands
    the event loop a core as soon as it wakes, so the loop's lag p99 stays in single-digit milliseconds
    under a flood with both cores scoring, while one thread leaves a third to half of the throughput
    unused. Set fewer threads (``load_scorer(threads=...)``) when other heavy work shares the host."""
    return max(1, os.cpu_count() or 1)


def configure_torch_threads(threads: int | None = None) -> int:
    """Set torch's intra-op threads; default ``default_threads()`` (every core).

    Inter-op threads are set to 1 (one model call at a time anyway); torch only allows that before its
    first parallel work, so a late call keeps the existing value.
    """
    import torch

    wanted = threads if threads is not None else default_threads()
    torch.set_num_threads(wanted)
    with contextlib.suppress(RuntimeError):  # already set, or torch already ran parallel work
        torch.set_num_interop_threads(1)
    return wanted


def default_cache_dir() -> Path:
    """Where ONNX exports are cached when no folder is given: ``$XDG_CACHE_HOME/havre/models``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "havre" / "models"


def load_scorer(
    model: str = "multilingual",
    huggingface_config_path: str | Path | None = None,
    *,
    enabled: bool = True,
    device: str = "cpu",
    allow_download: bool = True,
    torch_threads: int | None = None,
    engine: str = "torch",
    cache_dir: Path | None = None,
    threads: int | None = None,
    freeze_gc: bool = True,
) -> ScorerLoad:
    """Load Detoxify on the chosen engine (``bot.classify.engines.ENGINES``), or explain why not.

    Never raises for a missing or broken model. An engine that cannot be built (an export error, int8
    scores too far from the float model's, a GPU device for an ONNX/int8 engine) falls back to plain
    ``torch`` and says why in ``ScorerLoad.note``. ``threads`` (or its older name ``torch_threads``) is
    the model's intra-op thread count, default ``default_threads()``; ``cache_dir`` holds ONNX exports.

    ``freeze_gc``: after a successful load, collect once and ``gc.freeze()`` everything alive. torch and
    transformers leave some 350,000 objects behind; without this every full collection walks them all,
    holding the GIL for about 200 ms — the event loop's worst hiccup under a flood. Frozen objects are
    never collected again (they live as long as the bot anyway).

    Blocking (seconds for a real model, a minute the first time an ONNX export is built): from async
    code use ``await asyncio.to_thread(load_scorer, ...)``.
    """
    from bot.classify.engines import ENGINES

    if not enabled:
        return ScorerLoad(None, "the toxicity model is disabled by configuration")
    wanted_threads = threads if threads is not None else torch_threads
    note = ""
    if engine not in ENGINES:
        note = f"unknown scoring engine {engine!r} (expected one of {', '.join(ENGINES)}); using torch"
        engine = "torch"
    try:
        config = huggingface_config_path
        prepared = _load_prepared(model, device, engine, cache_dir, wanted_threads)  # no torch import
        if prepared is not None:
            scorer, engine_note = prepared, ""
        else:
            reason = "" if _in_data_dir(model, engine, cache_dir) else _precheck(model, allow_download)
            if reason:
                return _unavailable(reason)
            scorer, engine_note = _build(
                model, config, device, engine, cache_dir, wanted_threads, allow_download
            )
        note = note or engine_note
        probe = scorer.score_batch(["hello", "bonjour"])
    except Exception as exc:  # a model problem must never stop the bot: word lists take over
        first_line = (str(exc).strip().splitlines() or [""])[0][:300]
        return _unavailable(f"could not load Detoxify model {model!r}: {type(exc).__name__}: {first_line}")
    bad = [s for s in probe if set(s) != set(scorer.labels) or not all(0.0 <= v <= 1.0 for v in s.values())]
    if bad or not scorer.labels:
        return _unavailable(f"Detoxify model {model!r} loaded but gives malformed scores")
    used = str(getattr(scorer, "engine", engine))
    if note:
        log.warning("scoring engine: %s", note)
    log.info("toxicity model loaded: %s on %s (labels: %s)", model, used, ", ".join(scorer.labels))
    if freeze_gc:
        gc.collect()
        gc.freeze()
    return ScorerLoad(scorer, engine=used, note=note)


def _load_prepared(
    model: str, device: str, engine: str, cache_dir: Path | None, threads: int | None
) -> ToxicityScorer | None:
    """The export ``havre model prepare`` recorded in ``cache_dir`` (``bot.classify.prepared``)."""
    if cache_dir is None or device != "cpu" or not engine.startswith("onnx"):
        return None
    from bot.classify.prepared import load_prepared

    count = threads if threads is not None else default_threads()
    return load_prepared(cache_dir, model, engine, count)


def _in_data_dir(model: str, engine: str, cache_dir: Path | None) -> bool:
    """A named model whose weights ``havre model prepare`` already downloaded into ``cache_dir``."""
    if cache_dir is None or not engine.startswith("onnx"):
        return False
    from bot.classify.prepared import weights_path

    path = weights_path(cache_dir, model)
    return path is not None and path.is_file()


def _build(
    model: str,
    config: str | Path | None,
    device: str,
    engine: str,
    cache_dir: Path | None,
    threads: int | None,
    allow_download: bool = True,
) -> tuple[ToxicityScorer, str]:
    from bot.classify.engines import INT8_TOLERANCE, PROBE_TEXTS, max_deviation

    count = threads if threads is not None else default_threads()
    if engine != "torch" and device != "cpu":
        return _torch_scorer(model, config, device, count), f"{engine} runs on the CPU only; using torch"
    if engine.startswith("onnx") and cache_dir is not None:
        # Prepared now, into the data directory, and recorded: the next start loads it without torch.
        from bot.classify.prepared import load_prepared, prepare_model

        try:
            prepare_model(
                model, config, cache_dir=cache_dir, engine=engine, threads=count,
                allow_download=allow_download,
            )  # fmt: skip
            loaded = load_prepared(cache_dir, model, engine, count)
            if loaded is None:
                raise RuntimeError("the prepared export cannot be read back")
        except Exception as exc:
            first_line = (str(exc).strip().splitlines() or [""])[0][:300]
            note = f"{engine} engine unavailable ({type(exc).__name__}: {first_line}); using torch"
            return _torch_scorer(model, config, device, count), note
        return loaded, ""
    if engine.startswith("onnx"):
        from bot.classify.onnx_engine import load_onnx_scorer

        try:
            built = load_onnx_scorer(
                model, config, quantize=engine == "onnx-int8", cache_dir=cache_dir or default_cache_dir(),
                threads=count,
            )  # fmt: skip
        except Exception as exc:
            first_line = (str(exc).strip().splitlines() or [""])[0][:300]
            note = f"{engine} engine unavailable ({type(exc).__name__}: {first_line}); using torch"
            return _torch_scorer(model, config, device, count), note
        return built.scorer, ""
    scorer = _torch_scorer(model, config, device, count)
    if engine == "torch-int8":
        expected = scorer.score_batch(PROBE_TEXTS)
        scorer.quantize()
        deviation = max_deviation(expected, scorer.score_batch(PROBE_TEXTS))
        if deviation > INT8_TOLERANCE:
            note = f"int8 scores differ from float by {deviation:.3f} (> {INT8_TOLERANCE}); using torch"
            return _torch_scorer(model, config, device, count), note
    return scorer, ""


def _torch_scorer(model: str, config: str | Path | None, device: str, threads: int) -> DetoxifyScorer:
    configure_torch_threads(threads)
    return DetoxifyScorer(model, config, device)


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


def weights_file(model: str) -> Path | None:
    """Where torch's hub cache keeps (or would keep) the weights of a named Detoxify model."""
    if model not in DETOXIFY_MODELS:
        return None
    import torch
    from detoxify.detoxify import MODEL_URLS

    name = MODEL_URLS[model].rsplit("/", 1)[-1]
    return Path(torch.hub.get_dir()) / "checkpoints" / name


def weights_cached(model: str) -> bool:
    """Whether torch's hub cache already holds the weights of a named Detoxify model."""
    path = weights_file(model)
    return path is not None and path.is_file()


def _unavailable(reason: str) -> ScorerLoad:
    log.warning("toxicity model unavailable, running on word lists only: %s", reason)
    return ScorerLoad(None, reason)
