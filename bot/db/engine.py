"""Engines and units of work for the embedded SQLite default and for PostgreSQL at scale.

SQLite: WAL, ``busy_timeout``, ``foreign_keys=ON``, ``synchronous=FULL``, ``secure_delete=ON`` (deleted
content is overwritten with zeros, not left in free pages); the database file is created 0600 (SQLite
gives its ``-wal``/``-shm`` files the same mode) and ``checkpoint`` folds the WAL back and truncates it,
after an erasure, so erased bytes do not linger there; every unit of work starts
with ``BEGIN IMMEDIATE`` so writers queue up instead of failing, and an in-process lock serialises
writers so "database is locked" never reaches a member. Reads (``Database.reading``) start with a plain
``BEGIN``: in WAL mode a reader sees a consistent snapshot and neither waits for a writer nor blocks one.
PostgreSQL: asyncpg with a bounded pool; a connection that sat idle in the pool is pinged before it is
handed out (``ping_when_idle``), one in steady use is not.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Insert,
    Table,
    Update,
    any_,
    bindparam,
    event,
    insert,
    literal,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.sql.elements import TextClause

from bot.db.group_commit import GroupCommit
from bot.db.group_read import SharedReads

log = logging.getLogger(__name__)
T = TypeVar("T")

READ_ONLY = "havre_read_only"  # an execution option: this connection only reads
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA busy_timeout=30000",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
)
DATA_FILE_MODE = 0o600  # the database, its -wal/-shm files and key files: the bot's user only
IDLE_BEFORE_PING = 1.0  # seconds in the pool after which a PostgreSQL connection is pinged before use


def _sqlite_path(url: str) -> Path | None:
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and ":memory:" not in url:
        return Path(url[len(prefix) :])
    return None


def private_data_file(path: Path) -> None:
    """Create ``path`` (and its folder, 0700) readable by the bot's user only, or tighten an existing
    one and its SQLite companions (``-wal``, ``-shm``, ``-journal``) to 0600."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, DATA_FILE_MODE))
    for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        if companion.exists() and companion.stat().st_mode & 0o077:
            companion.chmod(DATA_FILE_MODE)


def make_engine(
    url: str,
    *,
    pool_size: int = 5,
    max_overflow: int = 10,
    echo: bool = False,
    schema: str | None = None,
) -> AsyncEngine:
    if url.startswith("sqlite"):
        path = _sqlite_path(url)
        if path is not None:
            private_data_file(path)
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Take over transaction control from pysqlite so that BEGIN IMMEDIATE is ours to emit.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Any) -> None:
            reading = conn.get_execution_options().get(READ_ONLY, False)
            conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

        return engine
    engine = create_async_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_recycle=1800,
        pool_timeout=30,
        connect_args={"server_settings": {"search_path": schema}} if schema else {},
    )
    ping_when_idle(engine)
    return engine


def ping_when_idle(engine: AsyncEngine, idle: float = IDLE_BEFORE_PING) -> None:
    """Check a pooled connection before it is handed out, if it sat unused for ``idle`` seconds.

    What ``pool_pre_ping`` does for every checkout, minus the connections in steady use: asyncpg's ping
    is three round trips (``BEGIN``, ``SELECT``, ``ROLLBACK``), and in a raid the group commit and the
    group reads check a connection out several times a second. A dead connection (the server restarted
    while it sat in the pool) is replaced before use, as with pre-ping; one that dies within ``idle``
    seconds of its last use fails its first statement instead, an error that invalidates it and is
    transient for ``Database.run`` and the group commit, which retry the whole unit of work, and that
    puts a message read on the pipeline's wait-for-the-database queue."""
    pool = engine.sync_engine.pool
    dialect = engine.sync_engine.dialect

    @event.listens_for(pool, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["havre_idle_since"] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("havre_idle_since")
        if since is None or time.monotonic() - since < idle:
            return  # a new connection, or one in steady use
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool drops this connection and checks out another
            raise DisconnectionError("a pooled connection did not answer its ping") from exc


def after_commit(session: AsyncSession, callback: Callable[[], object]) -> None:
    """Run ``callback`` once what the caller wrote so far in ``session`` is committed.

    Never if the transaction rolls back, nor if the savepoint it was registered in (a unit of work of
    ``Database.grouped``) rolls back while the rest of the batch commits. For in-memory state that must
    follow the database: caches, "already stored" marks.
    """
    sync = session.sync_session
    current = sync.get_nested_transaction()
    enclosing = []  # the savepoints the work is inside, innermost first
    while current is not None:
        enclosing.append(current)
        current = current.parent
    undone = False

    def on_rollback(_session: Any, previous: Any) -> None:
        nonlocal undone
        undone = undone or any(previous is savepoint for savepoint in enclosing)

    def on_commit(_session: Any) -> None:
        event.remove(sync, "after_soft_rollback", on_rollback)
        if not undone:
            callback()

    event.listen(sync, "after_soft_rollback", on_rollback)
    event.listen(sync, "after_commit", on_commit, once=True)


def one_of(session: AsyncSession, column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN (values)``, written so its SQL is the same whatever the number of values.

    On PostgreSQL ``column = ANY(:array)``: asyncpg prepares each distinct statement text once (a
    round trip) and keeps it, and an ``IN`` list of a different length is a different text, so a
    raid's batched reads would be prepared again nearly every time. SQLite prepares nothing across
    calls: a plain ``IN``.
    """
    listed = list(values)
    if session.sync_session.get_bind().dialect.name == "postgresql":
        return cast(ColumnElement[bool], column == any_(literal(listed, ARRAY(column.type))))
    return cast(ColumnElement[bool], column.in_(listed))


def core_columns(model: Any) -> Any:
    """``model``'s table columns (``core_columns(Strike).user_id``): selected, a read returns plain rows
    of values, without the ORM's loading of each row."""
    return cast(Table, model.__table__).c


def core_insert(model: Any) -> Insert:
    """A Core ``INSERT`` into ``model``'s table. Given a list of rows it is one multi-row statement
    (``insertmanyvalues``), where the ORM's bulk insert splits rows by which columns are null."""
    return insert(cast(Table, model.__table__))


ROW_ID = "row_id"  # the parameter ``update_by_id`` matches rows with


@lru_cache(maxsize=64)
def update_by_id(model: Any) -> Update:
    """A Core ``UPDATE`` of ``model``'s table by primary key ``id``: executed with a list of rows
    (``{ROW_ID: id, column: value, ...}``, the same columns in each) it is one ``executemany``, without
    the ORM's bulk update, which goes through its unit-of-work persistence for every row. Built once
    per table (a statement is immutable)."""
    table = cast(Table, model.__table__)
    return update(table).where(table.c.id == bindparam(ROW_ID))


async def update_rows(session: AsyncSession, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Update rows of ``model``'s table by id: ``rows`` as for ``update_by_id`` (the same columns in each).

    SQLite: ``update_by_id``'s ``executemany``. PostgreSQL: one ``UPDATE ... FROM unnest(...)``, of the
    same text whatever the number of rows, when no id repeats (a repeated id is updated once by such a
    join, so then the ``executemany``, which applies every row in order)."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    ids = [row[ROW_ID] for row in rows]
    if not _is_postgres(session) or len(set(ids)) != len(ids):
        await session.execute(update_by_id(model), list(rows))
        return
    columns = tuple(name for name in rows[0] if name != ROW_ID)
    statement, processors = _unnest_update(table, columns)
    params = _columnar(rows, columns, processors, other=1)  # besides the columns, ROW_ID
    params["ids"] = ids
    await session.execute(statement, params)


@lru_cache(maxsize=64)
def _unnest_update(table: Table, columns: tuple[str, ...]) -> tuple[TextClause, tuple[Any, ...]]:
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.asyncpg.dialect()
    cols = [table.c[name] for name in columns]
    arrays = ", ".join(
        f"CAST(:c{index} AS {column.type.compile(dialect=dialect)}[])" for index, column in enumerate(cols)
    )
    id_type = table.c.id.type.compile(dialect=dialect)
    aliases = ", ".join(f"c{index}" for index in range(len(cols)))
    sets = ", ".join(f'"{name}" = u.c{index}' for index, name in enumerate(columns))
    sql = (
        f'UPDATE "{table.name}" SET {sets} '  # noqa: S608 (our own tables' and columns' names)
        f"FROM unnest(CAST(:ids AS {id_type}[]), {arrays}) AS u(row_id, {aliases}) "
        f'WHERE "{table.name}".id = u.row_id'
    )
    processors = tuple(column.type._cached_bind_processor(dialect) for column in cols)
    return text(sql), processors


def upsert(session: AsyncSession, model: Any, keys: Sequence[str], update: Sequence[str]) -> Insert:
    """A Core ``INSERT ... ON CONFLICT (keys) DO UPDATE SET update = excluded.update`` into ``model``'s
    table, in the session's dialect (SQLite and PostgreSQL spell it alike): one statement where a read
    and then an insert or an update took two. The rows given must not repeat a key. Built once per
    dialect, table and columns (a statement is immutable)."""
    return _upsert(session.sync_session.get_bind().dialect.name, model, tuple(keys), tuple(update))


@lru_cache(maxsize=64)
def _upsert(dialect: str, model: Any, keys: tuple[str, ...], update: tuple[str, ...]) -> Insert:
    from sqlalchemy.dialects import postgresql, sqlite

    table = cast(Table, model.__table__)
    if dialect == "postgresql":
        on_pg = postgresql.insert(table)
        return on_pg.on_conflict_do_update(
            index_elements=list(keys), set_={name: on_pg.excluded[name] for name in update}
        )
    on_sqlite = sqlite.insert(table)
    return on_sqlite.on_conflict_do_update(
        index_elements=list(keys), set_={name: on_sqlite.excluded[name] for name in update}
    )


async def insert_ids(session: AsyncSession, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``model``'s table (autoincrement ``id``) with multi-row statements; the new
    ids, in the order of ``rows``.

    A Core insert on the table, not the ORM's bulk insert, which splits the rows into one statement per
    set of non-null columns. PostgreSQL: ``sort_by_parameter_order`` batches and keeps the order.
    SQLite: it would fall back to one statement per row (no sentinel there), so the rows are inserted in
    one batch and the ids sorted: a multi-row ``INSERT ... VALUES`` inserts its rows in order and gives
    each a rowid larger than any in the table (``AUTOINCREMENT`` or not, below the largest 64-bit
    rowid), so ascending ids are the rows' order.
    """
    if not rows:
        return []
    table = cast(Table, model.__table__)
    if _is_postgres(session):
        columns = tuple(rows[0])
        statement, processors = _unnest_insert(table, columns, True)
        added = await session.execute(statement, _columnar(rows, columns, processors))
        return [int(row_id) for row_id in added.scalars()]
    added = await session.execute(insert(table).returning(table.c.id), rows)
    return sorted(int(row_id) for row_id in added.scalars())


RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock: rolled back whole


def _is_postgres(session: AsyncSession) -> bool:
    return session.sync_session.get_bind().dialect.name == "postgresql"


@lru_cache(maxsize=64)
def _unnest_insert(
    table: Table, columns: tuple[str, ...], with_ids: bool
) -> tuple[TextClause, tuple[Any, ...]]:
    """PostgreSQL: ``INSERT INTO table (columns) SELECT * FROM unnest(arrays)``, one array parameter per
    column, and each column's bind processor (applied to every value before it goes in its array).

    The text is the same whatever the number of rows: asyncpg prepares it once per connection, where a
    multi-row ``VALUES`` list is a new text (a new server-side prepare) for every new number of rows,
    and SQLAlchemy's per-row parameter handling is replaced by one list per column, which asyncpg
    encodes as an array. With ``with_ids`` the ids are drawn from the table's sequence in the same
    statement and returned in the rows' order (the CTE is evaluated once, so the ids inserted are the
    ids returned)."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.asyncpg.dialect()
    cols = [table.c[name] for name in columns]
    arrays = ", ".join(
        f"CAST(:c{index} AS {column.type.compile(dialect=dialect)}[])" for index, column in enumerate(cols)
    )
    names = ", ".join(f'"{name}"' for name in columns)
    aliases = ", ".join(f"c{index}" for index in range(len(cols)))
    processors = tuple(column.type._cached_bind_processor(dialect) for column in cols)
    if not with_ids:
        sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'  # noqa: S608
    else:
        sql = (
            f"WITH given AS (SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) AS id, u.* "  # noqa: S608
            f"FROM unnest({arrays}) WITH ORDINALITY AS u({aliases}, ord)), "
            f'added AS (INSERT INTO "{table.name}" (id, {names}) SELECT id, {aliases} FROM given) '
            "SELECT id FROM given ORDER BY ord"
        )
    return text(sql), processors


def _columnar(
    rows: Sequence[dict[str, Any]], columns: tuple[str, ...], processors: tuple[Any, ...], other: int = 0
) -> dict[str, list[Any]]:
    """One list per column, each value processed; ``other``: keys a row has besides ``columns``."""
    if any(len(row) != len(columns) + other for row in rows):  # a key missing raises, one more is lost
        raise ValueError("rows written with one statement must have the same columns")
    params: dict[str, list[Any]] = {}
    for index, (name, process) in enumerate(zip(columns, processors, strict=True)):
        values = [row[name] for row in rows]
        params[f"c{index}"] = values if process is None else [process(value) for value in values]
    return params


async def bulk_insert(session: AsyncSession, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (the same keys in each) into ``model``'s table with one statement.

    SQLite: a Core multi-row insert. PostgreSQL: ``INSERT ... SELECT * FROM unnest(...)``, a statement
    of the same text whatever the number of rows (``_unnest_insert``)."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    if not _is_postgres(session):
        await session.execute(insert(table), list(rows))
        return
    columns = tuple(rows[0])
    statement, processors = _unnest_insert(table, columns, False)
    await session.execute(statement, _columnar(rows, columns, processors))


async def draw_ids(session: AsyncSession, model: Any, count: int) -> list[int]:
    """PostgreSQL: ``count`` new ids from the sequence of ``model``'s ``id`` column, in increasing order,
    for rows inserted afterwards with their ids given (a row that needs its id before it is written)."""
    if count <= 0:
        return []
    table = cast(Table, model.__table__)
    drawn = await session.execute(_draw_ids_text(table.name), {"n": count})
    return sorted(int(row_id) for row_id in drawn.scalars())


@lru_cache(maxsize=16)
def _draw_ids_text(table: str) -> TextClause:
    return text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)")  # noqa: S608


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    if getattr(getattr(exc, "orig", None), "sqlstate", None) in RETRYABLE_SQLSTATES:
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, (ConnectionError, TimeoutError, OSError))


class Database:
    """Owns the engine; hands out one session per interaction or job (a unit of work)."""

    def __init__(
        self, url: str, *, pool_size: int = 5, max_overflow: int = 10, schema: str | None = None
    ) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size=pool_size, max_overflow=max_overflow, schema=schema)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._readers = async_sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False, autoflush=False
        )
        self.dialect = self.engine.dialect.name
        # One writer at a time on SQLite, in this process; PostgreSQL needs no such lock.
        self._write_lock: asyncio.Lock | None = asyncio.Lock() if self.dialect == "sqlite" else None
        self.group_commit = GroupCommit(self, is_transient=_is_transient)
        self.shared_reads = SharedReads(self)  # the read transactions every ``GroupRead`` shares

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[AsyncSession]:
        """A transaction that commits once at the end, or rolls back on error."""
        if self._write_lock is not None:
            async with self._write_lock, self.sessions() as session, session.begin():
                yield session
        else:
            async with self.sessions() as session, session.begin():
                yield session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        """A session for reads only: never committed, so whatever it changes is dropped at the end.

        On SQLite it neither takes nor waits for the writer's lock (a WAL snapshot), which is what keeps
        the message path's reads fast while decisions are being written.
        """
        async with self._readers() as session:
            yield session

    async def run(
        self, work: Callable[[AsyncSession], Awaitable[T]], *, attempts: int = 4, backoff: float = 0.2
    ) -> T:
        """Run ``work`` in a unit of work, retrying the whole unit on a transient database error."""
        for attempt in range(1, attempts + 1):
            try:
                async with self.unit_of_work() as session:
                    return await work(session)
            except Exception as exc:
                if attempt == attempts or not _is_transient(exc):
                    raise
                log.warning("database hiccup, retrying (%s/%s): %s", attempt, attempts, type(exc).__name__)
                await asyncio.sleep(backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    async def grouped(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Like ``run``, but committed together with the units of work that arrive meanwhile.

        For short, frequent writes on the message path (decisions, their outcomes): one transaction and
        one fsync for a whole burst. See ``bot.db.group_commit`` for the guarantees.
        """
        return await self.group_commit.run(work)

    async def grouped_batch(
        self, key: object, many: Callable[[AsyncSession, list[Any]], Awaitable[list[T]]], item: Any
    ) -> T:
        """Like ``grouped``, for a work that has a batched form: the items of the same ``key`` that meet
        in one transaction are written by one ``many(session, items)`` call (one result per item)."""
        return await self.group_commit.run_batched(key, many, item)

    async def checkpoint(self) -> bool:
        """SQLite: copy the WAL into the database and truncate it (after an erasure, so the erased rows'
        old pages do not stay readable in the ``-wal`` file). Returns False when a reader kept part of
        it (it is folded back at the next checkpoint); always True on PostgreSQL."""
        if self.dialect != "sqlite":
            return True
        async with self.engine.connect() as conn:
            raw = await conn.get_raw_connection()  # outside any transaction: a checkpoint needs that
            cursor = await raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            busy, _log, _moved = await cursor.fetchone()
            await cursor.close()
        return not busy

    async def dispose(self) -> None:
        await self.engine.dispose()
