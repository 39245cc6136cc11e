"""The dashboard's server-side sessions on SQLite and PostgreSQL: the database keeps only a hash of the
cookie's token; a login replaces the token; sessions expire; logout removes them."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import WebSession
from bot.domain.clock import MovableClock
from bot.web.security import token_hash
from bot.web.sessions import SessionStore


async def test_sessions_are_kept_hashed_rotated_and_expire(db: Database) -> None:
    clock = MovableClock()
    store = SessionStore(db, clock)
    anonymous = store.anonymous("fr")
    anonymous.data["login"] = {"state": "s"}
    await store.save(anonymous)
    async with db.reading() as session:
        [row] = (await session.scalars(select(WebSession))).all()
    assert row.id == token_hash(anonymous.token) and anonymous.token not in row.id  # never the token itself
    loaded = await store.load(anonymous.token)
    assert loaded is not None and loaded.data == {"login": {"state": "s"}} and loaded.language == "fr"

    fresh = await store.rotate(loaded, 424242)  # logged in: a new token and a new CSRF token
    assert fresh.token != anonymous.token and fresh.csrf != anonymous.csrf
    assert await store.load(anonymous.token) is None
    again = await store.load(fresh.token)
    assert again is not None and again.user_id == 424242

    clock.advance(timedelta(hours=13))  # past the 12 hours
    assert await store.load(fresh.token) is None
    assert await store.purge() == 1
    assert await store.load("made-up-token") is None and await store.load("x" * 500) is None

    other = await store.rotate(store.anonymous("en"), 7)
    await store.drop(other.token)  # logout
    assert await store.load(other.token) is None
