"""Policy patterns: regular expressions on the message text (invite links, phone numbers, ...).

Each pattern is tried on the raw text and, if that does not match, on its folded form
(``bot.classify.normalize.fold``: casefolded, invisible characters removed, confusables mapped), so
``dіscord.gg/x`` with a Cyrillic ``і`` or a zero-width space inside still matches. Patterns are
compiled case-insensitively. A hit is ``TermHit(list_id=pattern_id, term=pattern_id)``: the member's
text is never copied into a signal.

Patterns come from policy files written by the server's administrators; Python's ``re`` has no time
limit, so keep them simple (no nested quantifiers such as ``(a+)+``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.classify.normalize import fold
from bot.domain.signals import TermHit

__all__ = ["DISCORD_INVITE", "PatternError", "PatternMatcher"]

# discord.gg/x, discord.com/invite/x, discordapp.com/invite/x, discord.me|io|li/x, dsc.gg/x
DISCORD_INVITE = (
    r"(?:discord(?:app)?\s*[.,]\s*(?:gg|com\s*/\s*invite|io|me|li)|dsc\s*\.\s*gg)\s*/\s*[a-z0-9-]{2,}"
)


class PatternError(ValueError):
    """A pattern that does not compile; the message names the pattern id."""


class PatternMatcher:
    def __init__(self, patterns: Mapping[str, str]) -> None:
        compiled: list[tuple[str, re.Pattern[str]]] = []
        for pattern_id, regex in patterns.items():
            try:
                compiled.append((pattern_id, re.compile(regex, re.IGNORECASE)))
            except re.error as exc:
                message = f"pattern {pattern_id!r} is not a valid regular expression: {exc}"
                raise PatternError(message) from exc
        self._patterns = tuple(compiled)

    def find(self, text: str, folded: str | None = None) -> tuple[TermHit, ...]:
        """Patterns found in ``text`` or in its folded form (pass ``folded`` if already computed)."""
        if not self._patterns:
            return ()
        # ASCII text folds to its lower case, which a case-insensitive pattern already covers.
        second = None if text.isascii() else (folded if folded is not None else fold(text))
        hits: list[TermHit] = []
        for pattern_id, pattern in self._patterns:
            if pattern.search(text) is not None or (second is not None and pattern.search(second)):
                hits.append(TermHit(pattern_id, pattern_id))
        return tuple(hits)
