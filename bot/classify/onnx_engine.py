"""The ONNX Runtime engines: export Detoxify's model once, quantise it, cache it, load it light.

First use of a checkpoint (tens of seconds for a base-size model): Detoxify loads the float model; it is
exported to ONNX (the TorchScript exporter, eager attention, dynamic batch and sequence axes), optionally
quantised (``onnxruntime.quantization.quantize_dynamic``: int8 weights for MatMul and the embedding
Gathers), checked against the float model on ``PROBE_TEXTS``, and written with the tokenizer and the
label names to ``<cache_dir>/<checkpoint stem>-<key>/``. The key covers the checkpoint's path, size and
modification time, the engine and the torch/onnxruntime versions, so a new checkpoint or upgrade
rebuilds. Later loads read only that folder: no torch model in memory at all (BERT-base int8: about a
quarter of the float model's resident memory).

ONNX Runtime runs with ``threads`` intra-op threads, one inter-op thread, and no spin-waiting (idle
threads sleep instead of burning the core the event loop needs).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.classify.encoding import Encoder
from bot.classify.engines import INT8_TOLERANCE, PROBE_TEXTS, BatchScorer, OnnxRunner, max_deviation

__all__ = ["BUILD_STEPS", "EXPORT_FORMAT", "EngineError", "OnnxBuild", "load_onnx_scorer", "onnx_session"]

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1  # bump when the export recipe changes: old caches are rebuilt
_MODEL = "model.onnx"
# What ``_build`` does, in order (``on_step`` hears each name as it starts).
BUILD_STEPS = (
    "loading with Detoxify",
    "exporting to ONNX",
    "quantising to int8",
    "checking against the float model",
    "writing the export",
)
_META = "meta.json"


class EngineError(RuntimeError):
    """The engine could not be built or failed its check against the float model."""


@dataclass(frozen=True, slots=True)
class OnnxBuild:
    scorer: BatchScorer
    directory: Path
    deviation: float  # largest probability change versus the float model on the probe texts
    built: bool  # True when exported now, False when read from the cache


def load_onnx_scorer(
    model: str,
    huggingface_config_path: str | Path | None,
    *,
    quantize: bool,
    cache_dir: Path,
    threads: int,
    call_cost: int | None = None,
    tolerance: float = INT8_TOLERANCE,
    on_step: Callable[[str], None] | None = None,
) -> OnnxBuild:
    """An ONNX Runtime scorer for a Detoxify model name or checkpoint path (built on first use).

    ``on_step`` is called with the name of each build step as it starts (``BUILD_STEPS``), for a
    progress bar; not at all when the export is read from the cache."""
    engine = "onnx-int8" if quantize else "onnx"
    target = _target(cache_dir, model, engine)
    built = False
    if not (target / _META).is_file():
        target = _build(model, huggingface_config_path, quantize, cache_dir, threads, tolerance, on_step)
        built = True
    meta = json.loads((target / _META).read_text(encoding="utf-8"))
    scorer = BatchScorer(
        Encoder.load(target),
        OnnxRunner(onnx_session(target / _MODEL, threads)),
        meta["labels"],
        engine=engine,
        call_cost=call_cost,
    )
    return OnnxBuild(scorer, target, float(meta["deviation"]), built)


def onnx_session(path: Path, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3  # errors only
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _build(
    model: str,
    huggingface_config_path: str | Path | None,
    quantize: bool,
    cache_dir: Path,
    threads: int,
    tolerance: float,
    on_step: Callable[[str], None] | None = None,
) -> Path:
    step = on_step or (lambda _name: None)
    step(BUILD_STEPS[0])
    from bot.classify.scorer import DetoxifyScorer  # torch only when exporting

    reference = DetoxifyScorer(model, huggingface_config_path)  # may download a named model
    if reference.encoder is None:
        raise EngineError("the model's tokenizer has no fast (Rust) version to export with")
    expected = reference.score_batch(PROBE_TEXTS)
    target = _target(cache_dir, model, "onnx-int8" if quantize else "onnx")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        float_path = work / "float.onnx"
        step(BUILD_STEPS[1])
        _export(reference, float_path)
        final = work / _MODEL
        step(BUILD_STEPS[2])
        if quantize:
            _quantize(float_path, final)
            float_path.unlink()
        else:
            float_path.rename(final)
        encoder = reference.encoder
        assert encoder is not None
        encoder.save(work)
        labels = reference.labels
        del reference  # the float torch model is not needed any more
        step(BUILD_STEPS[3])
        probe = BatchScorer(encoder, OnnxRunner(onnx_session(final, threads)), labels, engine="probe")
        deviation = max_deviation(expected, probe.score_batch(PROBE_TEXTS))
        limit = tolerance if quantize else 1e-3
        if deviation > limit:
            raise EngineError(
                f"the ONNX model's scores differ from the float model's by {deviation:.4f} (> {limit})"
            )
        step(BUILD_STEPS[4])
        meta = {"labels": list(labels), "deviation": deviation, "model": model, "format": EXPORT_FORMAT}
        (work / _META).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
        log.info("exported %s to ONNX (%s), max deviation %.4f", model, target, deviation)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def _export(reference: Any, path: Path) -> None:
    import torch

    module = reference.module
    with contextlib.suppress(Exception):  # eager attention exports to the plain pattern ORT fuses
        module.set_attn_implementation("eager")
    names = reference.encoder.input_names
    sample = reference.encoder.arrays(reference.encoder.encode(["hello world", "bonjour à tous, ça va ?"]))

    class _Logits(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.inner(**dict(zip(names, inputs, strict=True))).logits

    axes = {name: {0: "batch", 1: "sequence"} for name in names}
    with _quiet(), torch.inference_mode():
        torch.onnx.export(
            _Logits(module).eval(),
            tuple(torch.from_numpy(sample[name]) for name in names),
            str(path),
            input_names=list(names),
            output_names=["logits"],
            dynamic_axes={**axes, "logits": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )


def _quantize(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with _quiet():
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Exporter and quantiser warnings (deprecations, tracer notes) are not the operator's business."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.setLevel(level)


def _stem(model: str) -> str:
    name = Path(model).stem if os.sep in model or "." in model else model
    return "".join(char if char.isalnum() or char in "-_" else "_" for char in name)[:40] or "model"


def _target(cache_dir: Path, model: str, engine: str) -> Path:
    return cache_dir / f"{_stem(model)}-{engine}-{_cache_key(model, engine)}"


def _cache_key(model: str, engine: str) -> str:
    from importlib.metadata import version  # not ``torch.__version__``: a cached load never imports torch

    source = _source_file(model)
    stat = source.stat() if source is not None else None
    parts = [
        str(source.resolve()) if source is not None else model,
        str(stat.st_size) if stat else "",
        str(stat.st_mtime_ns) if stat else "",
        engine,
        version("torch"),
        version("onnxruntime"),
        str(EXPORT_FORMAT),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _source_file(model: str) -> Path | None:
    path = Path(model)
    if path.is_file():
        return path
    from bot.classify.scorer import weights_file  # a named model: its file in torch's hub cache

    found = weights_file(model)
    return found if found is not None and found.is_file() else None
