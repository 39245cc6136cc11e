"""Raid response on Discord: the ``RaidPort`` (bulk delete, slowmode, channel locks, incident actions),
the joins the detector counts, and ``/raid start|end|status`` for moderators.

The rules (what a burst is, what raid mode does) live in ``bot/domain/moderation/raid.py`` and
``bot/services/moderation/raid.py``; this file only translates them to discord.py calls. Member messages
reach raid mode through ``cogs/moderation/listener.py``, before the message pipeline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import t
from bot.services.moderation import ModerationService
from bot.services.moderation.raid import Changed, RaidResponse
from bot.services.moderation.types import EffectResult
from cogs.core.common import Role, lang_of, reply, require
from cogs.moderation.views import ensure_moderator

log = logging.getLogger(__name__)

MOD_PERMISSIONS = discord.Permissions(moderate_members=True)
EXPIRY_CHECK = 30.0  # seconds between two looks at raid modes past their end
_LOCKED = discord.Permissions(
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    create_private_threads=True,
    add_reactions=True,
)


def _failure(exc: discord.HTTPException) -> str:
    return f"{exc.status} {exc.code} {exc.text}"[:180]


class RaidEffects:
    """``RaidPort`` with discord.py: calls that report instead of raising."""

    def __init__(self, bot: discord.Client) -> None:
        self.bot = bot

    async def bulk_delete(self, channel_id: int, message_ids: Sequence[int], reason: str) -> EffectResult:
        try:
            await self.bot.http.delete_messages(channel_id, list(message_ids), reason=reason)
        except discord.HTTPException as exc:
            return EffectResult(False, _failure(exc), exc.code, status=exc.status)
        return EffectResult.success()

    async def set_slowmode(self, channel_id: int, seconds: int, reason: str) -> Changed:
        channel = self.bot.get_channel(channel_id)
        previous = getattr(channel, "slowmode_delay", 0) or 0
        try:
            await self.bot.http.edit_channel(channel_id, reason=reason, rate_limit_per_user=seconds)
        except discord.HTTPException as exc:
            return Changed(False, _failure(exc))
        return Changed(True, previous=previous)

    async def lock_channel(self, channel_id: int, reason: str) -> Changed:
        channel = self.bot.get_channel(channel_id)
        if not isinstance(channel, discord.abc.GuildChannel):
            return Changed(False, "unknown channel")
        everyone = channel.guild.default_role
        previous: tuple[int, int] | None = None
        if everyone in channel.overwrites:
            allow, deny = channel.overwrites[everyone].pair()
            previous = (allow.value, deny.value)
        allow_value, deny_value = previous or (0, 0)
        try:
            await self.bot.http.edit_channel_permissions(
                channel_id,
                everyone.id,
                str(allow_value & ~_LOCKED.value),
                str(deny_value | _LOCKED.value),
                0,
                reason=reason,
            )
        except discord.HTTPException as exc:
            return Changed(False, _failure(exc))
        return Changed(True, previous=previous)

    async def restore_lock(self, channel_id: int, previous: Any, reason: str) -> EffectResult:
        channel = self.bot.get_channel(channel_id)
        if not isinstance(channel, discord.abc.GuildChannel):
            return EffectResult(False, "unknown channel")
        everyone_id = channel.guild.default_role.id
        try:
            if previous is None:
                await self.bot.http.delete_channel_permissions(channel_id, everyone_id, reason=reason)
            else:
                allow, deny = previous
                await self.bot.http.edit_channel_permissions(
                    channel_id, everyone_id, str(allow), str(deny), 0, reason=reason
                )
        except discord.HTTPException as exc:
            return EffectResult(False, _failure(exc), exc.code, status=exc.status)
        return EffectResult.success()

    def incident_state(self, guild_id: int) -> tuple[datetime | None, datetime | None]:
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return None, None
        return guild.invites_paused_until, guild.dms_paused_until

    async def incident_actions(
        self, guild_id: int, invites_until: datetime | None, dms_until: datetime | None, reason: str
    ) -> EffectResult:
        payload: Any = {
            "invites_disabled_until": invites_until.isoformat() if invites_until else None,
            "dms_disabled_until": dms_until.isoformat() if dms_until else None,
        }
        try:
            await self.bot.http.edit_incident_actions(guild_id, payload)
        except discord.HTTPException as exc:
            return EffectResult(False, _failure(exc), exc.code, status=exc.status)
        return EffectResult.success()


class RaidCommands(commands.Cog):
    raid = app_commands.Group(
        name="raid",
        description=_("Raid mode: slowmode, locks, paused invites, bulk removal"),
        guild_only=True,
        default_permissions=MOD_PERMISSIONS,
    )

    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        self._expiry: asyncio.Task[None] | None = None

    @property
    def service(self) -> RaidResponse:
        moderation: ModerationService = self.bot.services.moderation
        return moderation.raid

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await ensure_moderator(interaction)

    async def cog_load(self) -> None:
        self._expiry = asyncio.create_task(self._expire_loop(), name="havre-raid-expiry")

    async def cog_unload(self) -> None:
        if self._expiry is not None:
            self._expiry.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._expiry

    async def _expire_loop(self) -> None:
        while True:
            await asyncio.sleep(EXPIRY_CHECK)
            for guild_id in list(self.service.active):
                try:
                    await self.service.expire(guild_id, self.bot.ctx.clock.now())
                except Exception:
                    log.exception("ending raid mode failed in guild %s", guild_id)

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        try:
            await self.service.member_joined(member.guild.id, member.id)
        except Exception:
            log.exception("raid detection failed for a join in guild %s", member.guild.id)

    @raid.command(name="start", description=_("Start raid mode now"))
    @app_commands.describe(
        lock=_("a channel to lock while raid mode lasts"), minutes=_("how long, in minutes")
    )
    @require(Role.MODERATOR)
    async def start(
        self,
        interaction: discord.Interaction,
        lock: discord.TextChannel | None = None,
        minutes: app_commands.Range[int, 5, 1440] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.service.start(
            interaction.guild_id,
            interaction.user.id,
            lock_channel_id=lock.id if lock else None,
            minutes=minutes,
        )
        key = "raid.mod.started" if report.changed else "raid.mod.already_on"
        await reply(interaction, t(key, lang_of(interaction)))

    @raid.command(name="end", description=_("End raid mode and undo what it changed"))
    @require(Role.MODERATOR)
    async def end(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.service.end(interaction.guild_id, interaction.user.id)
        key = "raid.mod.ended_reply" if report.changed else "raid.mod.not_on"
        await reply(interaction, t(key, lang_of(interaction)))

    @raid.command(name="status", description=_("Is raid mode on, and what has it done"))
    @require(Role.MODERATOR)
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        from bot.services.moderation.raid import summary_text

        state = self.service.status(interaction.guild_id)
        lang = lang_of(interaction)
        if state is None:
            await reply(interaction, t("raid.mod.status_off", lang))
            return
        await reply(interaction, summary_text(state, lang))


async def setup_raid(bot: HavreBot, service: ModerationService) -> None:
    """Attach the raid port and add the cog (called from ``cogs/moderation.py``)."""
    service.raid.attach(RaidEffects(bot))
    await bot.add_cog(RaidCommands(bot))
