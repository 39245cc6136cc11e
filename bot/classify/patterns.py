"""Policy patterns: regular expressions on the message text (invite links, phone numbers, ...).

Each pattern is tried on the raw text and, if that does not match, on its folded form
(``bot.classify.normalize.fold``: casefolded, invisible characters removed, confusables mapped), so
``dіscord.gg/x`` with a Cyrillic ``і`` or a zero-width space inside still matches. Patterns are
compiled case-insensitively. A hit is ``TermHit(list_id=pattern_id, term=pattern_id)``: the member's
text is never copied into a signal.

Patterns come from policy files written by the server's administrators, so they are compiled with RE2
(``bot.domain.policy.safe_regex``): matching is linear in the text, and a pattern RE2 refuses (lookarounds,
backreferences) is a ``PatternError``. On top of that, one message gets at most ``budget_seconds`` of
pattern matching: patterns left when the budget is spent are skipped for that message, and a warning
names the pattern (never the text).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from bot.classify.normalize import fold
from bot.domain.policy.safe_regex import UnsafePattern, compile_safe
from bot.domain.signals import TermHit

__all__ = ["DEFAULT_BUDGET_SECONDS", "DISCORD_INVITE", "PatternError", "PatternMatcher"]

log = logging.getLogger(__name__)

# discord.gg/x, discord.com/invite/x, discordapp.com/invite/x, discord.me|io|li/x, dsc.gg/x
DISCORD_INVITE = (
    r"(?:discord(?:app)?\s*[.,]\s*(?:gg|com\s*/\s*invite|io|me|li)|dsc\s*\.\s*gg)\s*/\s*[a-z0-9-]{2,}"
)
DEFAULT_BUDGET_SECONDS = 0.05


class PatternError(ValueError):
    """A pattern that does not compile; the message names the pattern id."""


class PatternMatcher:
    def __init__(
        self, patterns: Mapping[str, str], *, budget_seconds: float = DEFAULT_BUDGET_SECONDS
    ) -> None:
        compiled: list[tuple[str, Any]] = []
        for pattern_id, regex in patterns.items():
            try:
                compiled.append((pattern_id, compile_safe(regex)))
            except UnsafePattern as exc:
                raise PatternError(f"pattern {pattern_id!r} {exc}") from exc
        self._patterns = tuple(compiled)
        self.budget_seconds = budget_seconds
        self.over_budget = 0  # messages whose pattern matching was cut short (for tests and metrics)

    def find(self, text: str, folded: str | None = None) -> tuple[TermHit, ...]:
        """Patterns found in ``text`` or in its folded form (pass ``folded`` if already computed)."""
        if not self._patterns:
            return ()
        # ASCII text folds to its lower case, which a case-insensitive pattern already covers.
        second = None if text.isascii() else (folded if folded is not None else fold(text))
        hits: list[TermHit] = []
        deadline = time.perf_counter() + self.budget_seconds
        for index, (pattern_id, pattern) in enumerate(self._patterns):
            if index and time.perf_counter() > deadline:
                self.over_budget += 1
                log.warning(
                    "pattern matching over its %.0f ms budget; skipped %d pattern(s) from %r on",
                    self.budget_seconds * 1000,
                    len(self._patterns) - index,
                    pattern_id,
                )
                break
            if pattern.search(text) is not None or (second is not None and pattern.search(second)):
                hits.append(TermHit(pattern_id, pattern_id))
        return tuple(hits)
