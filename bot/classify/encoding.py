"""Tokenisation for the fast engines: encode once, then pad each sub-batch to its own longest text.

``Encoder`` wraps the Rust ``tokenizers.Tokenizer`` behind a Hugging Face fast tokenizer (the same
normaliser, vocabulary and special tokens, so the ids are exactly what ``tokenizer(text,
truncation=True)`` gives; a test checks it), with no padding and truncation to the model's length.
It saves to and loads from a folder (``tokenizer.json`` + ``encoder.json``), so an ONNX engine
loaded from its cache needs neither torch nor transformers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

__all__ = ["Encoded", "Encoder"]

MAX_CHARS = 4000  # Discord's longest message; the tokenizer truncates to the model's length anyway
_META = "encoder.json"
_TOKENIZER = "tokenizer.json"


@dataclass(frozen=True, slots=True)
class Encoded:
    ids: list[int]
    type_ids: list[int]


class Encoder:
    def __init__(
        self, tokenizer: Tokenizer, *, max_length: int, pad_id: int, input_names: Sequence[str]
    ) -> None:
        self._tokenizer = Tokenizer.from_str(tokenizer.to_str())  # a private copy we may configure
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_length)
        self.max_length = max_length
        self.pad_id = pad_id
        self.input_names = tuple(input_names)

    @classmethod
    def from_hf(cls, hf_tokenizer: Any) -> Encoder:
        """From a transformers fast tokenizer (Detoxify's ``tokenizer``)."""
        backend = getattr(hf_tokenizer, "backend_tokenizer", None)
        if not isinstance(backend, Tokenizer):
            raise TypeError(f"{type(hf_tokenizer).__name__} has no fast (Rust) tokenizer behind it")
        limit = int(hf_tokenizer.model_max_length)
        max_length = limit if 0 < limit <= 4096 else 512  # "no limit" sentinels mean BERT's 512
        pad_id = hf_tokenizer.pad_token_id
        return cls(
            backend,
            max_length=max_length,
            pad_id=int(pad_id) if pad_id is not None else 0,
            input_names=hf_tokenizer.model_input_names,
        )

    @classmethod
    def load(cls, directory: Path) -> Encoder:
        meta = json.loads((directory / _META).read_text(encoding="utf-8"))
        return cls(
            Tokenizer.from_file(str(directory / _TOKENIZER)),
            max_length=int(meta["max_length"]),
            pad_id=int(meta["pad_id"]),
            input_names=tuple(meta["input_names"]),
        )

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._tokenizer.save(str(directory / _TOKENIZER))
        meta = {"max_length": self.max_length, "pad_id": self.pad_id, "input_names": list(self.input_names)}
        (directory / _META).write_text(json.dumps(meta, indent=2), encoding="utf-8")

    def encode(self, texts: Sequence[str]) -> list[Encoded]:
        encodings = self._tokenizer.encode_batch([text[:MAX_CHARS] for text in texts])
        return [Encoded(e.ids, e.type_ids) for e in encodings]

    def arrays(self, encoded: Sequence[Encoded]) -> dict[str, np.ndarray]:
        """Model inputs (int64) for ``encoded``, padded to its longest text (right padding)."""
        width = max((len(e.ids) for e in encoded), default=0)
        ids = np.full((len(encoded), width), self.pad_id, dtype=np.int64)
        types = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        for row, item in enumerate(encoded):
            size = len(item.ids)
            ids[row, :size] = item.ids
            types[row, :size] = item.type_ids
            mask[row, :size] = 1
        arrays = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        return {name: arrays[name] for name in self.input_names if name in arrays}
