"""Threads: the bot opens a private thread; only its members (and thread managers) can see it."""

from __future__ import annotations

import discord
import pytest

from emulator import ChannelType, Emulator, Permission, ScenarioError

from .conftest import StartBot


async def test_a_private_thread_is_visible_only_to_its_members(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    support = guild.add_channel("support")
    alice = guild.add_member("alice")
    bob = guild.add_member("bob")
    moderators = guild.add_role("Moderator", Permission.MANAGE_THREADS)
    mod = guild.add_member("mod", roles=[moderators])
    bot = await start_bot()
    joined: list[int] = []

    async def on_thread_member_join(member: discord.ThreadMember) -> None:
        joined.append(member.id)

    bot.add_listener(on_thread_member_join)

    parent = bot.get_channel(support.id)
    created = await parent.create_thread(
        name="ticket-alice", type=discord.ChannelType.private_thread, invitable=False
    )
    await created.add_user(discord.Object(alice.id))
    await created.send(f"{alice.mention}, a helper will be with you soon.")
    await emu.wait_for(lambda: alice.id in joined, 2, "THREAD_MEMBERS_UPDATE for alice")

    thread = guild.channel(created.id)
    assert thread.state.type == ChannelType.PRIVATE_THREAD and not thread.state.invitable
    assert set(thread.thread_member_ids) == {emu.bot_user_id, alice.id}
    assert guild.can_view(alice, thread)
    assert not guild.can_view(bob, thread)
    assert guild.can_view(mod, thread)  # MANAGE_THREADS sees private threads
    assert [m.content for m in thread.messages()] == [f"<@{alice.id}>, a helper will be with you soon."]
    with pytest.raises(ScenarioError, match="cannot"):
        await bob.says(thread, "let me in")
    reply = await alice.says(thread, "thank you")
    assert thread.messages()[-1] is reply
    assert bot.get_channel(created.id) is not None


async def test_a_member_thread_reaches_the_bot_only_when_it_may_see_it(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test", bot_permissions=Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES)
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    bot = await start_bot()
    created: list[str] = []
    joined: list[str] = []

    async def on_thread_create(thread: discord.Thread) -> None:
        created.append(thread.name)

    async def on_thread_join(thread: discord.Thread) -> None:
        joined.append(thread.name)

    bot.add_listener(on_thread_create)
    bot.add_listener(on_thread_join)

    await alice.starts_thread(general, "public chat")
    hidden = await alice.starts_thread(general, "secret", private=True)
    await emu.wait_for(lambda: created, 2, "THREAD_CREATE")
    await alice.adds_to_thread(hidden, guild.bot)
    await emu.wait_for(lambda: joined, 2, "THREAD_CREATE once the bot is added")

    assert created == ["public chat"]  # the private thread stayed out of sight...
    assert set(joined) == {"secret"}  # ...until the bot was added (THREAD_CREATE + THREAD_MEMBERS_UPDATE)
    assert bot.get_channel(hidden.id) is not None
