"""A real discord.py client connecting to the emulator: login, READY, guilds, intents, sharding, sync."""

from __future__ import annotations

import asyncio
import math
import time

import discord
import pytest
from discord import app_commands

from emulator import Emulator, Permission, pointed_at
from emulator.gateway.hub import HEARTBEAT_ACK
from emulator.runner import running

from .conftest import StartBot, make_bot


async def test_bot_reaches_on_ready_with_the_guild_its_channels_roles_and_members(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test", locale="fr")
    guild.add_channel("general")
    helpers = guild.add_role("Peer helper", Permission.MANAGE_MESSAGES)
    guild.add_member("alice", locale="fr", roles=[helpers])
    guild.add_member("bob")

    started = time.monotonic()
    bot = await start_bot()
    elapsed = time.monotonic() - started

    assert elapsed < 1.0
    assert bot.user is not None and bot.user.id == emu.bot_user_id
    assert bot.application_id == emu.application_id
    [seen] = bot.guilds
    assert seen.id == guild.id and seen.name == "Havre test"
    assert str(seen.preferred_locale) == "fr"
    assert seen.default_role.id == guild.id
    assert {c.name for c in seen.text_channels} == {"general"}
    assert {m.name for m in seen.members} == {"guild-owner", "Havre", "alice", "bob"}
    assert seen.chunked
    alice = discord.utils.get(seen.members, name="alice")
    assert alice is not None and [r.name for r in alice.roles] == ["@everyone", "Peer helper"]
    assert seen.me.top_role.name == "Havre" and seen.me.top_role.is_bot_managed()
    assert seen.me.guild_permissions.kick_members
    assert not seen.me.guild_permissions.administrator


async def test_without_the_members_intent_only_the_bot_member_is_sent(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Small")
    guild.add_channel("general")
    guild.add_member("alice")
    intents = discord.Intents.default()  # no members, no message content

    bot = await start_bot(make_bot(intents=intents))

    [seen] = bot.guilds
    assert seen.member_count == 3
    assert [m.id for m in seen.members] == [emu.bot_user_id]


async def test_message_content_is_empty_without_the_intent_except_mentions(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Quiet")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    intents = discord.Intents.default()
    bot = await start_bot(make_bot(intents=intents))
    received: list[str] = []

    async def on_message(message: discord.Message) -> None:
        received.append(message.content)

    bot.add_listener(on_message)

    await alice.says(general, "a secret")
    await alice.says(general, f"<@{emu.bot_user_id}> hello bot")

    await emu.wait_for(lambda: len(received) == 2, 2, "two messages")
    assert received == ["", f"<@{emu.bot_user_id}> hello bot"]


async def test_command_sync_stores_the_commands_and_answers_their_ids(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    bot = make_bot()

    @bot.tree.command(name="ping", description="Check the bot answers")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    ticket = app_commands.Group(name="ticket", description="Tickets")

    @ticket.command(name="claim", description="Claim a ticket")
    async def claim(interaction: discord.Interaction, number: int) -> None:
        await interaction.response.send_message(f"claimed {number}")

    bot.tree.add_command(ticket)
    await start_bot(bot)

    synced = await bot.tree.sync()
    guild_synced = await bot.tree.sync(guild=discord.Object(guild.id))

    assert sorted(c.name for c in synced) == ["ping", "ticket"]
    assert guild_synced == []
    stored = {c["name"]: c for c in emu.registered_commands()}
    assert stored["ticket"]["options"][0]["name"] == "claim"
    assert {c.id for c in synced} == {int(c["id"]) for c in stored.values()}
    fetched = await bot.tree.fetch_commands()
    assert sorted(c.name for c in fetched) == ["ping", "ticket"]
    resynced = await bot.tree.sync()
    assert {c.id for c in resynced} == {c.id for c in synced}  # same names keep their ids


async def test_heartbeats_are_acknowledged_and_recorded() -> None:
    emu = Emulator(heartbeat_interval=0.1)
    await emu.start()
    try:
        emu.add_guild("Beat").add_channel("general")
        with pointed_at(emu.api_base, emu.gateway_url):
            async with running(make_bot(), emu) as run:
                await asyncio.sleep(0.55)
                assert math.isfinite(run.client.latency)  # the client saw its acks
        beats = emu.recorder.heartbeats()
        acks = [f for f in emu.recorder.gateway if f.direction == "sent" and f.op == HEARTBEAT_ACK]
        assert len(beats) >= 4
        assert len(acks) == len(beats)
        assert 0.05 < emu.recorder.max_heartbeat_gap() < 0.5
    finally:
        await emu.stop()


async def test_autosharded_bot_connects_two_shards_and_guilds_follow_their_shard() -> None:
    emu = Emulator(shards=2)
    await emu.start()
    try:
        guilds = [emu.add_guild(f"Guild {n}") for n in range(6)]
        for guild in guilds:
            guild.add_channel("general")
        with pointed_at(emu.api_base, emu.gateway_url):
            async with running(make_bot(sharded=True), emu) as run:
                bot = run.client
                assert bot.shard_count == 2
                assert set(bot.shards) == {0, 1}
                assert {g.id for g in bot.guilds} == {g.id for g in guilds}
                for seen in bot.guilds:
                    assert seen.shard_id == (seen.id >> 22) % 2
        identifies = emu.recorder.received(2)
        assert sorted(f.data["shard"] for f in identifies) == [[0, 2], [1, 2]]
        assert emu.recorder.requests("GET /gateway/bot")
        for frame in emu.recorder.events("GUILD_CREATE"):
            assert frame.shard_id == (int(frame.data["id"]) >> 22) % 2
    finally:
        await emu.stop()


async def test_a_wrong_token_fails_login_with_401(emu: Emulator) -> None:
    bot = make_bot()

    with pytest.raises(discord.LoginFailure):
        await bot.login("not-the-token")
    await bot.close()

    [call] = emu.recorder.requests("GET /users/@me")
    assert call.status == 401 and call.response == {"message": "401: Unauthorized", "code": 0}


async def test_a_large_guild_is_chunked_on_request(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Big")
    guild.add_channel("general")
    for n in range(300):
        guild.add_member(f"member{n:03d}")

    bot = await start_bot()

    [seen] = bot.guilds
    assert seen.large and seen.chunked
    assert len(seen.members) == 302
    [request] = emu.recorder.received(8)
    assert request.data["guild_id"] == guild.id
    [chunk] = emu.recorder.events("GUILD_MEMBERS_CHUNK")
    assert chunk.data["nonce"] == request.data["nonce"] and len(chunk.data["members"]) == 302
