"""Issue #15, point 7: retention for every table that grows, from the policy; the log keeps a valid chain
(payloads shredded, hashes kept) and `verify` still passes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from bot.db.engine import Database
from bot.db.models import (
    Appeal,
    AuditVerdict,
    Case,
    Deadline,
    GovernanceEntry,
    Strike,
    Ticket,
    TicketEvent,
)
from bot.domain.help.ticket_types import Origin
from bot.domain.policy.models import RetentionPolicy
from bot.governance.chain import EntryKind
from bot.services.recorder import GovEvent
from tests.governance.db_seed import ALICE, BOB, GUILD, add_case, add_guild, record
from tests.services_support import make_context

OVERRIDES = "[retention]\ncases_days = 30\ntickets_days = 30\ndeadlines_days = 10\nlog_payload_days = 90\n"


async def _count(db: Database, model: type) -> int:
    async with db.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def test_the_defaults_are_documented_values() -> None:
    keep = RetentionPolicy()
    assert (keep.cases_days, keep.tickets_days, keep.deadlines_days, keep.log_payload_days) == (
        730,
        730,
        90,
        1095,
    )


async def test_what_grows_is_purged_and_the_chain_still_verifies(db: Database, tmp_path: Path) -> None:
    ctx = await make_context(db, tmp_path)
    await add_guild(ctx, policy_overrides=OVERRIDES, help_channel_id=GUILD + 1)
    services = ctx.governance
    services.recorder.checkpoint_every_n = 2  # signed checkpoints inside the part that gets shredded
    clock = ctx.clock
    start = clock.now()

    # Old: a finished case with an expired strike and a decided appeal; a ban still applied; a case
    # whose strike still counts; a closed ticket with events; a finished deadline; log entries.
    finished = await add_case(ctx, start, user_id=ALICE, action="warn")
    banned = await add_case(ctx, start, user_id=BOB, action="ban")
    counting = await add_case(ctx, start, user_id=BOB, action="warn")
    async with db.unit_of_work() as session:
        session.add_all(
            [
                Strike(
                    guild_id=GUILD,
                    user_id=ALICE,
                    case_id=finished,
                    rule_id="respect",
                    at=start,
                    expires_at=start + timedelta(days=7),
                ),
                Strike(
                    guild_id=GUILD,
                    user_id=BOB,
                    case_id=counting,
                    rule_id="respect",
                    at=start,
                    expires_at=start + timedelta(days=400),
                ),
                Appeal(guild_id=GUILD, case_id=finished, user_id=ALICE, state="denied", created_at=start),
                AuditVerdict(
                    guild_id=GUILD,
                    entry_seq=1,
                    case_id=finished,
                    reviewer="c",
                    verdict="appropriate",
                    comment="a committee comment",
                    at=start,
                ),
                Deadline(
                    kind="follow_up",
                    subject="ticket:1",
                    guild_id=GUILD,
                    due_at=start,
                    status="done",
                    created_at=start,
                    done_at=start,
                ),
                Deadline(
                    kind="timeout_end",
                    subject="case:99",
                    guild_id=GUILD,
                    due_at=start + timedelta(days=400),
                    status="pending",
                    created_at=start,
                ),
            ]
        )
    ticket = await ctx.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr", topic="x")
    async with db.unit_of_work() as session:
        await session.execute(
            update(Ticket).where(Ticket.id == ticket.ticket.id).values(state="closed", closed_at=start)
        )
        await session.execute(  # closing a ticket settles its deadlines
            update(Deadline)
            .where(Deadline.subject == f"ticket:{ticket.ticket.id}", Deadline.status == "pending")
            .values(status="cancelled", done_at=start)
        )
    for _ in range(3):
        await record(
            ctx,
            GovEvent(
                GUILD,
                EntryKind.MODERATION_ACTION,
                subject_id=ALICE,
                rule_id="respect",
                action="warn",
                data={"case_id": finished},
            ),
        )
    old_entries = await _count(db, GovernanceEntry)

    clock.advance(timedelta(days=100))
    recent = await add_case(ctx, clock.now(), user_id=ALICE, action="warn")
    await record(
        ctx,
        GovEvent(
            GUILD,
            EntryKind.MODERATION_ACTION,
            subject_id=ALICE,
            rule_id="respect",
            action="warn",
            data={"case_id": recent},
        ),
    )

    await services.retention.purge()

    async with db.sessions() as session:
        cases = set((await session.scalars(select(Case.id))).all())
        strikes = (await session.scalars(select(Strike.case_id))).all()
        deadlines = (await session.scalars(select(Deadline.status))).all()
        entries = (await session.scalars(select(GovernanceEntry).order_by(GovernanceEntry.seq))).all()
    assert cases == {banned, counting, recent}  # the finished one went; in force or recent stay
    assert strikes == [counting]
    assert await _count(db, Appeal) == 0 and await _count(db, AuditVerdict) == 0
    assert await _count(db, Ticket) == 0 and await _count(db, TicketEvent) == 0
    assert "pending" in deadlines and "done" not in deadlines and len(deadlines) >= 1

    shredded = [e for e in entries if e.shredded_at is not None]
    assert len(shredded) == old_entries  # every entry older than 90 days
    for entry in shredded:
        assert (entry.actor, entry.subject, entry.rule_id, entry.data, entry.refs) == (
            "shredded",
            None,
            None,
            "{}",
            "[]",
        )
        assert len(entry.hash) == 64 and len(entry.prev_hash) == 64
    whole = [e for e in entries if e.shredded_at is None]
    assert whole and whole[0].prev_hash == shredded[-1].hash  # the chain still links
    [purge] = [e for e in whole if e.kind == "retention_purge"]
    counts = json.loads(purge.data)["records"]
    assert counts["cases"] == 1 and counts["tickets"] == 1 and counts["log_payloads_shredded"] == old_entries
    assert str(ALICE) not in purge.data
    verified = await services.verifier.verify(GUILD)
    assert verified.ok and verified.checkpoints_checked >= 2, verified

    await services.retention.purge()  # nothing more to do: nothing logged again
    assert await _count(db, GovernanceEntry) == len(entries)


async def test_a_forged_shredded_entry_fails_verification(db: Database, tmp_path: Path) -> None:
    ctx = await make_context(db, tmp_path)
    await add_guild(ctx)
    services = ctx.governance
    for _ in range(3):
        await record(
            ctx,
            GovEvent(GUILD, EntryKind.MODERATION_ACTION, subject_id=ALICE, rule_id="respect", action="warn"),
        )
    async with db.unit_of_work() as session:  # marked shredded, payload kept and changed: a forgery
        await session.execute(
            update(GovernanceEntry)
            .where(GovernanceEntry.seq == 1)
            .values(shredded_at=ctx.clock.now(), action="ban")
        )
    result = await services.verifier.verify(GUILD)
    assert not result.ok and result.first_bad_seq == 1 and result.problem == "bad_shredding"
    async with db.unit_of_work() as session:  # shredded after a whole entry: not what retention does
        await session.execute(
            update(GovernanceEntry).where(GovernanceEntry.seq == 1).values(shredded_at=None, action="warn")
        )
        await session.execute(
            update(GovernanceEntry)
            .where(GovernanceEntry.seq == 2)
            .values(
                shredded_at=ctx.clock.now(),
                actor="shredded",
                subject=None,
                rule_id=None,
                action=None,
                signals="{}",
                refs="[]",
                data="{}",
                policy_version=None,
            )
        )
    result = await services.verifier.verify(GUILD)
    assert not result.ok and result.first_bad_seq == 2
