"""The arrival hello is claimed once per server (``GuildService.mark_arrival``), even when two processes
or a replayed join race for it, and it survives a restart (a new service on the same database)."""

from __future__ import annotations

import asyncio

from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.guilds import GuildService

GUILD = 5151


async def test_the_first_claim_wins_and_no_later_one(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    assert await guilds.mark_arrival(GUILD, name="New home") is True
    assert await guilds.mark_arrival(GUILD) is False
    assert await GuildService(db, MovableClock()).mark_arrival(GUILD) is False  # after a restart
    row = await guilds.load(GUILD)
    assert row.arrival_announced_at is not None and row.name == "New home"


async def test_two_racing_claims_make_exactly_one_hello(db: Database) -> None:
    await GuildService(db, MovableClock()).load(GUILD)  # the row exists, as after any first message
    first, second = GuildService(db, MovableClock()), GuildService(db, MovableClock())
    results = await asyncio.gather(first.mark_arrival(GUILD), second.mark_arrival(GUILD))
    assert sorted(results) == [False, True]


async def test_a_committee_role_is_a_setting_like_the_other_staff_roles(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    async with db.unit_of_work() as session:
        diff = await guilds.update(session, GUILD, committee_role_id=777)
    assert diff == {"committee_role_id": (None, 777)}
    roles = await guilds.configured_roles(GUILD)
    assert roles[next(r for r in roles if r.value == "committee")] == 777


async def test_servers_never_seen_are_told_apart_from_known_ones(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    await guilds.load(GUILD)
    assert await guilds.unknown([GUILD, 6262, 6262, 7373]) == [6262, 7373]
    assert await guilds.unknown([]) == []


async def test_a_claim_racing_the_row_creation_is_a_quiet_no(db: Database) -> None:
    first, second = GuildService(db, MovableClock()), GuildService(db, MovableClock())
    results = await asyncio.gather(first.mark_arrival(8484), second.mark_arrival(8484))
    assert sorted(results) == [False, True]
