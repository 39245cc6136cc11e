"""Issue #15, point 6 (service side): erasure finds every copy of the member's words the bot posted on
Discord — review cards included — before their rows are anonymised, and forgets the recorded copies;
the committee's free-text comments on the member's cases are cleared."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.models import Appeal, AuditVerdict, Case, MemberCopy, Ticket
from bot.services.governance.copies import record_copy
from tests.governance.db_seed import ALICE, BOB, GUILD, add_case, add_guild
from tests.services_support import make_context

QUEUE = 4242
ADMIN = 555_000_000_000_000_001


async def test_every_copy_is_found_and_only_this_members(db: Database, tmp_path: Path) -> None:
    ctx = await make_context(db, tmp_path)
    await add_guild(ctx, mod_queue_channel_id=QUEUE)
    now = ctx.clock.now()
    reviewed = await add_case(ctx, now, user_id=ALICE, status="proposed")
    appealed = await add_case(ctx, now, user_id=ALICE, action="warn")
    other = await add_case(ctx, now, user_id=BOB, status="proposed")
    async with db.unit_of_work() as session:
        await session.execute(update(Case).where(Case.id == reviewed).values(review_message_id=11))
        await session.execute(update(Case).where(Case.id == other).values(review_message_id=99))
        await session.execute(update(Case).where(Case.id == appealed).values(dm_status="delivered"))
        session.add(
            Appeal(
                guild_id=GUILD,
                case_id=appealed,
                user_id=ALICE,
                state="denied",
                queue_message_id=12,
                reply_status="delivered",
                created_at=now,
            )
        )
        session.add(
            Ticket(
                guild_id=GUILD,
                user_id=ALICE,
                thread_id=13,
                dm_channel_id=14,
                origin="dm",
                state="closed",
                opened_at=now,
                slo_minutes=15,
            )
        )
    async with db.unit_of_work() as session:
        for case_id in (reviewed, other):
            session.add(
                AuditVerdict(
                    guild_id=GUILD,
                    entry_seq=1,
                    case_id=case_id,
                    reviewer="c",
                    verdict="too_harsh",
                    comment="she was clearly unwell that week",
                    at=now,
                )
            )
    await record_copy(db, ctx.clock, GUILD, ALICE, "ticket_note", QUEUE, 15)
    await record_copy(db, ctx.clock, GUILD, BOB, "ticket_note", QUEUE, 98)

    privacy = ctx.governance.privacy
    request, _ = await privacy.request_erasure(GUILD, ALICE)
    outcome = await privacy.confirm_erasure(GUILD, request.id, ADMIN)

    found = {(c.kind, c.channel_id, c.message_id) for c in outcome.traces.copies}
    assert found == {
        ("review_card", QUEUE, 11),
        ("appeal_card", QUEUE, 12),
        ("ticket_space", 13, None),
        ("ticket_note", QUEUE, 15),
    }
    assert outcome.traces.direct_messages == 3  # the explanation, the appeal's answer, the DM ticket
    async with db.sessions() as session:
        left = (await session.execute(select(MemberCopy.user_id))).scalars().all()
    assert left == [BOB]
    async with db.sessions() as session:
        comments = dict((await session.execute(select(AuditVerdict.case_id, AuditVerdict.comment))).all())
    assert comments == {reviewed: None, other: "she was clearly unwell that week"}  # only hers cleared
