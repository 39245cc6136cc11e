"""Issue #15, points 8 and 9: relayed text never carries a masked link authored by the bot, and a ticket
action's rights come from the ticket's own server."""

from __future__ import annotations

import re
from types import SimpleNamespace
from unittest.mock import MagicMock

import discord

from bot.domain.help.ticket_types import ActorRole
from bot.domain.relay_text import defuse_links
from bot.services.help.types import GuildHelp
from cogs.help.desk import safe
from cogs.help.flows import HelpFlows

MASKED = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")  # what Discord renders as a masked link


def test_a_members_masked_link_is_shown_as_plain_text() -> None:
    relayed = safe("Please fill [the official form](http://phish.example/login) today")
    assert not MASKED.search(relayed)
    assert "the official form" in relayed and "http://phish.example/login" in relayed


def test_tricky_masks_are_all_unwrapped() -> None:
    for text in (
        "[a](<http://x.example>)",
        '[a](http://x.example "title")',
        "[[nested](http://in.example)](http://out.example)",
        "[a] [b](http://x.example)",
        "[https://bank.example](http://phish.example)",
    ):
        out = defuse_links(text)
        assert not MASKED.search(out), (text, out)
        assert "http://" in out and "phish.example" in out if "phish" in text else True
    assert defuse_links("see https://a.example/x, thanks") == "see <https://a.example/x>, thanks"
    assert defuse_links("nothing to see") == "nothing to see"


def _guild(guild_id: int) -> GuildHelp:
    return GuildHelp(
        guild_id=guild_id,
        name="",
        language="en",
        help_channel_id=1,
        mod_queue_channel_id=2,
        peer_role_id=30,
        specialist_role_id=31,
        admin_role_id=32,
        moderator_role_id=33,
        policy_version="v",
    )


def _member(guild_id: int, *, admin: bool, roles: tuple[int, ...] = ()) -> MagicMock:
    member = MagicMock(spec=discord.Member)
    member.id = 7
    member.guild = SimpleNamespace(id=guild_id)
    member.guild_permissions = discord.Permissions(administrator=admin)
    member.roles = [SimpleNamespace(id=r) for r in roles]
    return member


async def test_rights_come_from_the_tickets_own_server() -> None:
    flows = HelpFlows.__new__(HelpFlows)
    on_ticket_server = _member(100, admin=False)

    async def member(guild_id: int, user_id: int) -> discord.Member | None:
        assert guild_id == 100
        return on_ticket_server

    flows.member = member  # type: ignore[method-assign]
    # An admin of the server the interaction came from (200) is a plain member on the ticket's server.
    actor = await flows.actor(_guild(100), _member(200, admin=True, roles=(32,)))
    assert actor.role is ActorRole.MEMBER
    # On the ticket's own server, the roles held there count.
    actor = await flows.actor(_guild(100), _member(100, admin=False, roles=(30,)))
    assert actor.role is ActorRole.PEER_MODERATOR


async def test_someone_not_on_the_tickets_server_has_no_rights() -> None:
    flows = HelpFlows.__new__(HelpFlows)

    async def member(guild_id: int, user_id: int) -> discord.Member | None:
        return None

    flows.member = member  # type: ignore[method-assign]
    actor = await flows.actor(_guild(100), _member(200, admin=True))
    assert actor.role is ActorRole.MEMBER
