"""Catching up on what the gateway did not deliver: after a crash, a refused RESUME (a fresh IDENTIFY
replays nothing) or a database outage, each active channel's history after its watermark goes back
through the moderation pipeline, each message once. Also: the watermarks' periodic write, a sweep of
cases left pending, and reading the member's DMs back when a case is repaired.

The bounds live in ``bot.services.moderation.resilience`` (``CATCH_UP_MAX_*``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import discord
from discord.ext import commands

from bot.app import HavreBot
from bot.services.moderation import ModerationService
from bot.services.moderation.custom_ids import parse as parse_custom_id
from bot.services.moderation.reconcile import PENDING_GRACE
from bot.services.moderation.resilience import (
    CATCH_UP_MAX_AGE,
    CATCH_UP_MAX_CHANNELS,
    CATCH_UP_MAX_MESSAGES,
    WATERMARK_FLUSH_SECONDS,
    snowflake_at,
)
from cogs.moderation.listener import incoming

log = logging.getLogger(__name__)

SWEEP_EVERY = 60  # flushes between two sweeps of cases left pending (about a minute)
CATCH_UP_AUTHORS_AT_ONCE = 16  # authors whose missed messages are decided side by side
DM_LOOKBACK = 50  # the bot's last DMs to a member searched for a case's explanation


class DiscordHistory:
    """Reads back from Discord what repair needs to check (``resilience.HistoryPort``)."""

    def __init__(self, bot: discord.Client) -> None:
        self.bot = bot

    async def explanation_sent(self, user_id: int, case_id: int) -> bool | None:
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            channel = user.dm_channel or await user.create_dm()
            me = self.bot.user.id if self.bot.user else None
            async for message in channel.history(limit=DM_LOOKBACK):
                if message.author.id != me:
                    continue
                for row in message.components:
                    for child in getattr(row, "children", ()):
                        parsed = parse_custom_id(getattr(child, "custom_id", None) or "")
                        if parsed is not None and parsed.id == case_id:
                            return True
        except discord.HTTPException as exc:
            log.info("could not read the DMs back for case %s: %s %s", case_id, exc.status, exc.code)
            return None
        return False


class CatchUp(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        self._tasks: set[asyncio.Task[object]] = set()
        self._flusher: asyncio.Task[None] | None = None
        self.caught_up = 0  # messages read back from history and decided now
        self._lost_at: dict[int, datetime] = {}  # shard -> when its gateway connection dropped

    @property
    def service(self) -> ModerationService:
        return self.bot.services.moderation

    async def cog_load(self) -> None:
        self.service.pipeline.repair.history = DiscordHistory(self.bot)
        self._flusher = asyncio.create_task(self._flush_loop(), name="havre-watermarks")

    async def cog_unload(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.service.pipeline.retry.stop()
        try:
            await self.service.pipeline.watermarks.flush()
        except Exception:
            log.warning("watermarks not written at shutdown; the next catch-up reads a little more")

    def _spawn(self, coro: object, name: str) -> None:
        task: asyncio.Task[object] = asyncio.create_task(coro, name=name)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush_loop(self) -> None:
        rounds = 0
        while True:
            await asyncio.sleep(WATERMARK_FLUSH_SECONDS)
            try:
                await self.service.pipeline.watermarks.flush()
            except Exception as exc:
                log.warning("watermarks not written (%s); retried in a second", type(exc).__name__)
            rounds += 1
            if rounds % SWEEP_EVERY == 0:
                for guild in list(self.bot.guilds):
                    try:
                        await self.service.pipeline.repair.pending(guild.id, older_than=PENDING_GRACE)
                    except Exception:
                        log.warning("sweep of pending cases failed for guild %s", guild.id, exc_info=True)

    @commands.Cog.listener()
    async def on_shard_disconnect(self, shard_id: int) -> None:
        self._lost_at.setdefault(shard_id, self.bot.ctx.clock.now())

    @commands.Cog.listener()
    async def on_shard_resumed(self, shard_id: int) -> None:
        self._lost_at.pop(shard_id, None)  # Discord replays what the session missed

    @commands.Cog.listener()
    async def on_shard_ready(self, shard_id: int) -> None:
        """A fresh session (start-up or a refused RESUME): nothing missed will be replayed by Discord."""
        guilds = [g for g in self.bot.guilds if g.shard_id == shard_id]
        lost = self._lost_at.pop(shard_id, None)
        since = snowflake_at(lost - timedelta(seconds=2)) if lost is not None else None
        self._spawn(self.catch_up(guilds, since), f"havre-catch-up-{shard_id}")

    async def catch_up(self, guilds: list[discord.Guild], since: int | None = None) -> int:
        """Each guild's active channels after their watermark; with ``since`` (this process lost its
        session then), also the channels that have messages after it and no watermark yet."""
        done = 0
        for guild in guilds:
            try:
                done += await self._guild(guild, since)
            except Exception:
                log.exception("catch-up failed for guild %s", guild.id)
        if done:
            log.info("caught up on %s message(s) the gateway did not deliver", done)
        return done

    async def _guild(self, guild: discord.Guild, since: int | None) -> int:
        pipeline = self.service.pipeline
        done = 0
        targets = await pipeline.watermarks.channels_to_catch_up(guild.id)
        if since is not None:
            since = max(since, snowflake_at(self.bot.ctx.clock.now() - CATCH_UP_MAX_AGE))
            known_channels: list[discord.TextChannel | discord.Thread] = [
                *guild.text_channels,
                *guild.threads,
            ]
            for known in known_channels:
                last = known.last_message_id
                if known.id not in targets and last is not None and last > since:
                    targets[known.id] = since
        for channel_id, after in list(targets.items())[:CATCH_UP_MAX_CHANNELS]:
            channel = guild.get_channel_or_thread(channel_id)
            if not isinstance(channel, (discord.TextChannel, discord.Thread, discord.VoiceChannel)):
                continue
            missed: list[discord.Message] = []
            try:
                history = channel.history(
                    limit=CATCH_UP_MAX_MESSAGES, after=discord.Object(after), oldest_first=True
                )
                missed = [m async for m in history if not pipeline.watermarks.seen(m.id)]
            except discord.HTTPException as exc:
                log.warning("catch-up of channel %s failed: %s %s", channel_id, exc.status, exc.code)
            done += await self._decide(guild, missed)
        self.caught_up += done
        return done

    async def _decide(self, guild: discord.Guild, missed: list[discord.Message]) -> int:
        """Each author's messages in their order, authors side by side (the pipeline bounds how many
        decisions touch the database at once)."""
        by_author: dict[int, list[discord.Message]] = {}
        for message in missed:
            by_author.setdefault(message.author.id, []).append(message)
        gate = asyncio.Semaphore(CATCH_UP_AUTHORS_AT_ONCE)

        async def author(messages: list[discord.Message]) -> int:
            decided = 0
            async with gate:
                for message in messages:
                    found = incoming(await self._with_member(guild, message))
                    if found is not None and await self.service.pipeline.catch_up(found) is not None:
                        decided += 1
            return decided

        return sum(await asyncio.gather(*(author(m) for m in by_author.values())))

    @staticmethod
    async def _with_member(guild: discord.Guild, message: discord.Message) -> discord.Message:
        """History gives the author as a user; moderation needs the member (roles, permissions)."""
        if isinstance(message.author, discord.Member) or message.author.bot:
            return message
        member = guild.get_member(message.author.id)
        if member is None:
            try:
                member = await guild.fetch_member(message.author.id)
            except discord.HTTPException:
                return message  # gone: ``incoming`` leaves it alone
        message.author = member
        return message
