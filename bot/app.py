"""The Havre bot: an AutoShardedBot that wires services, cogs, views and timing together."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import timedelta
from typing import Any

import discord
from discord.ext import commands

from bot.command_translator import CommandTranslator
from bot.scheduling.scheduler import Scheduler
from bot.services.guilds import StaffRole
from bot.services.wiring import Services

log = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = (
    "cogs.core.errors",
    "cogs.core.about",
    "cogs.core.setup",
    "cogs.help",
    "cogs.moderation",
    "cogs.governance",
)


def intents_for(message_content: bool) -> discord.Intents:
    """Least privilege: guild structure, messages (content only when the policy needs it), members
    (to re-apply sanctions on re-join and check roles), DMs (help requests by DM)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.members = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = message_content
    return intents


StartHook = Callable[["HavreBot"], Awaitable[None]]


class HavreBot(commands.AutoShardedBot):
    def __init__(
        self,
        services: Services,
        *,
        extensions: Sequence[str] = EXTENSIONS,
        message_content: bool = True,
        on_setup: Sequence[StartHook] = (),
        client_options: Mapping[str, Any] | None = None,
    ) -> None:
        ctx = services.ctx
        settings = ctx.settings
        options: dict[str, Any] = {
            "help_command": None,
            "intents": intents_for(message_content),
            "allowed_mentions": discord.AllowedMentions.none(),
            "shard_count": settings.shard_count,
            "chunk_guilds_at_startup": False,
            "member_cache_flags": discord.MemberCacheFlags.from_intents(intents_for(message_content)),
            # No message cache (discord.py keeps the last 1,000 messages by default, with their text): no
            # feature reads it (edits and deletions are not listened to; a reply's target comes with the
            # reply), and members' words are not kept in memory longer than their message takes.
            "max_messages": None,
        }
        if settings.shard_ids:
            options["shard_ids"] = list(settings.shard_ids)
        options.update(client_options or {})
        super().__init__(commands.when_mentioned, **options)
        self.ctx = ctx
        self._services = services
        self.extensions_to_load = tuple(extensions)
        self.on_setup = tuple(on_setup)
        self.scheduler = Scheduler(ctx.deadlines)
        self.synced_commands: list[discord.app_commands.AppCommand] = []

    async def setup_hook(self) -> None:
        # setup_hook runs once per process (on_ready can fire many times): load, register, schedule.
        for name in self.extensions_to_load:
            await self.load_extension(name)
        for hook in self.on_setup:
            await hook(self)
        await self.tree.set_translator(CommandTranslator())
        await self.scheduler.start()
        self.scheduler.add_interval("health:heartbeat", self._heartbeat, timedelta(seconds=30))
        if self.ctx.settings.sync_commands:
            self.synced_commands = await self.tree.sync()
            log.info("synced %s application command(s)", len(self.synced_commands))

    @property
    def services(self) -> Services:
        """Every feature's services, typed (also ``interaction.client.services`` in an
        ``Interaction[HavreBot]``)."""
        return self._services

    async def configured_roles(self, guild_id: int) -> dict[StaffRole, int | None]:
        """The staff roles configured for a server (read by the permission checks in cogs)."""
        return await self._services.guilds.configured_roles(guild_id)

    async def _heartbeat(self) -> None:
        """Touch <data_dir>/heartbeat while every shard's gateway connection is up (container health)."""
        if self.is_ready() and not self.is_closed() and all(not s.is_closed() for s in self.shards.values()):
            path = self.ctx.settings.data_dir / "heartbeat"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()

    async def close(self) -> None:
        self.scheduler.shutdown()
        await self.ctx.deadlines.close()  # let a sweep in progress finish before anything closes
        for stop in self._services.stoppers():
            try:
                await stop()
            except Exception:
                log.exception("error while stopping %s", getattr(stop, "__qualname__", stop))
        await super().close()
