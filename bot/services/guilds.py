"""Per-server settings: preset, language, channels and the staff roles the permission checks use."""

from __future__ import annotations

import logging
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import GuildSettings
from bot.domain.clock import Clock

log = logging.getLogger(__name__)


class StaffRole(StrEnum):
    MODERATOR = "moderator"
    ADMIN = "admin"
    PEER = "peer"
    SPECIALIST = "specialist"


_ROLE_COLUMNS = {
    StaffRole.MODERATOR: "moderator_role_id",
    StaffRole.ADMIN: "admin_role_id",
    StaffRole.PEER: "peer_role_id",
    StaffRole.SPECIALIST: "specialist_role_id",
}
SETTABLE = frozenset(
    {
        "name",
        "preset",
        "language",
        "policy_overrides",
        "rules_url",
        "show_moderator_name",
        "help_channel_id",
        "mod_queue_channel_id",
        "governance_channel_id",
        *_ROLE_COLUMNS.values(),
    }
)


class GuildService:
    def __init__(self, db: Database, clock: Clock, *, default_preset: str = "patient") -> None:
        self.db = db
        self.clock = clock
        self.default_preset = default_preset

    async def get(self, session: AsyncSession, guild_id: int, *, name: str = "") -> GuildSettings:
        """The server's settings row, created with defaults the first time the server is seen."""
        row = await session.get(GuildSettings, guild_id)
        if row is None:
            now = self.clock.now()
            row = GuildSettings(
                id=guild_id,
                name=name[:100],
                preset=self.default_preset,
                language="en",
                show_moderator_name=False,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            await session.flush()
        return row

    async def load(self, guild_id: int) -> GuildSettings:
        async with self.db.unit_of_work() as session:
            return await self.get(session, guild_id)

    async def update(
        self, session: AsyncSession, guild_id: int, **changes: object
    ) -> dict[str, tuple[object, object]]:
        """Apply settings changes; returns {field: (old, new)} for what actually changed."""
        unknown = set(changes) - SETTABLE
        if unknown:
            raise ValueError(f"not a server setting: {', '.join(sorted(unknown))}")
        row = await self.get(session, guild_id)
        diff: dict[str, tuple[object, object]] = {}
        for key, value in changes.items():
            old = getattr(row, key)
            if old != value:
                setattr(row, key, value)
                diff[key] = (old, value)
        if diff:
            row.updated_at = self.clock.now()
        return diff

    async def configured_roles(self, guild_id: int) -> dict[StaffRole, int | None]:
        row = await self.load(guild_id)
        return {role: getattr(row, column) for role, column in _ROLE_COLUMNS.items()}
