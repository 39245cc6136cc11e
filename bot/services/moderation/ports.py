"""What moderation needs from Discord, as a protocol: the cogs implement it with discord.py.

Services decide and record; they call Discord only through this port, and only outside a transaction
(write the decision, commit, call the port, record the outcome).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from bot.services.moderation.types import DmResult, EffectResult, MemberState, OutMessage

if TYPE_CHECKING:
    from bot.services.moderation.checks import Ranks


class DiscordPort(Protocol):
    async def delete_message(self, channel_id: int, message_id: int, reason: str) -> EffectResult: ...

    async def set_timeout(
        self, guild_id: int, user_id: int, until: datetime | None, reason: str
    ) -> EffectResult: ...

    async def kick(self, guild_id: int, user_id: int, reason: str) -> EffectResult: ...

    async def ban(self, guild_id: int, user_id: int, reason: str) -> EffectResult: ...

    async def unban(self, guild_id: int, user_id: int, reason: str) -> EffectResult: ...

    async def send_dm(self, user_id: int, message: OutMessage) -> DmResult: ...

    async def post(self, channel_id: int, message: OutMessage) -> EffectResult: ...

    async def edit(self, channel_id: int, message_id: int, message: OutMessage) -> EffectResult: ...

    async def member_state(self, guild_id: int, user_id: int) -> MemberState: ...

    async def ranks(self, guild_id: int, moderator_id: int, target_id: int) -> Ranks | None:
        """Roles, owner and permissions read before a moderator's action (None: could not be read)."""
        ...


class PortMissing(RuntimeError):
    """A deadline fired before the Discord side was attached: the runner retries it later."""
