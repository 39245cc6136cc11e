"""The models and the migrations agree, and migrations go up, down and up again, on both databases."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.db import migrate
from bot.db.models import Base
from tests.conftest import DatabaseFactory


def _diff(sync_conn: Any) -> list[Any]:
    ctx = MigrationContext.configure(sync_conn, opts={"compare_type": True})
    return compare_metadata(ctx, Base.metadata)


def _tables(sync_conn: Any) -> set[str]:
    return set(inspect(sync_conn).get_table_names())


async def test_models_and_migrations_agree(db_factory: DatabaseFactory) -> None:
    db = await db_factory.make()
    async with db.engine.connect() as conn:
        diff = await conn.run_sync(_diff)
    assert diff == [], f"models and migrations disagree; run alembic revision --autogenerate: {diff}"


async def test_upgrade_downgrade_upgrade(db_factory: DatabaseFactory) -> None:
    db = await db_factory.make()
    head = await migrate.current(db.engine)
    assert head is not None
    async with db.engine.connect() as conn:
        assert set(Base.metadata.tables) <= await conn.run_sync(_tables)

    await migrate.downgrade(db.engine, "base")
    assert await migrate.current(db.engine) is None
    async with db.engine.connect() as conn:
        assert not (set(Base.metadata.tables) & await conn.run_sync(_tables))

    await migrate.upgrade(db.engine)
    assert await migrate.current(db.engine) == head
    async with db.engine.connect() as conn:
        assert await conn.run_sync(_diff) == []


def test_head_is_alembics_newest_revision() -> None:
    """``migrate.HEAD`` (what a start compares the database with, without Alembic) is the script
    directory's one head: a new migration without it would make every start skip the upgrade."""
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(migrate.alembic_config()).get_heads() == [migrate.HEAD]


async def test_a_database_at_head_is_not_migrated_again(db_factory: DatabaseFactory) -> None:
    db = await db_factory.make()
    assert await migrate.recorded(db.engine) == [migrate.HEAD]
    assert await migrate.upgrade(db.engine) is False  # already there: Alembic is not run
    await migrate.downgrade(db.engine, "0008")
    assert await migrate.recorded(db.engine) == ["0008"]
    assert await migrate.upgrade(db.engine) is True  # one revision behind: Alembic runs
    assert await migrate.current(db.engine) == migrate.HEAD
    await migrate.downgrade(db.engine, "base")
    assert await migrate.recorded(db.engine) == []
    assert await migrate.upgrade(db.engine) is True


_START = """
import asyncio, sys
from bot.db import migrate
from bot.db.engine import Database
import bot.app, bot.runtime  # the running bot's own imports
async def main():
    db = Database(sys.argv[1])
    try:
        ran = await migrate.upgrade(db.engine)
    finally:
        await db.dispose()
    print(ran, any(name == "alembic" or name.startswith("alembic.") for name in sys.modules))
asyncio.run(main())
"""


def test_a_restart_at_head_does_not_import_alembic(tmp_path: Any) -> None:
    """In fresh interpreters, as ``havre run`` starts: the first start migrates (and imports Alembic); a
    restart on the migrated database imports none of it (issue #17: ~11 MB for the process's life)."""
    import subprocess
    import sys

    url = f"sqlite+aiosqlite:///{tmp_path / 'havre.sqlite3'}"

    def start() -> str:
        run = subprocess.run([sys.executable, "-c", _START, url], capture_output=True, text=True, check=True)
        return run.stdout.strip()

    assert start() == "True True"
    assert start() == "False False"
