from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from enum import IntEnum, StrEnum

import pytest

from bot.governance.canonical import canonical_json, canonical_text, iso_utc, parse_iso_utc, to_json_value


class Colour(StrEnum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


def test_canonical_form_is_sorted_compact_utf8() -> None:
    value = {"b": [1, 2.5, True, None], "a": "été", "c": {"z": 1, "y": Colour.RED, "x": Level.HIGH}}
    assert canonical_json(value) == '{"a":"été","b":[1,2.5,true,null],"c":{"x":3,"y":"red","z":1}}'.encode()


def test_datetimes_are_utc_with_z_and_microseconds() -> None:
    paris = timezone(timedelta(hours=1))
    moment = datetime(2026, 1, 5, 10, 0, 0, 5, tzinfo=paris)
    assert iso_utc(moment) == "2026-01-05T09:00:00.000005Z"
    assert parse_iso_utc(iso_utc(moment)) == moment
    assert canonical_text({"at": moment}) == '{"at":"2026-01-05T09:00:00.000005Z"}'
    assert iso_utc(datetime(2026, 1, 5, 9, 0)) == "2026-01-05T09:00:00.000000Z"  # naive read as UTC
    with pytest.raises(ValueError):
        parse_iso_utc("2026-01-05T09:00:00")


def test_json_round_trip_keeps_the_canonical_form() -> None:
    value = {"score": 0.1 + 0.2, "big": 2**63 + 1, "tiny": 1e-7, "text": "🙂\u200b", "t": datetime.now(UTC)}
    text = canonical_text(value)
    assert canonical_text(json.loads(text)) == text


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), b"bytes", {1: "x"}, {"s": {1, 2}}, "\ud800"])
def test_values_without_a_stable_json_form_are_refused(bad: object) -> None:
    with pytest.raises(TypeError):
        to_json_value(bad)
