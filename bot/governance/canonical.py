"""Canonical JSON: the one byte-exact encoding that governance hashes and signatures are computed over.

Rules (changing any of them changes every hash, so they are frozen):

- object keys sorted, no whitespace (``","`` and ``":"`` separators), UTF-8, non-ASCII kept as is;
- datetimes become ISO 8601 UTC strings with microseconds and a ``Z``: ``2026-01-05T09:00:00.000000Z``
  (a naive datetime, as SQLite hands back, is read as UTC);
- ints stay ints, bools stay bools, floats use Python's shortest round-trip form and must be finite;
- enums are written as their value, tuples as lists, any ``Mapping`` as an object with string keys.

Anything else (bytes, sets, objects) is refused with a ``TypeError`` naming where it was found, so a
record can never hash differently from what was stored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache

JsonScalar = str | int | float | bool | None
JsonValue = JsonScalar | list["JsonValue"] | dict[str, "JsonValue"]


def iso_utc(value: datetime) -> str:
    """``2026-01-05T09:00:00.000000Z``: fixed width, always UTC, always microseconds."""
    if value.tzinfo is UTC:
        return _iso_of_utc(value)  # the entries of one batch share one time: written once
    return _iso(value)


@lru_cache(maxsize=256)
def _iso_of_utc(value: datetime) -> str:
    """Kept for UTC times only: two equal datetimes of another zone may be two instants (``fold``)."""
    return _iso(value)


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso_utc(text: str) -> datetime:
    """Read back what :func:`iso_utc` wrote (any ISO 8601 with an offset or ``Z`` is accepted)."""
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp without a timezone: {text!r}")
    return parsed.astimezone(UTC)


def to_json_value(value: object, path: str = "$") -> JsonValue:
    """A plain JSON value (dict/list/str/int/float/bool/None) equal in canonical form to ``value``.

    Every log entry goes through here several times, so the common case takes a fast path that keeps
    no ``path``; only a value it refuses is walked again with ``path`` tracking, for the error."""
    try:
        return _plain(value)
    except (TypeError, ValueError):  # ValueError: a lone surrogate's UnicodeEncodeError
        return _checked(value, path)  # raises a TypeError saying where it was found


def _plain(value: object) -> JsonValue:
    kind = type(value)
    if kind is str:
        if not value.isascii():  # type: ignore[attr-defined]
            value.encode("utf-8")  # type: ignore[attr-defined]  # lone surrogates: refused by _checked
        return value  # type: ignore[return-value]
    if value is None or kind is bool or kind is int:
        return value  # type: ignore[return-value]
    if kind is dict:
        out: dict[str, JsonValue] = {}
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                raise TypeError("not a plain key")
            if not key.isascii():
                key.encode("utf-8")
            out[key] = _plain(item)
        return out
    if kind is list or kind is tuple:
        return [_plain(item) for item in value]  # type: ignore[attr-defined]
    return _checked(value, "$")  # anything else (enums, datetimes, floats, mappings): the full rules


def _checked(value: object, path: str) -> JsonValue:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        return _checked(value.value, path)
    if isinstance(value, str):
        _check_text(value, path)
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"{path}: NaN and infinities have no JSON form")
        return float(value)
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, Mapping):
        out: dict[str, JsonValue] = {}
        for key, item in value.items():
            if isinstance(key, Enum):
                key = key.value
            if not isinstance(key, str):
                raise TypeError(f"{path}: object keys must be strings, got {type(key).__name__}")
            _check_text(key, path)
            out[key] = _checked(item, f"{path}.{key}")
        return out
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [_checked(item, f"{path}[{i}]") for i, item in enumerate(value)]
    raise TypeError(f"{path}: {type(value).__name__} is not JSON-able")


def canonical_json(value: object) -> bytes:
    """The canonical UTF-8 bytes of ``value`` (see the module docstring)."""
    text = json.dumps(
        to_json_value(value),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return text.encode("utf-8")


def canonical_text(value: object) -> str:
    """Canonical JSON as a ``str`` — the form the database layer should store JSON columns in."""
    return canonical_json(value).decode("utf-8")


def plain_json_text(value: JsonValue | Mapping[str, JsonValue]) -> str:
    """``canonical_text`` of a value ``to_json_value`` already returned (a log entry's ``signals`` and
    ``data`` are converted when the entry is built): the same text, without converting it again."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _check_text(value: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates cannot be stored or hashed reproducibly
        raise TypeError(f"{path}: text is not valid Unicode") from exc
