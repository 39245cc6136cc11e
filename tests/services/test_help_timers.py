"""SLA escalations and follow-ups, driven by database deadlines and a movable clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.db.engine import Database
from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import Origin
from bot.domain.help.tickets import Claim, Close, Reopen
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline
from bot.services.help import TICKET_FOLLOW_UP, TICKET_SLA
from bot.services.help.core import subject_ticket_id
from tests.services.help_support import (
    ALICE,
    ALICE_ACTOR,
    GUILD,
    PIA,
    PIA_ACTOR,
    HelpEnv,
    data_of,
    make_help_env,
)


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    env = await make_help_env(db, tmp_path)
    await env.help.shifts.start(GUILD, PIA, trained=True)
    return env


async def test_escalation_waits_for_the_slo_then_climbs_the_tiers(env: HelpEnv) -> None:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    ticket_id = opened.ticket.id
    env.clock.advance(timedelta(minutes=14, seconds=59))
    assert await env.help.timers.escalate(ticket_id) is None  # not yet
    env.clock.advance(timedelta(seconds=2))
    first = await env.help.timers.escalate(ticket_id)
    assert first is not None and (first.tier, first.level, first.waited_minutes) == ("specialist", 1, 16)
    assert first.guild.tier_role("specialist") is not None
    assert await env.help.timers.escalate(ticket_id) is None  # idempotent: already sent
    [deadline] = await env.pending(TICKET_SLA)
    assert deadline.payload == {"level": 2, "tier": "admin"}
    assert deadline.due_at == env.clock.now() + timedelta(minutes=15)

    env.clock.advance(timedelta(minutes=15))
    second = await env.help.timers.escalate(ticket_id)
    assert second is not None and (second.tier, second.level) == ("admin", 2)
    env.clock.advance(timedelta(minutes=15))
    third = await env.help.timers.escalate(ticket_id)
    assert third is not None and (third.tier, third.level) == ("admin", 3)  # the last tier repeats
    entries = await env.log("escalation")
    assert [data_of(e)["level"] for e in entries] == [1, 2, 3]
    assert all(e.actor == "auto" for e in entries)


async def test_an_answer_stops_the_ladder(env: HelpEnv) -> None:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    env.clock.advance(timedelta(minutes=10))
    await env.help.actions.on_message(opened.ticket.id, PIA_ACTOR)
    env.clock.advance(timedelta(minutes=10))
    assert await env.help.timers.escalate(opened.ticket.id) is None
    assert await env.pending(TICKET_SLA) == []
    assert await env.log("escalation") == []


async def test_the_runner_fires_escalations_across_a_new_runner(env: HelpEnv) -> None:
    """A deadline written by one process fires in another (a restart in the middle loses nothing)."""
    opened = await env.help.tickets.open(
        GUILD, ALICE, origin=Origin.SLASH, language="fr", priority=Priority.CRISIS
    )
    fired: list[int] = []

    async def handler(due: DueDeadline) -> None:
        result = await env.help.timers.escalate(subject_ticket_id(due.subject))
        if result is not None:
            fired.append(result.level)

    env.clock.advance(timedelta(minutes=3))
    runner = DeadlineRunner(env.db, env.clock)
    runner.register(TICKET_SLA, handler)
    assert await runner.run_due() == 0
    fresh = DeadlineRunner(env.db, env.clock)  # "after the restart"
    fresh.register(TICKET_SLA, handler)
    env.clock.advance(timedelta(minutes=2, seconds=1))  # crisis SLO: 5 minutes
    assert await fresh.run_due() == 1
    assert fired == [1]
    assert (await env.ticket(opened.ticket.id)).escalation_level == 1


async def test_follow_up_once_after_close_and_not_after_reopen(env: HelpEnv) -> None:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    ticket_id = opened.ticket.id
    await env.help.actions.act(ticket_id, PIA_ACTOR, Claim())
    await env.help.actions.act(ticket_id, PIA_ACTOR, Close())
    env.clock.advance(timedelta(hours=24))
    follow = await env.help.timers.follow_up(ticket_id)
    assert follow is not None and follow.ticket.requester_id == ALICE
    assert await env.help.timers.follow_up(ticket_id) is None  # sent once
    assert (await env.events(ticket_id))[-1] == "follow_up"

    await env.help.actions.act(ticket_id, ALICE_ACTOR, Reopen())
    assert await env.help.timers.follow_up(ticket_id) is None  # open again: no check-in
    reopened = await env.ticket(ticket_id)
    assert reopened.state == "claimed"
    await env.help.actions.act(ticket_id, PIA_ACTOR, Close())
    assert len(await env.pending(TICKET_FOLLOW_UP)) == 1
    env.clock.advance(timedelta(hours=24))
    assert await env.help.timers.follow_up(ticket_id) is not None  # a new close, a new check-in


def test_deadline_subjects_name_the_ticket() -> None:
    assert subject_ticket_id("ticket:42") == 42
    with pytest.raises(ValueError):
        subject_ticket_id("case:42")
