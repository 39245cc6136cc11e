"""Opening a ticket (any way in, crisis included) and finding tickets again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Ticket as TicketRow
from bot.domain.help.rules import Priority
from bot.domain.help.sla import Escalation, tier_for_level
from bot.domain.help.ticket_types import Actor, ActorRole, Origin, Ticket, TicketState
from bot.domain.help.tickets import open_ticket, record_escalation, upgrade_to_crisis
from bot.governance.entry import EntryKind
from bot.services.errors import HavreError
from bot.services.help import records
from bot.services.help.actors import SYSTEM
from bot.services.help.core import HelpCore, Scope
from bot.services.help.phrases import helplines
from bot.services.help.types import GuildHelp, Opened, TicketView
from bot.services.recorder import GovEvent

ACTIVE = (TicketState.OPEN, TicketState.CLAIMED)
TOPIC_MAX = 100


class NoHelpChannel(HavreError):
    key = "help.error_no_help_channel"


class TicketService:
    def __init__(self, core: HelpCore) -> None:
        self.core = core

    # --- opening --------------------------------------------------------------------------------

    async def open(
        self,
        guild_id: int,
        requester_id: int,
        *,
        origin: Origin,
        language: str,
        priority: Priority = Priority.NORMAL,
        topic: str | None = None,
        dm_channel_id: int | None = None,
        crisis_category: str = "",
        country: str | None = None,
    ) -> Opened:
        """Open a ticket, or return the member's active one (raised to crisis when asked). Writes the
        ticket, its history, its governance entries and its SLA deadline in one unit of work."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            scope = await core.scope(session, guild_id)
            if scope.guild.help_channel_id is None:
                raise NoHelpChannel()
            on_duty = await core.shifts.on_duty_ids(session, guild_id, now)
            existing = await self._active_row(session, guild_id, requester_id, lock=True)
            if existing is not None:
                result, dues = await self._reuse(
                    session, scope, existing, now, priority, dm_channel_id, crisis_category, on_duty
                )
            else:
                result, dues = await self._create(
                    session,
                    scope,
                    now,
                    requester_id=requester_id,
                    origin=origin,
                    language=language,
                    priority=priority,
                    topic=topic,
                    dm_channel_id=dm_channel_id,
                    crisis_category=crisis_category,
                    on_duty=on_duty,
                )
            result = replace(result, helplines=tuple(helplines(scope.policy, country)))
        core.notify(dues)
        return result

    async def _create(
        self,
        session: AsyncSession,
        scope: Scope,
        now: datetime,
        *,
        requester_id: int,
        origin: Origin,
        language: str,
        priority: Priority,
        topic: str | None,
        dm_channel_id: int | None,
        crisis_category: str,
        on_duty: tuple[int, ...],
    ) -> tuple[Opened, list[datetime]]:
        core = self.core
        topic = (topic or "").strip()[:TOPIC_MAX]
        row = TicketRow(
            guild_id=scope.guild.guild_id,
            user_id=requester_id,
            dm_channel_id=dm_channel_id,
            origin=origin.value,
            priority=priority.value,
            state=TicketState.OPEN,
            language=language,
            opened_at=now,
            slo_minutes=int(scope.rules.slo_for(priority).total_seconds() // 60),
            escalation_level=0,
            reopened_count=0,
        )
        if topic:  # the member's words: sealed with their key, like everything they write
            row.topic_ref = await core.vault.seal(session, scope.guild.guild_id, requester_id, "topic", topic)
        session.add(row)
        await session.flush()
        ticket, changes = open_ticket(
            ticket_id=row.id,
            guild_id=scope.guild.guild_id,
            requester_id=requester_id,
            origin=origin,
            priority=priority,
            now=now,
            rules=scope.rules,
            language=language,
        )
        tier = None
        if not on_duty:
            # Nobody on duty: the next tier is alerted at once, and the ladder continues from there.
            index, tier = tier_for_level(1, scope.rules.escalation_tiers)
            ticket, more = record_escalation(ticket, Escalation(1, index, tier, now), now)
            changes = [*changes, *more]
        requester = Actor(requester_id, ActorRole.MEMBER)
        data = {"reason": "nobody_on_duty"} if tier else None
        dues = await core.save(session, scope, row, ticket, changes, requester, data=data)
        if priority is Priority.CRISIS:
            await self._log_crisis(session, scope, ticket, crisis_category, on_duty, tier)
        suggestions = tuple(core.kb.suggest(scope.policy, topic, language))
        opened = Opened(
            ticket=core.view(row, ticket, scope),
            guild=scope.guild,
            created=True,
            upgraded=False,
            on_duty=on_duty,
            escalated_tier=tier,
            suggestions=suggestions,
        )
        return opened, dues

    async def _reuse(
        self,
        session: AsyncSession,
        scope: Scope,
        found: tuple[TicketRow, Ticket],
        now: datetime,
        priority: Priority,
        dm_channel_id: int | None,
        crisis_category: str,
        on_duty: tuple[int, ...],
    ) -> tuple[Opened, list[datetime]]:
        core = self.core
        row, ticket = found
        dues: list[datetime] = []
        upgraded = False
        if priority is Priority.CRISIS and ticket.priority is not Priority.CRISIS:
            ticket, changes = upgrade_to_crisis(ticket, SYSTEM, now, scope.rules)
            dues = await core.save(session, scope, row, ticket, changes, SYSTEM)
            await self._log_crisis(session, scope, ticket, crisis_category, on_duty, None)
            upgraded = True
        if dm_channel_id is not None and row.dm_channel_id != dm_channel_id:
            row.dm_channel_id = dm_channel_id
            session.add(records.event_row(ticket, records.DM_ATTACHED, ticket.requester_id, now))
        opened = Opened(
            ticket=core.view(row, ticket, scope),
            guild=scope.guild,
            created=False,
            upgraded=upgraded,
            on_duty=on_duty,
            escalated_tier=None,
        )
        return opened, dues

    async def _log_crisis(
        self,
        session: AsyncSession,
        scope: Scope,
        ticket: Ticket,
        category: str,
        on_duty: tuple[int, ...],
        tier: str | None,
    ) -> None:
        """The crisis alert: the category only, never the member's words."""
        await self.core.governance.record(
            session,
            GovEvent(
                guild_id=ticket.guild_id,
                kind=EntryKind.CRISIS_ALERT,
                actor_id=None,
                subject_id=ticket.requester_id,
                action="alert",
                policy_version=scope.guild.policy_version,
                signals={"category": category or "unspecified"},
                data={
                    "ticket": ticket.id,
                    "priority": ticket.priority.value,
                    "on_duty": len(on_duty),
                    "tier": tier or scope.rules.escalation_tiers[0],
                    "slo_minutes": int(scope.rules.slo_for(Priority.CRISIS).total_seconds() // 60),
                },
            ),
        )

    # --- the space on Discord -------------------------------------------------------------------

    async def attach_space(self, ticket_id: int, thread_id: int) -> None:
        """The private thread was created after the commit: record where it is."""
        core = self.core
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            row.thread_id = thread_id
            session.add(
                records.event_row(
                    ticket, records.SPACE, None, core.clock.now(), {"thread_id": str(thread_id)}
                )
            )

    # --- finding tickets ------------------------------------------------------------------------

    async def _active_row(
        self, session: AsyncSession, guild_id: int, user_id: int, *, lock: bool = False
    ) -> tuple[TicketRow, Ticket] | None:
        query = (
            select(TicketRow.id)
            .where(TicketRow.guild_id == guild_id, TicketRow.user_id == user_id, TicketRow.state.in_(ACTIVE))
            .order_by(TicketRow.id.desc())
            .limit(1)
        )
        ticket_id = (await session.execute(query)).scalar_one_or_none()
        if ticket_id is None:
            return None
        return await self.core.load(session, ticket_id, lock=lock)

    async def _view(
        self, session: AsyncSession, ticket_id: int | None
    ) -> tuple[TicketView, GuildHelp] | None:
        if ticket_id is None:
            return None
        row, ticket = await self.core.load(session, ticket_id, lock=False)
        scope = await self.core.scope(session, row.guild_id)
        return self.core.view(row, ticket, scope), scope.guild

    async def get(self, ticket_id: int) -> tuple[TicketView, GuildHelp] | None:
        async with self.core.db.unit_of_work() as session:
            found = await session.get(TicketRow, ticket_id)
            return None if found is None else await self._view(session, ticket_id)

    async def by_thread(self, thread_id: int) -> tuple[TicketView, GuildHelp] | None:
        async with self.core.db.unit_of_work() as session:
            query = select(TicketRow.id).where(TicketRow.thread_id == thread_id).order_by(TicketRow.id.desc())
            return await self._view(session, (await session.execute(query.limit(1))).scalar_one_or_none())

    async def active_for(self, guild_id: int, user_id: int) -> TicketView | None:
        async with self.core.db.unit_of_work() as session:
            found = await self._active_row(session, guild_id, user_id)
            if found is None:
                return None
            scope = await self.core.scope(session, guild_id)
            return self.core.view(found[0], found[1], scope)

    async def active_by_dm(self, user_id: int) -> list[TicketView]:
        """The member's active tickets in every server, newest first (for relaying their DMs)."""
        async with self.core.db.unit_of_work() as session:
            query = (
                select(TicketRow.id)
                .where(TicketRow.user_id == user_id, TicketRow.state.in_(ACTIVE))
                .order_by(TicketRow.id.desc())
            )
            views = []
            for ticket_id in (await session.execute(query)).scalars().all():
                found = await self._view(session, ticket_id)
                if found is not None:
                    views.append(found[0])
            return views

    async def help_guilds(self, guild_ids: list[int]) -> list[int]:
        """Among these servers, those with a help channel configured."""
        from bot.db.models import GuildSettings

        if not guild_ids:
            return []
        async with self.core.db.unit_of_work() as session:
            rows = await session.execute(
                select(GuildSettings.id).where(
                    GuildSettings.id.in_(guild_ids), GuildSettings.help_channel_id.is_not(None)
                )
            )
            return sorted(rows.scalars().all())
