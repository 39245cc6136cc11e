"""Inference engines behind one ``ToxicityScorer``: how a batch of texts becomes label probabilities.

Every engine encodes the batch once (``bot.classify.encoding``), cuts it into length buckets
(``bot.classify.buckets``: each call padded to its own longest text, never to a fixed length) and runs
the model's forward pass on each bucket:

* ``torch``       Detoxify's own model in float32, under ``torch.inference_mode`` (the scores Detoxify
                  gives, to float rounding);
* ``torch-int8``  the same model with its linear layers dynamically quantised to int8
                  (``torch.ao.quantization.quantize_dynamic``);
* ``onnx``        the model exported to ONNX, run by ONNX Runtime in float32;
* ``onnx-int8``   that export with its weights dynamically quantised to int8 (the fastest and smallest
                  on CPU; see ``bot.classify.onnx_engine`` and docs/PERFORMANCE.md).

The int8 engines are checked against the float model at load time on probe texts (``PROBE_TEXTS``):
if any probability moves by more than ``INT8_TOLERANCE`` the loader falls back to float.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

import numpy as np

from bot.classify.buckets import CALL_COST, DEFAULT_CALL_COST, plan_buckets
from bot.classify.encoding import Encoder

__all__ = ["DEFAULT_ENGINE", "ENGINES", "INT8_TOLERANCE", "PROBE_TEXTS", "BatchScorer", "OnnxRunner",
           "Runner", "TorchRunner", "max_deviation", "quantize_linear"]  # fmt: skip

ENGINES = ("torch", "torch-int8", "onnx", "onnx-int8")
DEFAULT_ENGINE = "torch"
# Largest change of any label probability (0..1) that int8 quantisation may cause on the probe texts.
INT8_TOLERANCE = 0.05
PROBE_TEXTS = (
    "hello everyone, how are you today?",
    "bonjour à tous, comment allez-vous ?",
    "you are an idiot and everybody knows it",
    "tais-toi, personne ne t'a rien demandé",
    "my doctor changed my treatment again and the chemo is killing me",
    "j'ai besoin d'aide, je ne vais pas bien",
    "free nitro here, click the link now",
    "gg",
)


class Runner(Protocol):
    def logits(self, inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        """Raw logits, one row per text, for int64 ``input_ids``/``attention_mask``(/``token_type_ids``)."""
        ...


class TorchRunner:
    def __init__(self, module: Any, *, device: str = "cpu", inference_mode: bool = True) -> None:
        self.module = module.eval()
        self.device = device
        self.inference_mode = inference_mode

    def logits(self, inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        import torch

        tensors = {name: torch.from_numpy(array).to(self.device) for name, array in inputs.items()}
        with torch.inference_mode() if self.inference_mode else torch.no_grad():
            out = self.module(**tensors)
        logits = out.logits if hasattr(out, "logits") else out[0]
        return np.asarray(logits.float().cpu().numpy())


class OnnxRunner:
    def __init__(self, session: Any) -> None:
        self.session = session
        self.input_names = tuple(item.name for item in session.get_inputs())

    def logits(self, inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        feed = {name: inputs[name] for name in self.input_names}
        return np.asarray(self.session.run(None, feed)[0])


class BatchScorer:
    """A ``ToxicityScorer`` from an encoder, a runner and the model's label names (one per logit).

    ``call_cost`` (token rows a model call costs beyond its padded tokens) steers the length buckets;
    ``None``: the measured value for ``engine`` (``bot.classify.buckets.CALL_COST``)."""

    def __init__(
        self,
        encoder: Encoder,
        runner: Runner,
        labels: Sequence[str],
        *,
        engine: str,
        call_cost: int | None = None,
        max_batch: int | None = None,
    ) -> None:
        self.encoder = encoder
        self.runner = runner
        self.labels: tuple[str, ...] = tuple(labels)
        self.engine = engine
        self.call_cost = CALL_COST.get(engine, DEFAULT_CALL_COST) if call_cost is None else call_cost
        self.max_batch = max_batch

    def score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        results: list[dict[str, float]] = [{} for _ in texts]
        for part in self.score_groups(texts):
            for index, scores in part:
                results[index] = scores
        return results

    def score_groups(
        self, texts: Sequence[str], max_batch: int | None = None
    ) -> Iterator[list[tuple[int, dict[str, float]]]]:
        """Score ``texts`` one length bucket (one model call) at a time: yields ``(index, scores)`` pairs
        as each call finishes, shortest texts first, so a caller can hand results out early. ``max_batch``
        caps the texts per call (default: the scorer's own ``max_batch``)."""
        encoded = self.encoder.encode(texts)
        cap = max_batch if max_batch is not None else self.max_batch
        groups = plan_buckets([len(item.ids) for item in encoded], call_cost=self.call_cost, max_batch=cap)
        for group in groups:
            logits = self.runner.logits(self.encoder.arrays([encoded[i] for i in group]))
            if logits.shape != (len(group), len(self.labels)):
                raise ValueError(f"the model gave logits of shape {logits.shape} for {len(group)} texts")
            probabilities = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
            yield [
                (index, dict(zip(self.labels, probabilities[row].tolist(), strict=True)))
                for row, index in enumerate(group)
            ]


def quantize_linear(module: Any) -> Any:
    """``module`` with every ``nn.Linear`` dynamically quantised to int8, in place (CPU only).

    torch marks eager-mode quantisation as deprecated in favour of torchao; it still ships and works in
    the pinned torch, and the ``onnx-int8`` engine does not depend on it."""
    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(
            module, {torch.nn.Linear}, dtype=torch.qint8, inplace=True
        )


def max_deviation(reference: Sequence[Mapping[str, float]], other: Sequence[Mapping[str, float]]) -> float:
    """The largest absolute difference of any label probability between two score lists."""
    if len(reference) != len(other):
        raise ValueError("score lists of different lengths")
    worst = 0.0
    for ref, got in zip(reference, other, strict=True):
        if set(ref) != set(got):
            raise ValueError("score lists with different labels")
        worst = max([worst, *(abs(ref[label] - got[label]) for label in ref)])
    return worst
