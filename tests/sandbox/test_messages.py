"""Messages both ways: members talking to the bot, the bot posting, DMs, files, permissions, validation."""

from __future__ import annotations

import io

import discord
import pytest

from emulator import Emulator, Permission

from .conftest import StartBot, make_bot


class Inbox:
    def __init__(self, bot: discord.Client) -> None:
        self.created: list[discord.Message] = []
        self.contents: list[str] = []
        self.edited: list[tuple[str, str]] = []
        self.deleted: list[int] = []
        bot.add_listener(self.on_message)
        bot.add_listener(self.on_message_edit)
        bot.add_listener(self.on_raw_message_delete)

    async def on_message(self, message: discord.Message) -> None:
        self.created.append(message)
        self.contents.append(message.content)

    async def on_message_edit(self, before: discord.Message, after: discord.Message) -> None:
        self.edited.append((before.content, after.content))

    async def on_raw_message_delete(self, event: discord.RawMessageDeleteEvent) -> None:
        self.deleted.append(event.message_id)


async def test_the_bot_receives_what_members_say_edit_and_delete(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    bot = await start_bot()
    inbox = Inbox(bot)

    said = await alice.says(general, "hello everyone")
    await emu.wait_for(lambda: inbox.created, 2, "MESSAGE_CREATE")
    await alice.edits(said, "hello everyone!")
    await emu.wait_for(lambda: inbox.edited, 2, "MESSAGE_UPDATE")
    await alice.deletes(said)
    await emu.wait_for(lambda: inbox.deleted, 2, "MESSAGE_DELETE")

    [message] = inbox.created
    assert inbox.contents == ["hello everyone"]
    assert message.author.id == alice.id and isinstance(message.author, discord.Member)
    assert message.channel.id == general.id and message.guild is not None
    assert inbox.edited == [("hello everyone", "hello everyone!")]
    assert inbox.deleted == [said.id]
    assert general.messages() == []


async def test_the_bot_posts_with_files_and_members_see_it(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    bot = await start_bot()
    channel = bot.get_channel(general.id)

    sent = await channel.send(
        f"Report for {alice.mention}",
        file=discord.File(io.BytesIO(b"line 1\nline 2\n"), filename="report.txt"),
        allowed_mentions=discord.AllowedMentions.none(),
    )
    pinging = await channel.send(f"Hi {alice.mention}", allowed_mentions=discord.AllowedMentions(users=True))

    stored = general.messages()[0]
    assert stored.id == sent.id and stored.author_id == emu.bot_user_id
    assert [a.filename for a in stored.attachments] == ["report.txt"]
    assert stored.attachments[0].data == b"line 1\nline 2\n"
    assert await sent.attachments[0].read() == b"line 1\nline 2\n"  # through the emulator's CDN
    assert stored.mentions == []  # AllowedMentions.none(): nobody pinged
    assert general.messages()[1].mentions == [alice.id] and pinging.mentions[0].id == alice.id
    call = emu.recorder.last_request("POST /channels/{channel_id}/messages")
    assert call is not None and call.ok


async def test_the_bot_dms_a_member_and_reads_their_dm(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    alice = guild.add_member("alice")
    bot = await start_bot()
    inbox = Inbox(bot)

    member = bot.guilds[0].get_member(alice.id)
    await member.send("Your ticket is open.")
    await alice.dm_bot("I need help")
    await emu.wait_for(lambda: [m for m in inbox.created if m.author.id == alice.id], 2, "the member's DM")

    assert [m.content for m in alice.dms()] == ["Your ticket is open."]
    from_alice = next(m for m in inbox.created if m.author.id == alice.id)
    assert from_alice.content == "I need help" and from_alice.guild is None
    assert isinstance(from_alice.channel, discord.DMChannel)


async def test_a_dm_to_a_member_with_closed_dms_is_forbidden_50007(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    closed = guild.add_member("carol", dms_open=False)
    bot = await start_bot()

    with pytest.raises(discord.Forbidden) as caught:
        await bot.guilds[0].get_member(closed.id).send("Hello")

    assert caught.value.code == 50007 and caught.value.status == 403
    assert closed.dms() == []


async def test_sending_where_the_bot_may_not_is_refused(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    hidden = guild.add_channel("staff", private=True)
    readonly = guild.add_channel("rules", overwrites={guild.bot_role: (0, Permission.SEND_MESSAGES)})
    bot = await start_bot()

    with pytest.raises(discord.Forbidden) as unseen:
        await bot.http.send_message(hidden.id, params=discord.http.handle_message_parameters(content="hi"))
    with pytest.raises(discord.Forbidden) as muted:
        await bot.get_channel(readonly.id).send("hi")

    assert unseen.value.code == 50001
    assert muted.value.code == 50013
    assert hidden.messages() == [] and readonly.messages() == []


async def test_invalid_bodies_get_discords_invalid_form_body(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    bot = await start_bot(make_bot())
    channel = bot.get_channel(general.id)

    with pytest.raises(discord.HTTPException) as too_long:
        await channel.send("x" * 2001)
    with pytest.raises(discord.HTTPException) as empty:
        await bot.http.request(
            discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=general.id), json={}
        )

    assert too_long.value.status == 400 and too_long.value.code == 50035
    assert "content" in str(too_long.value.text) or too_long.value.text
    assert empty.value.status == 400 and empty.value.code in (50006, 50035)
    assert general.messages() == []


async def test_bodies_are_checked_against_discords_openapi_description(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    bot = await start_bot()
    route = discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=general.id)

    with pytest.raises(discord.HTTPException) as caught:
        await bot.http.request(route, json={"content": "hi", "tts": "yes please"})

    assert emu.validation_note is None  # the spec was found and loaded
    assert caught.value.status == 400 and caught.value.code == 50035
    [call] = emu.recorder.requests("POST /channels/{channel_id}/messages")
    assert "tts" in call.response["errors"]
    assert general.messages() == []
