"""The fast engines: same tokens as Detoxify, length buckets, int8 within tolerance, engine selection."""

from __future__ import annotations

import gc
import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from bot.classify.buckets import padded_tokens, plan_buckets
from bot.classify.checkpoint import build_tiny_checkpoint
from bot.classify.encoding import Encoder
from bot.classify.engines import INT8_TOLERANCE, max_deviation
from bot.classify.onnx_engine import load_onnx_scorer
from bot.classify.scorer import DetoxifyScorer, ToxicityScorer, load_scorer

REPO = Path(__file__).resolve().parents[2]
# Chat-like texts (short, long, French, English, emoji, markup), not the loader's own probe texts.
TEXTS = [
    "lol", "", "gg wp", "tu viens ce soir ? on lance le raid à 21h", "I'm so done with this patch 😤",
    "ma chimio recommence lundi, j'ai un peu peur", "you are a clown and a loser",
    "honestly the new update ruined everything and nobody at the studio listens to us anymore " * 3,
    "ferme ta gueule", "merci beaucoup pour vos messages, ça me touche énormément ❤️",
    "<@123> look at this", "so " * 700, "déjà vu à l'hôpital, encore 3 heures d'attente",
]  # fmt: skip


def _cost(lengths: list[int], groups: list[list[int]], call_cost: int) -> int:
    return padded_tokens(lengths, groups) + call_cost * len(groups)


@pytest.mark.parametrize("seed", range(30))
def test_buckets_are_an_optimal_partition(seed: int) -> None:
    rng = __import__("random").Random(seed)
    lengths = [
        rng.choice((3, 5, 8, 12, 20, 35, 90, 300)) + rng.randint(0, 4) for _ in range(rng.randint(1, 9))
    ]
    call_cost = rng.choice((0, 16, 128))
    groups = plan_buckets(lengths, call_cost=call_cost)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert all(lengths[a] <= lengths[b] for g in groups for a, b in itertools.pairwise(g))
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    best = min(  # brute force over every way to cut the sorted run
        _cost(lengths, [order[a:b] for a, b in itertools.pairwise((0, *cuts, len(order)))], call_cost)
        for n in range(len(order))
        for cuts in itertools.combinations(range(1, len(order)), n)
    )
    assert _cost(lengths, groups, call_cost) == best


def test_buckets_respect_max_batch_and_split_the_long_tail() -> None:
    lengths = [10] * 40 + [400]
    groups = plan_buckets(lengths, call_cost=128, max_batch=16)
    assert max(len(g) for g in groups) <= 16
    assert [40] in [[i for i in g] for g in groups]  # the pasted paragraph is scored on its own
    assert plan_buckets([]) == []
    with pytest.raises(ValueError):
        plan_buckets([1], max_batch=0)


@pytest.mark.parametrize("arch", ["bert", "xlm-roberta"])
def test_encoder_gives_detoxifys_tokens(tmp_path: Path, arch: str) -> None:
    checkpoint, hf_dir = build_tiny_checkpoint(tmp_path, arch=arch)  # type: ignore[arg-type]
    scorer = DetoxifyScorer(str(checkpoint), hf_dir)
    hf = scorer.detoxify.tokenizer
    for encoder in (Encoder.from_hf(hf), _reloaded(scorer, tmp_path / "saved")):
        ours = encoder.encode(TEXTS)
        theirs = hf(TEXTS, truncation=True)["input_ids"]
        assert [item.ids for item in ours] == theirs
        arrays = encoder.arrays(ours[:3])
        assert set(arrays) == set(hf.model_input_names)
        assert arrays["attention_mask"].sum() == sum(len(item.ids) for item in ours[:3])
    assert max(len(item.ids) for item in ours) == 512  # truncated to the model's length


def _reloaded(scorer: DetoxifyScorer, directory: Path) -> Encoder:
    assert scorer.encoder is not None
    scorer.encoder.save(directory)
    return Encoder.load(directory)


def test_fast_path_matches_detoxify_predict(tiny_scorer: ToxicityScorer) -> None:
    assert isinstance(tiny_scorer, DetoxifyScorer)
    ours = tiny_scorer.score_batch(TEXTS)
    for text, scores in zip(TEXTS, ours, strict=True):
        raw = tiny_scorer.detoxify.predict([text])
        assert scores == pytest.approx({label: float(value) for label, value in raw.items()}, abs=1e-5)


def test_torch_int8_stays_within_tolerance_of_float(tiny_checkpoint: tuple[Path, Path]) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    scorer = DetoxifyScorer(str(checkpoint), hf_dir)
    reference = scorer.score_batch(TEXTS)
    scorer.quantize()
    quantised = scorer.score_batch(TEXTS)
    assert scorer.engine == "torch-int8"
    assert quantised != reference  # it really is another model...
    assert max_deviation(reference, quantised) <= INT8_TOLERANCE  # ...scoring within the tolerance


def test_onnx_engines_within_tolerance_and_cached(tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    reference = DetoxifyScorer(str(checkpoint), hf_dir).score_batch(TEXTS)
    exact = load_onnx_scorer(str(checkpoint), hf_dir, quantize=False, cache_dir=tmp_path, threads=1)
    assert exact.built and max_deviation(reference, exact.scorer.score_batch(TEXTS)) <= 1e-4
    first = load_onnx_scorer(str(checkpoint), hf_dir, quantize=True, cache_dir=tmp_path, threads=1)
    again = load_onnx_scorer(str(checkpoint), hf_dir, quantize=True, cache_dir=tmp_path, threads=1)
    assert first.built and not again.built and again.directory == first.directory
    quantised = again.scorer.score_batch(TEXTS)
    assert quantised != reference
    assert max_deviation(reference, quantised) <= INT8_TOLERANCE
    assert again.deviation <= INT8_TOLERANCE
    assert again.scorer.labels == DetoxifyScorer(str(checkpoint), hf_dir).labels


def test_a_cached_onnx_engine_loads_without_torch(tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    load_onnx_scorer(str(checkpoint), hf_dir, quantize=True, cache_dir=tmp_path, threads=1)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bot.classify.scorer import load_scorer\n"
        f"loaded = load_scorer({str(checkpoint)!r}, {str(hf_dir)!r}, allow_download=False,"
        f" engine='onnx-int8', cache_dir=Path({str(tmp_path)!r}), threads=1)\n"
        "assert loaded.engine == 'onnx-int8', loaded\n"
        "assert len(loaded.scorer.score_batch(['bonjour', 'hello there'])) == 2\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"  # the float model never entered memory


@pytest.mark.parametrize("engine", ["torch", "torch-int8", "onnx", "onnx-int8"])
def test_load_scorer_selects_the_engine(
    tiny_checkpoint: tuple[Path, Path], tmp_path: Path, engine: str
) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    loaded = load_scorer(str(checkpoint), hf_dir, allow_download=False, engine=engine, cache_dir=tmp_path)
    assert loaded.scorer is not None, loaded.reason
    assert (loaded.engine, loaded.note) == (engine, "")
    assert getattr(loaded.scorer, "engine", None) == engine
    assert len(loaded.scorer.score_batch(TEXTS)) == len(TEXTS)


def test_unknown_or_broken_engines_fall_back_to_torch(
    tiny_checkpoint: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    unknown = load_scorer(str(checkpoint), hf_dir, allow_download=False, engine="tpu-magic")
    assert (
        unknown.scorer is not None and unknown.engine == "torch" and "unknown scoring engine" in unknown.note
    )

    def broken_export(*_args: object) -> None:
        raise RuntimeError("exporter exploded")

    monkeypatch.setattr("bot.classify.onnx_engine._export", broken_export)
    broken = load_scorer(
        str(checkpoint), hf_dir, allow_download=False, engine="onnx-int8", cache_dir=tmp_path
    )
    assert broken.scorer is not None and broken.engine == "torch"
    assert "onnx-int8 engine unavailable" in broken.note and "exporter exploded" in broken.note
    assert not any(tmp_path.iterdir())  # no half-built export left behind


def test_int8_too_far_from_float_falls_back(
    tiny_checkpoint: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    monkeypatch.setattr("bot.classify.engines.INT8_TOLERANCE", 0.0)  # any change at all is too much
    loaded = load_scorer(str(checkpoint), hf_dir, allow_download=False, engine="torch-int8")
    assert loaded.scorer is not None and loaded.engine == "torch" and "differ from float" in loaded.note


def test_loading_freezes_what_is_alive_so_full_collections_stay_short(
    tiny_checkpoint: tuple[Path, Path],
) -> None:
    checkpoint, hf_dir = tiny_checkpoint
    gc.unfreeze()
    try:
        kept = load_scorer(str(checkpoint), hf_dir, allow_download=False, freeze_gc=False)
        assert kept.scorer is not None and gc.get_freeze_count() == 0
        frozen = load_scorer(str(checkpoint), hf_dir, allow_download=False)
        assert frozen.scorer is not None
        assert gc.get_freeze_count() > 10_000  # torch, transformers and the model: out of every collection
    finally:
        gc.unfreeze()
