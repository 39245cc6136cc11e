from __future__ import annotations

from pathlib import Path

import pytest
import torch

from bot.classify.checkpoint import ORIGINAL_CLASSES, build_tiny_checkpoint
from bot.classify.scorer import DetoxifyScorer, ToxicityScorer, load_scorer, weights_cached


def _in_unit_range(scores: dict[str, float]) -> bool:
    return all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in scores.values())


def test_tiny_checkpoint_scores_through_detoxify(tiny_scorer: ToxicityScorer) -> None:
    assert isinstance(tiny_scorer, DetoxifyScorer)
    assert tiny_scorer.labels == ORIGINAL_CLASSES
    results = tiny_scorer.score_batch(["you are an idiot", "bonjour"])
    assert len(results) == 2
    for scores in results:
        assert tuple(scores) == ORIGINAL_CLASSES
        assert _in_unit_range(scores)


def test_one_text_batch_and_empty_batch(tiny_scorer: ToxicityScorer) -> None:
    (single,) = tiny_scorer.score_batch(["hello"])  # Detoxify returns bare floats for one text
    assert tuple(single) == ORIGINAL_CLASSES and _in_unit_range(single)
    assert tiny_scorer.score_batch([]) == []


def test_length_sorted_batches_keep_the_input_order(tiny_scorer: ToxicityScorer) -> None:
    texts = ["a much longer message " * 12, "hi", "", "bonjour à tous, ça va ?", "x" * 3000, "gg"]
    together = tiny_scorer.score_batch(texts)
    for text, scores in zip(texts, together, strict=True):
        (alone,) = tiny_scorer.score_batch([text])
        assert scores == pytest.approx(alone, abs=1e-4)


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = build_tiny_checkpoint(tmp_path / "a", seed=3)
    second = build_tiny_checkpoint(tmp_path / "b", seed=3)
    assert (first[1] / "tokenizer.json").read_text() == (second[1] / "tokenizer.json").read_text()
    a = torch.load(first[0], weights_only=False)
    b = torch.load(second[0], weights_only=False)
    assert a["state_dict"].keys() == b["state_dict"].keys()
    assert all(torch.equal(a["state_dict"][k], b["state_dict"][k]) for k in a["state_dict"])
    args = a["config"]["arch"]["args"]
    assert args["model_type"] == str(first[1]) and args["num_classes"] == len(ORIGINAL_CLASSES)
    assert a["config"]["dataset"]["args"]["classes"] == list(ORIGINAL_CLASSES)


def test_xlm_roberta_checkpoint_with_jigsaw_class_names(tmp_path: Path) -> None:
    checkpoint, hf_dir = build_tiny_checkpoint(
        tmp_path, ("toxic", "severe_toxic", "identity_hate"), arch="xlm-roberta"
    )
    scorer = DetoxifyScorer(str(checkpoint), hf_dir)
    assert scorer.labels == ("toxicity", "severe_toxicity", "identity_attack")  # Detoxify's renaming
    (scores,) = scorer.score_batch(["je suis là"])
    assert _in_unit_range(scores) and len(scores) == 3


def test_missing_checkpoint_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    loaded = load_scorer(str(tmp_path / "nope.ckpt"), allow_download=False)
    assert loaded.scorer is None and "not found" in loaded.reason


def test_broken_checkpoints_are_reasons_not_crashes(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.ckpt"
    garbage.write_bytes(b"not a checkpoint at all")
    loaded = load_scorer(str(garbage), allow_download=False)
    assert loaded.scorer is None and "could not load" in loaded.reason
    incomplete = tmp_path / "incomplete.ckpt"
    torch.save({"state_dict": {}}, incomplete)
    loaded = load_scorer(str(incomplete), allow_download=False)
    assert loaded.scorer is None and "ValueError" in loaded.reason


def test_named_model_offline_without_cache_says_so() -> None:
    if weights_cached("multilingual"):
        pytest.skip("the multilingual weights are cached on this machine")
    loaded = load_scorer("multilingual", allow_download=False)
    assert loaded.scorer is None and "no weights" in loaded.reason


def test_disabled_model() -> None:
    loaded = load_scorer("multilingual", enabled=False)
    assert loaded.scorer is None and "disabled" in loaded.reason
