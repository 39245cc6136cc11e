"""The language to write to a member in, when the event itself does not say.

A message event carries no locale; interactions do. The bot learns the locale of every member who
interacts with it, keeps it in memory (bounded) and in the database (``member_languages``), so an
explanation still reaches a member in their own language after a restart. Otherwise it writes in the
server's language.

Saving is best effort and off the caller's path: ``learn`` is called for every interaction, and a lost
save only means the server's language until the member's next interaction.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database, after_commit, core_columns, one_of
from bot.db.group_read import GroupRead
from bot.db.models import MemberLanguage
from bot.domain.clock import Clock
from bot.domain.i18n import language_of

log = logging.getLogger(__name__)

MAX_REMEMBERED = 50_000
UNKNOWN = ""  # remembered too, so a member with no saved language costs one read, not one per message


class LocaleBook:
    def __init__(self, db: Database, clock: Clock, limit: int = MAX_REMEMBERED) -> None:
        self.db = db
        self.clock = clock
        self.limit = limit
        self._seen: OrderedDict[int, str] = OrderedDict()
        self._saving: set[asyncio.Task[None]] = set()
        self._reads = GroupRead(db, self._read, UNKNOWN)

    @staticmethod
    async def _read(session: AsyncSession, user_ids: list[int]) -> dict[int, str]:
        languages = core_columns(MemberLanguage)
        found = await session.execute(
            select(languages.user_id, languages.language).where(one_of(session, languages.user_id, user_ids))
        )
        return {user_id: language or UNKNOWN for user_id, language in found}

    def _remember(self, user_id: int, language: str) -> None:
        self._seen[user_id] = language
        self._seen.move_to_end(user_id)
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)

    def learn(self, user_id: int, locale: str | None) -> None:
        """An interaction told us the member's locale: remember it, and save it when it changed."""
        if not locale:
            return
        language = language_of(locale)
        changed = self._seen.get(user_id) != language
        self._remember(user_id, language)
        if changed:
            task = asyncio.get_running_loop().create_task(self._save(user_id, language))
            self._saving.add(task)
            task.add_done_callback(self._saving.discard)

    async def _save(self, user_id: int, language: str) -> None:
        now = self.clock.now()
        insert = pg_insert if self.db.is_postgres else sqlite_insert
        upsert = (
            insert(MemberLanguage)
            .values(user_id=user_id, language=language, updated_at=now)
            .on_conflict_do_update(index_elements=["user_id"], set_={"language": language, "updated_at": now})
        )

        async def work(session: AsyncSession) -> None:
            await session.execute(upsert)

        try:
            await self.db.grouped(work)
        except Exception:
            log.warning("could not save the language of a member (kept in memory)", exc_info=True)

    async def language(self, user_id: int, fallback: str) -> str:
        """The member's language if known (memory, then the database), else ``fallback`` (the server's)."""
        known = self._seen.get(user_id)
        if known is None:
            known = await self._reads.get(user_id)  # shared with the look-ups asked for meanwhile
            if user_id not in self._seen:  # an interaction may have taught us meanwhile
                self._remember(user_id, known)
            else:
                known = self._seen[user_id]
        return known or language_of(fallback)

    async def erase(self, session: AsyncSession, user_id: int) -> None:
        """The member's data is being erased: their saved language goes in the caller's transaction,
        and the remembered one once that transaction commits."""
        await session.execute(delete(MemberLanguage).where(MemberLanguage.user_id == user_id))
        after_commit(session, lambda: self._seen.pop(user_id, None))

    async def drain(self) -> None:
        """Wait for the saves in flight (in tests; ``stop`` at shutdown)."""
        if self._saving:
            await asyncio.gather(*list(self._saving), return_exceptions=True)

    async def stop(self) -> None:
        """Called by the bot when it closes: saves in flight finish before the database goes."""
        await self.drain()
