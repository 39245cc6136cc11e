"""What the dashboard's pages read: short queries through ``Database.reading`` (a snapshot that neither
waits for the bot's writes nor blocks them). Nothing here writes; every action goes through a service.
Members appear as the governance log's pseudonyms, never by id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.db.models import (
    Appeal,
    Case,
    GovernanceCheckpoint,
    GovernanceHead,
    GuildSettings,
    Ticket,
    TicketEvent,
)
from bot.services.wiring import Services

OPEN_TICKETS = ("open", "claimed")
LIST_LIMIT = 200


@dataclass(frozen=True)
class CaseFilter:
    rule: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None
    member: str = ""  # a pseudonym, as the log and the pages show it


@dataclass(frozen=True)
class TicketRow:
    id: int
    member: str
    state: str
    priority: str
    opened_at: datetime
    waited: timedelta | None  # still waiting for a first human answer: how long so far
    first_answer: timedelta | None
    target_minutes: int
    missed: bool
    handled_by: frozenset[int]


class Reads:
    def __init__(self, services: Services) -> None:
        self.services = services

    def member(self, guild_id: int, user_id: int) -> str:
        return self.services.recorder.subject(guild_id, user_id) or "?"

    async def guilds(self) -> list[GuildSettings]:
        async with self.services.db.reading() as session:
            return list((await session.scalars(select(GuildSettings).order_by(GuildSettings.name))).all())

    async def cases(self, guild_id: int, where: CaseFilter) -> list[Case]:
        query = select(Case).where(Case.guild_id == guild_id)
        if where.rule:
            query = query.where(Case.rule_id == where.rule)
        if where.action:
            query = query.where(Case.action == where.action)
        if where.since:
            query = query.where(Case.created_at >= where.since)
        if where.until:
            query = query.where(Case.created_at < where.until)
        query = query.order_by(Case.created_at.desc(), Case.id.desc())
        async with self.services.db.reading() as session:
            rows = list((await session.scalars(query.limit(5000 if where.member else LIST_LIMIT))).all())
        if where.member:
            wanted = where.member.strip()
            rows = [row for row in rows if self.member(guild_id, row.user_id) == wanted][:LIST_LIMIT]
        return rows

    async def reviews(self, guild_id: int) -> list[Case]:
        async with self.services.db.reading() as session:
            query = (
                select(Case)
                .where(Case.guild_id == guild_id, Case.status == "proposed")
                .order_by(Case.created_at)
            )
            return list((await session.scalars(query.limit(LIST_LIMIT))).all())

    async def open_appeals(self, guild_id: int) -> list[tuple[Appeal, Case]]:
        async with self.services.db.reading() as session:
            query = (
                select(Appeal, Case)
                .join(Case, Case.id == Appeal.case_id)
                .where(Appeal.guild_id == guild_id, Appeal.state == "open")
                .order_by(Appeal.created_at)
            )
            return [(a, c) for a, c in (await session.execute(query.limit(LIST_LIMIT))).all()]

    async def appeal(self, guild_id: int, appeal_id: int) -> tuple[Appeal, Case, str | None] | None:
        async with self.services.db.reading() as session:
            appeal = await session.get(Appeal, appeal_id)
            if appeal is None or appeal.guild_id != guild_id:
                return None
            case = await session.get(Case, appeal.case_id)
            if case is None:
                return None
            text = await self.services.vault.open(session, appeal.text_ref)
            return appeal, case, text

    async def tickets(self, guild_id: int, *, open_only: bool = False) -> list[TicketRow]:
        now = self.services.clock.now()
        query = select(Ticket).where(Ticket.guild_id == guild_id)
        if open_only:
            query = query.where(Ticket.state.in_(OPEN_TICKETS))
        query = query.order_by(Ticket.opened_at.desc()).limit(LIST_LIMIT)
        async with self.services.db.reading() as session:
            rows = list((await session.scalars(query)).all())
            handlers = await self._handlers(session, [row.id for row in rows])
        out = []
        for row in rows:
            first = row.first_response_at - row.opened_at if row.first_response_at else None
            waited = now - row.opened_at if first is None and row.state in OPEN_TICKETS else None
            target = timedelta(minutes=row.slo_minutes)
            missed = (first is not None and first > target) or (waited is not None and waited > target)
            handled = set(handlers.get(row.id, set()))
            if row.claimed_by:
                handled.add(row.claimed_by)
            out.append(
                TicketRow(
                    row.id,
                    self.member(guild_id, row.user_id),
                    row.state,
                    row.priority,
                    row.opened_at,
                    waited,
                    first,
                    row.slo_minutes,
                    missed,
                    frozenset(handled),
                )
            )
        return out

    async def _handlers(self, session: object, ticket_ids: list[int]) -> dict[int, set[int]]:
        """Who acted on each ticket as staff (claimed, answered, closed…), from its events."""
        if not ticket_ids:
            return {}
        from sqlalchemy.ext.asyncio import AsyncSession

        assert isinstance(session, AsyncSession)
        rows = await session.execute(
            select(TicketEvent.ticket_id, TicketEvent.actor_id, Ticket.user_id)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(TicketEvent.ticket_id.in_(ticket_ids), TicketEvent.actor_id.is_not(None))
        )
        out: dict[int, set[int]] = {}
        for ticket_id, actor_id, member_id in rows:
            if actor_id != member_id:  # the member themself is not "staff who handled it"
                out.setdefault(ticket_id, set()).add(int(actor_id))
        return out

    async def ticket(
        self, guild_id: int, ticket_id: int
    ) -> tuple[TicketRow, list[TicketEvent], str | None] | None:
        async with self.services.db.reading() as session:
            row = await session.get(Ticket, ticket_id)
            if row is None or row.guild_id != guild_id:
                return None
            events = list(
                (
                    await session.scalars(
                        select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.at)
                    )
                ).all()
            )
        listed = [r for r in await self.tickets(guild_id) if r.id == ticket_id]
        if not listed:
            return None
        return listed[0], events, None

    async def checkpoints(
        self, guild_id: int
    ) -> tuple[GovernanceHead | None, list[GovernanceCheckpoint], int]:
        async with self.services.db.reading() as session:
            head = await session.get(GovernanceHead, guild_id)
            rows = await session.scalars(
                select(GovernanceCheckpoint)
                .where(GovernanceCheckpoint.guild_id == guild_id)
                .order_by(GovernanceCheckpoint.seq.desc())
                .limit(20)
            )
            from bot.db.models import GovernanceEntry

            total = await session.scalar(
                select(func.count()).select_from(GovernanceEntry).where(GovernanceEntry.guild_id == guild_id)
            )
            return head, list(rows.all()), int(total or 0)

    async def my_cases(self, guild_id: int, user_id: int) -> list[Case]:
        async with self.services.db.reading() as session:
            query = (
                select(Case)
                .where(Case.guild_id == guild_id, Case.user_id == user_id, Case.status != "proposed")
                .order_by(Case.created_at.desc())
                .limit(50)
            )
            return list((await session.scalars(query)).all())


async def real_id_requests(services: Services, guild_id: int) -> list[tuple[int, int, int | None, str, str]]:
    """(id, requested_by, approved_by, state, reason) of the recent requests for real ids."""
    from bot.db.models import ExportRequest

    async with services.db.reading() as session:
        rows = await session.scalars(
            select(ExportRequest)
            .where(ExportRequest.guild_id == guild_id, ExportRequest.real_ids.is_(True))
            .order_by(ExportRequest.id.desc())
            .limit(20)
        )
        return [
            (r.id, r.requested_by, r.approved_by, r.state, str((r.params or {}).get("reason", "")))
            for r in rows.all()
        ]
