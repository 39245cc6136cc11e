"""Transcripts (issue 13, point 7), through the service: kept sealed at a close (the ticket_transcript
deadline, through the help port), read only by an admin or a helper who handled the request, replaced by
a later close, gone with the retention period, retried when Discord fails."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Deadline, EncryptedContent
from bot.domain.help.ticket_types import ActorRole, Origin
from bot.domain.help.tickets import Claim, Close, Reopen, Transfer
from bot.domain.help.transcript import Spoken
from bot.services.errors import NotFound
from bot.services.help import TranscriptMissing, TranscriptNotAllowed, Viewer
from bot.services.help.core import TICKET_TRANSCRIPT
from tests.services.help_support import (
    ADMIN_ROLE,
    ALICE,
    ALICE_ACTOR,
    BOB,
    GUILD,
    PAUL,
    PAUL_ACTOR,
    PEER_ROLE,
    PIA,
    PIA_ACTOR,
    SAM,
    SPECIALIST_ROLE,
    HelpEnv,
    make_help_env,
)
from tests.services.test_help_deadlines import FakeHelpPort

PIA_VIEW = Viewer(PIA, GUILD, frozenset({PEER_ROLE}))
PAUL_VIEW = Viewer(PAUL, GUILD, frozenset({PEER_ROLE}))
SAM_VIEW = Viewer(SAM, GUILD, frozenset({SPECIALIST_ROLE}))
ADMIN_VIEW = Viewer(BOB, GUILD, frozenset({ADMIN_ROLE}))  # by the configured admin role
OWNER_VIEW = Viewer(BOB, GUILD, is_admin=True)  # by Administrator or Manage Server
ALICE_VIEW = Viewer(ALICE, GUILD, frozenset({PEER_ROLE}))  # the member, even as a peer moderator


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    env = await make_help_env(db, tmp_path)
    await env.help.shifts.start(GUILD, PIA, trained=True)
    return env


def said(env: HelpEnv, *lines: tuple[int, ActorRole, str]) -> list[Spoken]:
    now = env.clock.now()
    return [Spoken(now + timedelta(seconds=n), who, role, text) for n, (who, role, text) in enumerate(lines)]


async def closed_ticket(env: HelpEnv, port: FakeHelpPort) -> int:
    env.help.deadlines.attach(port)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    ticket_id = opened.ticket.id
    await env.help.actions.act(ticket_id, PIA_ACTOR, Claim())
    port.spoken = said(
        env,
        (ALICE, ActorRole.MEMBER, "Je dors mal."),
        (PIA, ActorRole.PEER_MODERATOR, f"On en parle, <@{ALICE}> ?"),
    )
    await env.help.actions.act(ticket_id, PIA_ACTOR, Close())
    await env.ctx.deadlines.run_due()
    return ticket_id


async def test_a_close_keeps_the_conversation_sealed_and_only_who_may_reads_it(env: HelpEnv) -> None:
    ticket_id = await closed_ticket(env, FakeHelpPort())
    row = await env.ticket(ticket_id)
    [sealed] = await env.rows(EncryptedContent, EncryptedContent.id == row.transcript_ref)
    assert (sealed.kind, sealed.user_id) == ("transcript", ALICE)
    assert b"Je dors mal" not in sealed.ciphertext

    transcript = await env.help.transcripts.read(ticket_id, PIA_VIEW)
    assert [(x.role, x.person, x.text) for x in transcript.lines] == [
        ("member", 0, "Je dors mal."),
        ("peer_moderator", 1, "On en parle, @member ?"),
    ]
    for viewer in (ADMIN_VIEW, OWNER_VIEW):
        assert (await env.help.transcripts.read(ticket_id, viewer)).lines == transcript.lines
    for viewer in (PAUL_VIEW, SAM_VIEW, ALICE_VIEW, Viewer(PIA, GUILD)):  # pia without her role: no
        with pytest.raises(TranscriptNotAllowed):
            await env.help.transcripts.read(ticket_id, viewer)
    with pytest.raises(NotFound):  # another server's admin does not even learn it exists
        await env.help.transcripts.read(ticket_id, Viewer(BOB, GUILD + 1, is_admin=True))
    assert len(await env.log("transcript_viewed")) == 3
    assert "transcript" in await env.events(ticket_id)


async def test_a_transfer_lets_the_new_helper_read_and_a_reopen_waits_for_the_next_close(
    env: HelpEnv,
) -> None:
    port = FakeHelpPort()
    ticket_id = await closed_ticket(env, port)
    first = (await env.ticket(ticket_id)).transcript_ref
    await env.help.actions.act(ticket_id, ALICE_ACTOR, Reopen())
    await env.help.actions.act(ticket_id, PIA_ACTOR, Transfer(to=PAUL_ACTOR))
    assert await env.help.transcripts.keep(ticket_id, port.spoken or []) is None  # open again: nothing
    env.clock.advance(timedelta(minutes=10))
    port.spoken = [*(port.spoken or []), *said(env, (PAUL, ActorRole.PEER_MODERATOR, "Je prends le relais."))]
    await env.help.actions.act(ticket_id, PAUL_ACTOR, Close())
    await env.ctx.deadlines.run_due()
    row = await env.ticket(ticket_id)
    assert row.transcript_ref not in (None, first)
    assert await env.rows(EncryptedContent, EncryptedContent.id == first) == []  # replaced, not piled up
    transcript = await env.help.transcripts.read(ticket_id, PAUL_VIEW)
    assert transcript.lines[-1].text == "Je prends le relais." and transcript.lines[-1].person == 2


async def test_retention_removes_it(env: HelpEnv) -> None:
    ticket_id = await closed_ticket(env, FakeHelpPort())
    env.clock.advance(timedelta(days=366))
    await env.ctx.governance.retention.purge_guild(GUILD)
    with pytest.raises(TranscriptMissing):
        await env.help.transcripts.read(ticket_id, ADMIN_VIEW)


async def test_nothing_said_keeps_nothing_and_a_helper_is_still_told_who_may_read(env: HelpEnv) -> None:
    port = FakeHelpPort(spoken=[])
    env.help.deadlines.attach(port)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    await env.help.actions.act(opened.ticket.id, ALICE_ACTOR, Close())
    await env.ctx.deadlines.run_due()
    assert (await env.ticket(opened.ticket.id)).transcript_ref is None
    with pytest.raises(TranscriptNotAllowed):  # not handled by pia: refused before "nothing kept"
        await env.help.transcripts.read(opened.ticket.id, PIA_VIEW)
    with pytest.raises(TranscriptMissing):
        await env.help.transcripts.read(opened.ticket.id, ADMIN_VIEW)


async def test_when_discord_fails_the_transcript_is_retried(env: HelpEnv) -> None:
    port = FakeHelpPort(spoken=None)
    env.help.deadlines.attach(port)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    await env.help.actions.act(opened.ticket.id, ALICE_ACTOR, Close())
    await env.ctx.deadlines.run_due()
    async with env.db.sessions() as session:
        [due] = (await session.execute(select(Deadline).where(Deadline.kind == TICKET_TRANSCRIPT))).scalars()
    assert due.status == "pending" and due.attempts == 1
    port.spoken = said(env, (ALICE, ActorRole.MEMBER, "Finalement ça va."))
    env.clock.advance(timedelta(minutes=5))
    await env.ctx.deadlines.run_due()
    assert (await env.ticket(opened.ticket.id)).transcript_ref is not None
    assert len(port.read) == 2
