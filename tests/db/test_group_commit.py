"""Group commit: concurrent units of work share one transaction, yet each keeps its own outcome."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import ROW_ID, Database, after_commit, bulk_insert, core_insert, insert_ids, update_rows
from bot.db.group_read import GroupRead
from bot.db.models import GuildSettings

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def add(guild_id: int, name: str = "") -> Callable[[AsyncSession], Awaitable[int]]:
    """A work for ``Database.grouped`` that adds one server."""

    async def work(session: AsyncSession) -> int:
        session.add(GuildSettings(id=guild_id, name=name, created_at=NOW, updated_at=NOW))
        await session.flush()
        return guild_id

    return work


async def ids(db: Database) -> set[int]:
    async with db.reading() as session:
        return set((await session.execute(select(GuildSettings.id))).scalars())


async def test_a_burst_shares_transactions_and_every_caller_gets_its_result(db: Database) -> None:
    results = await asyncio.gather(*(db.grouped(add(n)) for n in range(1, 41)))
    assert results == list(range(1, 41))
    assert await ids(db) == set(range(1, 41))
    stats = db.group_commit
    assert stats.works == 40
    assert stats.transactions < 10  # the first commits alone, the rest ride along in a few batches


async def test_a_lone_work_commits_at_once_and_is_visible_when_the_await_returns(db: Database) -> None:
    assert await db.grouped(add(7)) == 7
    assert await ids(db) == {7}
    assert (db.group_commit.transactions, db.group_commit.works) == (1, 1)


async def test_a_failing_work_is_rolled_back_alone(db: Database) -> None:
    async def broken(session: AsyncSession) -> None:
        session.add(GuildSettings(id=99, created_at=NOW, updated_at=NOW))
        await session.flush()
        raise ValueError("a bug in one decision")

    outcomes = await asyncio.gather(
        db.grouped(add(1)), db.grouped(add(2)), db.grouped(broken), db.grouped(add(3)), return_exceptions=True
    )
    assert outcomes[:2] == [1, 2] and outcomes[3] == 3
    assert isinstance(outcomes[2], ValueError)
    assert await ids(db) == {1, 2, 3}  # 99 was rolled back to its savepoint, the others committed


async def test_a_duplicate_row_fails_only_its_caller(db: Database) -> None:
    await db.grouped(add(5))
    outcomes = await asyncio.gather(db.grouped(add(5, "again")), db.grouped(add(6)), return_exceptions=True)
    assert outcomes[1] == 6 and isinstance(outcomes[0], Exception)
    assert await ids(db) == {5, 6}


async def test_a_transient_error_retries_the_whole_batch(db: Database) -> None:
    db.group_commit.backoff = 0.001
    calls = 0

    async def flaky(session: AsyncSession) -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        session.add(GuildSettings(id=50, created_at=NOW, updated_at=NOW))
        return "ok"

    assert await asyncio.gather(db.grouped(flaky), db.grouped(add(51))) == ["ok", 51]
    assert calls == 2
    assert await ids(db) == {50, 51}


async def test_after_the_last_attempt_every_caller_gets_the_error(db: Database) -> None:
    db.group_commit.backoff = 0.001

    async def down(_session: AsyncSession) -> None:
        raise OperationalError("INSERT", {}, Exception("database is unreachable"))

    with pytest.raises(OperationalError):
        await db.grouped(down)
    async with db.reading() as session:
        assert (await session.execute(select(func.count()).select_from(GuildSettings))).scalar() == 0


async def test_after_commit_follows_each_work_not_the_batch(db: Database) -> None:
    """In-memory marks (caches, "already stored") follow what was really committed."""
    committed: list[str] = []

    def marking(name: str, fail: bool) -> Callable[[AsyncSession], Awaitable[str]]:
        async def work(session: AsyncSession) -> str:
            session.add(GuildSettings(id=len(name), created_at=NOW, updated_at=NOW))
            await session.flush()
            after_commit(session, lambda: committed.append(name))
            if fail:
                raise ValueError(name)
            return name

        return work

    outcomes = await asyncio.gather(
        db.grouped(marking("a", False)), db.grouped(marking("bb", True)), db.grouped(marking("ccc", False)),
        return_exceptions=True,
    )  # fmt: skip
    assert outcomes[0] == "a" and isinstance(outcomes[1], ValueError) and outcomes[2] == "ccc"
    assert committed == ["a", "ccc"]  # "bb" was rolled back to its savepoint: no mark for it
    assert await ids(db) == {1, 3}

    with pytest.raises(ValueError):
        await db.grouped(marking("dddd", True))  # alone, the whole transaction rolls back
    assert committed == ["a", "ccc"]


# Batched works (``Database.grouped_batch``) and shared reads (``GroupRead``) ------------------------


async def add_many(session: AsyncSession, guild_ids: list[int]) -> list[int]:
    """The batched form of ``add``: one multi-row insert for the lot; refuses id 13 (a bug)."""
    if 13 in guild_ids:
        raise ValueError("unlucky")
    await session.execute(
        core_insert(GuildSettings),
        [{"id": g, "name": "", "created_at": NOW, "updated_at": NOW} for g in guild_ids],
    )
    return [g * 10 for g in guild_ids]


async def test_batched_works_of_a_burst_share_one_call_and_each_gets_its_own_result(db: Database) -> None:
    calls: list[int] = []

    async def counted(session: AsyncSession, items: list[int]) -> list[int]:
        calls.append(len(items))
        return await add_many(session, items)

    results = await asyncio.gather(*(db.grouped_batch("add", counted, n) for n in range(20, 60)))
    assert results == [n * 10 for n in range(20, 60)]
    assert await ids(db) == set(range(20, 60))
    assert sum(calls) == 40 and max(calls) > 1  # the ones that met were written together
    assert len(calls) < 10


async def test_a_failing_item_of_a_batch_fails_alone(db: Database) -> None:
    outcomes = await asyncio.gather(
        *(db.grouped_batch("add", add_many, n) for n in (11, 12, 13, 14)), db.grouped(add(15)),
        return_exceptions=True,
    )  # fmt: skip
    assert outcomes[:2] == [110, 120] and outcomes[3:] == [140, 15]
    assert isinstance(outcomes[2], ValueError)
    assert await ids(db) == {11, 12, 14, 15}
    assert db.group_commit.split >= 1


async def test_inserted_ids_come_back_in_the_rows_order(db: Database) -> None:
    from bot.db.models import EncryptedContent

    rows = [
        {"guild_id": 1, "user_id": n, "kind": f"k{n}", "ciphertext": b"", "created_at": NOW}
        for n in range(300)
    ]
    async with db.unit_of_work() as session:
        await session.execute(core_insert(GuildSettings), [{"id": 1, "created_at": NOW, "updated_at": NOW}])
        first = await insert_ids(session, EncryptedContent, rows[:5])
        ids_ = await insert_ids(session, EncryptedContent, rows[5:])
    async with db.reading() as session:
        stored = dict((await session.execute(select(EncryptedContent.id, EncryptedContent.user_id))).all())
    assert [stored[i] for i in first + ids_] == list(range(300))


async def test_reads_asked_for_meanwhile_share_one_transaction(db: Database) -> None:
    await asyncio.gather(*(db.grouped(add(n, f"s{n}")) for n in range(1, 31)))
    batches: list[list[int]] = []

    async def names(session: AsyncSession, keys: list[int]) -> dict[int, str]:
        batches.append(keys)
        found = await session.execute(
            select(GuildSettings.id, GuildSettings.name).where(GuildSettings.id.in_(keys))
        )
        return dict(found.all())

    reader = GroupRead(db, names, "?")
    got = await asyncio.gather(*(reader.get(n) for n in [*range(1, 31), 99, 5]))
    assert got == [f"s{n}" for n in range(1, 31)] + ["?", "s5"]
    assert reader.reads == len(batches) <= 3 and sum(map(len, batches)) == 31  # 5 asked twice, read once
    # A read sees what was committed before it was asked for.
    await db.grouped(add(99, "late"))
    assert await reader.get(99) == "late"


async def test_reads_of_two_kinds_asked_meanwhile_share_one_transaction(db: Database) -> None:
    await asyncio.gather(*(db.grouped(add(n, f"s{n}")) for n in range(1, 11)))
    sessions: list[tuple[str, AsyncSession]] = []

    def kind(name: str) -> Callable[[AsyncSession, list[int]], Awaitable[dict[int, str]]]:
        async def fetch(session: AsyncSession, keys: list[int]) -> dict[int, str]:
            sessions.append((name, session))
            found = await session.execute(
                select(GuildSettings.id, GuildSettings.name).where(GuildSettings.id.in_(keys))
            )
            return {key: f"{name}:{value}" for key, value in found.all()}

        return fetch

    names, labels = GroupRead(db, kind("name"), "?"), GroupRead(db, kind("label"), "?")
    got = await asyncio.gather(*(reader.get(n) for n in range(1, 11) for reader in (names, labels)))
    assert got == [f"{kind}:s{n}" for n in range(1, 11) for kind in ("name", "label")]
    assert names.reads == labels.reads == db.shared_reads.reads == 1  # one transaction for both kinds
    assert [name for name, _session in sessions] == ["name", "label"]
    assert sessions[0][1] is sessions[1][1]


async def test_a_failed_read_fails_its_batch_and_the_next_one_runs(db: Database) -> None:
    calls = 0

    async def flaky(_session: AsyncSession, keys: list[int]) -> dict[int, int]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OperationalError("SELECT", {}, Exception("database is unreachable"))
        return {k: k for k in keys}

    reader = GroupRead(db, flaky, 0)
    with pytest.raises(OperationalError):
        await reader.get(1)
    assert await reader.get(2) == 2


async def test_bulk_insert_and_update_rows_store_what_the_orm_would(db: Database) -> None:
    """The PostgreSQL path (one ``unnest`` statement, the columns' own bind processing: JSON, UTC
    times, booleans, nulls) stores the same values as SQLite's Core insert, for any number of rows."""
    from bot.db.models import Case, Deadline, DeadlineStatus

    later = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)

    def case(n: int) -> dict[str, object]:
        return {
            "guild_id": 1, "user_id": 100 + n, "channel_id": None if n % 2 else 7, "message_id": 10 + n,
            "rule_id": "r", "action": "timeout", "proposed_action": None, "duration_seconds": n or None,
            "ends_at": later if n % 3 else None, "automatic": bool(n % 2), "actor_id": None,
            "reason_code": "list", "signals": {"fired": [{"n": n, "é": "ü"}], "none": None},
            "policy_version": "v", "language": "fr", "excerpt_ref": None, "note_ref": None,
            "status": "pending", "dm_status": "pending", "created_at": NOW, "updated_at": NOW,
        }  # fmt: skip

    async with db.unit_of_work() as session:
        await session.execute(core_insert(GuildSettings), [{"id": 1, "created_at": NOW, "updated_at": NOW}])
        first = await insert_ids(session, Case, [case(n) for n in range(3)])
        more = await insert_ids(session, Case, [case(n) for n in range(3, 20)])
        await bulk_insert(
            session,
            Deadline,
            [
                {"kind": "k", "subject": f"case:{n}", "guild_id": 1, "due_at": later,
                 "status": DeadlineStatus.PENDING, "attempts": 0, "payload": {"channel_id": n},
                 "created_at": NOW}
                for n in range(5)
            ],
        )  # fmt: skip
        await bulk_insert(session, Deadline, [])
        await update_rows(
            session,
            Case,
            [{ROW_ID: case_id, "status": "applied", "updated_at": later} for case_id in more[:4]],
        )
        # a repeated id: every row applied in order (the last one wins), as one by one
        await update_rows(
            session, Case, [{ROW_ID: first[0], "status": "failed"}, {ROW_ID: first[0], "status": "applied"}]
        )
    assert len(set(first + more)) == 20
    async with db.reading() as session:
        cases = {row.id: row for row in (await session.execute(select(Case))).scalars()}
        deadlines = list((await session.execute(select(Deadline).order_by(Deadline.id))).scalars())
    for n, case_id in enumerate(first + more):
        row, want = cases[case_id], case(n)
        assert (row.user_id, row.channel_id, row.duration_seconds, row.automatic) == (
            want["user_id"], want["channel_id"], want["duration_seconds"], want["automatic"],
        )  # fmt: skip
        assert row.signals == want["signals"]
        assert row.ends_at == want["ends_at"] and row.created_at == NOW
    assert [cases[i].status for i in first] == ["applied", "pending", "pending"]
    assert [cases[i].status for i in more[:5]] == ["applied"] * 4 + ["pending"]
    assert cases[more[0]].updated_at == later and cases[more[4]].updated_at == NOW
    assert [(d.subject, d.payload, d.status, d.due_at) for d in deadlines] == [
        (f"case:{n}", {"channel_id": n}, DeadlineStatus.PENDING, later) for n in range(5)
    ]


async def test_a_bulk_insert_is_undone_with_its_transaction(db: Database) -> None:
    from bot.db.models import MemberKey

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        async with db.unit_of_work() as session:
            await session.execute(
                core_insert(GuildSettings), [{"id": 2, "created_at": NOW, "updated_at": NOW}]
            )
            await bulk_insert(
                session,
                MemberKey,
                [{"guild_id": 2, "user_id": n, "wrapped_key": b"k", "created_at": NOW} for n in range(3)],
            )
            raise Boom()
    async with db.reading() as session:
        assert list((await session.execute(select(MemberKey))).scalars()) == []
    assert await ids(db) == set()


async def test_rows_of_one_bulk_statement_must_have_the_same_columns(db: Database) -> None:
    """On PostgreSQL a column of the first row is one array: a value only a later row has would be lost."""
    from bot.db.models import MemberKey

    if not db.is_postgres:
        pytest.skip("SQLite's Core insert handles each row's own columns")
    rows = [
        {"guild_id": 3, "user_id": 1, "wrapped_key": b"k", "created_at": NOW},
        {"guild_id": 3, "user_id": 2, "wrapped_key": b"k", "created_at": NOW, "extra": 1},
    ]
    with pytest.raises(ValueError, match="same columns"):
        async with db.unit_of_work() as session:
            await bulk_insert(session, MemberKey, rows)


def test_deadlocks_and_serialization_failures_are_transient() -> None:
    """PostgreSQL rolls such a transaction back whole: retrying it loses nothing and does nothing twice."""
    from sqlalchemy.exc import DBAPIError

    from bot.db.engine import _is_transient

    class Orig(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    def error(sqlstate: str) -> DBAPIError:
        return DBAPIError("UPDATE ...", None, Orig(sqlstate))

    assert _is_transient(error("40P01")) and _is_transient(error("40001"))
    assert not _is_transient(error("23505"))  # a duplicate key is the work's own fault: not retried
