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


def _random_value(rng: object, depth: int = 0) -> object:
    import random

    assert isinstance(rng, random.Random)
    leaves = [
        None, True, False, 0, -7, 2**40, 1.5, -0.0, "", "plain", "été", "emoji 🙂", Colour.RED, Level.HIGH,
        datetime(2026, 1, 5, 9, 0, tzinfo=UTC), datetime(2026, 1, 5, 9, 0),  # naive: read as UTC
    ]  # fmt: skip
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice(leaves)
    if roll < 0.75:
        return {
            rng.choice(["a", "b", "é", "key", Colour.RED]): _random_value(rng, depth + 1) for _ in range(3)
        }
    items = [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return tuple(items) if roll < 0.85 else items


def test_the_fast_path_gives_exactly_what_the_full_rules_give() -> None:
    import random

    from bot.governance.canonical import _checked

    rng = random.Random(17)
    for _ in range(3000):
        value = _random_value(rng)
        assert to_json_value(value) == _checked(value, "$")
        assert canonical_json(value) == json.dumps(
            _checked(value, "$"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"a": [1, {"b": float("nan")}]}, r"\$\.a\[1\]\.b"),
        ({"a": {"b": "\ud800"}}, r"\$\.a\.b"),
        ({"a": [b"bytes"]}, r"\$\.a\[0\]"),
        ({1: "x"}, r"\$: object keys"),
    ],
)
def test_a_refused_value_still_says_where_it_was_found(value: object, where: str) -> None:
    with pytest.raises(TypeError, match=where):
        to_json_value(value)
