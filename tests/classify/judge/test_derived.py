"""The stored gates (``_derived``, ``derived_gates.json``): complete, equal to a fresh derivation, and never
trusted when they no longer fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import bot.classify.judge  # noqa: F401 - importing the detectors asks for every gate
from bot.classify.judge import _anchors, _derived, _requires, _starts

ROOT = Path(__file__).resolve().parents[3]


def test_the_file_holds_every_gate_the_detectors_ask_for() -> None:
    assert _derived.missed() == {"requirement": 0, "anchors": 0, "starts": 0}, (
        "bot/classify/judge/derived_gates.json no longer covers every rule: "
        "run `.venv/bin/python scripts/derive-gates.py` and commit the file"
    )


def test_the_patterns_are_the_same_text_in_every_process() -> None:
    """A pattern built from a set must not depend on hash randomisation, or its stored gate is never
    found: a child process with another hash seed finds every one."""
    code = (
        "import bot.classify.judge; from bot.classify.judge import _derived; "
        "print(sum(_derived.missed().values()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize("kind", ["requirement", "anchors", "starts"])
def test_stored_gates_equal_a_fresh_derivation(kind: str) -> None:
    entries = sorted(_derived.used()[kind].items())
    assert len(entries) > (400 if kind == "starts" else 500)  # starts: the abuse tables only
    for _key, (text, stored) in entries[::5]:  # one in five: a full pass costs the 12 s the file saves
        if kind == "requirement":
            assert _derived._decode_requirement(stored) == _requires.requirement(text), text[:80]
        elif kind == "starts":
            assert stored == _starts.derive(text), text[:80]
        else:
            assert frozenset(stored) == _anchors.anchors(text), text[:80]


def test_a_pattern_the_file_does_not_hold_is_derived(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_derived, "_MISSED", _derived.missed())  # the counts of the import stay as they were
    monkeypatch.setattr(_derived, "_USED", _derived.used())
    before = _derived.missed()
    pattern = r"\b(?:zqxv|wqzt) (?:plonk|blorp)\b"
    assert _derived.requirement(pattern) == _requires.requirement(pattern)
    assert _derived.anchors(pattern) == _anchors.anchors(pattern)
    after = _derived.missed()
    assert after["requirement"] == before["requirement"] + 1
    assert after["anchors"] == before["anchors"] + 1


def test_a_file_from_other_readers_or_unreadable_is_ignored(tmp_path: Path) -> None:
    good = tmp_path / "gates.json"
    good.write_text(json.dumps({"fingerprint": "abc", "requirement": {"k": [[["w"]]]}, "anchors": {}}))
    assert _derived._load(good, "abc")["requirement"] == {"k": [[["w"]]]}
    assert _derived._load(good, "other") == {"requirement": {}, "anchors": {}, "starts": {}}
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    empty = {"requirement": {}, "anchors": {}, "starts": {}}
    assert _derived._load(broken, "abc") == empty
    assert _derived._load(tmp_path / "absent.json", "abc") == empty


def test_write_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "gates.json"
    count = _derived.write(target)
    assert count == sum(len(entries) for entries in _derived.used().values())
    loaded = _derived._load(target, _derived.fingerprint())
    for kind, entries in _derived.used().items():
        assert loaded[kind] == {key: stored for key, (_text, stored) in entries.items()}
