"""Per-server settings: preset, language, channels and the staff roles the permission checks use.

Every member message needs its server's settings, so ``load`` keeps them in memory:

* a change made here (``update``) is seen at once: the entry is dropped when the change is made and
  again when its transaction commits, and a read that raced with the change is not kept;
* a change made by another process sharing the database is seen within ``SETTINGS_TTL`` seconds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database, after_commit
from bot.db.models import GuildSettings
from bot.domain.clock import Clock

log = logging.getLogger(__name__)


class StaffRole(StrEnum):
    MODERATOR = "moderator"
    ADMIN = "admin"
    PEER = "peer"
    SPECIALIST = "specialist"
    COMMITTEE = "committee"  # the governance committee (issue 18's dashboard)


_ROLE_COLUMNS = {
    StaffRole.MODERATOR: "moderator_role_id",
    StaffRole.ADMIN: "admin_role_id",
    StaffRole.PEER: "peer_role_id",
    StaffRole.SPECIALIST: "specialist_role_id",
    StaffRole.COMMITTEE: "committee_role_id",
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


SETTINGS_TTL = 30.0


class GuildService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        default_preset: str = "patient",
        ttl: float = SETTINGS_TTL,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.clock = clock
        self.default_preset = default_preset
        self.ttl = ttl
        self._monotonic = monotonic
        self._cached: dict[int, tuple[float, GuildSettings]] = {}
        self._changes = 0  # bumped by every change, so a read that overlapped one is not cached

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
        """The server's settings for reading, from memory when fresh (see the module docstring).

        The row is detached and shared: read it, never change it or add it to a session (change
        settings with ``update``). No write lock is taken unless the server is new.
        """
        now = self._monotonic()
        hit = self._cached.get(guild_id)
        if hit is not None and hit[0] > now:
            return hit[1]
        changes = self._changes
        async with self.db.reading() as session:
            row = await session.get(GuildSettings, guild_id)
        if row is None:
            async with self.db.unit_of_work() as session:
                row = await self.get(session, guild_id)
        if changes == self._changes:
            self._cached[guild_id] = (now + self.ttl, row)
        return row

    def forget(self, guild_id: int) -> None:
        """Drop the cached settings of one server (the next ``load`` reads the database)."""
        self._changes += 1
        self._cached.pop(guild_id, None)

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
            self.forget(guild_id)
            after_commit(session, lambda: self.forget(guild_id))
        return diff

    async def mark_arrival(self, guild_id: int, *, name: str = "") -> bool:
        """Claim the one arrival greeting of a server (issue 13, point 9): True the first time only.

        The claim is a conditional UPDATE, so two processes (or a replayed join after a reconnect) cannot
        both win; a server that already has settings from before the greeting existed counts as greeted
        (the migration marked it).
        """
        try:
            return await self._claim_arrival(guild_id, name)
        except IntegrityError:  # another claim created the row at the same moment: it said hello
            return False

    async def _claim_arrival(self, guild_id: int, name: str) -> bool:
        async with self.db.unit_of_work() as session:
            await self.get(session, guild_id, name=name)
            result = await session.execute(
                update(GuildSettings)
                .where(GuildSettings.id == guild_id, GuildSettings.arrival_announced_at.is_(None))
                .values(arrival_announced_at=self.clock.now())
            )
            claimed = bool(getattr(result, "rowcount", 0))
            if claimed:
                self.forget(guild_id)
                after_commit(session, lambda: self.forget(guild_id))
        return claimed

    async def unknown(self, guild_ids: Iterable[int]) -> list[int]:
        """The servers among ``guild_ids`` that have no settings yet: never seen by the bot (it was
        invited while it was offline). One query per 500 servers."""
        wanted = list(dict.fromkeys(guild_ids))
        known: set[int] = set()
        async with self.db.reading() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = await session.execute(select(GuildSettings.id).where(GuildSettings.id.in_(chunk)))
                known.update(rows.scalars())
        return [g for g in wanted if g not in known]

    async def configured_roles(self, guild_id: int) -> dict[StaffRole, int | None]:
        row = await self.load(guild_id)
        return {role: getattr(row, column) for role, column in _ROLE_COLUMNS.items()}
