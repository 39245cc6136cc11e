"""Issue 13, point 4 (part): /setup channels tells the admin plainly who else can read private help
spaces (Manage Threads, Administrator, the owner), in the admin's language."""

from __future__ import annotations

from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, only_thread


async def test_setup_names_who_can_read_private_spaces_in_french(havre: Havre) -> None:
    help_channel = havre.channels["help"]
    answer = await (await havre.ada.slash("setup channels", help=help_channel)).reply()
    moderator, admin = havre.roles["moderator"].id, havre.roles["admin"].id
    assert answer.ephemeral and "Qui peut lire" in answer.content
    assert f"<@&{moderator}> (Gérer les fils)" in answer.content
    assert f"<@&{admin}> (Administrateur)" in answer.content
    assert f"<@{havre.guild.owner.id}> (propriétaire du serveur)" in answer.content
    assert f"<@&{havre.roles['peer'].id}>" not in answer.content  # no such right: not listed
    assert answer.mentions == [] and answer.mention_roles == []


async def test_setup_names_who_can_read_private_spaces_in_english(havre: Havre) -> None:
    eve = havre.guild.add_member("eve", locale="en-US", roles=[havre.roles["admin"]])
    answer = await (await eve.slash("setup channels", help=havre.channels["help"])).reply()
    assert "Who can read the private help spaces" in answer.content
    assert f"<@&{havre.roles['moderator'].id}> (Manage Threads)" in answer.content
    assert "(server owner)" in answer.content


async def test_the_member_is_told_exactly_who_else_can_open_their_space(havre: Havre) -> None:
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    greeting = (await bot_messages(thread, 1))[0]
    assert "Seuls vous" not in greeting.content  # no promise Discord does not keep
    line = next(x for x in greeting.content.splitlines() if "Discord permet aussi" in x)
    assert "Moderator" in line and "Admin" in line and "propriétaire du serveur" in line
    assert "Peer moderator" not in line and greeting.mention_roles == []


async def test_the_member_is_told_who_else_can_open_their_space_in_english(havre: Havre) -> None:
    await (await havre.bob.slash("help", in_channel=havre.general)).reply()
    greeting = (await bot_messages(await only_thread(havre), 1))[0]
    assert "Only you and the help team" not in greeting.content
    line = next(x for x in greeting.content.splitlines() if "Discord also lets these people open it" in x)
    assert "Moderator" in line and "the server owner" in line
