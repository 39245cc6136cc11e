"""The keys that open the data (issue #15, point 2): the start-up check refuses keys that do not open
the stored member keys, wrapping no longer depends on the pseudonym secret, and a master key rotation
rewraps every member key (SQLite, and PostgreSQL when HAVRE_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bot.db.models import EncryptedContent, MemberKey
from bot.governance import crypto
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import Pseudonymizer
from bot.services.keys import (
    CHECK_GUILD_ID,
    KeyCheckError,
    check_keys,
    rotate_master_key,
    upgrade_legacy_keys,
)
from bot.services.recorder import ContentVault
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import ALICE, BOB, GUILD, add_guild, entries_of_kind
from tests.services_support import make_context

OTHER_GUILD = 822_345_678_901_234_567
MASTER_A = crypto.parse_master_key("test-master-key-passphrase-0123456789")  # make_context's key
MASTER_B = crypto.parse_master_key("hex:" + "ab" * 32)
PSEUDONYMS = Pseudonymizer(b"test-pseudonym-secret-0123456789")  # make_context's secret
OTHER_PSEUDONYMS = Pseudonymizer(b"another-pseudonym-secret-987654")
TEXTS = {
    (GUILD, ALICE): "ma chimio me tue",
    (GUILD, BOB): "bob's words",
    (OTHER_GUILD, ALICE): "autre serveur",
}


@pytest.fixture
async def sealed(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with three members' texts sealed by the bot's own vault, and a legacy (format 1) key."""
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    await add_guild(ctx)
    await add_guild(ctx, OTHER_GUILD)
    vault: ContentVault = ctx.vault
    ids: dict[tuple[int, int], int] = {}
    async with db.unit_of_work() as session:
        for (guild_id, user_id), text in TEXTS.items():
            ids[(guild_id, user_id)] = await vault.seal(session, guild_id, user_id, "excerpt", text)
    # A member key written before format 2: wrapped with the pseudonym as context.
    legacy_user, legacy_key = 973_456_789_012_345_678, crypto.new_member_key()
    async with db.unit_of_work() as session:
        await session.execute(
            insert(MemberKey).values(
                guild_id=GUILD,
                user_id=legacy_user,
                wrapped_key=crypto.wrap_key(
                    MASTER_A, legacy_key, PSEUDONYMS.pseudonym(GUILD, legacy_user).encode()
                ),
                created_at=ctx.clock.now(),
            )
        )
        row = await session.execute(
            insert(EncryptedContent)
            .values(
                guild_id=GUILD,
                user_id=legacy_user,
                kind="excerpt",
                ciphertext=b"",
                created_at=ctx.clock.now(),
            )
            .returning(EncryptedContent.id)
        )
        legacy_id = int(row.scalar_one())
        await session.execute(
            EncryptedContent.__table__.update()
            .where(EncryptedContent.id == legacy_id)
            .values(ciphertext=crypto.encrypt(legacy_key, "older words", str(legacy_id).encode()))
        )
    ids[(GUILD, legacy_user)] = legacy_id
    ctx.ids = ids  # type: ignore[attr-defined]
    return ctx


async def _open_all(ctx, master: bytes, pseudonyms: Pseudonymizer = PSEUDONYMS) -> dict[int, str | None]:  # type: ignore[no-untyped-def]
    vault = ContentVault(ctx.clock, master, pseudonyms)
    async with ctx.db.unit_of_work() as session:
        return {cid: await vault.open(session, cid) for cid in ctx.ids.values()}


async def _key_ids(ctx) -> list[str | None]:  # type: ignore[no-untyped-def]
    async with ctx.db.unit_of_work() as session:
        blobs = (await session.execute(select(MemberKey.wrapped_key))).scalars().all()
    return sorted((crypto.wrapped_key_id(b) or "v1") for b in blobs)


EXPECTED = sorted([*TEXTS.values(), "older words"])


async def test_the_configured_keys_pass_and_a_check_row_is_written_once(sealed) -> None:  # type: ignore[no-untyped-def]
    first = await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    assert first.check_row_written and first.member_keys == 4
    assert first.by_key_id == {crypto.master_key_id(MASTER_A): 3, "v1": 1}
    again = await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    assert not again.check_row_written


async def test_a_wrong_master_key_is_refused_naming_the_setting(sealed) -> None:  # type: ignore[no-untyped-def]
    await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    with pytest.raises(KeyCheckError) as caught:
        await check_keys(sealed.db, MASTER_B, PSEUDONYMS, sealed.clock)
    message = str(caught.value)
    assert "HAVRE_MASTER_KEY" in message and crypto.master_key_id(MASTER_A) in message
    assert "havre keys rotate" in message


async def test_a_changed_pseudonym_secret_is_refused_but_no_longer_breaks_the_keys(sealed) -> None:  # type: ignore[no-untyped-def]
    await rotate_master_key(sealed.db, MASTER_A, MASTER_B, PSEUDONYMS)  # every key in format 2
    await check_keys(sealed.db, MASTER_B, PSEUDONYMS, sealed.clock)
    with pytest.raises(KeyCheckError, match="HAVRE_PSEUDONYM_SECRET is not the secret"):
        await check_keys(sealed.db, MASTER_B, OTHER_PSEUDONYMS, sealed.clock)
    # Wrapping does not depend on the pseudonym secret any more: the texts still open.
    assert sorted(t for t in (await _open_all(sealed, MASTER_B, OTHER_PSEUDONYMS)).values() if t) == EXPECTED


async def test_legacy_keys_under_a_wrong_secret_are_refused_before_any_check_row(sealed) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyCheckError, match="older format"):
        await check_keys(sealed.db, MASTER_A, OTHER_PSEUDONYMS, sealed.clock)


async def test_rotation_round_trip(sealed) -> None:  # type: ignore[no-untyped-def]
    await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    assert sorted(t for t in (await _open_all(sealed, MASTER_A)).values() if t) == EXPECTED

    report = await rotate_master_key(sealed.db, MASTER_A, MASTER_B, PSEUDONYMS, recorder=sealed.recorder)
    assert report.rewrapped == 4 and report.already_new == 0
    assert await _key_ids(sealed) == [crypto.master_key_id(MASTER_B)] * 5  # with the check row
    assert sorted(t for t in (await _open_all(sealed, MASTER_B)).values() if t) == EXPECTED
    with pytest.raises(KeyCheckError):
        await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    await check_keys(sealed.db, MASTER_B, PSEUDONYMS, sealed.clock)
    [entry] = await entries_of_kind(sealed.db, EntryKind.KEY_ROTATION.value)
    assert entry.data == {
        "member_keys": 3,
        "from_key_id": crypto.master_key_id(MASTER_A),
        "to_key_id": crypto.master_key_id(MASTER_B),
    }
    assert len(await entries_of_kind(sealed.db, EntryKind.KEY_ROTATION.value, OTHER_GUILD)) == 1

    back = await rotate_master_key(sealed.db, MASTER_B, MASTER_A, PSEUDONYMS)
    assert back.rewrapped == 4
    assert sorted(t for t in (await _open_all(sealed, MASTER_A)).values() if t) == EXPECTED
    await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)


async def test_the_old_key_opens_nothing_after_rotation(sealed) -> None:  # type: ignore[no-untyped-def]
    await rotate_master_key(sealed.db, MASTER_A, MASTER_B, PSEUDONYMS)
    vault = ContentVault(sealed.clock, MASTER_A, PSEUDONYMS)
    async with sealed.db.unit_of_work() as session:
        with pytest.raises(crypto.WrongMasterKey):
            await vault.open(session, sealed.ids[(GUILD, ALICE)])


async def test_an_interrupted_rotation_is_refused_at_start_up_and_finished_by_running_it_again(
    sealed, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    real, calls = crypto.wrap_member_key, []

    def failing(*args: object) -> bytes:
        calls.append(1)
        if len(calls) == 4:
            raise RuntimeError("power cut")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(crypto, "wrap_member_key", failing)
    with pytest.raises(RuntimeError):
        await rotate_master_key(sealed.db, MASTER_A, MASTER_B, PSEUDONYMS, batch_size=1)
    monkeypatch.setattr(crypto, "wrap_member_key", real)
    ids = await _key_ids(sealed)
    assert crypto.master_key_id(MASTER_A) in ids and crypto.master_key_id(MASTER_B) in ids
    for master in (MASTER_A, MASTER_B):
        with pytest.raises(KeyCheckError):
            await check_keys(sealed.db, master, PSEUDONYMS, sealed.clock)
    finished = await rotate_master_key(sealed.db, MASTER_A, MASTER_B, PSEUDONYMS, batch_size=2)
    assert finished.already_new == 3 and finished.rewrapped + finished.already_new == 5
    await check_keys(sealed.db, MASTER_B, PSEUDONYMS, sealed.clock)
    assert sorted(t for t in (await _open_all(sealed, MASTER_B)).values() if t) == EXPECTED


async def test_the_check_row_has_ids_no_server_has(sealed) -> None:  # type: ignore[no-untyped-def]
    await check_keys(sealed.db, MASTER_A, PSEUDONYMS, sealed.clock)
    async with sealed.db.unit_of_work() as session:
        guilds = (await session.execute(select(MemberKey.guild_id).distinct())).scalars().all()
    assert CHECK_GUILD_ID in guilds and CHECK_GUILD_ID == 0


async def test_legacy_keys_move_to_the_format_that_ignores_the_pseudonym_secret(sealed) -> None:  # type: ignore[no-untyped-def]
    assert "v1" in await _key_ids(sealed)
    assert await upgrade_legacy_keys(sealed.db, MASTER_A, PSEUDONYMS) == 1
    assert await _key_ids(sealed) == [crypto.master_key_id(MASTER_A)] * 4
    assert await upgrade_legacy_keys(sealed.db, MASTER_A, PSEUDONYMS) == 0  # idempotent
    # Every text, the older one included, now opens whatever the pseudonym secret.
    assert sorted(t for t in (await _open_all(sealed, MASTER_A, OTHER_PSEUDONYMS)).values() if t) == EXPECTED
