"""The detectors' gates, derived once and kept: ``requirement`` and ``anchors`` read from a data file.

Every rule's gate is derived from its pattern's parse tree (``_requires.requirement``, the clauses every
detector uses; ``_anchors.anchors``, the support detector's index words). Deriving them for the 3,600
patterns of the tables took about 12 of the 17 seconds ``import bot.classify.judge`` took (measured on
2026-12-07): a bot restart, every CLI command and every test process paid it.

A derivation depends only on the pattern's text and on the readers' code, so the results are kept in
``derived_gates.json`` beside this module, keyed by a hash of the pattern text, under a fingerprint of
the readers' source (``_requires.py``, ``_anchors.py``, ``_starts.py``: where an abuse row can start).
``requirement``, ``anchors`` and ``starts`` here return the stored result when the file holds one for the
current readers, and otherwise derive it, as before:

* a rule added or edited since the file was written is derived at import, so a gate is never wrong,
  only the start slower. ``tests/classify/judge/test_derived.py`` fails until the file is rewritten with
  ``python scripts/derive-gates.py``, the way ``cue_weights.json`` is kept current;
* when either reader's code changes, the fingerprint no longer matches and the whole file is ignored;
* a missing or unreadable file only means deriving everything, as before this module.

Import-time only: the module-level tables of ``abuse`` and ``support`` call these once per pattern.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

from bot.classify.judge import _anchors, _requires, _starts
from bot.classify.judge._requires import Requirement

__all__ = ["FILE", "anchors", "fingerprint", "missed", "requirement", "starts", "write"]

FILE = "derived_gates.json"
_READERS = ("_requires.py", "_anchors.py", "_starts.py")
_KINDS = ("requirement", "anchors", "starts")
T = TypeVar("T")
_ABSENT: Any = object()


def fingerprint() -> str:
    """A hash of the readers' source: stored derivations are used only under the fingerprint they were
    made with."""
    digest = hashlib.sha256()
    for name in _READERS:
        digest.update(files(__package__).joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _load(path: Any, expected: str) -> dict[str, dict[str, Any]]:
    """The stored derivations of ``path`` when they were made under ``expected``, else none."""
    empty: dict[str, dict[str, Any]] = {kind: {} for kind in _KINDS}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return empty
    if not isinstance(data, dict) or data.get("fingerprint") != expected:
        return empty
    return {kind: dict(data.get(kind) or {}) for kind in _KINDS}


_STORED = _load(files(__package__).joinpath(FILE), fingerprint())
# Every derivation this process asked for, encoded, with its pattern text (for ``write`` and the tests).
_USED: dict[str, dict[str, tuple[str, Any]]] = {kind: {} for kind in _KINDS}
_MISSED: dict[str, int] = dict.fromkeys(_KINDS, 0)


def _encode_requirement(value: Requirement) -> list[list[list[str]]]:
    return [[sorted(clause) for clause in alternative] for alternative in value]


def _decode_requirement(stored: list[list[list[str]]]) -> Requirement:
    return tuple(tuple(frozenset(clause) for clause in alternative) for alternative in stored)


def _stored(
    kind: str, text: str, derive: Callable[[str], T], encode: Callable[[T], Any], decode: Callable[[Any], T]
) -> T:
    """``derive(text)``, from the file when it holds it (recorded in ``_USED`` either way)."""
    key = _key(text)
    stored = _STORED[kind].get(key, _ABSENT)
    if stored is _ABSENT:  # (a stored ``null`` is a derivation: ``starts`` of a pattern it does not help)
        _MISSED[kind] += 1
        value = derive(text)
        stored = encode(value)
    else:
        value = decode(stored)
    _USED[kind][key] = (text, stored)
    return value


def requirement(pattern: str | re.Pattern[str]) -> Requirement:
    """``_requires.requirement(pattern)``, from the file when it holds it."""
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    return _stored("requirement", text, _requires.requirement, _encode_requirement, _decode_requirement)


def anchors(pattern: str) -> frozenset[str]:
    """``_anchors.anchors(pattern)``, from the file when it holds it."""
    return _stored("anchors", pattern, _anchors.anchors, sorted, frozenset)


def starts(pattern: re.Pattern[str]) -> _starts.Starts:
    """``_starts.Starts(pattern)``, its derivation from the file when it holds it."""
    derived = _stored("starts", pattern.pattern, _starts.derive, _same, _same)
    return _starts.Starts(pattern, derived)


def _same(value: T) -> T:
    return value


def missed() -> dict[str, int]:
    """How many derivations this process made because the file did not hold them, per kind."""
    return dict(_MISSED)


def used() -> dict[str, dict[str, tuple[str, Any]]]:
    """Every derivation this process asked for: kind -> key -> (pattern text, encoded result)."""
    return {kind: dict(entries) for kind, entries in _USED.items()}


def write(path: Path) -> int:
    """Write every derivation this process asked for (import the detectors first) under the current
    fingerprint, one entry per line so that a changed rule changes few lines. Returns the entry count."""
    lines = [f'{{"fingerprint": {json.dumps(fingerprint())}']
    count = 0
    for kind in _KINDS:
        entries = sorted(_USED[kind].items())
        count += len(entries)
        body = ",\n".join(
            f"{json.dumps(key)}: {json.dumps(encoded, ensure_ascii=False, separators=(',', ':'))}"
            for key, (_text, encoded) in entries
        )
        lines.append(f'"{kind}": {{\n{body}\n}}')
    path.write_text(",\n".join(lines) + "}\n", encoding="utf-8")
    return count
