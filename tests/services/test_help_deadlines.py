"""The help service owns its deadline handlers and talks to Discord through a port (here a fake):
escalations, follow-ups, the rota's messages, and what happens when Discord fails or refuses them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Deadline
from bot.domain.help.rota_parse import parse_rota_text
from bot.domain.help.ticket_types import Origin
from bot.domain.help.tickets import Claim, Close
from bot.domain.help.transcript import Spoken
from bot.services.help import ROTA_CHANGE, TICKET_FOLLOW_UP, TICKET_SLA, EscalationDelivery, Reach
from bot.services.help.core import ESCALATION_NOTICE
from bot.services.help.types import Escalated, FollowUp, RotaTick, TicketView, Transition
from tests.services.help_support import ALICE, GUILD, PAUL, PIA, PIA_ACTOR, HelpEnv, make_help_env


@dataclass
class FakeHelpPort:
    """Records every call; ``delivery``, ``can_tell``, ``follow_reach`` and ``rota_reach`` say what Discord
    would accept."""

    delivery: EscalationDelivery = field(
        default_factory=lambda: EscalationDelivery(pinged=True, queue_told=True)
    )
    can_tell: bool = True
    follow_reach: Reach = Reach.DELIVERED
    rota_reach: Reach = Reach.DELIVERED
    unreachable: list[FollowUp] = field(default_factory=list)
    escalations: list[Escalated] = field(default_factory=list)
    notices: list[Escalated] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    ticks: list[RotaTick] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)
    spoken: list[Spoken] | None = field(default_factory=list)  # None: Discord failed
    read: list[TicketView] = field(default_factory=list)

    async def ready(self) -> None:
        return None

    async def escalate(self, escalated: Escalated) -> EscalationDelivery:
        self.escalations.append(escalated)
        return self.delivery

    async def escalation_not_delivered(self, escalated: Escalated) -> bool:
        self.notices.append(escalated)
        return self.can_tell

    async def follow_up(self, follow: FollowUp) -> Reach:
        self.follow_ups.append(follow)
        return self.follow_reach

    async def follow_up_unreachable(self, follow: FollowUp) -> bool:
        self.unreachable.append(follow)
        return self.can_tell

    async def rota_changed(self, tick: RotaTick) -> Reach:
        self.ticks.append(tick)
        return self.rota_reach

    async def after_transition(self, change: Transition) -> None:
        self.transitions.append(change)

    async def conversation(self, ticket: TicketView) -> list[Spoken] | None:
        self.read.append(ticket)
        return None if self.spoken is None else list(self.spoken)


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


async def _follow_up_due(env: HelpEnv) -> int:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    await env.help.actions.act(opened.ticket.id, PIA_ACTOR, Claim())
    await env.help.actions.act(opened.ticket.id, PIA_ACTOR, Close())
    env.clock.advance(timedelta(hours=24))
    return opened.ticket.id


async def test_a_follow_up_discord_failed_is_recorded_and_retried(env: HelpEnv) -> None:
    port = FakeHelpPort(follow_reach=Reach.FAILED)
    env.help.deadlines.attach(port)
    ticket_id = await _follow_up_due(env)
    await env.ctx.deadlines.run_due()
    [follow] = await _deadlines(env, TICKET_FOLLOW_UP)
    assert (
        follow.status == "pending" and follow.attempts == 1 and "not delivered" in (follow.last_error or "")
    )
    assert (await env.events(ticket_id))[-2:] == ["follow_up", "follow_up_failed"]
    assert port.unreachable == []  # a Discord failure is retried, not put on the moderators

    port.follow_reach = Reach.DELIVERED
    env.clock.advance(timedelta(minutes=5))  # past the retry's backoff
    await env.ctx.deadlines.run_due()
    [follow] = await _deadlines(env, TICKET_FOLLOW_UP)
    assert follow.status == "done" and [f.ticket.id for f in port.follow_ups] == [ticket_id, ticket_id]
    assert (await env.events(ticket_id))[-1] == "follow_up"

    env.clock.advance(timedelta(hours=1))
    await env.ctx.deadlines.run_due()
    assert await env.help.timers.follow_up(ticket_id) is None and len(port.follow_ups) == 2  # once


async def test_a_follow_up_to_an_unreachable_member_is_recorded_and_surfaced(env: HelpEnv) -> None:
    port = FakeHelpPort(follow_reach=Reach.UNREACHABLE, can_tell=False)
    env.help.deadlines.attach(port)
    ticket_id = await _follow_up_due(env)
    await env.ctx.deadlines.run_due()
    [follow] = await _deadlines(env, TICKET_FOLLOW_UP)
    assert follow.status == "pending" and follow.attempts == 1  # nobody could be told: retried
    assert [f.ticket.id for f in port.unreachable] == [ticket_id]
    assert (await env.events(ticket_id))[-1] == "follow_up_failed"

    port.can_tell = True
    env.clock.advance(timedelta(minutes=5))
    await env.ctx.deadlines.run_due()
    [follow] = await _deadlines(env, TICKET_FOLLOW_UP)
    assert follow.status == "done" and len(port.unreachable) == 2
    assert (await env.events(ticket_id))[-2:] == ["follow_up", "follow_up_unreachable"]
    assert await env.help.timers.follow_up(ticket_id) is None  # the moderators were told: done


async def test_a_lost_rota_message_is_recorded_and_retried(env: HelpEnv) -> None:
    port = FakeHelpPort(rota_reach=Reach.FAILED)
    env.help.deadlines.attach(port)
    await env.help.shifts.set_rota(GUILD, parse_rota_text(f"{PAUL} mon 09:30-17:00 UTC"), actor_id=1)
    [rota] = await _deadlines(env, ROTA_CHANGE)
    env.clock.set(rota.due_at)
    await env.ctx.deadlines.run_due()
    retried = [d for d in await _deadlines(env, ROTA_CHANGE) if d.id == rota.id]
    assert retried[0].status == "pending" and retried[0].attempts == 1
    assert "not delivered" in (retried[0].last_error or "")
    assert [t.started for t in port.ticks] == [(PAUL,)]

    port.rota_reach = Reach.DELIVERED
    env.clock.advance(timedelta(minutes=5))
    await env.ctx.deadlines.run_due()
    done = [d for d in await _deadlines(env, ROTA_CHANGE) if d.id == rota.id]
    assert done[0].status == "done"
    assert [t.started for t in port.ticks] == [(PAUL,), (PAUL,)]  # the same change, announced on the retry
