"""Durations as policy files and moderators write them, and as members read them.

Accepted: "30s", "10m", "24h", "7d", "2w", "1h30m"; French units ("7j", "2sem", "10min", « 1 h 30 »);
spelled-out units in either language ("7 days", "3 jours", "2 semaines", "1 heure 30 minutes").
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.domain.i18n import plural

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
# Every way a moderator writes a unit, French or English, to its one-letter code. Longest first in the
# pattern below, so "min" is not read as "m" followed by "in".
_UNIT_WORDS = {
    "s": ("s", "sec", "secs", "second", "seconds", "seconde", "secondes"),
    "m": ("m", "min", "mins", "minute", "minutes", "mn"),
    "h": ("h", "hr", "hrs", "hour", "hours", "heure", "heures"),
    "d": ("d", "day", "days", "j", "jr", "jrs", "jour", "jours"),
    "w": ("w", "wk", "wks", "week", "weeks", "sem", "semaine", "semaines"),
}
_UNIT_OF = {word: code for code, words in _UNIT_WORDS.items() for word in words}
_UNIT_ALTERNATION = "|".join(sorted(_UNIT_OF, key=len, reverse=True))
_PART = re.compile(rf"(\d+)({_UNIT_ALTERNATION})")
_WHOLE = re.compile(rf"(?:\d+(?:{_UNIT_ALTERNATION}))+")

_JOINERS = re.compile(r"[\s,\u00a0\u202f]+|\b(?:et|and)\b")
_HOURS_MINUTES = re.compile(r"\d+h\d+")

DURATION_HINT = "use a number and a unit, e.g. 30s, 10m, 24h, 7d (7j), 2w (2sem) (or 0)"
# A policy duration never needs more than ten years; the bound keeps "99999999999999999999999d" (and the
# dates computed from it) a policy error instead of an overflow deep inside datetime.
MAX_DAYS = 3650
MAX_DURATION = timedelta(days=MAX_DAYS)
_MAX_TEXT = 40


def parse_duration(value: object) -> timedelta:
    """Parse a policy duration. Raises ``ValueError`` with a plain message when it is not one."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(f"{value!r} is not a duration; {DURATION_HINT}")
    text = _JOINERS.sub("", value.strip().lower())
    if _HOURS_MINUTES.fullmatch(text):  # "1h30", « 1 h 30 »: the minutes after the hours, unit left out
        text += "m"
    if len(text) > _MAX_TEXT:
        raise ValueError(f"is too long to be a duration; {DURATION_HINT}, at most {MAX_DAYS}d")
    if text == "0":
        return timedelta(0)
    if not _WHOLE.fullmatch(text):
        raise ValueError(f"{value!r} is not a duration; {DURATION_HINT}")
    seconds = sum(int(n) * _UNITS[_UNIT_OF[unit]] for n, unit in _PART.findall(text))
    if seconds > MAX_DURATION.total_seconds():
        raise ValueError(f"{value!r} is longer than the longest duration allowed ({MAX_DAYS}d)")
    return timedelta(seconds=seconds)


def duration_code(value: timedelta) -> str:
    """The compact form of a duration ("10m", "24h", "7d"), for logs and replay output."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0"
    for unit in ("w", "d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def format_duration(value: timedelta, lang: str) -> str:
    """A duration in plain words: "10 minutes", "24 hours", "7 days" / « 10 minutes », « 24 heures »."""
    seconds = int(value.total_seconds())
    if seconds >= 2 * 86400 and seconds % 86400 == 0:
        n, unit = seconds // 86400, "day"
    elif seconds >= 3600 and seconds % 3600 == 0:
        n, unit = seconds // 3600, "hour"
    elif seconds >= 60 and seconds % 60 == 0:
        n, unit = seconds // 60, "minute"
    else:
        n, unit = seconds, "second"
    return plural(f"moderation.unit.{unit}", lang, n)  # CLDR plural rules, by Babel
