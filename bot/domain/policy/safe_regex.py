"""Regular expressions typed by server administrators, compiled with RE2: matching time grows linearly
with the text, whatever the pattern, so ``(a+)+$`` cannot stall the bot.

RE2 refuses what it cannot run in linear time (lookarounds ``(?=…)``, ``(?<=…)``, backreferences
``\\1``, counted repetitions above 1000, verbose mode ``(?x)``): such a pattern is a policy error that
says so. Other differences with Python's ``re``: ``\\d``, ``\\w`` and ``\\b`` are ASCII-only (use
``\\p{L}``, ``\\p{N}`` for letters and digits of every script); case-insensitive matching is Unicode.
"""

from __future__ import annotations

from typing import Any

import re2

MAX_PATTERN_CHARS = 2000
MAX_PROGRAM_BYTES = 4 << 20  # RE2's memory budget for one compiled pattern

__all__ = ["MAX_PATTERN_CHARS", "UnsafePattern", "compile_safe"]

RE2_SYNTAX = "https://github.com/google/re2/wiki/Syntax"


class UnsafePattern(ValueError):
    """A pattern RE2 cannot compile; the message says why in plain words."""


def _options(ignore_case: bool) -> Any:
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False  # the reason goes into the policy error, not stderr
    options.max_mem = MAX_PROGRAM_BYTES
    return options


def compile_safe(regex: str, *, ignore_case: bool = True) -> Any:
    """A compiled RE2 pattern (``search(text)`` returns a match or None). Raises ``UnsafePattern``."""
    if len(regex) > MAX_PATTERN_CHARS:
        raise UnsafePattern(f"is longer than {MAX_PATTERN_CHARS} characters")
    try:
        return re2.compile(regex, _options(ignore_case))
    except re2.error as exc:
        reason = (
            exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else exc
        )
        raise UnsafePattern(
            f"is not a regular expression Havre can run: {reason} (patterns use RE2 syntax, which runs in "
            "time proportional to the message: lookarounds, backreferences and repetitions over 1000 "
            f"are not available; see {RE2_SYNTAX})"
        ) from exc
