"""Gateway events for moderation: every member message, reconciliation on ready/resume and on re-join,
and the member's language learned from their interactions."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

from bot.app import HavreBot
from bot.services.moderation import IncomingMessage, ModerationService
from cogs.core.common import Role, replies_to_member, staff_by_permissions

log = logging.getLogger(__name__)

_USER_MESSAGES = (discord.MessageType.default, discord.MessageType.reply)


def incoming(message: discord.Message) -> IncomingMessage | None:
    """What moderation needs from a message, or None for what it never looks at (bots, DMs, system)."""
    author = message.author
    guild = message.guild
    if guild is None or author.bot or message.webhook_id is not None or message.type not in _USER_MESSAGES:
        return None
    if not isinstance(author, discord.Member):
        return None
    perms = author.guild_permissions
    me = guild.me
    above = author.id == guild.owner_id or (me is not None and author.top_role >= me.top_role)
    channel = message.channel
    parent = channel.parent_id if isinstance(channel, discord.Thread) else None
    content = message.content or ""
    return IncomingMessage(
        guild_id=guild.id,
        channel_id=channel.id,
        message_id=message.id,
        author_id=author.id,
        content=content,
        role_ids=frozenset(r.id for r in author.roles),
        is_moderator=staff_by_permissions(perms, Role.MODERATOR),
        above_bot=above,
        mention_count=len(set(message.raw_mentions)) + len(set(message.raw_role_mentions)),
        mass_mention="@everyone" in content or "@here" in content,
        thread_parent_id=parent,
        reply=replies_to_member(message),
    )


class ModerationListener(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        self._tasks: set[asyncio.Task[object]] = set()
        self._started = False  # the first on_ready of this process repairs every pending case

    @property
    def service(self) -> ModerationService:
        return self.bot.services.moderation

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        found = incoming(message)
        if found is None:
            return
        raid = self.service.raid
        if await raid.intercept(found):  # part of a raid: removed in bulk, its author told once
            return
        outcome = await self.service.pipeline.handle(found)
        if outcome.case is not None and outcome.action.value not in ("review", "nudge"):
            await raid.violation(found.guild_id, found.author_id)  # counted for a message burst

    def _spawn(self, coro: object, name: str) -> None:
        task: asyncio.Task[object] = asyncio.create_task(coro, name=name)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _reconcile_all(self, startup: bool = False) -> None:
        for guild in list(self.bot.guilds):
            try:
                await self.service.reconciler.guild(guild.id, startup=startup)
            except Exception:
                log.exception("reconciliation failed for guild %s", guild.id)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        startup, self._started = not self._started, True
        self._spawn(self._reconcile_all(startup), "havre-reconcile")

    @commands.Cog.listener()
    async def on_resumed(self) -> None:
        self._spawn(self._reconcile_all(), "havre-reconcile")

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        try:
            await self.service.reconciler.member_joined(member.guild.id, member.id)
        except Exception:
            log.exception("re-applying sanctions failed for a member of guild %s", member.guild.id)

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        self.service.locales.learn(
            interaction.user.id, str(interaction.locale) if interaction.locale else None
        )
