"""Channel history as Discord serves it, which the bot's catch-up relies on (issue #14, point 1):
``GET /channels/{id}/messages`` with ``after`` gives the oldest messages after that id, at most 100,
newest first; discord.py pages through them in order."""

from __future__ import annotations

import discord

from emulator import Emulator

from .conftest import StartBot


async def test_history_after_an_id_pages_oldest_first_at_most_100(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    said = [await alice.says(general, f"message {n}") for n in range(250)]
    bot = await start_bot()
    ids = [m.id for m in said]

    page = await bot.http.logs_from(general.id, 100, after=ids[9])
    got = [int(m["id"]) for m in page]
    assert got == list(reversed(ids[10:110]))  # the 100 right after, newest first

    assert len(await bot.http.logs_from(general.id, 100)) == 100  # never more than 100 at once
    latest = await bot.http.logs_from(general.id, 5)
    assert [int(m["id"]) for m in latest] == list(reversed(ids[-5:]))  # no "after": the newest ones

    channel = bot.get_channel(general.id)
    assert isinstance(channel, discord.TextChannel)
    walked = [
        m.id async for m in channel.history(limit=500, after=discord.Object(ids[99]), oldest_first=True)
    ]
    assert walked == ids[100:]  # 150 messages over two requests, in order, none twice
    assert [m.content async for m in channel.history(limit=2, after=discord.Object(ids[0]))] == [
        "message 1",
        "message 2",
    ]
