"""``benchmarks.memory --baseline REF``: the bot at REF runs from its own unpacked tree, beside this one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.memory import REPO, _pairs, baseline_tree


def test_the_baseline_is_the_code_at_the_ref_unpacked_once(tmp_path: Path) -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    tree, sha = baseline_tree("HEAD", tmp_path)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
    assert head.stdout.startswith(sha) and len(sha) == 12
    committed = subprocess.run(
        ["git", "show", "HEAD:bot/classify/judge/chat.py"], cwd=REPO, capture_output=True, check=True
    ).stdout
    assert (tree / "bot" / "classify" / "judge" / "chat.py").read_bytes() == committed
    marker = tree / "bot" / "marker"
    marker.write_text("kept")
    assert baseline_tree("HEAD", tmp_path) == (tree, sha)  # reused, not unpacked again
    assert marker.read_text() == "kept"


def test_env_pairs() -> None:
    assert _pairs(["MALLOC_ARENA_MAX=16", "A=b=c"]) == {"MALLOC_ARENA_MAX": "16", "A": "b=c"}
    with pytest.raises(SystemExit):
        _pairs(["oops"])
