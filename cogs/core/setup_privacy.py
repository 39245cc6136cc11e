"""Who can read the private help spaces, told plainly (issue 13, point 4), and a help channel that keeps
everyone but the team out.

Discord shows a private thread to the people added to it, and also to anyone with Manage Threads in its
channel, to administrators and to the server owner; to see the thread at all one must see its channel.
``readers_text`` tells the admin who those are (``/setup channels``, the privacy step of ``/setup start``);
``readers_for_member`` tells the member the same thing in plain words. ``create_private_help_channel``
makes a channel where that list is short: @everyone can see the channel and write in their own thread
only, Manage Threads is removed from every role but the help team's, and the bot keeps what it needs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import discord

from bot.domain.i18n import t

log = logging.getLogger(__name__)

# What every member keeps in the help channel: see it (their private thread lives under it), read and
# write in their own thread. Denied: talking in the channel itself, opening threads there, and Manage
# Threads (an @everyone deny removes it from every role that has no overwrite of its own).
MEMBERS_ALLOW = discord.Permissions(
    view_channel=True, read_message_history=True, send_messages_in_threads=True
)
MEMBERS_DENY = discord.Permissions(
    send_messages=True,
    create_public_threads=True,
    create_private_threads=True,
    manage_threads=True,
    manage_messages=True,
)
# The help team (peer moderators, specialists): Manage Threads here, so they can open every help space.
TEAM_ALLOW = discord.Permissions(
    view_channel=True, read_message_history=True, send_messages_in_threads=True, manage_threads=True
)
# The bot: what opening a private space, adding people to it and writing there take.
BOT_ALLOW = discord.Permissions(
    view_channel=True,
    read_message_history=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_private_threads=True,
    manage_threads=True,
    embed_links=True,
)


def _readers(channel: discord.TextChannel) -> tuple[list[discord.Role], list[discord.Role], list[int]]:
    """Who can open every private space of the channel: (roles with Administrator, other roles with
    Manage Threads there, members given Manage Threads by an overwrite of their own), highest role first;
    bots and the owner (always able, named apart) left out."""
    admins: list[discord.Role] = []
    threads: list[discord.Role] = []
    for role in sorted(channel.guild.roles, key=lambda r: -r.position):
        if role.managed:
            continue
        perms = channel.permissions_for(role)
        if perms.administrator:
            admins.append(role)
        elif perms.manage_threads and perms.view_channel:
            threads.append(role)
    members: list[int] = []
    for target, overwrite in channel.overwrites.items():
        if isinstance(target, discord.Role) or target.id == channel.guild.owner_id:
            continue
        if isinstance(target, discord.Member):
            perms = channel.permissions_for(target)
            if target.bot or perms.administrator or not (perms.manage_threads and perms.view_channel):
                continue
        elif overwrite.manage_threads is not True:  # a member not in the cache: the overwrite says it
            continue
        members.append(target.id)
    return admins, threads, members


def readers_text(channel: object, lang: str) -> str:
    """For the admin: the roles (Administrator or Manage Threads in the help channel) and the owner who
    can read every private space, besides the member and the team added to it."""
    if not isinstance(channel, discord.TextChannel):
        return ""
    admins, threads, members = _readers(channel)
    names = [t("setup.readers_admin", lang, role=r.mention) for r in admins]
    names += [t("setup.readers_threads", lang, role=r.mention) for r in threads]
    names += [t("setup.readers_member", lang, member=f"<@{m}>") for m in members]
    if channel.guild.owner_id:
        names.append(t("setup.readers_owner", lang, owner=f"<@{channel.guild.owner_id}>"))
    return t("setup.readers", lang, channel=channel.mention, who=", ".join(names) or "—")


def _names(roles: Iterable[discord.Role]) -> str:
    return ", ".join(discord.utils.escape_markdown(discord.utils.escape_mentions(r.name)) for r in roles)


def readers_for_member(channel: object, lang: str) -> str:
    """For the member, in plain words: who can read their private space. "the help team (roles X, Y)" are
    the roles with Manage Threads in the help channel (and, by name, anyone given it by an overwrite of
    their own); "the server's administrators" the roles with Administrator, and the owner, whom Discord
    never keeps out."""
    if not isinstance(channel, discord.TextChannel):
        return ""
    admins, threads, members = _readers(channel)
    parts = []
    if threads:
        parts.append(t("setup.member_readers_team", lang, roles=_names(threads)))
    people = [m for m in (channel.guild.get_member(i) for i in members) if m is not None]
    if people:
        names = ", ".join(
            discord.utils.escape_markdown(discord.utils.escape_mentions(p.display_name)) for p in people
        )
        parts.append(t("setup.member_readers_people", lang, names=names))
    if admins:
        parts.append(t("setup.member_readers_admins", lang, roles=_names(admins)))
    else:
        parts.append(t("setup.member_readers_owner", lang))
    listed = ", ".join(parts[:-1]) + t("setup.and", lang) + parts[-1] if len(parts) > 1 else parts[0]
    return t("setup.member_readers", lang, who=listed)


def missing_for_private_channel(guild: discord.Guild) -> list[str]:
    """The server permissions the bot lacks to make the private help channel (empty: it can)."""
    perms = guild.me.guild_permissions
    if perms.administrator:
        return []
    needed = discord.Permissions(manage_channels=True, manage_roles=True) | TEAM_ALLOW | BOT_ALLOW
    needed |= MEMBERS_DENY
    return [name for name, wanted in needed if wanted and not getattr(perms, name)]


async def create_private_help_channel(
    guild: discord.Guild, team_role_ids: Iterable[int], *, name: str, topic: str, reason: str
) -> discord.TextChannel:
    """A new help channel whose private spaces only the help team, the administrators and the owner can
    open (besides the people added to each). Raises ``discord.HTTPException`` when Discord refuses."""
    overwrites: dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite] = {
        guild.default_role: discord.PermissionOverwrite.from_pair(MEMBERS_ALLOW, MEMBERS_DENY),
        guild.me: discord.PermissionOverwrite.from_pair(BOT_ALLOW, discord.Permissions.none()),
    }
    for role_id in dict.fromkeys(team_role_ids):
        role = guild.get_role(role_id)
        if role is not None and not role.is_default():
            overwrites[role] = discord.PermissionOverwrite.from_pair(TEAM_ALLOW, discord.Permissions.none())
    return await guild.create_text_channel(name, topic=topic, overwrites=overwrites, reason=reason)
