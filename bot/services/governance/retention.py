"""Retention: encrypted excerpts, transcripts and other sealed content older than the server's policy
(``[help] retention_days``) are deleted by a scheduled job, which logs counts only. The same job then
purges the records that grow (``[retention]``, see ``governance_retention_records``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from sqlalchemy import delete, func, select

from bot.db.engine import Database
from bot.db.models import EncryptedContent, GuildSettings
from bot.domain.clock import Clock
from bot.governance.chain import EntryKind
from bot.services.governance.retention_records import RecordRetention
from bot.services.recorder import GovernanceRecorder, GovEvent


class _PolicySource(Protocol):
    def for_settings(self, row: GuildSettings | None) -> object: ...


@dataclass(frozen=True)
class PurgeCount:
    guild_id: int
    retention_days: int
    by_kind: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.by_kind)


class RetentionService:
    def __init__(
        self, db: Database, clock: Clock, recorder: GovernanceRecorder, policies: _PolicySource
    ) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder
        self.policies = policies
        self.records = RecordRetention(db, clock, recorder, policies)  # cases, tickets, log payloads…

    def _days(self, row: GuildSettings | None) -> int:
        policy = self.policies.for_settings(row)
        return int(policy.help.retention_days)  # type: ignore[attr-defined]

    async def purge(self) -> list[PurgeCount]:
        """Purge every server's expired content; one ``retention_purge`` entry per server that had any."""
        async with self.db.unit_of_work() as session:
            guilds = (await session.execute(select(EncryptedContent.guild_id).distinct())).scalars().all()
        results = []
        for guild_id in sorted(guilds):
            count = await self.purge_guild(guild_id)
            if count.total:
                results.append(count)
        await self.records.purge()  # then the records that grow (``[retention]``), logged per server
        return results

    async def purge_guild(self, guild_id: int) -> PurgeCount:
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            days = self._days(await session.get(GuildSettings, guild_id))
            cutoff = now - timedelta(days=days)
            expired = (EncryptedContent.guild_id == guild_id, EncryptedContent.created_at < cutoff)
            counts = (
                await session.execute(
                    select(EncryptedContent.kind, func.count())
                    .where(*expired)
                    .group_by(EncryptedContent.kind)
                    .order_by(EncryptedContent.kind)
                )
            ).all()
            by_kind = tuple((str(kind), int(n)) for kind, n in counts)
            if by_kind:
                await session.execute(delete(EncryptedContent).where(*expired))
                await self.recorder.record(
                    session,
                    GovEvent(
                        guild_id,
                        EntryKind.RETENTION_PURGE,
                        data={
                            "retention_days": days,
                            "older_than": cutoff,
                            "deleted": dict(by_kind),
                            "total": sum(n for _, n in by_kind),
                        },
                    ),
                )
        return PurgeCount(guild_id, days, by_kind)
