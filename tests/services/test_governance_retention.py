"""Retention: sealed content past the policy's retention period is purged; the log keeps counts only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.governance.chain import EntryKind
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import ALICE, BOB, GUILD, add_guild, entries_of_kind
from tests.services_support import make_context

SHORT = GUILD + 7


async def test_expired_content_is_purged_per_server_policy(
    db_factory: DatabaseFactory, tmp_path: Path
) -> None:
    ctx = await make_context(await db_factory.make(), tmp_path)
    await add_guild(ctx)  # preset default: 365 days
    await add_guild(ctx, SHORT, policy_overrides="[help]\nretention_days = 30\n")
    services = ctx.governance
    vault = services.vault
    async with ctx.db.unit_of_work() as session:
        old = [
            await vault.seal(session, GUILD, ALICE, "excerpt", "secret excerpt"),
            await vault.seal(session, GUILD, BOB, "transcript", "secret transcript"),
            await vault.seal(session, SHORT, ALICE, "excerpt", "short-lived"),
        ]
    ctx.clock.advance(timedelta(days=40))
    async with ctx.db.unit_of_work() as session:
        recent = await vault.seal(session, GUILD, ALICE, "excerpt", "recent")

    purged = await services.retention.purge()
    assert [(p.guild_id, p.retention_days, p.by_kind) for p in purged] == [(SHORT, 30, (("excerpt", 1),))]

    ctx.clock.advance(timedelta(days=330))  # the first contents are now 370 days old
    purged = await services.retention.purge()
    assert [(p.guild_id, dict(p.by_kind)) for p in purged] == [(GUILD, {"excerpt": 1, "transcript": 1})]
    assert await services.retention.purge() == []  # nothing left to do: nothing logged

    async with ctx.db.unit_of_work() as session:
        assert [await vault.open(session, ref) for ref in old] == [None, None, None]
        assert await vault.open(session, recent) == "recent"
    (logged,) = await entries_of_kind(ctx.db, EntryKind.RETENTION_PURGE)
    assert logged.data["deleted"] == {"excerpt": 1, "transcript": 1}
    assert logged.data["total"] == 2 and logged.data["retention_days"] == 365
    assert "secret" not in str(logged.data) and logged.subject is None
    assert (await services.verifier.verify(GUILD)).ok
