"""The Discord side of moderation (``DiscordPort``): discord.py calls that report instead of raising.

Every message goes out with ``AllowedMentions.none()``, or pinging exactly the one member a notice is
for. Buttons are the persistent ``ModButton`` dynamic items, so they keep working after a restart.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

import aiohttp
import discord

from bot.services.moderation.checks import Ranks
from bot.services.moderation.types import (
    DM_WITH_BOT,
    ButtonStyle,
    Delivery,
    DmResult,
    EffectResult,
    MemberState,
    OutMessage,
)
from cogs.moderation.views import ModButton

log = logging.getLogger(__name__)

CANNOT_DM = 50007
_STYLES = {
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SECONDARY: discord.ButtonStyle.secondary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}


def _failure(exc: discord.HTTPException) -> EffectResult:
    return EffectResult(False, f"{exc.status} {exc.code} {exc.text}"[:180], exc.code, status=exc.status)


NO_ANSWER = (aiohttp.ClientError, asyncio.TimeoutError, OSError)  # Discord did not answer at all


def mentions_for(message: OutMessage) -> discord.AllowedMentions:
    if message.mention_user is None:
        return discord.AllowedMentions.none()
    return discord.AllowedMentions(
        everyone=False, roles=False, replied_user=False, users=[discord.Object(message.mention_user)]
    )


def view_for(message: OutMessage, bot_id: int | None = None) -> discord.ui.View | None:
    """The buttons: persistent ``ModButton`` items, and link buttons (``DM_WITH_BOT`` opens the bot's
    profile, where "Message" starts a private conversation with it)."""
    if not message.buttons:
        return None
    view = discord.ui.View(timeout=None)
    for spec in message.buttons:
        if spec.url:
            url = spec.url
            if url == DM_WITH_BOT:
                if bot_id is None:
                    continue
                url = f"https://discord.com/users/{bot_id}"
            link: discord.ui.Button[discord.ui.View] = discord.ui.Button(
                label=spec.label[:80], url=url, row=spec.row
            )
            view.add_item(link)
            continue
        button: discord.ui.Button[discord.ui.View] = discord.ui.Button(
            custom_id=spec.custom_id, label=spec.label[:80], style=_STYLES[spec.style]
        )
        view.add_item(ModButton(button, row=spec.row))
    return view


class DiscordEffects:
    def __init__(self, bot: discord.Client) -> None:
        self.bot = bot

    def _bot_id(self) -> int | None:
        return self.bot.user.id if self.bot.user is not None else None

    async def delete_message(self, channel_id: int, message_id: int, reason: str) -> EffectResult:
        try:
            await self.bot.http.delete_message(channel_id, message_id, reason=reason)
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success()

    async def set_timeout(
        self, guild_id: int, user_id: int, until: datetime | None, reason: str
    ) -> EffectResult:
        try:
            await self.bot.http.edit_member(
                guild_id,
                user_id,
                reason=reason,
                communication_disabled_until=until.isoformat() if until is not None else None,
            )
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success()

    async def kick(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        try:
            await self.bot.http.kick(user_id, guild_id, reason=reason)
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success()

    async def ban(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        try:
            await self.bot.http.ban(user_id, guild_id, 0, reason=reason)
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success()

    async def unban(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        try:
            await self.bot.http.unban(user_id, guild_id, reason=reason)
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success()

    async def send_dm(self, user_id: int, message: OutMessage) -> DmResult:
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            sent = await self._send(user, message)
        except discord.Forbidden as exc:
            delivery = Delivery.CLOSED if exc.code == CANNOT_DM else Delivery.FAILED
            return DmResult(delivery, f"{exc.status} {exc.code}", status=exc.status)
        except discord.HTTPException as exc:
            return DmResult(Delivery.FAILED, f"{exc.status} {exc.code} {exc.text}"[:180], status=exc.status)
        except NO_ANSWER as exc:
            return DmResult(Delivery.FAILED, f"no answer: {type(exc).__name__}", status=0)
        return DmResult(Delivery.DELIVERED, message_id=sent.id)

    async def post(self, channel_id: int, message: OutMessage) -> EffectResult:
        try:
            sent = await self._send(self.bot.get_partial_messageable(channel_id), message)
        except discord.HTTPException as exc:
            return _failure(exc)
        except NO_ANSWER as exc:
            return EffectResult(False, f"no answer: {type(exc).__name__}", status=0)
        return EffectResult.success(sent.id)

    async def edit(self, channel_id: int, message_id: int, message: OutMessage) -> EffectResult:
        try:
            partial = self.bot.get_partial_messageable(channel_id).get_partial_message(message_id)
            await partial.edit(
                content=message.content,
                view=view_for(message, self._bot_id()),
                allowed_mentions=mentions_for(message),
            )
        except discord.HTTPException as exc:
            return _failure(exc)
        return EffectResult.success(message_id)

    async def member_state(self, guild_id: int, user_id: int) -> MemberState:
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return MemberState(present=False)
        try:
            member = await guild.fetch_member(user_id)
        except discord.NotFound:
            return MemberState(present=False)
        return MemberState(present=True, timed_out_until=member.timed_out_until)

    async def ranks(self, guild_id: int, moderator_id: int, target_id: int) -> Ranks | None:
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return None
        me = guild.me
        bot_permissions = frozenset(name for name, value in me.guild_permissions if value)
        target = await self._member(guild, target_id)
        moderator = await self._member(guild, moderator_id)
        return Ranks(
            target_present=target is not None,
            target_is_bot=target_id == me.id,
            target_is_owner=target_id == guild.owner_id,
            target_is_admin=target is not None and target.guild_permissions.administrator,
            moderator_is_owner=moderator_id == guild.owner_id,
            bot_top=me.top_role.position,
            target_top=target.top_role.position if target is not None else 0,
            moderator_top=moderator.top_role.position if moderator is not None else 0,
            bot_permissions=bot_permissions,
        )

    @staticmethod
    async def _member(guild: discord.Guild, user_id: int) -> discord.Member | None:
        member = guild.get_member(user_id)
        if member is not None:
            return member
        try:
            return await guild.fetch_member(user_id)
        except discord.NotFound:
            return None

    async def _send(self, target: discord.abc.Messageable, message: OutMessage) -> discord.Message:
        view = view_for(message, self._bot_id())
        mentions = mentions_for(message)
        if view is None:
            return await target.send(message.content, allowed_mentions=mentions)
        return await target.send(message.content, allowed_mentions=mentions, view=view)
