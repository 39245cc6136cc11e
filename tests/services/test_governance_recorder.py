"""The recorder appends a verifiable chain on both databases, never forking under concurrency."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from bot.db.models import EncryptedContent, GovernanceCheckpoint, GovernanceEntry
from bot.governance.chain import verify_chain
from bot.governance.signing import Checkpoint
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent, row_to_entry
from tests.conftest import DatabaseFactory
from tests.services_support import make_context

GUILD = 111_222_333_444_555_666


async def _verify(db, recorder: GovernanceRecorder):  # type: ignore[no-untyped-def]
    async with db.sessions() as session:
        rows = (await session.execute(select(GovernanceEntry).order_by(GovernanceEntry.seq))).scalars().all()
        cps = (await session.execute(select(GovernanceCheckpoint))).scalars().all()
    checkpoints = [
        Checkpoint(c.guild_id, c.seq, c.head_hash, c.entry_count, c.at, c.signature, c.key_id) for c in cps
    ]
    return verify_chain((row_to_entry(r) for r in rows), checkpoints, recorder.signing_key.public_key()), rows


async def test_concurrent_appends_make_one_valid_chain(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder
    recorder.checkpoint_every_n = 10

    async def append(n: int) -> None:
        async def work(session):  # type: ignore[no-untyped-def]
            await recorder.record(
                session,
                GovEvent(GUILD, "moderation_action", subject_id=1000 + n, rule_id="respect", action="warn"),
            )

        await db.run(work)

    await asyncio.gather(*(append(n) for n in range(40)))
    result, rows = await _verify(db, recorder)
    assert result.ok, result.reason
    assert result.checked == 40
    assert result.checkpoints_checked == 4
    assert [r.seq for r in rows] == list(range(1, 41))
    assert all(str(1000) not in r.subject for r in rows if r.subject)  # pseudonyms, not ids


async def test_tampered_row_is_caught(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    recorder: GovernanceRecorder = ctx.recorder
    for n in range(5):
        async with db.unit_of_work() as session:
            await recorder.record(session, GovEvent(GUILD, "moderation_action", subject_id=n, action="hide"))
    async with db.unit_of_work() as session:
        row = (await session.execute(select(GovernanceEntry).where(GovernanceEntry.seq == 3))).scalar_one()
        row.action = "ban"
    result, _ = await _verify(db, recorder)
    assert not result.ok
    assert result.first_bad_seq == 3


async def test_erased_member_content_is_unreadable(db_factory: DatabaseFactory, tmp_path: Path) -> None:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    vault: ContentVault = ctx.vault
    async with db.unit_of_work() as session:
        ref = await vault.seal(session, GUILD, 42, "excerpt", "my chemo is killing me")
        other = await vault.seal(session, GUILD, 43, "excerpt", "hello")
    async with db.unit_of_work() as session:
        assert await vault.open(session, ref) == "my chemo is killing me"
        raw = await session.get(EncryptedContent, ref)
        assert b"chemo" not in raw.ciphertext
        assert await vault.erase_member(session, GUILD, 42) == 1
    async with db.unit_of_work() as session:
        assert await vault.open(session, ref) is None
        assert await vault.open(session, other) == "hello"
