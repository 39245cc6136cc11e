"""The help service owns its deadline handlers and talks to Discord through a port (here a fake):
escalations, follow-ups, and what happens when Discord refuses an escalation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Deadline
from bot.domain.help.ticket_types import Origin
from bot.services.help import TICKET_SLA, EscalationDelivery
from bot.services.help.core import ESCALATION_NOTICE
from bot.services.help.types import Escalated, FollowUp, RotaTick, Transition
from tests.services.help_support import ALICE, GUILD, PIA, HelpEnv, make_help_env


@dataclass
class FakeHelpPort:
    """Records every call; ``delivery`` and ``can_tell`` say what Discord would accept."""

    delivery: EscalationDelivery = field(
        default_factory=lambda: EscalationDelivery(pinged=True, queue_told=True)
    )
    can_tell: bool = True
    escalations: list[Escalated] = field(default_factory=list)
    notices: list[Escalated] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    ticks: list[RotaTick] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)

    async def ready(self) -> None:
        return None

    async def escalate(self, escalated: Escalated) -> EscalationDelivery:
        self.escalations.append(escalated)
        return self.delivery

    async def escalation_not_delivered(self, escalated: Escalated) -> bool:
        self.notices.append(escalated)
        return self.can_tell

    async def follow_up(self, follow: FollowUp) -> bool:
        self.follow_ups.append(follow)
        return True

    async def rota_changed(self, tick: RotaTick) -> None:
        self.ticks.append(tick)

    async def after_transition(self, change: Transition) -> None:
        self.transitions.append(change)


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    env = await make_help_env(db, tmp_path)
    await env.help.shifts.start(GUILD, PIA, trained=True)
    return env


async def _overdue_ticket(env: HelpEnv) -> int:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    env.clock.advance(timedelta(minutes=16))
    return opened.ticket.id


async def _deadlines(env: HelpEnv, kind: str) -> list[Deadline]:
    async with env.db.sessions() as session:
        return list((await session.execute(select(Deadline).where(Deadline.kind == kind))).scalars())


async def test_the_service_escalates_through_its_port(env: HelpEnv) -> None:
    port = FakeHelpPort()
    env.help.deadlines.attach(port)
    ticket_id = await _overdue_ticket(env)
    await env.ctx.deadlines.run_due()
    assert [(e.ticket.id, e.tier, e.level) for e in port.escalations] == [(ticket_id, "specialist", 1)]
    assert port.notices == [] and await _deadlines(env, ESCALATION_NOTICE) == []


async def test_without_the_discord_side_the_deadline_waits_and_nothing_is_recorded(env: HelpEnv) -> None:
    ticket_id = await _overdue_ticket(env)
    await env.ctx.deadlines.run_due()  # no port attached: the handler refuses before any work
    assert await env.log("escalation") == []
    [sla] = [d for d in await _deadlines(env, TICKET_SLA) if d.subject == f"ticket:{ticket_id}"]
    assert sla.status == "pending" and sla.attempts == 1

    port = FakeHelpPort()
    env.help.deadlines.attach(port)
    env.clock.advance(timedelta(minutes=5))  # past the retry's backoff
    await env.ctx.deadlines.run_due()
    assert [e.tier for e in port.escalations] == ["specialist"]


async def test_a_refused_ping_is_recorded_and_the_team_told(env: HelpEnv) -> None:
    port = FakeHelpPort(delivery=EscalationDelivery(pinged=False, queue_told=True))
    env.help.deadlines.attach(port)
    ticket_id = await _overdue_ticket(env)
    await env.ctx.deadlines.run_due()
    [notice] = await _deadlines(env, ESCALATION_NOTICE)
    assert notice.subject == f"ticket:{ticket_id}" and notice.status == "done"
    assert [(e.ticket.id, e.tier, e.waited_minutes) for e in port.notices] == [(ticket_id, "specialist", 16)]


async def test_when_nobody_can_be_told_the_notice_is_retried(env: HelpEnv) -> None:
    port = FakeHelpPort(delivery=EscalationDelivery(pinged=False, queue_told=False), can_tell=False)
    env.help.deadlines.attach(port)
    await _overdue_ticket(env)
    await env.ctx.deadlines.run_due()
    [notice] = await _deadlines(env, ESCALATION_NOTICE)
    assert notice.status == "pending" and notice.attempts == 1  # back in the queue, with backoff

    port.can_tell = True
    env.clock.advance(timedelta(minutes=5))
    await env.ctx.deadlines.run_due()
    [notice] = await _deadlines(env, ESCALATION_NOTICE)
    assert notice.status == "done" and len(port.notices) == 2
