"""Everything a use case needs, built once at start-up and handed to the cogs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import Clock
from bot.scheduling.deadlines import DeadlineRunner


@dataclass
class AppContext:
    settings: Settings
    db: Database
    clock: Clock
    deadlines: DeadlineRunner
    # Feature services register here at start-up (typed accessors live on the services themselves).
    services: dict[str, Any] = field(default_factory=dict)

    def service(self, name: str) -> Any:
        try:
            return self.services[name]
        except KeyError:
            raise LookupError(f"service {name!r} is not configured") from None
