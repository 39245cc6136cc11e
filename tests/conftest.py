"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL's URL comes from ``HAVRE_TEST_POSTGRES_URL`` (``.ci/run`` and the README's test command set it).
Each PostgreSQL test gets a schema of its own, dropped afterwards, so tests never see each other's rows.
Under CI (``CI=true``) a missing PostgreSQL is a failure, not a skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db import migrate
from bot.db.engine import Database

POSTGRES_URL = os.environ.get("HAVRE_TEST_POSTGRES_URL", "")


def _asyncpg_url(url: str) -> str:
    return "postgresql+asyncpg://" + url.split("://", 1)[1]


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not POSTGRES_URL:
        raise pytest.UsageError(
            "CI=true but HAVRE_TEST_POSTGRES_URL is not set: PostgreSQL tests would not run"
        )


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


class DatabaseFactory:
    """Makes databases for one test: SQLite files under tmp_path, or fresh PostgreSQL schemas."""

    def __init__(self, backend: str, tmp_path: Path) -> None:
        self.backend = backend
        self.tmp_path = tmp_path
        self.schema = f"t_{uuid.uuid4().hex[:12]}"
        self.created: list[Database] = []
        self._schema_made = False

    @property
    def url(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite+aiosqlite:///{(self.tmp_path / 'havre.sqlite3').as_posix()}"
        return _asyncpg_url(POSTGRES_URL)

    async def _ensure_schema(self) -> None:
        if self.backend != "postgres" or self._schema_made:
            return
        admin = Database(self.url)
        async with admin.engine.begin() as conn:
            await conn.exec_driver_sql(f'CREATE SCHEMA "{self.schema}"')
        await admin.dispose()
        self._schema_made = True

    async def make(self, *, migrated: bool = True) -> Database:
        await self._ensure_schema()
        db = Database(self.url, schema=self.schema if self.backend == "postgres" else None)
        self.created.append(db)
        if migrated and len(self.created) == 1:
            await migrate.upgrade(db.engine)
        return db

    async def close(self) -> None:
        for db in self.created:
            await db.dispose()
        if self._schema_made:
            admin = Database(self.url)
            async with admin.engine.begin() as conn:
                await conn.exec_driver_sql(f'DROP SCHEMA "{self.schema}" CASCADE')
            await admin.dispose()


@pytest.fixture(params=BACKENDS)
async def db_factory(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[DatabaseFactory]:
    if request.param == "postgres" and not POSTGRES_URL:
        pytest.skip("HAVRE_TEST_POSTGRES_URL is not set")
    factory = DatabaseFactory(request.param, tmp_path)
    try:
        yield factory
    finally:
        await factory.close()


@pytest.fixture
async def db(db_factory: DatabaseFactory) -> Database:
    """A migrated database (SQLite and PostgreSQL)."""
    return await db_factory.make()
