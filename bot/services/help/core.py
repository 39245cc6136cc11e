"""Plumbing shared by the ticket services: the server's help scope, saving a change with its history,
its governance entries and its deadlines, all in the caller's unit of work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Deadline, DeadlineStatus
from bot.db.models import Ticket as TicketRow
from bot.domain.help.rota import RotaError
from bot.domain.help.rules import HelpRules
from bot.domain.help.sla import planned_escalation
from bot.domain.help.ticket_types import Actor, Ticket, TicketError, TicketEventKind, TicketEventRecord
from bot.domain.help.tickets import follow_up_due
from bot.domain.policy.models import Policy
from bot.governance.entry import EntryKind
from bot.scheduling import deadlines
from bot.scheduling.deadlines import SubjectCodec
from bot.services.context import AppContext
from bot.services.errors import HavreError, NotFound
from bot.services.guilds import GuildService
from bot.services.help import records
from bot.services.help.actors import log_actor_id, log_role
from bot.services.help.kb import KbService
from bot.services.help.shifts import ShiftService
from bot.services.help.types import GuildHelp, TicketView
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent

TICKET_SLA = "ticket_sla"
TICKET_FOLLOW_UP = "ticket_follow_up"
TICKET_AUTO_CLOSE = "ticket_auto_close"  # a resolved request closes by itself ([help] auto_close_hours)
ESCALATION_NOTICE = "ticket_escalation_notice"  # an escalation that did not reach its tier: tell the team
TICKET_TRANSCRIPT = "ticket_transcript"  # a request closed: keep its conversation, sealed (at once)


TICKET_SUBJECT = SubjectCodec("ticket")


def ticket_subject(ticket_id: int) -> str:
    return TICKET_SUBJECT(ticket_id)


def subject_ticket_id(subject: str) -> int:
    return TICKET_SUBJECT.id_of(subject)


class HelpRefused(HavreError):
    """A ticket or shift change the domain refused; the key names a member-safe text."""


def refused(error: TicketError | RotaError) -> HelpRefused:
    return HelpRefused(error.key, **getattr(error, "fields", {}))


@dataclass(frozen=True, slots=True)
class Scope:
    guild: GuildHelp
    policy: Policy
    rules: HelpRules


_ACTION = {TicketEventKind.UPGRADED_TO_CRISIS: "crisis_upgrade"}  # the log's action column is short
_LOG_KIND = {
    TicketEventKind.ESCALATED: EntryKind.ESCALATION,
    TicketEventKind.SURVEY: EntryKind.RATING,
}


class HelpCore:
    def __init__(self, ctx: AppContext, shifts: ShiftService, kb: KbService) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.clock = ctx.clock
        self.guilds: GuildService = ctx.shared.guilds
        self.policies: PolicyRegistry = ctx.shared.policies
        self.governance: GovernanceRecorder = ctx.shared.recorder
        self.vault: ContentVault = ctx.shared.vault
        self.shifts = shifts
        self.kb = kb
        self._rules: dict[str, HelpRules] = {}

    def rules(self, policy: Policy) -> HelpRules:
        found = self._rules.get(policy.version)
        if found is None:
            found = HelpRules.from_plain(**policy.help.plain())
            self._rules[policy.version] = found
        return found

    async def scope(self, session: AsyncSession, guild_id: int) -> Scope:
        row = await self.guilds.get(session, guild_id)
        policy = self.policies.for_settings(row)
        return Scope(GuildHelp.of(row, policy), policy, self.rules(policy))

    async def load(
        self, session: AsyncSession, ticket_id: int, *, lock: bool = True
    ) -> tuple[TicketRow, Ticket]:
        found = await records.load(session, ticket_id, lock=lock)
        if found is None:
            raise NotFound()
        return found

    def view(self, row: TicketRow, ticket: Ticket, scope: Scope) -> TicketView:
        return TicketView.of(row, ticket, scope.rules)

    def notify(self, dues: Sequence[datetime]) -> None:
        """After the commit: wake the deadline runner for what was scheduled."""
        for due in dues:
            self.ctx.deadlines.notify(due)

    # --- saving a change ------------------------------------------------------------------------

    async def save(
        self,
        session: AsyncSession,
        scope: Scope,
        row: TicketRow,
        ticket: Ticket,
        changes: Sequence[TicketEventRecord],
        actor: Actor | None,
        *,
        data: Mapping[str, Any] | None = None,
    ) -> list[datetime]:
        """Write the ticket, its history rows, one governance entry per change and its deadlines.
        Returns the due times to notify after the commit."""
        records.apply(row, ticket, changes)
        for event in records.record_rows(ticket, changes):
            if data:
                event.data = {**dict(data), **event.data}
            session.add(event)
        for change in changes:
            await self.governance.record(session, self._log_event(scope, ticket, change, actor, data))
        await session.flush()
        return await self.sync_deadlines(session, scope, ticket, changes)

    def _log_event(
        self,
        scope: Scope,
        ticket: Ticket,
        change: TicketEventRecord,
        actor: Actor | None,
        data: Mapping[str, Any] | None,
    ) -> GovEvent:
        details: dict[str, Any] = {
            "ticket": ticket.id,
            "from": change.from_state.value,
            "to": change.to_state.value,
            "priority": ticket.priority.value,
            "origin": ticket.origin.value,
        }
        if change.tier is not None:
            details["tier"] = change.tier
        if change.level is not None:
            details["level"] = change.level
        if change.kind is TicketEventKind.SURVEY and ticket.survey is not None:
            details["rating"] = ticket.survey.rating
            details["solved"] = ticket.survey.solved
        refs: list[str] = []
        if data:
            details.update({k: v for k, v in data.items() if k in ("reason", "commented")})
            refs = [f"content:{data[k]}" for k in ("recap_ref", "comment_ref") if data.get(k) is not None]
        target = change.target_id if change.kind is TicketEventKind.TRANSFERRED else None
        if target is not None:
            details["to_pseudonym"] = self.governance.subject(ticket.guild_id, target)
        recorded_actor = None if change.kind is TicketEventKind.ESCALATED else actor
        return GovEvent(
            guild_id=ticket.guild_id,
            kind=_LOG_KIND.get(change.kind, EntryKind.TICKET_TRANSITION),
            actor_id=log_actor_id(recorded_actor),
            actor_role=log_role(recorded_actor),
            subject_id=ticket.requester_id,
            action=_ACTION.get(change.kind, change.kind.value)[:16],
            policy_version=scope.guild.policy_version,
            refs=tuple(refs),
            data=details,
        )

    async def sync_deadlines(
        self, session: AsyncSession, scope: Scope, ticket: Ticket, changes: Sequence[TicketEventRecord] = ()
    ) -> list[datetime]:
        """The SLA deadline follows the next planned escalation; the follow-up is set by a close and
        dropped by a reopen."""
        dues: list[datetime] = []
        subject = ticket_subject(ticket.id)
        now = self.clock.now()
        plan = planned_escalation(ticket, scope.rules.slo, scope.rules.escalation_tiers)
        if plan is None:
            await deadlines.cancel(session, kind=TICKET_SLA, subject=subject)
        elif await self._pending_due(session, TICKET_SLA, subject) != plan.due_at:
            await deadlines.schedule(
                session,
                kind=TICKET_SLA,
                subject=subject,
                due_at=plan.due_at,
                now=now,
                guild_id=ticket.guild_id,
                payload={"level": plan.level, "tier": plan.tier},
            )
            dues.append(plan.due_at)
        kinds = {change.kind for change in changes}
        if TicketEventKind.REOPENED in kinds:
            await deadlines.cancel(session, kind=TICKET_FOLLOW_UP, subject=subject)
        if kinds & {TicketEventKind.REOPENED, TicketEventKind.CLOSED}:
            await deadlines.cancel(session, kind=TICKET_AUTO_CLOSE, subject=subject)
        if TicketEventKind.RESOLVED in kinds and ticket.resolved_at is not None:
            close_at = ticket.resolved_at + timedelta(hours=scope.policy.help.auto_close_hours)
            await deadlines.schedule(
                session,
                kind=TICKET_AUTO_CLOSE,
                subject=subject,
                due_at=close_at,
                now=now,
                guild_id=ticket.guild_id,
            )
            dues.append(close_at)
        if TicketEventKind.CLOSED in kinds and ticket.closed_at is not None:
            # the conversation is read from Discord and sealed by the transcript handler, retried if
            # Discord fails (see ``bot.services.help.transcripts``)
            await deadlines.schedule(
                session,
                kind=TICKET_TRANSCRIPT,
                subject=subject,
                due_at=now,
                now=now,
                guild_id=ticket.guild_id,
            )
            dues.append(now)
        follow_up = follow_up_due(ticket, scope.rules)
        if TicketEventKind.CLOSED in kinds and follow_up is not None:
            await deadlines.schedule(
                session,
                kind=TICKET_FOLLOW_UP,
                subject=subject,
                due_at=follow_up,
                now=now,
                guild_id=ticket.guild_id,
            )
            dues.append(follow_up)
        return dues

    async def _pending_due(self, session: AsyncSession, kind: str, subject: str) -> datetime | None:
        found = await session.execute(
            select(Deadline.due_at).where(
                Deadline.kind == kind, Deadline.subject == subject, Deadline.status == DeadlineStatus.PENDING
            )
        )
        dues = [d for (d,) in found]
        return dues[0] if len(dues) == 1 else None
