"""Committee audits: reproducible samples, the evidence moderators had, verdicts stored and logged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.models import AuditVerdict
from bot.domain.clock import MovableClock
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.services.errors import InvalidInput
from bot.services.governance.audit import ExcerptState, draw, sample_seed
from bot.services.governance.errors import NothingToSample
from bot.services.governance.period import Period
from bot.services.recorder import GovEvent
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import ADA, ALICE, GUILD, MOD, add_case, add_guild, entries_of_kind, record
from tests.services_support import make_context

MARCH = Period.parse("2026-03")


@pytest.fixture
async def ctx(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    clock = MovableClock(datetime(2026, 3, 1, 8, tzinfo=UTC))
    context = await make_context(await db_factory.make(), tmp_path, clock)
    await add_guild(context)
    vault = context.governance.vault
    for i in range(30):
        clock.advance(timedelta(hours=12))
        async with context.db.unit_of_work() as session:
            excerpt = await vault.seal(session, GUILD, ALICE, "excerpt", f"message number {i}")
        case = await add_case(context, clock.now(), excerpt_ref=excerpt, automatic=i % 3 != 0)
        await record(
            context,
            GovEvent(
                GUILD,
                EntryKind.MODERATION_ACTION,
                actor_id=MOD if i % 3 == 0 else None,
                subject_id=ALICE,
                rule_id="respect",
                action=("hide", "timeout")[i % 2],
                refs=(f"content:{excerpt}",),
                data={"case_id": case},
            ),
        )
        await record(context, GovEvent(GUILD, EntryKind.CLARITY_VOTE, subject_id=ALICE, data={"clear": True}))
    clock.set(datetime(2026, 4, 10, tzinfo=UTC))
    return context


async def test_the_same_request_draws_the_same_sample(ctx) -> None:  # type: ignore[no-untyped-def]
    audit = ctx.governance.audit
    first = await audit.sample(GUILD, MARCH, 5, None, ADA)
    again = await audit.sample(GUILD, MARCH, 5, "all", ADA)
    assert first.seqs == again.seqs and first.seed == again.seed
    assert first.population == 30 and len(set(first.seqs)) == 5
    entries = {e.seq: e for e in await entries_of_kind(ctx.db, EntryKind.MODERATION_ACTION)}
    assert set(first.seqs) <= set(entries)  # decisions only, never the clarity votes
    # anyone can re-draw it from the published seed
    assert draw(sorted(entries), 5, sample_seed(GUILD, MARCH, 5, "all")) == first.seqs
    bigger = await audit.sample(GUILD, MARCH, 6, None, ADA)
    assert bigger.seed != first.seed
    logged = await entries_of_kind(ctx.db, EntryKind.AUDIT_SAMPLE)
    assert [e.data["sampled"] for e in logged[:2]] == [list(first.seqs), list(first.seqs)]


async def test_kinds_narrow_the_population(ctx) -> None:  # type: ignore[no-untyped-def]
    audit = ctx.governance.audit
    timeouts = await audit.sample(GUILD, MARCH, 50, "timeout", ADA)
    human = await audit.sample(GUILD, MARCH, 50, "human", ADA)
    assert (timeouts.population, human.population) == (15, 10)
    for seq in timeouts.seqs:
        assert (await audit.item(GUILD, seq)).entry.action == "timeout"
    for seq in human.seqs:
        assert (await audit.item(GUILD, seq)).entry.actor.startswith("mod:")
    with pytest.raises(InvalidInput):
        await audit.sample(GUILD, MARCH, 5, "everything", ADA)
    with pytest.raises(NothingToSample):
        await audit.sample(GUILD, Period.parse("2026-02"), 5, None, ADA)


async def test_items_show_the_evidence_and_verdicts_are_logged(ctx) -> None:  # type: ignore[no-untyped-def]
    services = ctx.governance
    sample = await services.audit.sample(GUILD, MARCH, 3, None, ADA)
    item = await services.audit.item(GUILD, sample.seqs[0])
    assert item.evidence.excerpt_state is ExcerptState.AVAILABLE
    assert item.evidence.excerpt is not None and item.evidence.excerpt.startswith("message number")
    assert item.evidence.case_id is not None and item.verdicts_so_far == 0

    await services.audit.record_verdict(
        GUILD, sample.seqs[0], ADA, "too_harsh", "  a nudge was enough ", sample.seed
    )
    await services.audit.record_verdict(GUILD, sample.seqs[1], ADA, "appropriate", None, sample.seed)
    assert (await services.audit.item(GUILD, sample.seqs[0])).verdicts_so_far == 1
    async with ctx.db.unit_of_work() as session:
        rows = (await session.scalars(select(AuditVerdict).order_by(AuditVerdict.id))).all()
    assert [(r.entry_seq, r.verdict, r.comment) for r in rows] == [
        (sample.seqs[0], "too_harsh", "a nudge was enough"),
        (sample.seqs[1], "appropriate", None),
    ]
    assert rows[0].reviewer == services.recorder.actor(GUILD, ADA, ActorRole.COMMITTEE)
    logged = await entries_of_kind(ctx.db, EntryKind.AUDIT_VERDICT)
    assert [(e.data["entry_seq"], e.data["verdict"]) for e in logged] == [
        (sample.seqs[0], "too_harsh"),
        (sample.seqs[1], "appropriate"),
    ]
    counts = dict(await services.audit.counts(GUILD))
    assert counts == {"appropriate": 1, "too_harsh": 1, "too_lenient": 0, "wrong": 0}
    assert (await services.verifier.verify(GUILD)).ok

    # after the member's erasure the excerpt is gone, and the reviewer is told so
    request, _ = await services.privacy.request_erasure(GUILD, ALICE)
    await services.privacy.confirm_erasure(GUILD, request.id, ADA)
    later = await services.audit.item(GUILD, sample.seqs[2])
    assert later.evidence.excerpt is None and later.evidence.excerpt_state is ExcerptState.UNAVAILABLE
