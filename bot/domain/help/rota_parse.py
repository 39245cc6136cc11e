"""Reading a rota from TOML or from plain lines, with errors that say where and what is wrong.

TOML::

    timezone = "Europe/Paris"          # default zone for every shift

    [[shift]]
    moderator = 111111111111111111     # a Discord user id (a number or a quoted number)
    days = ["mon", "tue", "wed"]       # or day = "saturday"; "daily", "weekdays", "weekend"
    start = "22:00"
    end = "06:00"                      # at or before start: ends the next day; "24:00" allowed
    timezone = "America/Montreal"      # optional, overrides the default

Lines (one shift per line, ``#`` starts a comment)::

    111111111111111111  mon,tue,wed  22:00-06:00  Europe/Paris
    222222222222222222  weekend      09:00-17:00
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.help.rota import Rota, RotaEntry

_DAY_NAMES: dict[str, tuple[int, ...]] = {}
for _index, _names in enumerate(
    (
        ("mon", "monday", "lun", "lundi"),
        ("tue", "tuesday", "mar", "mardi"),
        ("wed", "wednesday", "mer", "mercredi"),
        ("thu", "thursday", "jeu", "jeudi"),
        ("fri", "friday", "ven", "vendredi"),
        ("sat", "saturday", "sam", "samedi"),
        ("sun", "sunday", "dim", "dimanche"),
    )
):
    for _name in _names:
        _DAY_NAMES[_name] = (_index,)
_DAY_NAMES.update(
    {
        "daily": tuple(range(7)),
        "everyday": tuple(range(7)),
        "weekdays": tuple(range(5)),
        "weekend": (5, 6),
    }
)


class RotaParseError(ValueError):
    """A rota that cannot be read. ``str()`` names the source, the shift or line, the field, the problem."""

    def __init__(self, source: str, where: str, field: str, problem: str) -> None:
        self.source = source
        self.where = where
        self.field = field
        self.problem = problem
        super().__init__(f"{source}: {where}: field '{field}': {problem}")


def parse_time(text: object, *, allow_24: bool = False) -> time:
    """ "HH:MM" (24-hour clock) → time; "24:00" → midnight when ``allow_24``. Raises ValueError."""
    if not isinstance(text, str):
        raise ValueError(f'expected a time as text like "09:30", got {text!r}')
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        raise ValueError(f'{text!r} is not a time like "09:30" (HH:MM, 24-hour clock)')
    hours, minutes = int(parts[0]), int(parts[1])
    if allow_24 and (hours, minutes) == (24, 0):
        return time(0, 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"{text!r} is not a valid time of day")
    return time(hours, minutes)


def parse_days(value: object) -> tuple[int, ...]:
    """A day name, a comma-separated list, or a list of names → sorted weekday numbers (Monday = 0)."""
    if isinstance(value, str):
        names = [n for n in value.replace(" ", ",").split(",") if n]
    elif isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
        names = list(value)
    else:
        raise ValueError(f'expected day names like "mon" or ["mon", "tue"], got {value!r}')
    if not names:
        raise ValueError("no day given")
    days: set[int] = set()
    for name in names:
        found = _DAY_NAMES.get(name.strip().lower())
        if found is None:
            raise ValueError(f"unknown day {name!r} (use mon…sun, lundi…dimanche, daily, weekdays, weekend)")
        days.update(found)
    return tuple(sorted(days))


def parse_timezone(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f'expected a time zone name like "Europe/Paris", got {value!r}')
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'unknown time zone {value!r} (use a name like "Europe/Paris")') from None
    return value.strip()


def parse_moderator(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"expected a Discord user id (a positive number), got {value!r}")
    return value


def _entries(moderator: int, days: tuple[int, ...], start: time, end: time, tz: str) -> list[RotaEntry]:
    return [RotaEntry(moderator_id=moderator, weekday=d, start=start, end=end, tz=tz) for d in days]


def _required(table: Mapping[str, object], key: str) -> object:
    if key not in table:
        raise ValueError("missing")
    return table[key]


def rota_from_mapping(
    data: Mapping[str, object], source: str = "<rota>", default_tz: str | None = None
) -> Rota:
    """Build a rota from already-parsed TOML data (see the module docstring)."""
    unknown = set(data) - {"timezone", "tz", "shift"}
    if unknown:
        raise RotaParseError(source, "top level", sorted(unknown)[0], "unknown setting")
    zone_value = data.get("timezone", data.get("tz", default_tz))
    top_tz: str | None = None
    if zone_value is not None:
        try:
            top_tz = parse_timezone(zone_value)
        except ValueError as exc:
            raise RotaParseError(source, "top level", "timezone", str(exc)) from None
    shifts = data.get("shift", [])
    if not isinstance(shifts, list):
        raise RotaParseError(source, "top level", "shift", "expected a list of [[shift]] tables")
    entries: list[RotaEntry] = []
    for number, shift in enumerate(shifts, start=1):
        where = f"shift #{number}"
        if not isinstance(shift, Mapping):
            raise RotaParseError(source, where, "shift", "expected a table")
        allowed = {"moderator", "day", "days", "start", "end", "timezone", "tz"}
        extra = set(shift) - allowed
        if extra:
            raise RotaParseError(source, where, sorted(extra)[0], "unknown field")
        field = ""
        try:
            field = "moderator"
            moderator = parse_moderator(_required(shift, "moderator"))
            field = "days"
            if "day" not in shift and "days" not in shift:
                raise ValueError('missing (give day = "mon" or days = ["mon", "tue"])')
            days = parse_days(shift.get("days", shift.get("day")))
            field = "start"
            start = parse_time(_required(shift, "start"))
            field = "end"
            end = parse_time(_required(shift, "end"), allow_24=True)
            field = "timezone"
            zone = shift.get("timezone", shift.get("tz"))
            if zone is None and top_tz is None:
                raise ValueError("missing (set it on the shift or at the top of the file)")
            tz = parse_timezone(zone) if zone is not None else top_tz
        except ValueError as exc:
            raise RotaParseError(source, where, field, str(exc)) from None
        assert tz is not None
        entries.extend(_entries(moderator, days, start, end, tz))
    return Rota(entries=tuple(entries))


def parse_rota_toml(text: str, source: str = "<rota>", default_tz: str | None = None) -> Rota:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RotaParseError(source, "file", "toml", f"not valid TOML ({exc})") from None
    return rota_from_mapping(data, source, default_tz)


def parse_rota_text(text: str, source: str = "<rota>", default_tz: str | None = None) -> Rota:
    """One shift per line: ``<moderator id> <days> <HH:MM>-<HH:MM> [time zone]``."""
    entries: list[RotaEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"line {number}"
        parts = line.split()
        if len(parts) not in (3, 4):
            raise RotaParseError(
                source, where, "line", "expected '<moderator id> <days> <HH:MM>-<HH:MM> [time zone]'"
            )
        field = ""
        try:
            field = "moderator"
            moderator = parse_moderator(parts[0])
            field = "days"
            days = parse_days(parts[1])
            field = "hours"
            if parts[2].count("-") != 1:
                raise ValueError(f'{parts[2]!r} is not a range like "09:00-17:00"')
            first, second = parts[2].split("-")
            start, end = parse_time(first), parse_time(second, allow_24=True)
            field = "timezone"
            if len(parts) == 4:
                tz = parse_timezone(parts[3])
            elif default_tz is not None:
                tz = parse_timezone(default_tz)
            else:
                raise ValueError('missing (add a time zone like "Europe/Paris" at the end of the line)')
        except ValueError as exc:
            raise RotaParseError(source, where, field, str(exc)) from None
        entries.extend(_entries(moderator, days, start, end, tz))
    return Rota(entries=tuple(entries))
