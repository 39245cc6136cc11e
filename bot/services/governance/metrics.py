"""Loading the trust report's records (``bot.governance.metrics``) from the database for one period.

Sources, per record (definitions of the metrics themselves: ``bot/governance/metrics.py``):

- decisions: ``cases`` created in the period; ``automatic`` as stored; overturned when the case's status
  is ``overturned`` or one of its appeals was granted;
- appeals: ``appeals`` (opened at ``created_at``; decided when granted or denied, at ``decided_at``);
- clarity votes: cases with an answer to "Was this explanation clear?", dated by the case (the vote
  follows the explanation within minutes; the case row keeps no separate vote time);
- tickets: ``tickets`` with their history in ``ticket_events``: the first ``closed`` event is the
  closing, the first ``reopened`` event after it the reopening, ``escalated`` events are counted (the
  ticket row's ``escalation_level`` resets on reopen); rows without history fall back to the ticket's
  own columns. The rating comment is decrypted with the member's key (erased members: no comment);
- self-help: ``kb_opens``; audit verdicts: ``audit_verdicts``;
- crisis alerts: tickets whose ``priority`` is ``crisis`` or whose ``origin`` is ``crisis``; the peer who
  answered first is the actor of the ``first_response`` event (else ``claimed_by``), as a pseudonym;
- notices: the case's ``dm_status`` and the decided appeal's ``reply_status``; on-duty coverage: ``shifts``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import (
    Appeal,
    AuditVerdict,
    Case,
    GovernanceEntry,
    GuildSettings,
    KbOpen,
    Shift,
    Ticket,
    TicketEvent,
)
from bot.domain.clock import ensure_utc
from bot.governance.metrics import (
    AppealRecord,
    AuditRecord,
    ClarityVote,
    DecisionRecord,
    ShiftRecord,
    TicketRecord,
    TrustRecords,
)
from bot.governance.metrics import AuditVerdict as Verdict
from bot.governance.metrics import KbOpen as KbOpenRecord
from bot.governance.pseudonym import Pseudonymizer
from bot.services.governance.period import Period
from bot.services.recorder import ContentVault

_CHUNK = 500


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


class MetricsLoader:
    def __init__(self, db: Database, vault: ContentVault | None) -> None:
        self.db = db
        self.vault = vault
        self.pseudonyms: Pseudonymizer | None = vault.pseudonyms if vault is not None else None

    async def load(self, guild_id: int, period: Period) -> TrustRecords:
        async with self.db.unit_of_work() as session:
            decisions, clarity = await self._cases(session, guild_id, period)
            return TrustRecords(
                decisions=decisions,
                appeals=await self._appeals(session, guild_id, period),
                clarity_votes=clarity,
                tickets=await self._tickets(session, guild_id, period),
                kb_opens=await self._kb(session, guild_id, period),
                audits=await self._audits(session, guild_id, period),
                shifts=await self._shifts(session, guild_id, period),
            )

    async def known(self, guild_id: int) -> bool:
        """Whether the bot has anything at all for this server (settings, a decision, a request, a log)."""
        async with self.db.unit_of_work() as session:
            if await session.get(GuildSettings, guild_id) is not None:
                return True
            for column in (Case.guild_id, Ticket.guild_id, GovernanceEntry.guild_id):
                found = await session.execute(select(column).where(column == guild_id).limit(1))
                if found.first() is not None:
                    return True
        return False

    def _peer(self, guild_id: int, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        if self.pseudonyms is None:
            return "peer"
        return self.pseudonyms.pseudonym(guild_id, user_id)

    async def _shifts(self, session: AsyncSession, guild_id: int, period: Period) -> list[ShiftRecord]:
        rows = (
            await session.execute(
                select(Shift.started_at, Shift.ended_at).where(
                    Shift.guild_id == guild_id,
                    Shift.started_at < period.end,
                    or_(Shift.ended_at.is_(None), Shift.ended_at > period.start),
                )
            )
        ).all()
        return [ShiftRecord(ensure_utc(a), ensure_utc(b) if b else None) for a, b in rows]

    async def _cases(
        self, session: AsyncSession, guild_id: int, period: Period
    ) -> tuple[list[DecisionRecord], list[ClarityVote]]:
        cases = (
            (
                await session.execute(
                    select(Case).where(
                        Case.guild_id == guild_id,
                        Case.created_at >= period.start,
                        Case.created_at < period.end,
                    )
                )
            )
            .scalars()
            .all()
        )
        granted: set[int] = set()
        for chunk in _chunks([c.id for c in cases]):
            query = select(Appeal.case_id).where(Appeal.case_id.in_(chunk), Appeal.state == "granted")
            granted.update((await session.execute(query)).scalars().all())
        decisions = [
            DecisionRecord(
                at=ensure_utc(c.created_at),
                rule_id=c.rule_id,
                action=c.action,
                automatic=bool(c.automatic),
                overturned=c.status == "overturned" or c.id in granted,
                notice=c.dm_status if c.dm_status not in ("not_needed", "withheld") else None,
            )
            for c in cases
        ]
        votes = [
            ClarityVote(ensure_utc(c.created_at), bool(c.clarity)) for c in cases if c.clarity is not None
        ]
        return decisions, votes

    async def _appeals(self, session: AsyncSession, guild_id: int, period: Period) -> list[AppealRecord]:
        in_period = or_(
            (Appeal.created_at >= period.start) & (Appeal.created_at < period.end),
            (Appeal.decided_at >= period.start) & (Appeal.decided_at < period.end),
        )
        rows = (
            await session.execute(
                select(Appeal, Case.rule_id)
                .join(Case, Case.id == Appeal.case_id)
                .where(Appeal.guild_id == guild_id, in_period)
            )
        ).all()
        records = []
        for row, rule_id in rows:
            decided = row.state in ("granted", "denied") and row.decided_at is not None
            records.append(
                AppealRecord(
                    opened_at=ensure_utc(row.created_at),
                    decided_at=ensure_utc(row.decided_at) if decided and row.decided_at else None,
                    granted=(row.state == "granted") if decided else None,
                    rule_id=rule_id,
                    reply=row.reply_status
                    if decided and row.reply_status not in ("not_needed", "withheld")
                    else None,
                )
            )
        return records

    async def _tickets(self, session: AsyncSession, guild_id: int, period: Period) -> list[TicketRecord]:
        relevant = or_(
            Ticket.opened_at >= period.start,
            Ticket.closed_at >= period.start,
            Ticket.closed_at.is_(None),
            Ticket.last_reopened_at >= period.start,
        )
        rows = (
            (
                await session.execute(
                    select(Ticket).where(Ticket.guild_id == guild_id, Ticket.opened_at < period.end, relevant)
                )
            )
            .scalars()
            .all()
        )
        events: dict[int, list[TicketEvent]] = defaultdict(list)
        for chunk in _chunks([t.id for t in rows]):
            query = (
                select(TicketEvent)
                .where(
                    TicketEvent.ticket_id.in_(chunk),
                    TicketEvent.kind.in_(("closed", "reopened", "escalated", "first_response")),
                )
                .order_by(TicketEvent.at, TicketEvent.id)
            )
            for event in (await session.execute(query)).scalars().all():
                events[event.ticket_id].append(event)
        return [await self._ticket(session, row, events.get(row.id, [])) for row in rows]

    async def _ticket(self, session: AsyncSession, row: Ticket, history: list[TicketEvent]) -> TicketRecord:
        closes = [ensure_utc(e.at) for e in history if e.kind == "closed"]
        closed_at = closes[0] if closes else (ensure_utc(row.closed_at) if row.closed_at else None)
        reopens = [ensure_utc(e.at) for e in history if e.kind == "reopened"]
        reopened_at: datetime | None = None
        if closed_at is not None:
            after = [moment for moment in reopens if moment >= closed_at]
            if after:
                reopened_at = after[0]
            elif not history and row.reopened_count and row.last_reopened_at:
                reopened_at = ensure_utc(row.last_reopened_at)
        escalations = sum(1 for e in history if e.kind == "escalated") if history else row.escalation_level
        answered_by = [e.actor_id for e in history if e.kind == "first_response" and e.actor_id]
        responder = answered_by[0] if answered_by else row.claimed_by
        comment = None
        if row.rating_comment_ref is not None and self.vault is not None:
            comment = await self.vault.open(session, row.rating_comment_ref)
        return TicketRecord(
            opened_at=ensure_utc(row.opened_at),
            slo_minutes=max(1, row.slo_minutes),
            first_response_at=ensure_utc(row.first_response_at) if row.first_response_at else None,
            closed_at=closed_at,
            solved=row.solved,
            reopened_at=reopened_at,
            rating=row.rating if row.rating is not None and 1 <= row.rating <= 5 else None,
            comment=comment,
            escalations=max(0, escalations),
            crisis=row.priority == "crisis" or row.origin == "crisis",
            responder=self._peer(row.guild_id, responder) if row.first_response_at else None,
        )

    async def _kb(self, session: AsyncSession, guild_id: int, period: Period) -> list[KbOpenRecord]:
        rows = (
            await session.execute(
                select(KbOpen.at, KbOpen.article_id).where(
                    KbOpen.guild_id == guild_id, KbOpen.at >= period.start, KbOpen.at < period.end
                )
            )
        ).all()
        return [KbOpenRecord(ensure_utc(at), article) for at, article in rows]

    async def _audits(self, session: AsyncSession, guild_id: int, period: Period) -> list[AuditRecord]:
        rows = (
            await session.execute(
                select(AuditVerdict.at, AuditVerdict.verdict).where(
                    AuditVerdict.guild_id == guild_id,
                    AuditVerdict.at >= period.start,
                    AuditVerdict.at < period.end,
                )
            )
        ).all()
        known = {v.value for v in Verdict}
        return [AuditRecord(ensure_utc(at), Verdict(verdict)) for at, verdict in rows if verdict in known]
