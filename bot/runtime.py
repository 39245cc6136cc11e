"""Builds the whole application: settings -> database (migrated) -> services -> bot.

``run``, the sandbox and the end-to-end test fixture all build the bot here, so tests exercise the same
wiring as production.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from bot.app import EXTENSIONS, HavreBot
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.discord_target import point_discord_py_at
from bot.domain.clock import Clock, SystemClock
from bot.services.context import AppContext
from bot.services.wiring import Services, needs_message_content, wire_services

log = logging.getLogger(__name__)


async def build_context(
    settings: Settings, *, clock: Clock | None = None, migrate_db: bool = True
) -> AppContext:
    db = Database(
        settings.effective_database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )
    if migrate_db:
        await migrate.upgrade(db.engine)
    ctx = AppContext.create(settings, db, clock or SystemClock())
    from bot.services.governance.at_rest import seal_legacy_text  # issue #15: no plaintext left at rest

    await seal_legacy_text(db, ctx.shared.vault)
    return ctx


async def build_services(
    settings: Settings, *, clock: Clock | None = None, migrate_db: bool = True
) -> Services:
    """The context and every feature's services on it (the command line and the sandbox use this)."""
    return wire_services(await build_context(settings, clock=clock, migrate_db=migrate_db))


async def build_bot(
    settings: Settings,
    *,
    clock: Clock | None = None,
    extensions: Sequence[str] = EXTENSIONS,
    client_options: Mapping[str, Any] | None = None,
    services: Services | None = None,
) -> HavreBot:
    """The bot, on fresh services (or on ``services``, e.g. the sandbox's, already seeded)."""
    point_discord_py_at(settings.discord_api_base, settings.discord_gateway_url)
    services = services or await build_services(settings, clock=clock)
    return HavreBot(
        services,
        extensions=extensions,
        message_content=needs_message_content(services),
        client_options=client_options,
    )
