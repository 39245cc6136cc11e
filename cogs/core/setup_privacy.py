"""Who can read the private help spaces, told plainly to the admin (issue 13, point 4).

Discord shows a private thread to the people added to it, and also to anyone with Manage Threads in its
channel, to administrators and to the server owner. ``/setup channels`` and ``/setup show`` list them.
"""

from __future__ import annotations

import logging

import discord

from bot.domain.i18n import language_of, t

log = logging.getLogger(__name__)


def readers_text(channel: object, lang: str) -> str:
    """The roles (Administrator or Manage Threads in the help channel) and the owner who can read every
    private space, besides the member and the team added to it."""
    if not isinstance(channel, discord.TextChannel):
        return ""
    guild = channel.guild
    names: list[str] = []
    for role in sorted(guild.roles, key=lambda r: -r.position):
        if role.managed:  # bots' own roles
            continue
        perms = channel.permissions_for(role)
        if perms.administrator:
            names.append(t("setup.readers_admin", lang, role=role.mention))
        elif perms.manage_threads:
            names.append(t("setup.readers_threads", lang, role=role.mention))
    if guild.owner_id:
        names.append(t("setup.readers_owner", lang, owner=f"<@{guild.owner_id}>"))
    return t("setup.readers", lang, channel=channel.mention, who=", ".join(names) or "—")


def readers_for_member(channel: object, lang: str) -> str:
    """The same readers, as the member reads them: role names in plain text (no mention), the owner."""
    if not isinstance(channel, discord.TextChannel):
        return ""
    names = [
        discord.utils.escape_markdown(role.name)
        for role in sorted(channel.guild.roles, key=lambda r: -r.position)
        if not role.managed
        and (channel.permissions_for(role).administrator or channel.permissions_for(role).manage_threads)
    ]
    names.append(t("help.space_readers_owner", lang))
    return t("help.space_readers", lang, who=", ".join(names))


async def announce_arrival(guild: discord.Guild) -> discord.Message | None:
    """The bot just joined (issue 13, point 9): one short message to the admins, in the server's
    language: the system channel if the bot may post there, else the owner by DM."""
    lang = language_of(str(guild.preferred_locale))
    text = t("setup.arrival", lang, server=discord.utils.escape_markdown(guild.name))
    channel = guild.system_channel
    none = discord.AllowedMentions.none()
    if channel is not None and channel.permissions_for(guild.me).send_messages:
        try:
            return await channel.send(text, allowed_mentions=none)
        except discord.HTTPException:
            log.info("setup: could not post the arrival message in %s", channel.id)
    owner = guild.owner or (await guild.fetch_member(guild.owner_id) if guild.owner_id else None)
    if owner is None:
        return None
    try:
        return await owner.send(text, allowed_mentions=none)
    except discord.HTTPException:
        log.info("setup: could not tell the owner of %s that the bot arrived", guild.id)
        return None
