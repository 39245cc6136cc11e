"""What happens with time: SLA escalations and the follow-up check-in, fired by database deadlines.

Handlers are idempotent: an escalation that is not due (answered, resolved, already sent) changes nothing
and only re-aligns the deadline; a follow-up is sent once per close.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from bot.db.models import TicketEvent
from bot.domain.help.sla import minutes, next_escalation
from bot.domain.help.ticket_types import TicketEventKind, TicketState
from bot.domain.help.tickets import record_escalation
from bot.scheduling import deadlines
from bot.services.help import records
from bot.services.help.core import ESCALATION_NOTICE, HelpCore, ticket_subject
from bot.services.help.types import Escalated, FollowUp


class TicketTimers:
    def __init__(self, core: HelpCore) -> None:
        self.core = core

    async def escalate(self, ticket_id: int) -> Escalated | None:
        """The first-response SLO passed unanswered: record the escalation to the next tier and plan the
        one after. None when nothing is due (the deadline is re-aligned instead)."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            found = await records.load(session, ticket_id, lock=True)
            if found is None:
                return None
            row, ticket = found
            scope = await core.scope(session, row.guild_id)
            plan = next_escalation(ticket, now, scope.rules.slo, scope.rules.escalation_tiers)
            if plan is None:
                dues = await core.sync_deadlines(session, scope, ticket)
                result = None
            else:
                after, changes = record_escalation(ticket, plan, now)
                dues = await core.save(session, scope, row, after, changes, None)
                started = (after.response_due_at or now) - scope.rules.slo_for(after.priority)
                result = Escalated(
                    ticket=core.view(row, after, scope),
                    guild=scope.guild,
                    tier=plan.tier,
                    level=plan.level,
                    waited_minutes=minutes(now - started),
                )
        core.notify(dues)
        return result

    async def escalation(
        self, ticket_id: int, tier: str, level: int, waited_minutes: int
    ) -> Escalated | None:
        """An escalation already recorded, read back (to tell the moderators it did not reach its tier)."""
        core = self.core
        async with core.db.reading() as session:
            found = await records.load(session, ticket_id, lock=False)
            if found is None:
                return None
            row, ticket = found
            scope = await core.scope(session, row.guild_id)
            return Escalated(core.view(row, ticket, scope), scope.guild, tier, level, waited_minutes)

    async def escalation_not_delivered(self, escalated: Escalated) -> datetime:
        """Record that an escalation did not fully reach Discord: a notice deadline, due now, that the
        runner retries until the moderators are told (and marks failed after its last attempt)."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            await deadlines.schedule(
                session,
                kind=ESCALATION_NOTICE,
                subject=ticket_subject(escalated.ticket.id),
                due_at=now,
                now=now,
                guild_id=escalated.guild.guild_id,
                payload={
                    "tier": escalated.tier,
                    "level": escalated.level,
                    "waited": escalated.waited_minutes,
                },
                replace=False,
            )
        core.notify([now])
        return now

    async def follow_up(self, ticket_id: int) -> FollowUp | None:
        """A day after a close: the check-in is due, once, if the ticket is still closed (again after a
        recorded failure, see ``follow_up_missed``)."""
        core = self.core
        async with core.db.unit_of_work() as session:
            found = await records.load(session, ticket_id, lock=True)
            if found is None:
                return None
            row, ticket = found
            if ticket.state is not TicketState.CLOSED or ticket.closed_at is None:
                return None
            last_close = await session.execute(
                select(func.max(TicketEvent.id)).where(
                    TicketEvent.ticket_id == ticket_id, TicketEvent.kind == TicketEventKind.CLOSED.value
                )
            )
            latest = await session.execute(
                select(TicketEvent.kind)
                .where(
                    TicketEvent.ticket_id == ticket_id,
                    TicketEvent.kind.in_(
                        (records.FOLLOW_UP, records.FOLLOW_UP_FAILED, records.FOLLOW_UP_UNREACHABLE)
                    ),
                    TicketEvent.id > (last_close.scalar_one_or_none() or 0),
                )
                .order_by(TicketEvent.id.desc())
                .limit(1)
            )
            outcome = latest.scalar_one_or_none()
            if outcome is not None and outcome != records.FOLLOW_UP_FAILED:
                return None  # sent (or being sent), or the moderators were told: once
            scope = await core.scope(session, row.guild_id)
            session.add(records.event_row(ticket, records.FOLLOW_UP, None, core.clock.now()))
            return FollowUp(ticket=core.view(row, ticket, scope), guild=scope.guild)

    async def follow_up_missed(self, follow: FollowUp, *, unreachable: bool, told: bool) -> None:
        """Record a follow-up that did not reach the member: Discord failed, or the member is unreachable
        (DMs closed, space gone) and the moderators were ``told`` or not. Unless they were told, the
        follow-up is due again (``follow_up`` returns it to the retried deadline)."""
        core = self.core
        kind = records.FOLLOW_UP_UNREACHABLE if unreachable and told else records.FOLLOW_UP_FAILED
        async with core.db.unit_of_work() as session:
            found = await records.load(session, follow.ticket.id, lock=True)
            if found is None:
                return
            _, ticket = found
            data = {"unreachable": unreachable, "moderators_told": told}
            session.add(records.event_row(ticket, kind, None, core.clock.now(), data))
