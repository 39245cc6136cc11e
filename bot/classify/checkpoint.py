"""Build Detoxify checkpoints with random weights: a tiny one for tests, full-size ones for benchmarks.

The output is exactly what ``Detoxify(checkpoint=FILE, huggingface_config_path=DIR)`` loads offline:

* ``DIR``: a Hugging Face ``config.json`` (with the right ``num_labels``) and tokenizer files written by
  ``save_pretrained``; the tokenizer (WordPiece for BERT, Unigram for XLM-RoBERTa) is built locally with
  the ``tokenizers`` library's normaliser and pre-tokeniser from a few hundred built-in French/English
  sentences (see ``_save_tokenizer`` for why the vocabulary is not left to the library's trainers);
* ``FILE``: a ``torch.save``d dict ``{"config": {"arch": {"args": {"model_type": DIR, "model_name": ...,
  "tokenizer_name": ..., "num_classes": N}}, "dataset": {"args": {"classes": [...]}}}, "state_dict": ...}``.
  ``model_type`` is DIR's absolute path (Detoxify reads the model config from it), so move both together
  or rebuild.

Builds are deterministic for a given seed. The scores of a random model mean nothing: use these for
plumbing tests and speed measurements, never for moderation.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.classify._corpus import corpus

__all__ = ["BERT_BASE", "ORIGINAL_CLASSES", "XLMR_BASE", "Dims", "build_random_checkpoint",
           "build_tiny_checkpoint"]  # fmt: skip

Arch = Literal["bert", "xlm-roberta"]
ORIGINAL_CLASSES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")
_BERT_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_XLMR_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")  # <unk> must be id 3 (XLMRobertaTokenizer)


@dataclass(frozen=True, slots=True)
class Dims:
    hidden_size: int
    layers: int
    heads: int
    intermediate_size: int
    vocab_size: int | None = None  # None: the trained tokenizer's size; else the embedding matrix size


BERT_BASE = Dims(hidden_size=768, layers=12, heads=12, intermediate_size=3072, vocab_size=30522)
XLMR_BASE = Dims(hidden_size=768, layers=12, heads=12, intermediate_size=3072, vocab_size=250002)


def build_tiny_checkpoint(
    directory: Path,
    classes: tuple[str, ...] = ORIGINAL_CLASSES,
    hidden_size: int = 32,
    layers: int = 2,
    heads: int = 2,
    intermediate_size: int = 64,
    *,
    arch: Arch = "bert",
    seed: int = 0,
    tokenizer_vocab: int = 2000,
) -> tuple[Path, Path]:
    """A small random ``BertForSequenceClassification`` (or XLM-R) in Detoxify's format.

    Returns ``(checkpoint_file, hf_config_dir)``."""
    dims = Dims(hidden_size, layers, heads, intermediate_size)
    return build_random_checkpoint(
        directory, dims, classes, arch=arch, seed=seed, tokenizer_vocab=tokenizer_vocab
    )


def build_random_checkpoint(
    directory: Path,
    dims: Dims = BERT_BASE,
    classes: tuple[str, ...] = ORIGINAL_CLASSES,
    *,
    arch: Arch = "bert",
    seed: int = 0,
    tokenizer_vocab: int = 2000,
    sentences: Sequence[str] = (),
) -> tuple[Path, Path]:
    """A random-weight checkpoint of any size: ``build_random_checkpoint(d, BERT_BASE)`` has the shape of
    Detoxify "original"; ``build_random_checkpoint(d, XLMR_BASE, arch="xlm-roberta")`` of "multilingual".
    ``sentences`` are added to the built-in corpus the tokenizer's vocabulary is drawn from (a benchmark
    passes its own messages, so their words are whole tokens, as with a real tokenizer).

    Returns ``(checkpoint_file, hf_config_dir)``."""
    import torch  # heavy imports stay out of the bot's import path
    import transformers

    if dims.hidden_size % dims.heads:
        raise ValueError("hidden_size must be a multiple of heads")
    directory = Path(directory).resolve()
    hf_dir = directory / f"{arch}-hf"
    hf_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = _save_tokenizer(hf_dir, arch, tokenizer_vocab, tuple(sentences))
    vocab_size = dims.vocab_size or len(tokenizer)
    if vocab_size < len(tokenizer):
        raise ValueError(f"vocab_size {vocab_size} is smaller than the tokenizer ({len(tokenizer)})")
    common: dict[str, Any] = {
        "vocab_size": vocab_size,
        "hidden_size": dims.hidden_size,
        "num_hidden_layers": dims.layers,
        "num_attention_heads": dims.heads,
        "intermediate_size": dims.intermediate_size,
        "num_labels": len(classes),
        "problem_type": "multi_label_classification",
    }
    if arch == "bert":
        config: transformers.PretrainedConfig = transformers.BertConfig(max_position_embeddings=512, **common)
        model_name, tokenizer_name = "BertForSequenceClassification", "BertTokenizer"
    else:
        config = transformers.XLMRobertaConfig(
            max_position_embeddings=514, type_vocab_size=1, pad_token_id=1, bos_token_id=0,
            eos_token_id=2, **common,
        )  # fmt: skip
        model_name, tokenizer_name = "XLMRobertaForSequenceClassification", "XLMRobertaTokenizer"
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = getattr(transformers, model_name)(config)
    model.eval()
    config.save_pretrained(hf_dir)
    checkpoint = directory / f"detoxify-{arch}-h{dims.hidden_size}-l{dims.layers}.ckpt"
    torch.save(
        {
            "config": {
                "arch": {
                    "args": {
                        "model_type": str(hf_dir),
                        "model_name": model_name,
                        "tokenizer_name": tokenizer_name,
                        "num_classes": len(classes),
                    }
                },
                "dataset": {"args": {"classes": list(classes)}},
            },
            "state_dict": model.state_dict(),
        },
        checkpoint,
    )
    return checkpoint, hf_dir


def _save_tokenizer(hf_dir: Path, arch: Arch, vocab_size: int, sentences: tuple[str, ...] = ()) -> Any:
    """Train the tokenizer on the built-in corpus and ``save_pretrained`` it into ``hf_dir``.

    The ``tokenizers`` trainers break ties between equally frequent pairs in hash-map order, which
    changes from one process to the next; so the vocabulary is derived here, deterministically, from the
    library's own normaliser and pre-tokeniser: every character (plus ``##`` continuations for WordPiece),
    then whole words by frequency (ties alphabetical). Any word outside it splits into characters.
    """
    import transformers
    from tokenizers import normalizers, pre_tokenizers

    tokenizer: Any
    if arch == "bert":
        normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=True)
        splitter: Any = pre_tokenizers.BertPreTokenizer()
        words = _count_words(normalizer, splitter, sentences)
        chars = sorted({char for word in words for char in word})
        vocab_list = [*_BERT_SPECIALS, *chars, *(f"##{char}" for char in chars)]
        vocab_list += _top_words(words, vocab_size - len(vocab_list), exclude=set(vocab_list))
        vocab = {token: index for index, token in enumerate(vocab_list)}
        tokenizer = transformers.BertTokenizer(vocab=vocab, do_lower_case=True, model_max_length=512)
    else:
        splitter = pre_tokenizers.Metaspace()
        words = _count_words(normalizers.NFKC(), splitter, sentences)
        total = sum(words.values())
        char_counts: Counter[str] = Counter()
        for word, count in words.items():
            for char in word:
                char_counts[char] += count
        pieces = [(token, 0.0) for token in _XLMR_SPECIALS]
        pieces += [(char, math.log(count / total) - 2.0) for char, count in sorted(char_counts.items())]
        known = {piece for piece, _ in pieces}
        budget = vocab_size - len(pieces)
        pieces += [(word, math.log(words[word] / total)) for word in _top_words(words, budget, known)]
        tokenizer = transformers.XLMRobertaTokenizer(vocab=pieces, model_max_length=512)
    tokenizer.save_pretrained(hf_dir)
    return tokenizer


def _count_words(normalizer: Any, splitter: Any, sentences: tuple[str, ...] = ()) -> Counter[str]:
    words: Counter[str] = Counter()
    for sentence in (*corpus(), *sentences):
        for word, _span in splitter.pre_tokenize_str(normalizer.normalize_str(sentence)):
            words[word] += 1
    return words


def _top_words(words: Counter[str], budget: int, exclude: set[str]) -> list[str]:
    ranked = sorted((word for word in words if word not in exclude), key=lambda w: (-words[w], w))
    return ranked[: max(0, budget)]
