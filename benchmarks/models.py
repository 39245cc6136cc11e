"""The models the benchmark scores with: random-weight stand-ins of Detoxify's, or a configured real one.

The trained weights cannot be downloaded here, so by default the benchmark builds (once, into its cache)
randomly initialised checkpoints of exactly Detoxify's architectures, in Detoxify's own format:

* ``original``      BERT-base (12 layers, 768 wide, 30,522-token embedding), like Detoxify "original";
* ``multilingual``  XLM-RoBERTa base (12 layers, 768 wide, 250,002-token embedding), like "multilingual";
* ``small``         a small BERT (4 layers, 256 wide, 4 heads, 30,522-token embedding), BERT-mini's shape.

Compute cost does not depend on the weight values, so speed and memory are the real models'. The
tokenizers share the real vocabulary *sizes*; their vocabulary is drawn from the benchmark's messages,
so common words are single tokens as with a real tokenizer (the report prints the token counts).

With ``HAVRE_DETOXIFY_MODEL`` set (a Detoxify model name whose weights are cached, or a checkpoint path,
with ``HAVRE_DETOXIFY_CONFIG_DIR`` for an offline checkpoint), the benchmark measures that real model
instead and says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from benchmarks.messages import vocabulary
from bot.classify.checkpoint import BERT_BASE, XLMR_BASE, Arch, Dims, build_random_checkpoint

__all__ = ["MODELS", "ModelSpec", "configured_model", "prepare"]

_BUILD_FORMAT = 1  # bump to rebuild cached checkpoints when the recipe changes
SMALL = Dims(hidden_size=256, layers=4, heads=4, intermediate_size=1024, vocab_size=30522)


@dataclass(frozen=True, slots=True)
class ModelSpec:
    key: str  # "original", "multilingual", "small" or "configured"
    title: str  # for the report
    checkpoint: str  # a file path, or a Detoxify model name
    config_dir: str | None
    random_weights: bool


MODELS: dict[str, tuple[str, Dims, Arch]] = {
    "original": ("BERT-base (Detoxify `original`)", BERT_BASE, "bert"),
    "multilingual": ("XLM-R base (Detoxify `multilingual`)", XLMR_BASE, "xlm-roberta"),
    "small": ("small BERT (4 layers, 256 wide)", SMALL, "bert"),
}


def configured_model() -> ModelSpec | None:
    """The real model named by ``HAVRE_DETOXIFY_MODEL``, if any."""
    model = os.environ.get("HAVRE_DETOXIFY_MODEL", "").strip()
    if not model:
        return None
    config = os.environ.get("HAVRE_DETOXIFY_CONFIG_DIR", "").strip() or None
    return ModelSpec("configured", f"configured model {model}", model, config, random_weights=False)


def prepare(key: str, cache: Path) -> ModelSpec:
    """Build (or reuse from ``cache``) the random-weight checkpoint ``key`` of ``MODELS``."""
    title, dims, arch = MODELS[key]
    folder = cache / "checkpoints" / f"{key}-v{_BUILD_FORMAT}"
    marker = folder / "ready.txt"
    if marker.is_file():
        checkpoint, config_dir = marker.read_text(encoding="utf-8").splitlines()[:2]
        if Path(checkpoint).is_file():
            return ModelSpec(key, title, checkpoint, config_dir, random_weights=True)
    vocab = dims.vocab_size or 30522
    checkpoint_path, hf_dir = build_random_checkpoint(
        folder,
        dims,
        arch=arch,
        seed=0,
        tokenizer_vocab=vocab,
        sentences=vocabulary(),
    )
    marker.write_text(f"{checkpoint_path}\n{hf_dir}\n", encoding="utf-8")
    return ModelSpec(key, title, str(checkpoint_path), str(hf_dir), random_weights=True)
