"""The lock files cover every dependency of pyproject.toml with exact versions and hashes, and keep
torch out (issue #15, point 10). Regenerate them with scripts/lock.sh when this fails."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match is not None, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _locked(lock: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) of every entry of a lock file."""
    entries: dict[str, tuple[str, list[str]]] = {}
    text = (ROOT / lock).read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        if not line or line.lstrip().startswith("#"):
            continue
        match = re.match(r"([A-Za-z0-9._-]+)==(\S+)(.*)$", line.strip())
        assert match is not None, f"{lock}: not an exact pin: {line.strip()[:80]}"
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", match.group(3))
        entries[_name(match.group(1))] = (match.group(2), hashes)
    return entries


@pytest.mark.parametrize(
    ("lock", "extras"), [("requirements.lock", ()), ("requirements-dev.lock", ("test", "dev"))]
)
def test_every_dependency_is_pinned_with_hashes(lock: str, extras: tuple[str, ...]) -> None:
    entries = _locked(lock)
    wanted = [
        *PROJECT["dependencies"],
        *(r for extra in extras for r in PROJECT["optional-dependencies"][extra]),
    ]
    missing = sorted({_name(r) for r in wanted} - set(entries) - {"torch"})
    assert missing == [], f"not in {lock}: {missing}; run scripts/lock.sh"
    assert all(hashes for _, hashes in entries.values()), "every entry needs at least one hash"
    assert "torch" not in entries and not any(n.startswith("nvidia-") for n in entries)


def test_the_dev_lock_agrees_with_the_runtime_lock() -> None:
    runtime, dev = _locked("requirements.lock"), _locked("requirements-dev.lock")
    assert {name: runtime[name][0] for name in runtime} == {name: dev[name][0] for name in runtime}


def test_bootstrap_and_the_dockerfile_install_from_the_locks() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert "--require-hashes -r" in bootstrap and "--no-deps -e" in bootstrap
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "pip install --require-hashes -r requirements.lock" in dockerfile
    assert "pip install --no-deps ." in dockerfile
