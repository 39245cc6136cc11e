"""Opening tickets: one unit of work writes the ticket, its history, its log entries and its SLA deadline."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.db.engine import Database
from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import Origin, TicketState
from bot.services.errors import HavreError
from bot.services.help import TICKET_SLA
from tests.services.help_support import ALICE, BOB, GUILD, PIA, HelpEnv, data_of, make_help_env


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    return await make_help_env(db, tmp_path)


async def test_open_with_a_peer_on_duty_records_everything_and_plans_the_sla(env: HelpEnv) -> None:
    await env.help.shifts.start(GUILD, PIA, trained=True)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr", topic="douleur")
    ticket = opened.ticket
    assert opened.created and not opened.upgraded
    assert opened.on_duty == (PIA,)
    assert opened.escalated_tier is None
    assert ticket.state is TicketState.OPEN and ticket.priority is Priority.NORMAL
    assert ticket.slo_minutes == 15
    assert ticket.first_response_due_at == env.clock.now() + timedelta(minutes=15)

    row = await env.ticket(ticket.id)
    assert (row.user_id, row.origin, row.topic, row.language) == (ALICE, "slash", None, "fr")
    async with env.db.sessions() as session:  # the topic is sealed with the member's key (issue #15)
        assert await env.ctx.vault.open(session, row.topic_ref) == "douleur"
    assert await env.events(ticket.id) == ["opened"]
    [entry] = await env.log("ticket_transition")
    assert entry.action == "opened" and data_of(entry)["ticket"] == ticket.id
    assert entry.subject is not None and str(ALICE) not in entry.subject  # a pseudonym, not the id
    [deadline] = await env.pending(TICKET_SLA)
    assert deadline.subject == f"ticket:{ticket.id}"
    assert deadline.due_at == ticket.first_response_due_at
    assert deadline.payload["tier"] == "specialist"
    assert [a.id for a in opened.suggestions]  # articles matched or featured


async def test_a_second_request_returns_the_open_ticket(env: HelpEnv) -> None:
    first = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    again = await env.help.tickets.open(GUILD, ALICE, origin=Origin.BUTTON, language="fr")
    assert not again.created and again.ticket.id == first.ticket.id
    other = await env.help.tickets.open(GUILD, BOB, origin=Origin.SLASH, language="en")
    assert other.created and other.ticket.id != first.ticket.id


async def test_nobody_on_duty_alerts_the_next_tier_at_once(env: HelpEnv) -> None:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    assert opened.on_duty == ()
    assert opened.escalated_tier == "specialist"
    assert opened.ticket.escalation_level == 1
    assert await env.events(opened.ticket.id) == ["opened", "escalated"]
    [escalation] = await env.log("escalation")
    assert data_of(escalation)["tier"] == "specialist" and data_of(escalation)["reason"] == "nobody_on_duty"
    [deadline] = await env.pending(TICKET_SLA)  # the ladder continues: admins after another SLO period
    assert deadline.payload == {"level": 2, "tier": "admin"}
    assert deadline.due_at == env.clock.now() + timedelta(minutes=15)


async def test_crisis_opens_with_the_shortest_slo_and_a_crisis_alert(env: HelpEnv) -> None:
    await env.help.shifts.start(GUILD, PIA, trained=True)
    opened = await env.help.tickets.open(
        GUILD,
        ALICE,
        origin=Origin.PHRASE,
        language="fr",
        priority=Priority.CRISIS,
        crisis_category="suicidal_ideation",
    )
    assert opened.ticket.priority is Priority.CRISIS and opened.ticket.slo_minutes == 5
    [alert] = await env.log("crisis_alert")
    assert '"suicidal_ideation"' in alert.signals and data_of(alert)["ticket"] == opened.ticket.id
    [deadline] = await env.pending(TICKET_SLA)
    assert deadline.due_at == env.clock.now() + timedelta(minutes=5)


async def test_crisis_upgrades_an_open_ticket_and_shortens_the_deadline(env: HelpEnv) -> None:
    await env.help.shifts.start(GUILD, PIA, trained=True)
    first = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    env.clock.advance(timedelta(minutes=2))
    again = await env.help.tickets.open(
        GUILD,
        ALICE,
        origin=Origin.PHRASE,
        language="fr",
        priority=Priority.CRISIS,
        crisis_category="self_harm",
    )
    assert again.upgraded and not again.created and again.ticket.id == first.ticket.id
    assert again.ticket.priority is Priority.CRISIS
    assert again.ticket.response_due_at == env.clock.now() + timedelta(minutes=5)
    assert (await env.ticket(first.ticket.id)).priority == "crisis"
    assert await env.events(first.ticket.id) == ["opened", "upgraded_to_crisis"]
    [deadline] = await env.pending(TICKET_SLA)
    assert deadline.due_at == env.clock.now() + timedelta(minutes=5)
    assert len(await env.log("crisis_alert")) == 1


async def test_without_a_help_channel_the_member_is_told_kindly(db: Database, tmp_path: Path) -> None:
    env = await make_help_env(db, tmp_path, help_channel=False)
    with pytest.raises(HavreError) as caught:
        await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    assert caught.value.key == "help.error_no_help_channel"


async def test_finding_tickets_by_thread_member_and_dm(env: HelpEnv) -> None:
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.DM, language="fr", dm_channel_id=77)
    await env.help.tickets.attach_space(opened.ticket.id, 5555)
    found = await env.help.tickets.by_thread(5555)
    assert found is not None and found[0].id == opened.ticket.id and found[0].dm_channel_id == 77
    assert found[1].help_channel_id is not None
    assert (await env.help.tickets.active_for(GUILD, ALICE)).id == opened.ticket.id  # type: ignore[union-attr]
    assert [t.id for t in await env.help.tickets.active_by_dm(ALICE)] == [opened.ticket.id]
    assert await env.help.tickets.by_thread(1) is None
    assert await env.help.tickets.active_for(GUILD, BOB) is None
    assert await env.events(opened.ticket.id) == ["opened", "escalated", "space"]
