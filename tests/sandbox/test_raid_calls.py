"""The calls raid mode makes, as the emulator answers them: incident actions, bulk delete, slowmode and
channel locks, each with what Discord refuses (permissions, bulk-delete and incident-action limits)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import discord
import pytest
from discord.ext import commands

from bot.domain.clock import MovableClock
from emulator import Emulator, Permission, pointed_at
from emulator.errors import ScenarioError
from emulator.rest.incidents import dms_paused, invites_paused
from emulator.runner import ClientRun

from .conftest import StartBot, make_bot

BASIC = Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES | Permission.READ_MESSAGE_HISTORY


@pytest.fixture
async def timed_emu() -> AsyncIterator[tuple[Emulator, MovableClock, StartBot]]:
    """An emulator on a clock the test moves, and ``start_bot`` for it."""
    clock = MovableClock()
    emulator = Emulator(clock=clock)
    await emulator.start()
    runs: list[ClientRun] = []

    async def start(bot: commands.Bot | None = None, *, timeout: float = 5.0) -> commands.Bot:
        run = ClientRun(bot or make_bot(), emulator)
        runs.append(run)
        await run.start(timeout)
        return run.client

    with pointed_at(emulator.api_base, emulator.gateway_url):
        yield emulator, clock, start
        for run in runs:
            await run.stop()
    await emulator.stop()
    assert emulator.internal_errors == []


async def test_incident_actions_need_manage_guild_and_at_most_24_hours(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    bot = await start_bot()
    now = emu.world.now()
    soon = (now + timedelta(hours=2)).isoformat()
    with pytest.raises(discord.Forbidden) as refused:
        await bot.http.edit_incident_actions(guild.id, {"invites_disabled_until": soon})  # type: ignore[typeddict-item]
    assert refused.value.code == 50013
    assert not invites_paused(guild.state, now)

    await guild.set_role_permissions(guild.bot_role, Permission.MANAGE_GUILD)
    too_far = (now + timedelta(hours=25)).isoformat()
    with pytest.raises(discord.HTTPException) as invalid:
        await bot.http.edit_incident_actions(guild.id, {"invites_disabled_until": too_far})  # type: ignore[typeddict-item]
    assert invalid.value.status == 400 and invalid.value.code == 50035
    assert "24 hours" in str(invalid.value.text)
    assert not invites_paused(guild.state, now)

    answer = await bot.http.edit_incident_actions(
        guild.id,
        {"invites_disabled_until": soon, "dms_disabled_until": soon},  # type: ignore[typeddict-item]
    )
    assert answer["invites_disabled_until"] is not None
    assert invites_paused(guild.state, now) and dms_paused(guild.state, now)
    fetched = await bot.http.get_guild(guild.id)
    assert fetched["incidents_data"]["invites_disabled_until"] == answer["invites_disabled_until"]  # type: ignore[index]
    # A PUT sets both: leaving DMs out lifts that pause; null lifts invites too.
    await bot.http.edit_incident_actions(guild.id, {"invites_disabled_until": soon})  # type: ignore[typeddict-item]
    assert invites_paused(guild.state, now) and not dms_paused(guild.state, now)
    await bot.http.edit_incident_actions(guild.id, {"invites_disabled_until": None})  # type: ignore[typeddict-item]
    assert not invites_paused(guild.state, now)


async def test_bulk_delete_takes_2_to_100_recent_messages_with_manage_messages(
    timed_emu: tuple[Emulator, MovableClock, StartBot],
) -> None:
    emu, clock, start_bot = timed_emu
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    old = await alice.says(general, "from long ago")
    clock.advance(timedelta(days=15))
    await guild.set_role_permissions(guild.bot_role, BASIC)
    bot = await start_bot()
    deleted: list[set[int]] = []

    async def on_raw_bulk_message_delete(event: discord.RawBulkMessageDeleteEvent) -> None:
        deleted.append(set(event.message_ids))

    bot.add_listener(on_raw_bulk_message_delete)
    recent = [await alice.says(general, f"spam {i}") for i in range(101)]
    ids = [m.id for m in recent]

    with pytest.raises(discord.Forbidden) as refused:
        await bot.http.delete_messages(general.id, ids[:2])
    assert refused.value.code == 50013
    await guild.set_role_permissions(guild.bot_role, BASIC | Permission.MANAGE_MESSAGES)

    for wrong in (ids[:1], ids[:101]):
        with pytest.raises(discord.HTTPException) as invalid:
            await bot.http.delete_messages(general.id, wrong)
        assert invalid.value.status == 400 and invalid.value.code == 50035
    with pytest.raises(discord.HTTPException) as too_old:
        await bot.http.delete_messages(general.id, [old.id, ids[0]])
    assert too_old.value.code == 50034
    assert not any(m.deleted for m in recent) and not old.deleted

    await bot.http.delete_messages(general.id, ids[:100])
    assert all(m.deleted for m in recent[:100]) and not recent[100].deleted
    await emu.wait_for(lambda: deleted or None, 2, "MESSAGE_DELETE_BULK")
    assert deleted[0] == set(ids[:100])


async def test_slowmode_and_a_lock_hold_members_back_and_undo_cleanly(
    timed_emu: tuple[Emulator, MovableClock, StartBot],
) -> None:
    emu, clock, start_bot = timed_emu
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    await guild.set_role_permissions(guild.bot_role, BASIC)
    bot = await start_bot()
    with pytest.raises(discord.Forbidden):
        await bot.http.edit_channel(general.id, rate_limit_per_user=30)
    await guild.set_role_permissions(
        guild.bot_role, BASIC | Permission.MANAGE_CHANNELS | Permission.MANAGE_ROLES
    )

    await bot.http.edit_channel(general.id, rate_limit_per_user=30)
    assert general.state.rate_limit_per_user == 30
    await alice.says(general, "one")
    with pytest.raises(ScenarioError, match="slowmode"):
        await alice.says(general, "two")
    clock.advance(timedelta(seconds=31))
    await alice.says(general, "two, later")

    everyone = guild.everyone
    await bot.http.edit_channel_permissions(
        general.id, everyone.id, "0", str(int(Permission.SEND_MESSAGES)), 0
    )
    clock.advance(timedelta(seconds=31))
    with pytest.raises(ScenarioError, match="cannot send"):
        await alice.says(general, "locked")
    await bot.http.delete_channel_permissions(general.id, everyone.id)
    await bot.http.edit_channel(general.id, rate_limit_per_user=0)
    await alice.says(general, "free again")
    await alice.says(general, "and again")
    await asyncio.sleep(0)
