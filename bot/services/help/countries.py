"""The country a member chose for their helplines, asked once and remembered (issue 13, point 5).

Kept on the member's ``member_languages`` row (erased with it). A member with no saved language gets one
with the language they were asked in.
"""

from __future__ import annotations

from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.models import MemberLanguage
from bot.domain.clock import Clock

# The choices offered (ISO codes with helplines in the presets); "" means "another country".
CHOICES = ("FR", "BE", "CH", "CA", "US", "GB", "IE")


class MemberCountries:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def get(self, user_id: int) -> str | None:
        async with self.db.reading() as session:
            found = await session.scalar(
                select(MemberLanguage.country).where(MemberLanguage.user_id == user_id)
            )
        return found or None

    async def set(self, user_id: int, country: str, language: str) -> None:
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            changed = await session.execute(
                update(MemberLanguage)
                .where(MemberLanguage.user_id == user_id)
                .values(country=country or None, updated_at=now)
            )
            if not changed.rowcount:  # type: ignore[attr-defined]
                session.add(
                    MemberLanguage(
                        user_id=user_id, language=language, updated_at=now, country=country or None
                    )
                )
