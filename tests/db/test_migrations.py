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
