"""The installed wheel works from any directory: its data (policies, migrations, texts) ships inside it.

Builds the wheel from the package sources alone, installs it into a scratch target (dependencies come from
the running environment) and runs ``havre migrate`` and ``havre replay`` from a directory that holds no
checkout, so nothing can be found relative to the working directory or to the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ("pyproject.toml", "README.md", "bot", "cogs", "emulator")

pytestmark = pytest.mark.slow


def _run(args: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in SHIPPED:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, src / name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = _run(
        [*pip, "wheel", "--no-build-isolation", "--no-deps", ".", "-w", str(root / "dist")], cwd=src, env=env
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (root / "dist").glob("havre-*.whl")
    target = root / "site"
    done = _run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    return target


def _env(target: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAVRE_") and k != "PYTHONPATH"}
    return {**env, "PYTHONPATH": str(target), "HAVRE_DATA_DIR": str(data)}


def test_the_wheel_migrates_and_replays_from_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _env(installed, tmp_path / "data")
    havre = [sys.executable, str(installed / "bin" / "havre")]

    where = _run([sys.executable, "-c", "import bot; print(bot.__file__)"], cwd=elsewhere, env=env)
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout + where.stderr

    migrated = _run([*havre, "migrate"], cwd=elsewhere, env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert "database at revision" in migrated.stdout
    assert (tmp_path / "data" / "havre.sqlite3").exists()

    sample = installed / "bot" / "policies" / "samples" / "replay_fr.jsonl"
    out = elsewhere / "decisions.jsonl"
    replayed = _run(
        [*havre, "replay", str(sample), "--policy", "patient", "--language", "fr", "--out", str(out)],
        cwd=elsewhere,
        env=env,
    )
    assert replayed.returncode == 0, replayed.stderr
    assert "with policy patient version" in replayed.stderr + replayed.stdout
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(
        sample.read_text(encoding="utf-8").splitlines()
    )


def test_the_wheel_ships_the_dashboard(installed: Path) -> None:
    web = installed / "bot" / "web"
    assert (web / "templates" / "base.html").is_file() and (web / "templates" / "appeal.html").is_file()
    assert (web / "static" / "style.css").is_file() and (web / "static" / "app.js").is_file()
    assert (installed / "bot" / "locales" / "fr" / "web.toml").is_file()


def test_the_wheel_ships_the_stored_gates_and_uses_them(installed: Path, tmp_path: Path) -> None:
    """``derived_gates.json`` ships beside the readers it was made with, so an installed bot starts without
    deriving any gate (``bot.classify.judge._derived``)."""
    assert (installed / "bot" / "classify" / "judge" / "derived_gates.json").is_file()
    code = "import bot.classify.judge; from bot.classify.judge import _derived; print(_derived.missed())"
    done = _run([sys.executable, "-c", code], cwd=tmp_path, env=_env(installed, tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "{'requirement': 0, 'anchors': 0, 'starts': 0}"
