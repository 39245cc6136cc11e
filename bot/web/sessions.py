"""Server-side sessions in the database (``web_sessions``), so the bot and a separate ``havre web`` share
them and a restart logs nobody out. The cookie carries a random token; the row is keyed by its hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete

from bot.db.engine import Database
from bot.db.models import WebSession
from bot.domain.clock import Clock
from bot.web.security import new_token, token_hash

LIFETIME = timedelta(hours=12)
ANONYMOUS_LIFETIME = timedelta(minutes=15)  # a login that was started and not finished


@dataclass
class Session:
    token: str  # the cookie's value (never stored)
    user_id: int | None
    guild_id: int | None
    csrf: str
    language: str
    data: dict[str, Any] = field(default_factory=dict)
    expires_at: datetime | None = None
    dirty: bool = False
    new: bool = False

    @property
    def logged_in(self) -> bool:
        return self.user_id is not None


class SessionStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def load(self, token: str | None) -> Session | None:
        if not token or len(token) > 200:
            return None
        async with self.db.reading() as session:
            row = await session.get(WebSession, token_hash(token))
            if row is None or row.expires_at <= self.clock.now():
                return None
            return Session(
                token, row.user_id, row.guild_id, row.csrf, row.language, dict(row.data or {}), row.expires_at
            )

    def anonymous(self, language: str) -> Session:
        return Session(new_token(), None, None, new_token(), language, new=True, dirty=True)

    async def save(self, item: Session) -> None:
        now = self.clock.now()
        lifetime = LIFETIME if item.logged_in else ANONYMOUS_LIFETIME
        async with self.db.unit_of_work() as session:
            row = await session.get(WebSession, token_hash(item.token))
            if row is None:
                row = WebSession(id=token_hash(item.token), created_at=now)
                session.add(row)
            row.user_id, row.guild_id, row.csrf = item.user_id, item.guild_id, item.csrf
            row.language, row.data = item.language, dict(item.data)
            row.expires_at = item.expires_at if item.expires_at and not item.new else now + lifetime
        item.dirty = item.new = False

    async def rotate(self, item: Session, user_id: int) -> Session:
        """Logged in: a new token and a new CSRF token (no session fixation), the old row gone."""
        await self.drop(item.token)
        fresh = Session(new_token(), user_id, None, new_token(), item.language, new=True, dirty=True)
        fresh.expires_at = self.clock.now() + LIFETIME
        await self.save(fresh)
        return fresh

    async def drop(self, token: str) -> None:
        async with self.db.unit_of_work() as session:
            await session.execute(delete(WebSession).where(WebSession.id == token_hash(token)))

    async def purge(self) -> int:
        async with self.db.unit_of_work() as session:
            result = await session.execute(
                delete(WebSession).where(WebSession.expires_at <= self.clock.now())
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]
