"""The bot's arrival on a server (issue 13, point 9): one short hello to the admins, once per server.

Where it goes, in this order:

1. the server's system channel, when the bot may post there and @everyone cannot read it (a staff-only
   channel): the full hello;
2. else the owner, by DM: the full hello (the system channel is usually the public welcome channel, where
   every member would read about the bot's set-up);
3. else (the owner's DMs are closed) the system channel even if public, with a neutral line only: who the
   bot is and that an admin can run ``/setup start``, nothing about moderation or private spaces.

The hello is claimed in the database before it is sent (``GuildService.mark_arrival``), so a restart, a
reconnect or a replayed GUILD_CREATE never sends a second one.
"""

from __future__ import annotations

import logging

import discord

from bot.domain.i18n import language_of, t
from bot.services.guilds import GuildService

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()


def _writable(channel: discord.TextChannel | None) -> bool:
    if channel is None:
        return False
    perms = channel.permissions_for(channel.guild.me)
    return perms.view_channel and perms.send_messages


def _staff_only(channel: discord.TextChannel) -> bool:
    return not channel.permissions_for(channel.guild.default_role).view_channel


async def _owner(guild: discord.Guild) -> discord.Member | None:
    if guild.owner is not None:
        return guild.owner
    if not guild.owner_id:
        return None
    try:
        return await guild.fetch_member(guild.owner_id)
    except discord.HTTPException:
        return None


async def _send(target: discord.abc.Messageable, text: str) -> discord.Message | None:
    try:
        return await target.send(text, allowed_mentions=NO_PINGS)
    except discord.HTTPException:
        return None


async def announce_arrival(guild: discord.Guild, guilds: GuildService) -> discord.Message | None:
    """Say hello once to the admins of a server the bot just joined; None when it was said before or
    could not be said anywhere."""
    if not await guilds.mark_arrival(guild.id, name=guild.name):
        return None
    lang = language_of(str(guild.preferred_locale))
    full = t("setup.arrival", lang, server=discord.utils.escape_markdown(guild.name))
    system = guild.system_channel
    if system is not None and _writable(system) and _staff_only(system):
        sent = await _send(system, full)
        if sent is not None:
            return sent
    owner = await _owner(guild)
    if owner is not None:
        sent = await _send(owner, full)
        if sent is not None:
            return sent
    if system is not None and _writable(system):
        sent = await _send(system, t("setup.arrival_public", lang))
        if sent is not None:
            return sent
    log.info("setup: nowhere to say hello on server %s (owner DMs closed, no system channel)", guild.id)
    return None
