"""The language to write to a member in, when the event itself does not say.

A message event carries no locale; interactions do. The bot remembers the locale of every member who
interacted with it (in memory, bounded) and otherwise writes in the server's language.
"""

from __future__ import annotations

from collections import OrderedDict

from bot.domain.i18n import language_of

MAX_REMEMBERED = 50_000


class LocaleBook:
    def __init__(self, limit: int = MAX_REMEMBERED) -> None:
        self.limit = limit
        self._seen: OrderedDict[int, str] = OrderedDict()

    def learn(self, user_id: int, locale: str | None) -> None:
        if not locale:
            return
        self._seen[user_id] = language_of(locale)
        self._seen.move_to_end(user_id)
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)

    def language(self, user_id: int, fallback: str) -> str:
        """The member's language if known, else ``fallback`` (the server's language)."""
        return self._seen.get(user_id) or language_of(fallback)
