"""The model, prepared once into the data directory and then loaded without torch.

``prepare_model`` (``havre model prepare``) does the heavy part once: for a named Detoxify model it
downloads the weights into ``<cache_dir>/weights/`` (the data directory's ``model-cache``, i.e. the
Docker volume, not the user's home; Hugging Face's config and tokenizer files go to ``<cache_dir>/hf``),
loads them with Detoxify's own loader, exports them to ONNX (``bot.classify.onnx_engine``: quantised to
int8 for ``onnx-int8``, checked against the float model), and records the export in
``<cache_dir>/prepared.json``.

``load_prepared`` is what the running bot calls first: when ``prepared.json`` names an export for the
configured model and engine whose source checkpoint has not changed, it builds the scorer from that
folder alone (tokenizer, labels, ONNX model): neither torch nor transformers is imported.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["MANIFEST", "Prepared", "find_prepared", "hf_home", "load_prepared", "prepare_model",
           "weights_path"]  # fmt: skip

MANIFEST = "prepared.json"
_ONNX_ENGINES = ("onnx", "onnx-int8")


@dataclass(frozen=True, slots=True)
class Prepared:
    model: str  # as configured: a Detoxify name or a checkpoint path
    engine: str
    export: Path  # the folder with model.onnx, the tokenizer and meta.json
    checkpoint: Path  # the weights it was exported from
    labels: tuple[str, ...]
    deviation: float  # largest probability change versus the float model on the probe texts
    prepared_at: float

    def size_bytes(self) -> int:
        return sum(item.stat().st_size for item in self.export.rglob("*") if item.is_file())


def weights_path(cache_dir: Path, model: str) -> Path | None:
    """Where ``prepare_model`` keeps a named Detoxify model's weights (None for a checkpoint path)."""
    from bot.classify.scorer import DETOXIFY_MODELS

    if model not in DETOXIFY_MODELS:
        return None
    return cache_dir / "weights" / f"detoxify-{model}.ckpt"


def hf_home(cache_dir: Path) -> Path:
    """Hugging Face's cache for the config and tokenizer files a named model's loader fetches."""
    return cache_dir / "hf"


def _key(model: str, engine: str) -> str:
    return f"{engine}|{model}"


def _read(cache_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((cache_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def find_prepared(cache_dir: Path, model: str, engine: str) -> Prepared | None:
    """The recorded export for ``model`` on ``engine``, if it is still complete and current.

    Current: the checkpoint it came from has the size and modification time recorded, and the export's
    ``meta.json`` is there. Reads two small JSON files and stats two paths; imports nothing heavy."""
    entry = _read(cache_dir).get(_key(model, engine))
    if not isinstance(entry, dict):
        return None
    export = cache_dir / entry.get("export", "")
    checkpoint = Path(entry.get("checkpoint", ""))
    try:
        stat = checkpoint.stat()
        meta = json.loads((export / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stat.st_size != entry.get("size") or stat.st_mtime_ns != entry.get("mtime_ns"):
        return None  # the weights changed since: prepare again
    if not (export / "model.onnx").is_file():
        return None
    return Prepared(
        model=model,
        engine=engine,
        export=export,
        checkpoint=checkpoint,
        labels=tuple(meta["labels"]),
        deviation=float(meta["deviation"]),
        prepared_at=float(entry.get("prepared_at", 0.0)),
    )


def load_prepared(
    cache_dir: Path, model: str, engine: str, threads: int, *, call_cost: int | None = None
) -> Any | None:
    """A ``BatchScorer`` on ONNX Runtime from the prepared export, or None when there is none."""
    if engine not in _ONNX_ENGINES:
        return None
    found = find_prepared(cache_dir, model, engine)
    if found is None:
        return None
    from bot.classify.encoding import Encoder
    from bot.classify.engines import BatchScorer, OnnxRunner
    from bot.classify.onnx_engine import onnx_session

    runner = OnnxRunner(onnx_session(found.export / "model.onnx", threads))
    return BatchScorer(Encoder.load(found.export), runner, found.labels, engine=engine, call_cost=call_cost)


def prepare_model(
    model: str,
    config_dir: str | Path | None,
    *,
    cache_dir: Path,
    engine: str = "onnx-int8",
    threads: int | None = None,
    allow_download: bool = True,
    progress: bool = False,
    on_step: Callable[[str], None] | None = None,
) -> Prepared:
    """Download (named models), load with Detoxify, export to ONNX and record it. Idempotent: an export
    already recorded and current is returned as it is. ``progress``: a download bar on stderr.

    Raises ``EngineError`` (or the loader's own error) when the model cannot be prepared."""
    from bot.classify.onnx_engine import EngineError, load_onnx_scorer
    from bot.classify.scorer import default_threads

    if engine not in _ONNX_ENGINES:
        raise EngineError(f"only the ONNX engines are prepared ({', '.join(_ONNX_ENGINES)}), not {engine!r}")
    cache_dir = Path(cache_dir)
    found = find_prepared(cache_dir, model, engine)
    if found is not None:
        return found
    cache_dir.mkdir(parents=True, exist_ok=True)
    checkpoint = _fetch_weights(model, cache_dir, allow_download, progress)
    built = load_onnx_scorer(
        str(checkpoint),
        config_dir,
        quantize=engine == "onnx-int8",
        cache_dir=cache_dir,
        threads=threads or default_threads(),
        on_step=on_step,
    )
    stat = checkpoint.stat()
    entry = {
        "export": built.directory.name,
        "checkpoint": str(checkpoint.resolve()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "prepared_at": time.time(),
    }
    manifest = _read(cache_dir)
    manifest[_key(model, engine)] = entry
    partial = cache_dir / f".{MANIFEST}.tmp"
    partial.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    os.replace(partial, cache_dir / MANIFEST)
    prepared = find_prepared(cache_dir, model, engine)
    if prepared is None:
        raise EngineError(f"the export of {model!r} was written but cannot be read back")
    return prepared


def _fetch_weights(model: str, cache_dir: Path, allow_download: bool, progress: bool) -> Path:
    """The checkpoint file to export: a path as given, or a named model's weights in the data dir."""
    from bot.classify.onnx_engine import EngineError

    target = weights_path(cache_dir, model)
    if target is None:
        path = Path(model)
        if not path.is_file():
            raise EngineError(f"Detoxify checkpoint {model!r} not found")
        return path
    if target.is_file():
        return target
    if not allow_download:
        from bot.classify.scorer import weights_cached, weights_file

        if weights_cached(model):  # already in torch's hub cache: export from there, no download
            found = weights_file(model)
            assert found is not None
            return found
        raise EngineError(f"the weights of Detoxify model {model!r} are not in {target.parent}")
    os.environ.setdefault("HF_HOME", str(hf_home(cache_dir)))  # config + tokenizer: the data dir too
    import torch
    from detoxify.detoxify import MODEL_URLS

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    torch.hub.download_url_to_file(MODEL_URLS[model], str(partial), progress=progress)
    os.replace(partial, target)
    return target
