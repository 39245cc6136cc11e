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

JsonScalar = str | int | float | bool | None
JsonValue = JsonScalar | list["JsonValue"] | dict[str, "JsonValue"]


def iso_utc(value: datetime) -> str:
    """``2026-01-05T09:00:00.000000Z``: fixed width, always UTC, always microseconds."""
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
    """A plain JSON value (dict/list/str/int/float/bool/None) equal in canonical form to ``value``."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        return to_json_value(value.value, path)
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
            out[key] = to_json_value(item, f"{path}.{key}")
        return out
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [to_json_value(item, f"{path}[{i}]") for i, item in enumerate(value)]
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


def _check_text(value: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates cannot be stored or hashed reproducibly
        raise TypeError(f"{path}: text is not valid Unicode") from exc
