"""Issue 13, point 9: when the bot joins a server it says hello ONCE to the admins, in the server's
language: in the system channel only when that channel is staff-only; else to the owner by DM; else
(owner's DMs closed) a neutral line in the public system channel. A restart or a replayed join never says
it again."""

from __future__ import annotations

import asyncio

from emulator.flags import Permission
from tests.e2e.conftest import Havre


async def quiet(havre: Havre) -> None:
    """The bot has handled what came before: it answered a later command, and a little time passed."""
    await (await havre.ada.slash("about", in_channel=havre.general)).reply()
    await asyncio.sleep(0.3)


async def test_a_public_system_channel_is_left_alone_and_the_owner_hears_once_in_french(havre: Havre) -> None:
    guild = havre.emu.add_guild("Nouvelle maison", locale="fr")
    welcome = guild.add_channel("bienvenue")  # everyone reads it: not the place for the set-up
    guild.state.system_channel_id = welcome.id
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(guild.owner.dms, 5, "the arrival DM")
    assert "Havre vient d'arriver sur Nouvelle maison" in message.content
    assert "/setup start" in message.content and "espaces d'aide privés" in message.content
    assert message.mentions == [] and not message.mention_everyone and len(message.content) < 400
    assert welcome.bot_messages() == []

    await havre.emu.bot_joins(guild)  # the same join replayed (a resumed session, a duplicate event)
    await havre.restart()  # a deploy: every server comes back in READY
    await havre.emu.bot_joins(guild)
    await quiet(havre)
    assert len(guild.owner.dms()) == 1 and welcome.bot_messages() == []


async def test_a_staff_only_system_channel_gets_the_hello_in_english(havre: Havre) -> None:
    guild = havre.emu.add_guild("New home", locale="en-US")
    seen = Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES
    staff = guild.add_channel("mod-notes", private=True, overwrites={guild.bot_role: (seen, 0)})
    guild.state.system_channel_id = staff.id
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(staff.bot_messages, 5, "the arrival message")
    assert "Havre has just arrived in New home" in message.content and "/setup start" in message.content
    assert guild.owner.dms() == []


async def test_owner_dms_closed_leaves_only_a_neutral_line_in_the_public_channel(havre: Havre) -> None:
    guild = havre.emu.add_guild("Open house", locale="en-US")
    guild.owner.state.dms_open = False
    welcome = guild.add_channel("welcome")
    guild.state.system_channel_id = welcome.id
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(welcome.bot_messages, 5, "the neutral hello")
    assert message.content == "Hello, I'm Havre. An admin of this server can set me up with /setup start."
    assert "private" not in message.content and message.mentions == []


async def test_owner_dms_closed_neutral_line_in_french(havre: Havre) -> None:
    guild = havre.emu.add_guild("Maison ouverte", locale="fr")
    guild.owner.state.dms_open = False
    welcome = guild.add_channel("accueil")
    guild.state.system_channel_id = welcome.id
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(welcome.bot_messages, 5, "the neutral hello")
    assert message.content.startswith("Bonjour, je suis Havre.") and "/setup start" in message.content


async def test_the_server_the_bot_already_served_is_not_greeted_after_a_restart(havre: Havre) -> None:
    await havre.restart()
    await quiet(havre)
    assert havre.guild.owner.dms() == []
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    assert row.arrival_announced_at is None  # never greeted, and a restart does not make it a join


async def test_a_server_that_invited_the_bot_while_it_was_offline_hears_once(havre: Havre) -> None:
    await havre.stop()
    guild = havre.emu.add_guild("Late home", locale="en-US")  # invited during the outage: only in READY
    await havre.start()
    [message] = await havre.emu.wait_for(guild.owner.dms, 5, "the arrival DM after the outage")
    assert "Havre has just arrived in Late home" in message.content
    await havre.restart()
    await quiet(havre)
    assert len(guild.owner.dms()) == 1 and havre.guild.owner.dms() == []  # the known server: no hello
