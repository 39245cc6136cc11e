"""What every use case is built from: settings, the database, the clock, the deadline runner and the shared
services. Feature services are built on top of it (``bot.services.wiring.Services``)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import Clock
from bot.scheduling.deadlines import DeadlineRunner
from bot.services.shared import SharedServices


@dataclass
class AppContext:
    settings: Settings
    db: Database
    clock: Clock
    deadlines: DeadlineRunner
    shared: SharedServices

    @classmethod
    def create(cls, settings: Settings, db: Database, clock: Clock) -> AppContext:
        return cls(settings, db, clock, DeadlineRunner(db, clock), SharedServices.build(settings, db, clock))
