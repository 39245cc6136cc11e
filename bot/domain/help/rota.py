"""Who is on duty: a weekly rota in local time zones, plus manual shifts (``/shift start|end``).

A rota entry is a weekly shift in wall-clock time: "moderator 42, Monday, 22:00 → 06:00, Europe/Paris".
An end at or before the start means the shift ends the next day ("24:00" is accepted as an end). Wall
times follow the zone's daylight-saving rules: a 09:00 shift in Paris starts at 08:00 UTC in winter and
07:00 UTC in summer. A start that falls in a spring-forward gap begins at the first wall time after the gap
(02:30 → 03:30 CEST); an ambiguous autumn time uses its first occurrence.

Manual shifts override the rota: the most recent manual record active at a time decides for that
moderator (an "on" record puts them on duty, an "off" record — ending a scheduled shift early — takes
them off); with no active manual record, the rota decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.clock import ensure_utc

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RotaEntry:
    moderator_id: int
    weekday: int  # 0 = Monday … 6 = Sunday, in the entry's time zone
    start: time
    end: time  # at or before ``start``: the shift ends the next day
    tz: str  # an IANA zone, e.g. "Europe/Paris"

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), got {self.weekday}")
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.tz!r}") from None

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def occurrence(self, local_day: date) -> tuple[datetime, datetime]:
        """The shift starting on ``local_day`` (which must be the entry's weekday), in UTC."""
        zone = ZoneInfo(self.tz)
        start = datetime.combine(local_day, self.start, tzinfo=zone)
        end_day = local_day + _DAY if self.crosses_midnight else local_day
        end = datetime.combine(end_day, self.end, tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def occurrences(self, start_utc: datetime, end_utc: datetime) -> list[tuple[datetime, datetime]]:
        """Every occurrence overlapping [start_utc, end_utc)."""
        start_utc, end_utc = ensure_utc(start_utc), ensure_utc(end_utc)
        zone = ZoneInfo(self.tz)
        first = start_utc.astimezone(zone).date() - 2 * _DAY
        last = end_utc.astimezone(zone).date() + _DAY
        found: list[tuple[datetime, datetime]] = []
        day = first + timedelta(days=(self.weekday - first.weekday()) % 7)
        while day <= last:
            begin, end = self.occurrence(day)
            if end > start_utc and begin < end_utc:
                found.append((begin, end))
            day += 7 * _DAY
        return found


@dataclass(frozen=True, slots=True)
class Rota:
    entries: tuple[RotaEntry, ...] = ()

    @property
    def moderators(self) -> frozenset[int]:
        return frozenset(e.moderator_id for e in self.entries)


@dataclass(frozen=True, slots=True)
class RotaChange:
    at: datetime
    moderator_id: int
    starts: bool  # True: the shift starts; False: it ends


def _merge(intervals: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for begin, end in sorted(intervals):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return merged


def duty_intervals(
    rota: Rota, start_utc: datetime, end_utc: datetime
) -> dict[int, list[tuple[datetime, datetime]]]:
    """Each moderator's scheduled duty overlapping [start_utc, end_utc), overlapping and back-to-back
    shifts merged into one interval. Intervals are not clipped to the window."""
    start_utc, end_utc = ensure_utc(start_utc), ensure_utc(end_utc)
    raw: dict[int, list[tuple[datetime, datetime]]] = {}
    for entry in rota.entries:
        raw.setdefault(entry.moderator_id, []).extend(entry.occurrences(start_utc, end_utc))
    return {moderator: _merge(found) for moderator, found in raw.items() if found}


def on_duty_at(rota: Rota, when_utc: datetime) -> set[int]:
    """The moderators the rota puts on duty at ``when_utc`` (start inclusive, end exclusive)."""
    when = ensure_utc(when_utc)
    return {
        entry.moderator_id
        for entry in rota.entries
        if any(
            begin <= when < end for begin, end in entry.occurrences(when, when + timedelta(microseconds=1))
        )
    }


def next_changes(rota: Rota, after_utc: datetime, until_utc: datetime) -> list[RotaChange]:
    """Shift starts and ends with ``after_utc < at <= until_utc``, in time order (ends before starts at the
    same instant), for scheduling the shift start/end jobs. Back-to-back shifts of one moderator make no
    change at the hand-over."""
    after, until = ensure_utc(after_utc), ensure_utc(until_utc)
    changes: list[RotaChange] = []
    for moderator, intervals in duty_intervals(rota, after - _DAY, until + _DAY).items():
        for begin, end in intervals:
            if after < begin <= until:
                changes.append(RotaChange(at=begin, moderator_id=moderator, starts=True))
            if after < end <= until:
                changes.append(RotaChange(at=end, moderator_id=moderator, starts=False))
    return sorted(changes, key=lambda c: (c.at, c.starts, c.moderator_id))


def scheduled_shift_end(rota: Rota, moderator_id: int, now: datetime) -> datetime | None:
    """When the moderator's current scheduled duty ends (None if the rota has them off duty now)."""
    now = ensure_utc(now)
    for begin, end in duty_intervals(rota, now, now + timedelta(microseconds=1)).get(moderator_id, []):
        if begin <= now < end:
            return end
    return None


# --- manual shifts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ManualShift:
    moderator_id: int
    started_at: datetime
    ended_at: datetime | None = None  # None: until ``/shift end``
    on_duty: bool = True  # False: off duty despite the rota (a scheduled shift ended early)

    def active_at(self, when: datetime) -> bool:
        return self.started_at <= when and (self.ended_at is None or when < self.ended_at)


def _manual_state(manual_shifts: Sequence[ManualShift], now: datetime) -> dict[int, bool]:
    latest: dict[int, ManualShift] = {}
    for shift in manual_shifts:
        if shift.active_at(now):
            current = latest.get(shift.moderator_id)
            if current is None or shift.started_at >= current.started_at:
                latest[shift.moderator_id] = shift
    return {moderator: shift.on_duty for moderator, shift in latest.items()}


def on_duty(manual_shifts: Sequence[ManualShift], rota: Rota, now: datetime) -> set[int]:
    """Everyone on duty at ``now``: the rota, overridden per moderator by their latest active manual shift."""
    now = ensure_utc(now)
    manual = _manual_state(manual_shifts, now)
    scheduled = {m for m in on_duty_at(rota, now) if m not in manual}
    return scheduled | {m for m, on in manual.items() if on}


class RotaErrorCode(StrEnum):
    """Each value is an i18n key in ``bot/locales/<lang>/help.toml``."""

    NOT_TRAINED = "help.error_not_trained"
    ALREADY_ON = "help.shift_already_on"
    NOT_ON = "help.shift_not_on"


class RotaError(Exception):
    def __init__(self, code: RotaErrorCode) -> None:
        super().__init__(code.value)
        self.code = code

    @property
    def key(self) -> str:
        return self.code.value


def start_shift(
    moderator_id: int, *, trained: bool, now: datetime, manual_shifts: Sequence[ManualShift], rota: Rota
) -> ManualShift:
    """``/shift start``: only trained peer moderators can go on duty."""
    now = ensure_utc(now)
    if not trained:
        raise RotaError(RotaErrorCode.NOT_TRAINED)
    if moderator_id in on_duty(manual_shifts, rota, now):
        raise RotaError(RotaErrorCode.ALREADY_ON)
    return ManualShift(moderator_id=moderator_id, started_at=now)


@dataclass(frozen=True, slots=True)
class ShiftEnd:
    closed: tuple[ManualShift, ...]  # open manual shifts, now with ``ended_at``; replace the originals
    off: ManualShift | None  # an "off" record until the scheduled shift ends, if the rota had them on


def end_shift(
    moderator_id: int, *, now: datetime, manual_shifts: Sequence[ManualShift], rota: Rota
) -> ShiftEnd:
    """``/shift end``: close the moderator's open manual shifts, and end a scheduled shift early."""
    now = ensure_utc(now)
    if moderator_id not in on_duty(manual_shifts, rota, now):
        raise RotaError(RotaErrorCode.NOT_ON)
    closed = tuple(
        ManualShift(s.moderator_id, s.started_at, now, s.on_duty)
        for s in manual_shifts
        if s.moderator_id == moderator_id and s.on_duty and s.active_at(now)
    )
    scheduled_end = scheduled_shift_end(rota, moderator_id, now)
    off = None
    if scheduled_end is not None:
        off = ManualShift(moderator_id=moderator_id, started_at=now, ended_at=scheduled_end, on_duty=False)
    return ShiftEnd(closed=closed, off=off)
