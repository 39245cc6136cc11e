"""The emulator's own notion of time: anything with ``now()`` returning an aware UTC datetime.

The emulator depends on no product code; a product clock (``bot.domain.clock``) fits this protocol
structurally, so the sandbox and the tests hand the same clock to the bot and to the emulator.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
