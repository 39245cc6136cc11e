"""Engine guarantees: SQLite pragmas, serialised writers, UTC round-trips, retries on hiccups."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import GuildSettings
from tests.conftest import DatabaseFactory


async def test_sqlite_pragmas(tmp_path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}")
    async with db.engine.connect() as conn:
        assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
        assert (await conn.exec_driver_sql("PRAGMA synchronous")).scalar() == 2  # FULL
        assert (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
        assert (await conn.exec_driver_sql("PRAGMA busy_timeout")).scalar() == 30000
    await db.dispose()


async def test_datetimes_round_trip_as_aware_utc(db: Database) -> None:
    paris = timezone(timedelta(hours=1))
    created = datetime(2026, 3, 1, 10, 0, tzinfo=paris)
    async with db.unit_of_work() as session:
        session.add(GuildSettings(id=1, created_at=created, updated_at=created))
    async with db.sessions() as session:
        row = (await session.execute(select(GuildSettings))).scalar_one()
    assert row.created_at == created
    assert row.created_at.tzinfo is not None
    assert row.created_at.utcoffset() == timedelta(0)


async def test_naive_datetime_is_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        async with db.unit_of_work() as session:
            naive = datetime(2026, 1, 1)
            session.add(GuildSettings(id=2, created_at=naive, updated_at=naive))


async def test_concurrent_writers_never_see_database_locked(db_factory: DatabaseFactory) -> None:
    db = await db_factory.make()
    now = datetime.now(UTC)

    async def write(n: int) -> None:
        async with db.unit_of_work() as session:
            session.add(GuildSettings(id=1000 + n, created_at=now, updated_at=now))
            await asyncio.sleep(0.001)

    await asyncio.gather(*(write(n) for n in range(60)))
    async with db.sessions() as session:
        count = (await session.execute(text("SELECT count(*) FROM guilds"))).scalar()
    assert count == 60


async def test_run_retries_a_transient_error(db: Database) -> None:
    attempts = 0
    now = datetime.now(UTC)

    async def work(session: AsyncSession) -> int:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        session.add(GuildSettings(id=77, created_at=now, updated_at=now))
        return attempts

    assert await db.run(work, backoff=0.01) == 2
    async with db.sessions() as session:
        assert (await session.get(GuildSettings, 77)) is not None


async def test_run_does_not_retry_a_programming_error(db: Database) -> None:
    attempts = 0

    async def work(session: AsyncSession) -> None:
        nonlocal attempts
        attempts += 1
        raise ValueError("a bug, not a hiccup")

    with pytest.raises(ValueError):
        await db.run(work, backoff=0.01)
    assert attempts == 1


async def test_a_read_neither_waits_for_nor_blocks_a_writer(db: Database) -> None:
    now = datetime.now(UTC)
    async with db.unit_of_work() as session:
        session.add(GuildSettings(id=5, name="before", created_at=now, updated_at=now))
    async with db.unit_of_work() as writing:
        row = await writing.get(GuildSettings, 5)
        assert row is not None
        row.name = "after"
        await writing.flush()  # the writer holds its lock (BEGIN IMMEDIATE on SQLite) from here on
        async with asyncio.timeout(2):  # a read that waited for the lock would wait 30 s (busy_timeout)
            async with db.reading() as reading:
                seen = await reading.get(GuildSettings, 5)
                assert seen is not None and seen.name == "before"  # the committed snapshot
    async with db.reading() as reading:
        assert (await reading.get(GuildSettings, 5)) is not None  # a read transaction is open...
        async with asyncio.timeout(2):  # ...and a writer still gets through and commits
            async with db.unit_of_work() as writing:
                (await writing.get(GuildSettings, 5)).name = "later"  # type: ignore[union-attr]
    async with db.reading() as reading:
        assert (await reading.get(GuildSettings, 5)).name == "later"  # type: ignore[union-attr]


@pytest.mark.postgres
async def test_a_pooled_connection_killed_while_idle_is_replaced_before_use(
    db_factory: DatabaseFactory,
) -> None:
    """No pre-ping on every checkout: a connection idle past ``IDLE_BEFORE_PING`` is pinged, and one
    the server dropped meanwhile (a restart) is replaced instead of failing the caller's statement."""
    if db_factory.backend != "postgres":
        pytest.skip("PostgreSQL's pool")
    from bot.db import engine as engine_module

    db = await db_factory.make()
    async with db.engine.connect() as conn:
        pid = (await conn.exec_driver_sql("SELECT pg_backend_pid()")).scalar()
        record = (await conn.get_raw_connection())._connection_record
    other = Database(db_factory.url)
    async with other.engine.connect() as conn:
        await conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    await other.dispose()
    record.info["havre_idle_since"] -= engine_module.IDLE_BEFORE_PING + 1  # as if it sat idle that long
    async with db.reading() as session:
        assert (await session.execute(text("SELECT 1"))).scalar() == 1
        assert (await session.execute(text("SELECT pg_backend_pid()"))).scalar() != pid
