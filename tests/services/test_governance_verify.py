"""``verify`` catches tampering done directly in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from bot.db.models import GovernanceEntry
from bot.governance.chain import VerifyProblem
from bot.services.governance.verify import GovernanceVerifier
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import GUILD, checkpoint_seqs, record_actions, rewrite_from
from tests.services_support import make_context


@pytest.fixture
async def logged(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    ctx.governance.recorder.checkpoint_every_n = 10
    await record_actions(ctx, 25)
    assert await checkpoint_seqs(db) == [1, 11, 21]  # first entry, then every 10
    verifier = ctx.governance.verifier
    verifier.batch = 7  # several batches: the walk streams
    return ctx, verifier


async def test_an_untouched_log_verifies(logged) -> None:  # type: ignore[no-untyped-def]
    _, verifier = logged
    result = await verifier.verify(GUILD)
    assert result.ok, result.reason
    assert result.checked == 25
    assert result.checkpoints_checked == 3
    assert await verifier.guilds() == [GUILD]


async def test_one_flipped_byte_is_caught(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    async with ctx.db.unit_of_work() as session:
        row = (await session.scalars(select(GovernanceEntry).where(GovernanceEntry.seq == 7))).one()
        assert '"n":6' in row.data
        row.data = row.data.replace('"n":6', '"n":7')
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert (result.first_bad_seq, result.problem) == (7, VerifyProblem.HASH_MISMATCH)


async def test_a_deleted_entry_is_caught(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    async with ctx.db.unit_of_work() as session:
        await session.execute(delete(GovernanceEntry).where(GovernanceEntry.seq == 12))
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert (result.first_bad_seq, result.problem) == (13, VerifyProblem.MISSING_ENTRY)


async def test_two_swapped_entries_are_caught(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    async with ctx.db.unit_of_work() as session:
        swap = update(GovernanceEntry).where(GovernanceEntry.guild_id == GUILD)
        await session.execute(swap.where(GovernanceEntry.seq == 5).values(seq=-5))
        await session.execute(swap.where(GovernanceEntry.seq == 6).values(seq=5))
        await session.execute(swap.where(GovernanceEntry.seq == -5).values(seq=6))
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert result.first_bad_seq == 5
    assert result.problem == VerifyProblem.HASH_MISMATCH


async def test_a_rewritten_chain_no_longer_matches_its_signed_checkpoint(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    await rewrite_from(ctx.db, 3, {"n": 999})  # every hash after seq 3 recomputed, head updated too
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert result.problem == VerifyProblem.CHECKPOINT_MISMATCH
    assert result.first_bad_seq == 11  # the first signed checkpoint after the change


async def test_entries_removed_from_the_end_are_caught(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    async with ctx.db.unit_of_work() as session:
        await session.execute(delete(GovernanceEntry).where(GovernanceEntry.seq > 22))
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert result.first_bad_seq == 23  # after the last checkpoint: caught by the recorded head
    assert result.problem == VerifyProblem.MISSING_ENTRY


async def test_a_row_that_no_longer_parses_is_reported_not_crashed(logged) -> None:  # type: ignore[no-untyped-def]
    ctx, verifier = logged
    async with ctx.db.unit_of_work() as session:
        await session.execute(update(GovernanceEntry).where(GovernanceEntry.seq == 4).values(signals="{oops"))
    result = await verifier.verify(GUILD)
    assert not result.ok
    assert (result.first_bad_seq, result.problem) == (4, VerifyProblem.UNREADABLE)


async def test_a_foreign_signing_key_fails_the_checkpoints(logged) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    ctx, _ = logged
    stranger = GovernanceVerifier(ctx.db, [Ed25519PrivateKey.generate().public_key()])
    result = await stranger.verify(GUILD)
    assert not result.ok
    assert result.problem == VerifyProblem.BAD_SIGNATURE
