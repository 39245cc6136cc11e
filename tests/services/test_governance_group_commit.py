"""Group commit: ``record_many`` writes the chain ``record`` would, in one transaction (both databases)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from bot.db.models import GovernanceCheckpoint, GovernanceEntry
from bot.governance.chain import verify_chain
from bot.governance.signing import Checkpoint
from bot.services.recorder import GovernanceRecorder, GovEvent, row_to_entry
from tests.conftest import DatabaseFactory
from tests.services_support import make_context

GUILD_A = 111_222_333_444_555_666
GUILD_B = 999_888_777_666_555_444


def _event(guild_id: int, n: int) -> GovEvent:
    return GovEvent(guild_id, "moderation_action", subject_id=5000 + n, rule_id="respect", action="warn")


async def _chain(db, recorder: GovernanceRecorder, guild_id: int):  # type: ignore[no-untyped-def]
    entries = (
        select(GovernanceEntry).where(GovernanceEntry.guild_id == guild_id).order_by(GovernanceEntry.seq)
    )
    signed = select(GovernanceCheckpoint).where(GovernanceCheckpoint.guild_id == guild_id)
    async with db.sessions() as session:
        rows = (await session.execute(entries)).scalars().all()
        cps = (await session.execute(signed)).scalars().all()
    checkpoints = [
        Checkpoint(c.guild_id, c.seq, c.head_hash, c.entry_count, c.at, c.signature, c.key_id) for c in cps
    ]
    result = verify_chain((row_to_entry(r) for r in rows), checkpoints, recorder.signing_key.public_key())
    return result, rows, sorted(c.seq for c in cps)


async def test_batches_extend_one_valid_chain_with_the_same_checkpoints(
    db_factory: DatabaseFactory, tmp_path: Path
) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder
    recorder.checkpoint_every_n = 10
    async with db.unit_of_work() as session:  # single appends and batches mix freely
        await recorder.record(session, _event(GUILD_A, 0))
    async with db.unit_of_work() as session:
        batch = [_event(GUILD_A, n) for n in range(1, 24)]
        entries = await recorder.record_many(session, batch)
    async with db.unit_of_work() as session:
        await recorder.record(session, _event(GUILD_A, 24))
    assert [e.seq for e in entries] == list(range(2, 25))
    assert [e.subject for e in entries] == [recorder.subject(GUILD_A, 5000 + n) for n in range(1, 24)]
    result, rows, checkpoint_seqs = await _chain(db, recorder, GUILD_A)
    assert result.ok, result.reason
    assert [r.seq for r in rows] == list(range(1, 26))
    # ``record`` one at a time checkpoints after entry 1 (first ever), then every 10 entries: same here.
    assert checkpoint_seqs == [1, 11, 21]
    assert result.checkpoints_checked == 3


async def test_one_batch_for_several_servers_keeps_each_servers_order(
    db_factory: DatabaseFactory, tmp_path: Path
) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder
    events = [_event(GUILD_B if n % 3 == 0 else GUILD_A, n) for n in range(12)]
    async with db.unit_of_work() as session:
        entries = await recorder.record_many(session, events)
    assert [e.guild_id for e in entries] == [e.guild_id for e in events]  # returned in the input's order
    assert [e.seq for e in entries if e.guild_id == GUILD_A] == list(range(1, 9))
    assert [e.seq for e in entries if e.guild_id == GUILD_B] == list(range(1, 5))
    for guild in (GUILD_A, GUILD_B):
        result, rows, _ = await _chain(db, recorder, guild)
        assert result.ok, result.reason
        expected = [recorder.subject(guild, 5000 + n) for n, e in enumerate(events) if e.guild_id == guild]
        assert [r.subject for r in rows] == expected
    async with db.unit_of_work() as session:
        assert await recorder.record_many(session, []) == []


async def test_concurrent_batches_never_fork_the_chain(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder

    async def append(start: int) -> None:
        async def work(session):  # type: ignore[no-untyped-def]
            await recorder.record_many(session, [_event(GUILD_A, start + n) for n in range(5)])

        await db.run(work)

    await asyncio.gather(*(append(10 * k) for k in range(6)))
    result, rows, _ = await _chain(db, recorder, GUILD_A)
    assert result.ok, result.reason
    assert [r.seq for r in rows] == list(range(1, 31))


async def test_a_failed_batch_leaves_nothing_behind(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder
    try:
        async with db.unit_of_work() as session:
            await recorder.record_many(session, [_event(GUILD_A, n) for n in range(3)])
            raise RuntimeError("the decision this batch belonged to failed")
    except RuntimeError:
        pass
    result, rows, _ = await _chain(db, recorder, GUILD_A)
    assert rows == [] and result.ok
