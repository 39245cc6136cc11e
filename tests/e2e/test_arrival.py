"""Issue 13, point 9 (part): when the bot joins a server it posts one short message to the admins, in
the server's language: the system channel, else the owner by DM."""

from __future__ import annotations

from tests.e2e.conftest import Havre


async def test_a_french_server_with_a_system_channel_gets_one_short_message(havre: Havre) -> None:
    guild = havre.emu.add_guild("Nouvelle maison", locale="fr")
    welcome = guild.add_channel("bienvenue")
    guild.state.system_channel_id = welcome.id
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(welcome.bot_messages, 5, "the arrival message")
    assert "Havre vient d'arriver sur Nouvelle maison" in message.content and "/setup" in message.content
    assert message.mentions == [] and not message.mention_everyone and len(message.content) < 400
    assert guild.owner.dms() == []


async def test_an_english_server_without_one_tells_the_owner_by_dm(havre: Havre) -> None:
    guild = havre.emu.add_guild("New home", locale="en-US")
    await havre.emu.bot_joins(guild)
    [message] = await havre.emu.wait_for(guild.owner.dms, 5, "the arrival DM")
    assert "Havre has arrived in New home" in message.content and "/setup community" in message.content
