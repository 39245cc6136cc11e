"""Durations as moderators type them, in French or English, and what is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain.durations import parse_duration


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7d", timedelta(days=7)),
        ("7j", timedelta(days=7)),
        ("7 jours", timedelta(days=7)),
        ("1 jour", timedelta(days=1)),
        ("2sem", timedelta(weeks=2)),
        ("2 semaines", timedelta(weeks=2)),
        ("2w", timedelta(weeks=2)),
        ("10min", timedelta(minutes=10)),
        ("10 minutes", timedelta(minutes=10)),
        ("10m", timedelta(minutes=10)),
        ("24h", timedelta(hours=24)),
        ("3 heures", timedelta(hours=3)),
        ("3 hours", timedelta(hours=3)),
        ("1h30", timedelta(hours=1, minutes=30)),
        ("1 h 30", timedelta(hours=1, minutes=30)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("1 heure et 30 minutes", timedelta(hours=1, minutes=30)),
        ("2 days and 3 hours", timedelta(days=2, hours=3)),
        ("45 secondes", timedelta(seconds=45)),
        ("7\u00a0j", timedelta(days=7)),
        ("0", timedelta(0)),
    ],
)
def test_french_and_english_units_are_understood(typed: str, expected: timedelta) -> None:
    assert parse_duration(typed) == expected


@pytest.mark.parametrize("typed", ["semaine", "7 jours 2", "h30", "7x", "demain", "", "-3d", "1.5h"])
def test_what_is_not_a_duration_is_refused_with_a_hint(typed: str) -> None:
    with pytest.raises(ValueError, match="7j"):
        parse_duration(typed)
