"""Moderation through the real client: timeouts, kicks, bans, roles, hierarchy, and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import discord
import pytest

from emulator import Emulator, Permission, ScenarioError
from emulator.flags import AuditLogEvent

from .conftest import StartBot


async def test_a_timeout_shows_in_state_and_silences_the_member(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    bob = guild.add_member("bob")
    bot = await start_bot()
    updates: list[datetime | None] = []

    async def on_member_update(before: discord.Member, after: discord.Member) -> None:
        updates.append(after.timed_out_until)

    bot.add_listener(on_member_update)
    member = bot.guilds[0].get_member(bob.id)

    await member.timeout(timedelta(minutes=10), reason="Cooling down")
    await emu.wait_for(lambda: updates, 2, "GUILD_MEMBER_UPDATE")

    until = guild.member(bob).timed_out_until
    assert until is not None
    assert timedelta(minutes=9) < until - datetime.now(UTC) <= timedelta(minutes=10)
    assert updates == [until]
    assert not guild.permissions_of(bob, general) & Permission.SEND_MESSAGES
    with pytest.raises(ScenarioError):
        await bob.says(general, "but why")
    [entry] = guild.audit_log
    assert entry.action_type == AuditLogEvent.MEMBER_UPDATE and entry.reason == "Cooling down"
    assert entry.target_id == bob.id

    with pytest.raises(discord.HTTPException) as too_long:
        await member.timeout(timedelta(days=29))
    assert too_long.value.code == 50035


async def test_kicking_a_member_above_the_bot_is_forbidden(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    admins = guild.add_role("Admin", Permission.MANAGE_GUILD, above=guild.bot_role)
    boss = guild.add_member("boss", roles=[admins])
    newcomer = guild.add_member("newcomer")
    bot = await start_bot()
    seen = bot.guilds[0]

    with pytest.raises(discord.Forbidden) as above:
        await seen.get_member(boss.id).kick(reason="testing")
    with pytest.raises(discord.Forbidden) as owner:
        await seen.get_member(guild.owner.id).kick()
    await seen.get_member(newcomer.id).kick(reason="spam")

    assert above.value.code == 50013 and owner.value.code == 50013
    assert guild.is_member(boss) and not guild.is_member(newcomer)
    assert [(e.action_type, e.target_id, e.reason) for e in guild.audit_log] == [
        (AuditLogEvent.MEMBER_KICK, newcomer.id, "spam")
    ]
    await emu.wait_for(lambda: seen.get_member(newcomer.id) is None, 2, "GUILD_MEMBER_REMOVE")


async def test_bans_roles_and_the_audit_log_through_the_client(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    helpers = guild.add_role("Helper")
    above = guild.add_role("Staff", above=guild.bot_role)
    alice = guild.add_member("alice")
    troll = guild.add_member("troll")
    bot = await start_bot()
    seen = bot.guilds[0]
    member = seen.get_member(alice.id)

    await member.add_roles(seen.get_role(helpers.id), reason="volunteer")
    with pytest.raises(discord.Forbidden):
        await member.add_roles(seen.get_role(above.id))
    await seen.ban(discord.Object(troll.id), reason="raid", delete_message_seconds=0)
    bans = [entry async for entry in seen.bans()]
    entries = [entry async for entry in seen.audit_logs(limit=10)]

    assert guild.member(alice).roles == [helpers.id]
    assert [b.user.id for b in bans] == [troll.id] and bans[0].reason == "raid"
    assert not guild.is_member(troll) and troll.id in guild.bans
    assert [e.action for e in entries] == [
        discord.AuditLogAction.ban,
        discord.AuditLogAction.member_role_update,
    ]
    await seen.unban(discord.Object(troll.id))
    assert guild.bans == {}
    with pytest.raises(discord.NotFound) as again:
        await seen.unban(discord.Object(troll.id))
    assert again.value.code == 10026
