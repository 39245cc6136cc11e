"""Issue #15, point 5: every member-written text at rest is sealed with the member's key; SQLite
overwrites what is deleted, checkpoints after an erasure, and its files are the bot's user's only."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from bot.db.engine import Database
from bot.db.models import Appeal, MemberKey, Ticket
from bot.domain.help.ticket_types import Origin
from bot.domain.policy.models import Action
from bot.services.governance.at_rest import seal_legacy_text
from bot.services.moderation import ModeratorRequest
from tests.services.help_support import ALICE, GUILD, make_help_env
from tests.services.moderation_fakes import ALICE as M_ALICE
from tests.services.moderation_fakes import GUILD as M_GUILD
from tests.services.moderation_fakes import MAX, moderation

TOPIC = "ma fille fait des crises la nuit"
REPLY = "We looked at it again with the whole team, sorry"
ADMIN = 555_000_000_000_000_001


def _files(db: Database) -> list[Path]:
    base = Path(db.url.removeprefix("sqlite+aiosqlite:///"))
    return [p for p in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm"))) if p.exists()]


def _on_disk(db: Database, needle: bytes) -> bool:
    return any(needle in path.read_bytes() for path in _files(db))


async def test_a_ticket_topic_is_sealed_with_the_members_key(db: Database, tmp_path: Path) -> None:
    env = await make_help_env(db, tmp_path)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr", topic=TOPIC)
    row = await env.ticket(opened.ticket.id)
    assert row.topic is None and row.topic_ref is not None
    privacy = env.ctx.governance.privacy
    async with db.unit_of_work() as session:
        assert await privacy.vault.open(session, row.topic_ref) == TOPIC
    exported = (await privacy.export_member(GUILD, ALICE)).content.decode()
    assert TOPIC in exported  # the member still gets it back
    if db.dialect == "sqlite":
        assert not _on_disk(db, TOPIC.encode())


async def test_an_appeal_reply_is_sealed_and_still_reaches_the_member(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    case = (
        await service.moderators.moderate(
            ModeratorRequest(M_GUILD, MAX, M_ALICE, Action.TIMEOUT, "respect", timedelta(hours=2), note="x")
        )
    ).case
    opened = await service.appeals.open(case.id, M_ALICE, "I was quoting", "en")
    await service.appeals.decide(opened.appeal.id, M_GUILD, MAX, granted=False, reply=REPLY)
    assert REPLY in port.dms(M_ALICE)[-1].content
    async with db.sessions() as session:
        appeal = (await session.execute(select(Appeal))).scalar_one()
    assert appeal.reply is None and appeal.reply_ref is not None
    if db.dialect == "sqlite":
        assert not _on_disk(db, REPLY.encode())


async def test_legacy_plaintext_is_sealed_and_its_bytes_are_gone(db: Database, tmp_path: Path) -> None:
    env = await make_help_env(db, tmp_path)
    opened = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    async with db.unit_of_work() as session:  # a row written before issue #15
        await session.execute(update(Ticket).where(Ticket.id == opened.ticket.id).values(topic=TOPIC))
    sealed = await seal_legacy_text(db, env.ctx.vault)
    assert sealed.topics == 1
    row = await env.ticket(opened.ticket.id)
    assert row.topic is None
    async with db.unit_of_work() as session:
        assert await env.ctx.vault.open(session, row.topic_ref) == TOPIC
    assert (await seal_legacy_text(db, env.ctx.vault)).total == 0  # idempotent
    if db.dialect == "sqlite":
        assert not _on_disk(db, TOPIC.encode())


async def test_an_erased_members_key_leaves_no_bytes_behind(db: Database, tmp_path: Path) -> None:
    if db.dialect != "sqlite":
        pytest.skip("the files of an embedded database")
    env = await make_help_env(db, tmp_path)
    async with db.unit_of_work() as session:
        await env.ctx.vault.seal(session, GUILD, ALICE, "excerpt", TOPIC)
    async with db.sessions() as session:
        wrapped = (await session.execute(select(MemberKey.wrapped_key))).scalar_one()
    await db.checkpoint()
    assert _on_disk(db, wrapped)  # the key is in the file ...
    privacy = env.ctx.governance.privacy
    request, _ = await privacy.request_erasure(GUILD, ALICE)
    await privacy.confirm_erasure(GUILD, request.id, ADMIN)
    assert not _on_disk(db, wrapped)  # ... and overwritten, in the database and in its -wal, once erased
    async with db.sessions() as session:
        assert (await session.execute(text("PRAGMA secure_delete"))).scalar() == 1


async def test_database_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "havre.sqlite3"
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        from bot.db import migrate

        await migrate.upgrade(db.engine)
        async with db.unit_of_work() as session:
            await session.execute(text("CREATE TABLE t (x)"))
        files = _files(db)
        assert {p.name for p in files} >= {"havre.sqlite3", "havre.sqlite3-wal"}
        for file in files:
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        await db.dispose()
