"""What members and admins do to the guild reaches the bot: joins, leaves, role changes, new channels."""

from __future__ import annotations

import discord

from emulator import Emulator

from .conftest import StartBot


async def test_joins_leaves_role_changes_and_new_channels_reach_the_bot(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test", locale="fr")
    guild.add_channel("general")
    helpers = guild.add_role("Helper")
    bot = await start_bot()
    log: list[str] = []

    async def on_member_join(member: discord.Member) -> None:
        log.append(f"join {member.name}")

    async def on_member_update(before: discord.Member, after: discord.Member) -> None:
        log.append(f"roles {after.name} {[r.name for r in after.roles[1:]]}")

    async def on_member_remove(member: discord.Member) -> None:
        log.append(f"leave {member.name}")

    async def on_guild_channel_create(channel: discord.abc.GuildChannel) -> None:
        log.append(f"channel {channel.name}")

    for listener in (on_member_join, on_member_update, on_member_remove, on_guild_channel_create):
        bot.add_listener(listener)

    bob = await guild.join("bob", locale="en")
    await guild.set_roles(bob, [helpers])
    await guild.create_channel("tickets")
    await bob.leaves()
    await emu.wait_for(lambda: len(log) == 4, 2, "four events")
    back = await guild.rejoin(bob)
    await emu.wait_for(lambda: len(log) == 5, 2, "the rejoin")

    assert log == ["join bob", "roles bob ['Helper']", "channel tickets", "leave bob", "join bob"]
    assert guild.member(back).roles == []
    assert bot.guilds[0].get_member(bob.id) is not None
    assert bot.guilds[0].member_count == 3  # owner, bot, bob


async def test_purge_bulk_deletes_and_logs_it(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    spammer = guild.add_member("spammer")
    bot = await start_bot()
    for n in range(4):
        await spammer.says(general, f"spam {n}")
    keep = await guild.owner.says(general, "real talk")

    deleted = await bot.get_channel(general.id).purge(limit=10, check=lambda m: m.author.id == spammer.id)

    assert len(deleted) == 4
    assert general.messages() == [keep]
    assert [e.options for e in guild.audit_log] == [{"count": "4"}]
