"""``havre model prepare`` / ``info`` and a torch-free start from the prepared export (issue #17, point 1).

The tiny checkpoint is in Detoxify's format and goes through Detoxify's real loader (``prepare``); the
start is the bot's own ``Scoring`` in a fresh interpreter, which must not import torch or transformers.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.classify.prepared import MANIFEST, find_prepared, weights_path
from bot.cli import main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["checkpoint path", "named model"])
def prepared_data_dir(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    tiny_checkpoint: tuple[Path, Path],
) -> tuple[Path, str, Path]:
    """A data dir where ``havre model prepare`` ran: for a checkpoint path, or for a named model whose
    weights are already in the data dir (what ``prepare`` downloads; here the tiny checkpoint stands in,
    since Detoxify's weights cannot be downloaded)."""
    checkpoint, hf_dir = tiny_checkpoint
    data = tmp_path_factory.mktemp("data")
    model = str(checkpoint)
    if request.param == "named model":
        model = "multilingual"
        weights = weights_path(data / "model-cache", model)
        assert weights is not None
        weights.parent.mkdir(parents=True)
        shutil.copy(checkpoint, weights)
    result = CliRunner().invoke(main, ["model", "prepare"], env=_env(data, model, hf_dir))
    assert result.exit_code == 0, result.output
    assert "prepared in" in result.output
    assert "writing the export" in result.output  # the conversion bar reached its last step
    return data, model, hf_dir


def _env(data: Path, model: str, hf_dir: Path) -> dict[str, str]:
    return {
        "HAVRE_DATA_DIR": str(data),
        "HAVRE_DETOXIFY_MODEL": model,
        "HAVRE_DETOXIFY_CONFIG_DIR": str(hf_dir),
        "HAVRE_DETOXIFY_ENGINE": "onnx-int8",
    }


def test_prepare_writes_the_export_into_the_data_directory(
    prepared_data_dir: tuple[Path, str, Path],
) -> None:
    data, model, hf_dir = prepared_data_dir
    cache = data / "model-cache"
    manifest = json.loads((cache / MANIFEST).read_text(encoding="utf-8"))
    assert list(manifest) == [f"onnx-int8|{model}"]
    found = find_prepared(cache, model, "onnx-int8")
    assert found is not None
    assert found.export.parent == cache and (found.export / "model.onnx").is_file()
    assert found.labels[0] == "toxicity" and found.deviation <= 0.05
    # A second prepare finds it and does nothing.
    again = CliRunner().invoke(main, ["model", "prepare"], env=_env(data, model, hf_dir))
    assert again.exit_code == 0 and "already prepared" in again.output
    shown = CliRunner().invoke(main, ["model", "info"], env=_env(data, model, hf_dir))
    assert shown.exit_code == 0, shown.output
    assert str(found.export) in shown.output and "without torch" in shown.output


def test_the_bot_starts_scoring_from_the_export_without_importing_torch(
    prepared_data_dir: tuple[Path, str, Path], tmp_path: Path
) -> None:
    data, model, hf_dir = prepared_data_dir
    code = textwrap.dedent(
        """
        import asyncio, json, sys
        from bot.config import load_settings
        from bot.cli.model import model_cache_dir
        from bot.services.moderation.scoring import Scoring

        async def start():
            settings = load_settings()
            scoring = Scoring(
                model_enabled=True, model=settings.detoxify_model, config_dir=settings.detoxify_config_dir,
                engine=settings.detoxify_engine, cache_dir=model_cache_dir(settings),
            )
            scoring.start()
            await scoring.ready.wait()
            worker = scoring.worker
            result = await worker.score("you are an idiot") if worker.available else None
            scores = dict(result.scores) if result is not None else None
            await scoring.stop()
            return scoring.status, scores

        status, scores = asyncio.run(start())
        heavy = sorted(name for name in ("torch", "transformers", "detoxify") if name in sys.modules)
        print(json.dumps({"status": status, "scores": scores, "heavy": heavy}))
        """
    )
    env = {**os.environ, **_env(data, model, hf_dir), "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    env.pop("XDG_CACHE_HOME", None)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["status"] == f"scoring with {model}", result
    assert set(result["scores"]) >= {"toxicity", "insult"}
    assert result["heavy"] == []  # neither torch nor transformers nor detoxify
    # No model files in the home (ONNX Runtime leaves only its own device id under .cache/Microsoft).
    for cache in ("havre", "torch", "huggingface"):
        assert not (tmp_path / ".cache" / cache).exists()


def test_a_changed_checkpoint_is_prepared_again(prepared_data_dir: tuple[Path, str, Path]) -> None:
    data, model, _hf_dir = prepared_data_dir
    cache = data / "model-cache"
    assert find_prepared(cache, model, "onnx-int8") is not None
    found = find_prepared(cache, model, "onnx-int8")
    assert found is not None
    checkpoint = found.checkpoint
    stat = checkpoint.stat()
    try:
        os.utime(checkpoint, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert find_prepared(cache, model, "onnx-int8") is None
        assert find_prepared(cache, model, "onnx") is None  # never prepared on that engine
    finally:
        os.utime(checkpoint, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert find_prepared(cache, model, "onnx-int8") is not None
