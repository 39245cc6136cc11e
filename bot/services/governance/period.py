"""Report periods: a calendar month (``2026-10``) or an explicit range of UTC days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.services.errors import InvalidInput

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Period:
    """``[start, end)`` in UTC, with the label it was asked for (``2026-10``)."""

    start: datetime
    end: datetime
    label: str

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs timezone-aware UTC bounds")
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
        return cls(start, end, f"{year:04d}-{month:02d}")

    @classmethod
    def month_of(cls, moment: datetime) -> Period:
        moment = moment.astimezone(UTC)
        return cls.month(moment.year, moment.month)

    @classmethod
    def previous_month(cls, now: datetime) -> Period:
        return cls.month_of(cls.month_of(now).start - timedelta(days=1))

    @classmethod
    def parse(cls, text: str) -> Period:
        """``YYYY-MM`` for a month, or ``YYYY-MM-DD..YYYY-MM-DD`` for whole days (end day included)."""
        text = text.strip()
        month = _MONTH.fullmatch(text)
        if month and 1 <= int(month.group(2)) <= 12:
            return cls.month(int(month.group(1)), int(month.group(2)))
        days = _RANGE.fullmatch(text)
        if days:
            first, last = _day(days.group(1)), _day(days.group(2))
            if first is not None and last is not None and first <= last:
                start = datetime.combine(first, time(0), tzinfo=UTC)
                end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC)
                return cls(start, end, text)
        raise InvalidInput("governance.error_period", value=text[:40])

    def clamp(self, now: datetime) -> Period:
        """The part of the period that has already happened (a month in progress ends now)."""
        if self.end <= now:
            return self
        if now <= self.start:
            raise InvalidInput("governance.error_period_future", value=self.label)
        return Period(self.start, now, self.label)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
