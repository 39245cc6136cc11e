"""Issue 13, point 4: /setup channels tells the admin plainly who else can read private help
spaces (Manage Threads, Administrator, the owner), in the admin's language."""

from __future__ import annotations

from emulator import Permission
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
    opened = await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    assert "Seuls vous, l'équipe d'aide et les administrateurs du serveur pouvez le voir" in opened.content
    thread = await only_thread(havre)
    greeting = (await bot_messages(thread, 1))[0]
    assert "Seuls vous et" not in greeting.content  # no promise Discord does not keep
    line = next(x for x in greeting.content.splitlines() if x.startswith("Qui peut lire cet espace"))
    # The seeded help channel leaves Manage Threads to the moderators: the member is told so.
    assert line == (
        "Qui peut lire cet espace : vous, les personnes de l'équipe qui viennent vous aider, l'équipe "
        "d'aide (rôles Moderator) et les administrateurs du serveur (Admin, et le ou la propriétaire). "
        "Personne d'autre."
    )
    assert greeting.mention_roles == []


async def test_the_member_is_told_who_else_can_open_their_space_in_english(havre: Havre) -> None:
    opened = await (await havre.bob.slash("help", in_channel=havre.general)).reply()
    assert "Only you, the help team and the server's administrators can see it" in opened.content
    greeting = (await bot_messages(await only_thread(havre), 1))[0]
    assert "Only you and the help team" not in greeting.content
    line = next(x for x in greeting.content.splitlines() if x.startswith("Who can read this space"))
    assert (
        "the help team (roles Moderator)" in line
        and "the server's administrators (Admin, and the owner)" in line
    )


async def test_a_member_given_manage_threads_by_their_own_overwrite_is_named_too(havre: Havre) -> None:
    channel = await havre.guild.create_channel(
        "entraide", overwrites={havre.pia: (Permission.MANAGE_THREADS, Permission(0))}
    )
    answer = await (await havre.ada.slash("setup channels", help=channel)).reply()
    assert f"<@{havre.pia.id}> (Gérer les fils, donné à cette personne seule)" in answer.content
    assert answer.mentions == []
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    greeting = (await bot_messages(await only_thread(havre), 1))[0]
    line = next(x for x in greeting.content.splitlines() if x.startswith("Qui peut lire cet espace"))
    assert "(rôles Moderator), pia et les administrateurs du serveur" in line and greeting.mention_roles == []
