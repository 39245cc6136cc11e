"""Retention of the records that grow, from the server's policy (``[retention]``, documented defaults).

Per server, once a day (with the sealed-content purge of ``governance_retention``):
- finished cases older than ``cases_days`` go, with their strikes, appeals, committee verdicts and sealed
  texts (and finished export requests of that age); a case still in force stays: pending or proposed, a
  sanction still running or a ban still applied, a strike that still counts, an open appeal, a pending
  deadline;
- closed (or resolved) tickets older than ``tickets_days`` go, with their events and sealed texts, and so
  do the ended shifts and the recorded copies of notes (``member_copies``) of that age;
- deadlines done, failed or cancelled for longer than ``deadlines_days`` go;
- governance entries older than ``log_payload_days`` are *shredded*, not deleted: actor, subject, rule,
  action, signals, references and data are cleared, the hashes stay, so the chain still links and still
  passes through its signed checkpoints (``verify`` passes; see ``bot.governance.chain``).
Knowledge-base opens (counts, no member) older than ``log_payload_days`` go too. One ``retention_purge``
entry per server that had anything, with counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, delete, exists, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import (
    Appeal,
    AuditVerdict,
    Case,
    Deadline,
    EncryptedContent,
    ExportRequest,
    GovernanceEntry,
    GuildSettings,
    KbOpen,
    MemberCopy,
    Shift,
    Strike,
    Ticket,
    TicketEvent,
)
from bot.domain.clock import Clock
from bot.governance.chain import EntryKind
from bot.governance.entry import SHREDDED_ACTOR
from bot.services.recorder import GovernanceRecorder, GovEvent

FINISHED_DEADLINES = ("done", "failed", "cancelled")
FINISHED_TICKETS = ("resolved", "closed")
IN_FORCE_CASES = ("pending", "proposed")
ACTIVE_DEADLINES = ("pending", "running")


@dataclass(frozen=True)
class RecordPurge:
    guild_id: int | None
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def _subject(prefix: str, column: Any) -> Any:
    return literal(prefix) + cast(column, String)


class RecordRetention:
    def __init__(self, db: Database, clock: Clock, recorder: GovernanceRecorder, policies: Any) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder
        self.policies = policies

    async def purge(self) -> list[RecordPurge]:
        """Every server (and the deadlines of no server, under the default policy)."""
        async with self.db.reading() as session:
            guilds = sorted((await session.scalars(select(GuildSettings.id))).all())
        results = [await self.purge_guild(guild_id) for guild_id in guilds]
        results.append(await self._orphan_deadlines())
        return [r for r in results if r.total]

    async def purge_guild(self, guild_id: int) -> RecordPurge:
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            policy = self.policies.for_settings(await session.get(GuildSettings, guild_id))
            keep = policy.retention
            counts = {
                **await self._cases(session, guild_id, now, now - timedelta(days=keep.cases_days)),
                **await self._tickets(session, guild_id, now - timedelta(days=keep.tickets_days)),
                "deadlines": await self._deadlines(
                    session, Deadline.guild_id == guild_id, now - timedelta(days=keep.deadlines_days)
                ),
                "log_payloads_shredded": await self._shred(
                    session, guild_id, now, now - timedelta(days=keep.log_payload_days)
                ),
                "export_requests": await self._rowcount(
                    session,
                    delete(ExportRequest).where(
                        ExportRequest.guild_id == guild_id,
                        ExportRequest.state.in_(("done", "refused")),
                        ExportRequest.created_at < now - timedelta(days=keep.cases_days),
                    ),
                ),
                "kb_opens": await self._rowcount(
                    session,
                    delete(KbOpen).where(
                        KbOpen.guild_id == guild_id, KbOpen.at < now - timedelta(days=keep.log_payload_days)
                    ),
                ),
            }
            counts = {k: v for k, v in counts.items() if v}
            if counts:
                await self.recorder.record(
                    session,
                    GovEvent(
                        guild_id,
                        EntryKind.RETENTION_PURGE,
                        data={
                            "records": counts,
                            "days": {
                                "cases": keep.cases_days,
                                "tickets": keep.tickets_days,
                                "deadlines": keep.deadlines_days,
                                "log_payloads": keep.log_payload_days,
                            },
                        },
                    ),
                )
        return RecordPurge(guild_id, tuple(sorted(counts.items())))

    async def _orphan_deadlines(self) -> RecordPurge:
        days = self.policies.default.retention.deadlines_days
        async with self.db.unit_of_work() as session:
            cutoff = self.clock.now() - timedelta(days=days)
            count = await self._deadlines(session, Deadline.guild_id.is_(None), cutoff)
        return RecordPurge(None, (("deadlines", count),) if count else ())

    @staticmethod
    async def _rowcount(session: AsyncSession, statement: Any) -> int:
        return int((await session.execute(statement)).rowcount or 0)  # type: ignore[attr-defined]

    async def _cases(
        self, session: AsyncSession, guild_id: int, now: datetime, cutoff: datetime
    ) -> dict[str, int]:
        counting = exists().where(
            Strike.case_id == Case.id, Strike.pardoned_at.is_(None), Strike.expires_at > now
        )
        appealed = exists().where(Appeal.case_id == Case.id, Appeal.state == "open")
        waiting = exists().where(
            Deadline.subject == _subject("case:", Case.id), Deadline.status.in_(ACTIVE_DEADLINES)
        )
        running = or_(  # no NULL may reach the NOT below (NOT NULL would keep every open-ended case)
            and_(Case.ends_at.is_not(None), Case.ends_at > now),
            and_(Case.action == "ban", Case.status == "applied", Case.ends_at.is_(None)),
        )
        ids = (
            await session.scalars(
                select(Case.id).where(
                    Case.guild_id == guild_id,
                    Case.created_at < cutoff,
                    Case.status.not_in(IN_FORCE_CASES),
                    ~running,
                    ~counting,
                    ~appealed,
                    ~waiting,
                )
            )
        ).all()
        if not ids:
            return {}
        case_refs = select(Case.excerpt_ref, Case.note_ref).where(Case.id.in_(ids))
        appeal_refs = select(Appeal.text_ref, Appeal.reply_ref).where(Appeal.case_id.in_(ids))
        refs = [*(await session.execute(case_refs)).all(), *(await session.execute(appeal_refs)).all()]
        await self._drop_content(session, [r for pair in refs for r in pair])
        verdicts = await self._rowcount(session, delete(AuditVerdict).where(AuditVerdict.case_id.in_(ids)))
        strikes = await self._rowcount(session, delete(Strike).where(Strike.case_id.in_(ids)))
        appeals = await self._rowcount(session, delete(Appeal).where(Appeal.case_id.in_(ids)))
        cases = await self._rowcount(session, delete(Case).where(Case.id.in_(ids)))
        return {"cases": cases, "strikes": strikes, "appeals": appeals, "audit_verdicts": verdicts}

    async def _tickets(self, session: AsyncSession, guild_id: int, cutoff: datetime) -> dict[str, int]:
        finished_at = func.coalesce(Ticket.closed_at, Ticket.resolved_at)
        waiting = exists().where(
            Deadline.subject == _subject("ticket:", Ticket.id), Deadline.status.in_(ACTIVE_DEADLINES)
        )
        rows = (
            await session.execute(
                select(Ticket.id, Ticket.topic_ref, Ticket.rating_comment_ref, Ticket.transcript_ref).where(
                    Ticket.guild_id == guild_id,
                    Ticket.state.in_(FINISHED_TICKETS),
                    finished_at < cutoff,
                    ~waiting,
                )
            )
        ).all()
        ids = [row[0] for row in rows]
        counts: dict[str, int] = {}
        if ids:
            await self._drop_content(session, [ref for row in rows for ref in row[1:]])
            counts["ticket_events"] = await self._rowcount(
                session, delete(TicketEvent).where(TicketEvent.ticket_id.in_(ids))
            )
            counts["tickets"] = await self._rowcount(session, delete(Ticket).where(Ticket.id.in_(ids)))
        counts["shifts"] = await self._rowcount(
            session, delete(Shift).where(Shift.guild_id == guild_id, Shift.ended_at < cutoff)
        )
        counts["member_copies"] = await self._rowcount(
            session, delete(MemberCopy).where(MemberCopy.guild_id == guild_id, MemberCopy.created_at < cutoff)
        )
        return counts

    async def _deadlines(self, session: AsyncSession, where: Any, cutoff: datetime) -> int:
        finished_at = func.coalesce(Deadline.done_at, Deadline.created_at)
        return await self._rowcount(
            session,
            delete(Deadline).where(where, Deadline.status.in_(FINISHED_DEADLINES), finished_at < cutoff),
        )

    async def _shred(self, session: AsyncSession, guild_id: int, now: datetime, cutoff: datetime) -> int:
        return await self._rowcount(
            session,
            update(GovernanceEntry)
            .where(
                GovernanceEntry.guild_id == guild_id,
                GovernanceEntry.at < cutoff,
                GovernanceEntry.shredded_at.is_(None),
            )
            .values(
                actor=SHREDDED_ACTOR,
                subject=None,
                rule_id=None,
                action=None,
                duration_seconds=None,
                policy_version=None,
                signals="{}",
                refs="[]",
                data="{}",
                shredded_at=now,
            ),
        )

    @staticmethod
    async def _drop_content(session: AsyncSession, refs: list[int | None]) -> None:
        ids = sorted({int(r) for r in refs if r is not None})
        if ids:
            await session.execute(delete(EncryptedContent).where(EncryptedContent.id.in_(ids)))
