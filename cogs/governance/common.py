"""Shared adapter helpers of the governance cogs: services, role checks on buttons, channels, files."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar, Self, TypeVar

import discord

from bot.app import HavreBot
from bot.domain.i18n import language_of
from bot.services.errors import HavreError, InvalidInput
from bot.services.governance.wiring import GovernanceServices
from bot.services.guilds import GuildService
from cogs.core.common import handle_interaction_error

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_FILES_PER_MESSAGE = 10
ATTACHMENT_MARGIN = 64 * 1024
MAX_ATTACHMENT = 8 * 1024 * 1024


def services_of(client: discord.Client) -> GovernanceServices:
    assert isinstance(client, HavreBot)
    return client.services.governance


def safely(
    callback: Callable[[Any, discord.Interaction], Coroutine[Any, Any, None]],
) -> Callable[[Any, discord.Interaction], Coroutine[Any, Any, None]]:
    """Errors in dynamic buttons are only logged by discord.py: route them to the central handler."""

    async def wrapper(self: Any, interaction: discord.Interaction) -> None:
        try:
            await callback(self, interaction)
        except Exception as exc:
            await handle_interaction_error(interaction, exc)

    wrapper.__name__ = callback.__name__
    wrapper.__doc__ = callback.__doc__
    return wrapper


async def server_language(client: discord.Client, guild_id: int) -> str:
    assert isinstance(client, HavreBot)
    guilds: GuildService = client.services.guilds
    row = await guilds.load(guild_id)
    return language_of(row.language)


async def staff_channel(client: discord.Client, guild_id: int) -> discord.abc.Messageable | None:
    """The governance channel, or else the moderation queue, where admins approve things."""
    assert isinstance(client, HavreBot)
    guilds: GuildService = client.services.guilds
    row = await guilds.load(guild_id)
    for channel_id in (row.governance_channel_id, row.mod_queue_channel_id):
        if channel_id:
            return await channel_by_id(client, channel_id)
    return None


async def channel_by_id(client: discord.Client, channel_id: int) -> discord.abc.Messageable | None:
    channel = client.get_channel(channel_id)
    if channel is None:
        try:
            channel = await client.fetch_channel(channel_id)
        except discord.HTTPException:
            log.warning("channel %s cannot be reached", channel_id)
            return None
    return channel if isinstance(channel, discord.abc.Messageable) else None


async def send_to(channel: discord.abc.Messageable, content: str, **kwargs: Any) -> discord.Message:
    """Post in a staff channel; a channel the bot may not use becomes a calm, actionable message."""
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    try:
        return await channel.send(content, **kwargs)
    except discord.Forbidden:
        mention = f"<#{getattr(channel, 'id', 0)}>"
        raise HavreError("governance.error_channel_access", channel=mention) from None


def attachment_limit(guild: discord.Guild | None) -> int:
    limit = guild.filesize_limit if guild is not None else MAX_ATTACHMENT
    return max(256 * 1024, min(limit, MAX_ATTACHMENT) - ATTACHMENT_MARGIN)


def to_files(named: Sequence[tuple[str, bytes]]) -> list[discord.File]:
    return [discord.File(io.BytesIO(content), filename=name) for name, content in named]


def batches(items: Sequence[T], size: int = MAX_FILES_PER_MESSAGE) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def parse_day(value: str | None, *, end: bool) -> datetime | None:
    """``2026-10-01`` as a UTC day; as an end, the day is included (the range stops at the next midnight)."""
    if value is None or not value.strip():
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("governance.error_date", value=value.strip()[:30]) from None
    return datetime.combine(day + timedelta(days=1 if end else 0), time(0), tzinfo=UTC)


class RequestButton:
    """What the buttons under an admin request (export, erasure) share, mixed in before
    ``discord.ui.DynamicItem``: custom ids ``<prefix>:<action>:<request id>`` that survive restarts,
    parsed back into ``action`` and ``request_id``."""

    prefix: ClassVar[str]

    def __init__(
        self, action: str, request_id: int, *, label: str = "", style: discord.ButtonStyle | None = None
    ) -> None:
        self.action, self.request_id = action, request_id
        super().__init__(  # type: ignore[call-arg]  # DynamicItem's, next in the subclass's MRO
            discord.ui.Button(
                label=label or action,
                style=style or discord.ButtonStyle.secondary,
                custom_id=f"{self.prefix}:{action}:{request_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item,
        match: re.Match[str],
    ) -> Self:
        return cls(match["action"], int(match["id"]))
