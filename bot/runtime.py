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
from bot.scheduling.deadlines import DeadlineRunner
from bot.services.context import AppContext

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
    clock = clock or SystemClock()
    ctx = AppContext(settings=settings, db=db, clock=clock, deadlines=DeadlineRunner(db, clock))
    from bot.services.wiring import install_services

    await install_services(ctx)
    from bot.services.governance.at_rest import seal_legacy_text  # issue #15: no plaintext left at rest

    await seal_legacy_text(db, ctx.vault)
    return ctx


async def build_bot(
    settings: Settings,
    *,
    clock: Clock | None = None,
    extensions: Sequence[str] = EXTENSIONS,
    client_options: Mapping[str, Any] | None = None,
    ctx: AppContext | None = None,
) -> HavreBot:
    """The bot, on a fresh context (or on ``ctx``, e.g. to restart on the same database in tests)."""
    point_discord_py_at(settings.discord_api_base, settings.discord_gateway_url)
    ctx = ctx or await build_context(settings, clock=clock)
    from bot.services.wiring import needs_message_content

    return HavreBot(
        ctx, extensions=extensions, message_content=needs_message_content(ctx), client_options=client_options
    )
