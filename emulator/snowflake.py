"""Discord snowflakes and timestamps, generated the way Discord does.

A snowflake is ``(milliseconds since 2015-01-01 UTC) << 22 | worker << 17 | process << 12 | increment``.
The generator reads the emulator's clock, so ids carry a real creation time (discord.py derives
``created_at`` from them) and stay strictly increasing even when the clock stands still or moves back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from emulator.clock import Clock, SystemClock

DISCORD_EPOCH_MS = 1_420_070_400_000


def snowflake_time(snowflake: int) -> datetime:
    """The creation time encoded in a snowflake."""
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)


def iso(moment: datetime | None) -> str | None:
    """Discord's ISO-8601 timestamp format (``2026-01-05T09:00:00.000000+00:00``)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_iso(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class SnowflakeGenerator:
    """Time-based, strictly increasing snowflakes."""

    def __init__(self, clock: Clock | None = None, *, worker: int = 1, process: int = 0) -> None:
        self._clock = clock or SystemClock()
        self._worker = worker & 0x1F
        self._process = process & 0x1F
        self._increment = 0
        self._last = 0

    def next(self) -> int:
        millis = int(self._clock.now().timestamp() * 1000) - DISCORD_EPOCH_MS
        self._increment = (self._increment + 1) & 0xFFF
        candidate = (millis << 22) | (self._worker << 17) | (self._process << 12) | self._increment
        if candidate <= self._last:
            candidate = self._last + 1
        self._last = candidate
        return candidate
