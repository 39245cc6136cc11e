"""Server settings are read from memory, yet a change is never missed (``GuildService.load``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.guilds import GuildService

GUILD = 4242


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements the database receives inside the block."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)


class Ticker:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_settings_are_read_once_then_served_from_memory(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    created = await guilds.load(GUILD)  # first sight: the row is created with the defaults
    assert created.preset == "patient" and created.language == "en"
    with statements(db) as seen:
        for _ in range(50):
            assert (await guilds.load(GUILD)).language == "en"
    assert seen == []


async def test_a_change_made_here_is_seen_at_once(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    await guilds.load(GUILD)
    async with db.unit_of_work() as session:
        diff = await guilds.update(session, GUILD, language="fr", help_channel_id=77)
        assert diff == {"language": ("en", "fr"), "help_channel_id": (None, 77)}
    row = await guilds.load(GUILD)
    assert (row.language, row.help_channel_id) == ("fr", 77)


async def test_a_change_that_rolled_back_is_not_seen(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    await guilds.load(GUILD)
    try:
        async with db.unit_of_work() as session:
            await guilds.update(session, GUILD, language="fr")
            raise RuntimeError("the admin's command failed half-way")
    except RuntimeError:
        pass
    assert (await guilds.load(GUILD)).language == "en"


async def test_another_process_change_is_seen_within_the_ttl(db: Database) -> None:
    ticker = Ticker()
    here = GuildService(db, MovableClock(), ttl=30.0, monotonic=ticker)
    elsewhere = GuildService(db, MovableClock())  # another bot process on the same database
    await here.load(GUILD)
    async with db.unit_of_work() as session:
        await elsewhere.update(session, GUILD, preset="game")
    ticker.now += 29.0
    assert (await here.load(GUILD)).preset == "patient"  # still the cached copy
    ticker.now += 1.5
    assert (await here.load(GUILD)).preset == "game"


async def test_a_read_that_overlapped_a_change_is_not_kept(db: Database) -> None:
    guilds = GuildService(db, MovableClock())
    await guilds.load(GUILD)
    guilds.forget(GUILD)
    reading = db.reading

    def change_during_the_read() -> object:  # the change commits while this load is reading
        guilds.forget(GUILD)
        return reading()

    db.reading = change_during_the_read  # type: ignore[method-assign]
    try:
        await guilds.load(GUILD)
    finally:
        db.reading = reading  # type: ignore[method-assign]
    with statements(db) as seen:
        await guilds.load(GUILD)
    assert seen, "a read that raced with a change must not be served from memory"
