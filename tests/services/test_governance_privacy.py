"""A member's own data: the export gives it back decrypted; erasure makes it unreadable, the log intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.models import Case, EncryptedContent, MemberKey, MemberLanguage, Ticket
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.services.governance.errors import RequestNotPending, SecondAdminRequired
from bot.services.governance.export import ExportQuery
from bot.services.recorder import GovEvent
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import (
    ADA,
    ALICE,
    BOB,
    GUILD,
    add_appeal,
    add_case,
    add_guild,
    add_ticket,
    entries_of_kind,
    record,
)
from tests.services_support import make_context

EXCERPT = "ma chimio me tue, je n'en peux plus"
TRANSCRIPT = "Alice: I was diagnosed last week and I am scared"


@pytest.fixture
async def ctx(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = await db_factory.make()
    context = await make_context(db, tmp_path)
    await add_guild(context)
    vault = context.governance.vault
    async with db.unit_of_work() as session:
        excerpt = await vault.seal(session, GUILD, ALICE, "excerpt", EXCERPT)
        transcript = await vault.seal(session, GUILD, ALICE, "transcript", TRANSCRIPT)
        appeal_text = await vault.seal(session, GUILD, ALICE, "appeal", "I was talking about my illness")
        bobs = await vault.seal(session, GUILD, BOB, "excerpt", "bob's words")
    case = await add_case(context, context.clock.now(), excerpt_ref=excerpt)
    await add_case(context, context.clock.now(), user_id=BOB, excerpt_ref=bobs)
    await add_appeal(context, case, context.clock.now(), text_ref=appeal_text)
    await add_ticket(context, context.clock.now(), transcript_ref=transcript)
    await record(
        context,
        GovEvent(GUILD, EntryKind.MODERATION_ACTION, subject_id=ALICE, rule_id="respect", action="hide",
                 refs=(f"content:{excerpt}",), data={"case_id": case}),
    )  # fmt: skip
    context.refs = {"excerpt": excerpt, "transcript": transcript, "bob": bobs}  # type: ignore[attr-defined]
    return context


async def test_a_member_gets_their_own_data_back_decrypted(ctx) -> None:  # type: ignore[no-untyped-def]
    privacy = ctx.governance.privacy
    export = await privacy.export_member(GUILD, ALICE)
    document = json.loads(export.content)
    assert document["cases"][0]["excerpt"] == EXCERPT
    assert document["appeals"][0]["text"] == "I was talking about my illness"
    assert document["tickets"][0]["transcript"] == TRANSCRIPT
    assert [e["kind"] for e in document["log_entries"]] == ["moderation_action"]
    assert "bob's words" not in export.content.decode()
    assert dict(export.counts)["cases"] == 1
    (logged,) = await entries_of_kind(ctx.db, EntryKind.EXPORT)
    assert logged.data["event"] == "member_export"
    assert logged.actor == ctx.governance.recorder.actor(GUILD, ALICE, ActorRole.MEMBER)


async def test_erasure_leaves_the_content_unreadable_and_the_chain_valid(ctx) -> None:  # type: ignore[no-untyped-def]
    services = ctx.governance
    locales = ctx.locales
    locales.learn(ALICE, "en-GB")
    locales.learn(BOB, "fr")
    await locales.drain()
    request, created = await services.privacy.request_erasure(GUILD, ALICE)
    again, created_again = await services.privacy.request_erasure(GUILD, ALICE)
    assert created and not created_again and again.id == request.id
    assert [r.id for r in await services.privacy.pending_erasures(GUILD)] == [request.id]
    with pytest.raises(SecondAdminRequired):  # nobody confirms their own erasure
        await services.privacy.confirm_erasure(GUILD, request.id, ALICE)

    outcome = await services.privacy.confirm_erasure(GUILD, request.id, ADA)
    assert outcome.content_deleted == 3
    assert dict(outcome.anonymised) == {"cases": 1, "appeals": 1, "tickets": 1, "strikes": 0}
    async with ctx.db.unit_of_work() as session:
        for ref in (ctx.refs["excerpt"], ctx.refs["transcript"]):
            assert await services.vault.open(session, ref) is None
        assert await services.vault.open(session, ctx.refs["bob"]) == "bob's words"
        alice_rows = (
            select(func.count()).select_from(EncryptedContent).where(EncryptedContent.user_id == ALICE)
        )
        assert (await session.execute(alice_rows)).scalar_one() == 0
        assert await session.get(MemberKey, (GUILD, ALICE)) is None
        assert (await session.scalars(select(Case.user_id).order_by(Case.id))).all() == [0, BOB]
        assert (await session.scalars(select(MemberLanguage.user_id))).all() == [BOB]  # hers is gone
        ticket = (await session.scalars(select(Ticket))).one()
        assert ticket.transcript_ref is None and ticket.user_id == 0

    result = await services.verifier.verify(GUILD)
    assert result.ok, result.reason
    (erasure,) = await entries_of_kind(ctx.db, EntryKind.ERASURE)
    assert erasure.subject == services.recorder.subject(GUILD, ALICE)
    assert erasure.data["content_deleted"] == 3
    assert EXCERPT not in json.dumps(erasure.data)

    with pytest.raises(RequestNotPending):
        await services.privacy.confirm_erasure(GUILD, request.id, ADA)
    document = json.loads((await services.privacy.export_member(GUILD, ALICE)).content)
    assert document["cases"] == [] and document["tickets"] == []


async def test_an_erased_member_stays_pseudonymous_in_real_id_exports(ctx) -> None:  # type: ignore[no-untyped-def]
    services = ctx.governance
    request, _ = await services.privacy.request_erasure(GUILD, ALICE)
    await services.privacy.confirm_erasure(GUILD, request.id, ADA)
    query = ExportQuery(GUILD)
    export_id = await services.exports.request_real_ids(query, ADA, "court order")
    await services.exports.approve_real_ids(GUILD, export_id, BOB)
    outcome = await services.exports.export_parts(query, requested_by=ADA, approved_request=export_id)
    text = b"".join(p.content for p in outcome.parts).decode()
    assert str(ALICE) not in text
    assert services.recorder.subject(GUILD, ALICE) in text


async def test_a_refused_erasure_changes_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    services = ctx.governance
    request, _ = await services.privacy.request_erasure(GUILD, ALICE)
    await services.privacy.refuse_erasure(GUILD, request.id, ADA)
    async with ctx.db.unit_of_work() as session:
        assert await services.vault.open(session, ctx.refs["excerpt"]) == EXCERPT
    assert await entries_of_kind(ctx.db, EntryKind.ERASURE) == []
