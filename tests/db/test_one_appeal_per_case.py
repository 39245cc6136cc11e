"""Migration 0005 on both databases: duplicate appeals written before it are reduced to the earliest,
then the unique index refuses a second appeal on the same case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from bot.db import migrate
from bot.db.models import Appeal, Case, GuildSettings
from tests.conftest import DatabaseFactory

GUILD = 900_000_000_000_000_101
NOW = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


def _appeal(case_id: int, text_ref: int) -> Appeal:
    return Appeal(guild_id=GUILD, case_id=case_id, user_id=7, state="open", text_ref=text_ref, created_at=NOW)


async def test_duplicates_are_reduced_to_the_earliest_then_refused(db_factory: DatabaseFactory) -> None:
    db = await db_factory.make()
    await migrate.downgrade(db.engine, "0004")  # the schema before the constraint
    async with db.unit_of_work() as session:
        # Core insert naming only the columns the 0004 schema has (the model has grown since).
        await session.execute(
            insert(GuildSettings.__table__).values(id=GUILD, created_at=NOW, updated_at=NOW)
        )
        cases = [
            Case(
                guild_id=GUILD,
                user_id=7,
                action="warn",
                automatic=False,
                policy_version="v1",
                created_at=NOW,
                updated_at=NOW,
            )
            for _ in range(2)
        ]
        session.add_all(cases)
        await session.flush()
        session.add_all([_appeal(cases[0].id, 1), _appeal(cases[0].id, 2), _appeal(cases[1].id, 3)])
    await migrate.upgrade(db.engine)
    async with db.reading() as session:
        kept = [
            (a.case_id, a.text_ref)
            for a in (await session.execute(select(Appeal).order_by(Appeal.id))).scalars()
        ]
    assert kept == [(cases[0].id, 1), (cases[1].id, 3)]
    with pytest.raises(IntegrityError):
        async with db.unit_of_work() as session:
            session.add(_appeal(cases[1].id, 4))
