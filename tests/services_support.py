"""Helpers for service tests: the real services on a test database, with a movable clock."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.context import AppContext
from bot.services.wiring import Services, wire_services

REPO = Path(__file__).resolve().parents[1]


async def make_context(
    db: Database, tmp_path: Path, clock: MovableClock | None = None, **settings: object
) -> Services:
    clock = clock or MovableClock()
    conf = Settings(
        data_dir=tmp_path / "data",
        policies_dir=REPO / "bot" / "policies",
        pseudonym_secret="test-pseudonym-secret-0123456789",  # type: ignore[arg-type]
        master_key="test-master-key-passphrase-0123456789",  # type: ignore[arg-type]
        **settings,  # type: ignore[arg-type]
    )
    return wire_services(AppContext.create(conf, db, clock))
