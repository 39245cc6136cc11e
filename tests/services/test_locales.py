"""A member's language outlives a restart, and costs at most one read."""

from __future__ import annotations

from sqlalchemy import event

from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.locales import LocaleBook

ALICE, BOB = 111, 222


async def test_a_learned_language_is_saved_and_read_back_by_a_new_process(db: Database) -> None:
    book = LocaleBook(db, MovableClock())
    book.learn(ALICE, "en-GB")
    assert await book.language(ALICE, "fr") == "en"  # at once, from memory
    await book.drain()
    after_restart = LocaleBook(db, MovableClock())
    assert await after_restart.language(ALICE, "fr") == "en"
    assert await after_restart.language(BOB, "fr") == "fr"  # never seen: the server's language


async def test_a_change_of_language_replaces_the_saved_one(db: Database) -> None:
    book = LocaleBook(db, MovableClock())
    book.learn(ALICE, "fr")
    await book.drain()
    book.learn(ALICE, "en-US")
    await book.drain()
    assert await LocaleBook(db, MovableClock()).language(ALICE, "fr") == "en"


async def test_an_unknown_member_is_looked_up_once(db: Database) -> None:
    book = LocaleBook(db, MovableClock())
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        for _ in range(20):
            assert await book.language(BOB, "fr") == "fr"
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)
    assert sum("member_languages" in s for s in seen) == 1


async def test_the_same_language_again_is_not_saved_again(db: Database) -> None:
    book = LocaleBook(db, MovableClock())
    book.learn(ALICE, "fr")
    await book.drain()
    saves = db.group_commit.works
    for _ in range(10):
        book.learn(ALICE, "fr")
    await book.drain()
    assert db.group_commit.works == saves
