"""Alembic, driven from code: the bot upgrades at start-up; ``havre migrate`` does it on demand."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.domain.resources import packaged

MIGRATIONS_DIR = packaged("migrations")


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration, built in code: the scripts ship inside the package (no ``alembic.ini``
    needed, so an installed wheel migrates from any directory). The repository's ``alembic.ini`` is only
    for the ``alembic`` command line used by ``scripts/new-migration.sh``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


async def _with_connection(engine: AsyncEngine, action: Any, *args: Any) -> None:
    def _run(sync_conn: Any) -> None:
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = sync_conn
        action(cfg, *args)

    async with engine.begin() as conn:
        await conn.run_sync(_run)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    await _with_connection(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    await _with_connection(engine, command.downgrade, revision)


async def current(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    def _current(sync_conn: Any) -> str | None:
        return MigrationContext.configure(sync_conn).get_current_revision()

    async with engine.connect() as conn:
        return await conn.run_sync(_current)
