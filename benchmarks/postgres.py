"""A PostgreSQL database of the benchmark's own: a fresh schema, dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.db.engine import Database

__all__ = ["scratch_database"]


@asynccontextmanager
async def scratch_database(url: str) -> AsyncIterator[Database]:
    """``url`` as given to the benchmark (``postgresql://…``); the schema goes whatever happens."""
    async_url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = Database(async_url)
    try:
        async with admin.engine.begin() as conn:
            await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        db = Database(async_url, schema=schema)
        try:
            yield db
        finally:
            await db.dispose()
            async with admin.engine.begin() as conn:
                await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        await admin.dispose()
