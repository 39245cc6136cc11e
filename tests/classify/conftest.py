"""Shared fixtures: one tiny Detoxify checkpoint per test session, loaded through the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify.checkpoint import build_tiny_checkpoint
from bot.classify.scorer import ToxicityScorer, load_scorer


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_tiny_checkpoint(tmp_path_factory.mktemp("detoxify"))


@pytest.fixture(scope="session")
def tiny_scorer(tiny_checkpoint: tuple[Path, Path]) -> ToxicityScorer:
    checkpoint, hf_dir = tiny_checkpoint
    loaded = load_scorer(str(checkpoint), hf_dir, allow_download=False)
    assert loaded.scorer is not None, loaded.reason
    return loaded.scorer
