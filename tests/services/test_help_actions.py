"""Working a ticket: every transition is recorded (history row + governance entry) with its deadlines."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import EncryptedContent
from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import Origin, TicketState
from bot.domain.help.tickets import Claim, Close, Reopen, Resolve, Transfer
from bot.services.help import TICKET_FOLLOW_UP, TICKET_SLA, HelpRefused
from tests.services.help_support import (
    ALICE,
    ALICE_ACTOR,
    BOB,
    BOB_ACTOR,
    GUILD,
    PAUL,
    PAUL_ACTOR,
    PIA,
    PIA_ACTOR,
    SAM_ACTOR,
    HelpEnv,
    data_of,
    make_help_env,
)


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    env = await make_help_env(db, tmp_path)
    await env.help.shifts.start(GUILD, PIA, trained=True)
    return env


async def open_for(env: HelpEnv, user: int = ALICE, priority: Priority = Priority.NORMAL) -> int:
    opened = await env.help.tickets.open(GUILD, user, origin=Origin.SLASH, language="fr", priority=priority)
    return opened.ticket.id


async def test_claim_transfer_resolve_close_reopen_are_recorded(env: HelpEnv) -> None:
    ticket_id = await open_for(env)
    env.clock.advance(timedelta(minutes=1))
    claimed = await env.help.actions.act(ticket_id, PIA_ACTOR, Claim())
    assert claimed.after.state is TicketState.CLAIMED and claimed.after.claimer_id == PIA
    assert (await env.ticket(ticket_id)).claimed_by == PIA

    moved = await env.help.actions.act(ticket_id, PIA_ACTOR, Transfer(to=PAUL_ACTOR))
    assert moved.before.claimer_id == PIA and moved.after.claimer_id == PAUL

    with pytest.raises(HelpRefused) as refused:  # only the claimer (or a senior) can resolve
        await env.help.actions.act(ticket_id, PIA_ACTOR, Resolve())
    assert refused.value.key == "help.error_not_claimer"

    resolved = await env.help.actions.act(ticket_id, PAUL_ACTOR, Resolve(note="On a parlé du sommeil."))
    assert resolved.after.state is TicketState.RESOLVED and resolved.recap == "On a parlé du sommeil."
    assert resolved.links  # self-help links for the recap
    assert await env.pending(TICKET_SLA) == []  # no answer awaited any more

    closed = await env.help.actions.act(ticket_id, ALICE_ACTOR, Close())
    assert closed.after.state is TicketState.CLOSED
    [follow_up] = await env.pending(TICKET_FOLLOW_UP)
    assert follow_up.due_at == env.clock.now() + timedelta(hours=24)

    env.clock.advance(timedelta(hours=2))
    reopened = await env.help.actions.act(ticket_id, ALICE_ACTOR, Reopen())
    assert reopened.after.state is TicketState.CLAIMED and reopened.after.claimer_id == PAUL
    assert reopened.on_duty == (PIA,)
    assert await env.pending(TICKET_FOLLOW_UP) == []
    [sla] = await env.pending(TICKET_SLA)
    assert sla.due_at == env.clock.now() + timedelta(minutes=15)

    row = await env.ticket(ticket_id)
    assert row.reopened_count == 1 and row.last_reopened_at == env.clock.now() and row.closed_at is None
    kinds = await env.events(ticket_id)
    assert kinds == ["opened", "claimed", "transferred", "resolved", "closed", "reopened"]
    log = [(e.action, e.actor.split(":")[0]) for e in await env.log("ticket_transition")]
    assert log == [
        ("opened", "member"),
        ("claimed", "mod"),
        ("transferred", "mod"),
        ("resolved", "mod"),
        ("closed", "member"),
        ("reopened", "member"),
    ]
    transferred = (await env.log("ticket_transition"))[2]
    assert data_of(transferred)["to_pseudonym"].startswith("m_")
    recap_ref = (await env.log("ticket_transition"))[3].refs
    assert "content:" in recap_ref


async def test_members_cannot_claim_and_the_load_cap_holds(env: HelpEnv) -> None:
    first = await open_for(env, ALICE, Priority.CRISIS)
    second = await open_for(env, BOB, Priority.CRISIS)
    with pytest.raises(HelpRefused) as refused:
        await env.help.actions.act(first, BOB_ACTOR, Claim())
    assert refused.value.key == "help.error_not_peer_moderator"
    with pytest.raises(HelpRefused):
        await env.help.actions.act(first, ALICE_ACTOR, Claim())  # not their own, and not a helper

    await env.help.actions.act(first, PIA_ACTOR, Claim())
    await env.help.actions.act(second, PIA_ACTOR, Claim())
    third = await open_for(env, 100_000_000_000_000_099, Priority.CRISIS)
    with pytest.raises(HelpRefused) as capped:  # the patient preset: at most 2 crisis tickets each
        await env.help.actions.act(third, PIA_ACTOR, Claim())
    assert capped.value.key == "help.load_cap_reached"
    await env.help.actions.act(third, SAM_ACTOR, Claim())  # a specialist takes it instead
    with pytest.raises(HelpRefused) as full:  # and cannot pass it to her either
        await env.help.actions.act(third, SAM_ACTOR, Transfer(to=PIA_ACTOR))
    assert full.value.key == "help.load_cap_reached"
    assert (await env.ticket(third)).claimed_by == SAM_ACTOR.user_id


async def test_the_first_helper_message_is_the_first_response(env: HelpEnv) -> None:
    ticket_id = await open_for(env)
    env.clock.advance(timedelta(minutes=4))
    by_member = await env.help.actions.on_message(ticket_id, ALICE_ACTOR)
    assert not by_member.answered
    answered = await env.help.actions.on_message(ticket_id, PIA_ACTOR)
    assert answered.answered and not answered.relay_to_dm
    assert (await env.ticket(ticket_id)).first_response_at == env.clock.now()
    assert await env.pending(TICKET_SLA) == []  # the escalation ladder stopped
    again = await env.help.actions.on_message(ticket_id, PAUL_ACTOR)
    assert not again.answered
    assert await env.events(ticket_id) == ["opened", "first_response"]
    assert [e.action for e in await env.log("ticket_transition")] == ["opened", "first_response"]


async def test_survey_rating_solved_and_sealed_comment(env: HelpEnv) -> None:
    ticket_id = await open_for(env)
    with pytest.raises(HelpRefused) as early:
        await env.help.actions.survey(ticket_id, ALICE, rating=5)
    assert early.value.key == "help.error_survey_not_ready"
    await env.help.actions.act(ticket_id, PIA_ACTOR, Claim())
    await env.help.actions.act(ticket_id, PIA_ACTOR, Close())
    with pytest.raises(HelpRefused) as not_hers:
        await env.help.actions.survey(ticket_id, BOB, rating=1)
    assert not_hers.value.key == "help.error_not_requester"

    await env.help.actions.survey(ticket_id, ALICE, rating=4)
    await env.help.actions.survey(ticket_id, ALICE, solved=True)
    answer = await env.help.actions.survey(ticket_id, ALICE, comment="Merci, Pia m'a vraiment écoutée.")
    assert (answer.rating, answer.solved, answer.commented) == (4, True, True)

    row = await env.ticket(ticket_id)
    assert (row.rating, row.solved) == (4, True) and row.rating_comment_ref is not None
    vault = env.ctx.vault
    async with env.db.sessions() as session:
        assert await vault.open(session, row.rating_comment_ref) == "Merci, Pia m'a vraiment écoutée."
        sealed = (await session.execute(select(EncryptedContent.ciphertext))).scalars().all()
    assert all(b"Pia" not in blob for blob in sealed)  # never stored in clear
    ratings = await env.log("rating")
    assert [data_of(e)["rating"] for e in ratings] == [4, 4, 4]
    assert data_of(ratings[1])["solved"] is True and data_of(ratings[2])["commented"] is True
    assert ratings[2].refs == f'["content:{row.rating_comment_ref}"]'


async def test_notes_are_sealed_and_only_for_helpers(env: HelpEnv) -> None:
    ticket_id = await open_for(env)
    with pytest.raises(HelpRefused):
        await env.help.actions.note(ticket_id, ALICE_ACTOR, "hello")
    view, guild, ref = await env.help.actions.note(ticket_id, PIA_ACTOR, "Suivi avec l'infirmière demain.")
    assert view.id == ticket_id and guild.mod_queue_channel_id is not None
    async with env.db.sessions() as session:
        assert await env.ctx.vault.open(session, ref) == "Suivi avec l'infirmière demain."
    assert await env.events(ticket_id) == ["opened", "note"]


async def test_history_snapshot_survives_a_reload(env: HelpEnv) -> None:
    """Fields without a column (the claim time, the awaited answer) come back from the latest event."""
    ticket_id = await open_for(env)
    env.clock.advance(timedelta(minutes=3))
    await env.help.actions.act(ticket_id, PIA_ACTOR, Claim())
    env.clock.advance(timedelta(minutes=3))
    async with env.db.sessions() as session:
        from bot.services.help import records

        found = await records.load(session, ticket_id)
    assert found is not None
    ticket = found[1]
    assert ticket.claimed_at == env.clock.now() - timedelta(minutes=3)
    assert ticket.response_due_at == ticket.opened_at + timedelta(minutes=15)
    assert ticket.claimer_id == PIA
