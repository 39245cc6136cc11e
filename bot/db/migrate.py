"""Alembic, driven from code: the bot upgrades at start-up; ``havre migrate`` does it on demand.

A restart of a bot whose database is already at the newest revision (every start but the first after an
upgrade) does not import Alembic at all: it reads the ``alembic_version`` table with SQLAlchemy and
compares it with ``HEAD``. Alembic's modules, once imported, stay in the process for its whole life
(~11 MB of a word-lists bot's ~240, issue #17). ``HEAD`` is the newest migration's revision id;
``tests/db/test_migrations.py`` checks it against Alembic's own script directory, and
``scripts/new-migration.sh`` rewrites it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.domain.resources import packaged

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = packaged("migrations")
HEAD = "0009"  # the newest revision in bot/migrations/versions (scripts/new-migration.sh keeps it)
VERSION_TABLE = "alembic_version"


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration, built in code: the scripts ship inside the package (no ``alembic.ini``
    needed, so an installed wheel migrates from any directory). The repository's ``alembic.ini`` is only
    for the ``alembic`` command line used by ``scripts/new-migration.sh``."""
    from alembic.config import Config

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


async def recorded(engine: AsyncEngine) -> list[str]:
    """The revisions the database records (``alembic_version``), read without Alembic; [] when none."""

    def _read(sync_conn: Any) -> list[str]:
        if not inspect(sync_conn).has_table(VERSION_TABLE):
            return []
        return [row[0] for row in sync_conn.execute(text("SELECT version_num FROM alembic_version"))]

    async with engine.connect() as conn:
        return await conn.run_sync(_read)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> bool:
    """Upgrade to ``revision``; returns whether Alembic ran (False: already at ``HEAD``, nothing imported)."""
    if revision == "head" and await recorded(engine) == [HEAD]:
        return False
    from alembic import command

    await _with_connection(engine, command.upgrade, revision)
    return True


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    from alembic import command

    await _with_connection(engine, command.downgrade, revision)


async def current(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    def _current(sync_conn: Any) -> str | None:
        return MigrationContext.configure(sync_conn).get_current_revision()

    async with engine.connect() as conn:
        return await conn.run_sync(_current)
