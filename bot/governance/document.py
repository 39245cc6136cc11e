"""The trust report as a document: every text already in the reader's language, ready to render.

This is the data model a page renders (the monthly HTML file, the dashboard's report page, the plain
summary): a :class:`ReportDocument` is a list of :class:`Section` in reading order (the crisis picture
first), each holding :class:`Figure` (one number beside its target and last month's), :class:`Table`
(headers and rows of text) and :class:`ChartRef` (a PNG with its alt text, or an empty-state sentence
instead of an empty chart). Nothing in it needs a translation, a number format or a policy look-up any
more; rule and article titles are already resolved. ``to_dict()`` gives the same as plain JSON types
(PNG as base64), for a template or an API.

Every string may come from data that is not ours (a rule title in a server override, a member's comment):
renderers escape everything.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """How a figure stands against its target: ``met``, ``missed``, or ``none`` (no target / no data)."""

    MET = "met"
    MISSED = "missed"
    NONE = "none"


@dataclass(frozen=True)
class Figure:
    key: str  # stable id, e.g. "crisis_alerts"
    label: str  # "Crisis alerts"
    value: float | int | None  # the raw value (None: nothing to measure this period)
    text: str  # the value as read: "3", "4 min", "67 %", or "nothing to measure"
    target: str | None = None  # the target, short: "within 5 min", "0" (None: no target)
    previous: str | None = None  # last month's value, as read: "2", "7.5 min" (None: not given)
    status: Status = Status.NONE


@dataclass(frozen=True)
class Table:
    key: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()  # per column: right-aligned figures
    empty: str | None = None  # shown instead of the table when there are no rows


@dataclass(frozen=True)
class ChartRef:
    name: str  # stable id, usable as a file name stem ("crisis_answers")
    title: str
    alt: str  # what the chart shows, in words, for screen readers and text-only readers
    png: bytes | None = field(default=None, repr=False)  # None: empty state, no image
    empty: str | None = None  # the sentence shown instead of an empty chart

    @property
    def drawn(self) -> bool:
        return self.png is not None


@dataclass(frozen=True)
class Section:
    key: str  # "crisis", "help", "team", "moderation", "notices", "trend", "selfhelp", "audit", ...
    title: str
    lead: tuple[str, ...] = ()  # plain sentences read first
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[ChartRef, ...] = ()
    quotes: tuple[str, ...] = ()  # members' comments, shown as quotations
    empty: str | None = None  # the section had nothing to show


@dataclass(frozen=True)
class ReportDocument:
    lang: str
    title: str
    period: str  # "1 January 2026 – 31 January 2026"
    generated: str  # "Generated on … (UTC). …"
    headline: tuple[str, ...]  # the few sentences a committee reads first (the crisis picture first)
    sections: tuple[Section, ...]
    definitions: tuple[tuple[str, str], ...]  # (term, how it is computed)
    empty: bool = False  # nothing at all happened in the period

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for section in self.sections:
            for figure in section.figures:
                if figure.key == key:
                    return figure
        raise KeyError(key)

    def charts(self) -> tuple[ChartRef, ...]:
        return tuple(chart for section in self.sections for chart in section.charts)

    def to_dict(self, *, images: bool = True) -> dict[str, Any]:
        """Plain JSON types; PNGs as base64 (``images=False`` leaves them out, keeping ``drawn``)."""

        def chart(c: ChartRef) -> dict[str, Any]:
            out: dict[str, Any] = {
                "name": c.name,
                "title": c.title,
                "alt": c.alt,
                "drawn": c.drawn,
                "empty": c.empty,
            }
            if images:
                out["png_base64"] = base64.b64encode(c.png).decode("ascii") if c.png else None
            return out

        return {
            "lang": self.lang,
            "title": self.title,
            "period": self.period,
            "generated": self.generated,
            "empty": self.empty,
            "headline": list(self.headline),
            "sections": [
                {
                    "key": s.key,
                    "title": s.title,
                    "lead": list(s.lead),
                    "empty": s.empty,
                    "figures": [
                        {
                            "key": f.key,
                            "label": f.label,
                            "value": f.value,
                            "text": f.text,
                            "target": f.target,
                            "previous": f.previous,
                            "status": f.status.value,
                        }
                        for f in s.figures
                    ],
                    "tables": [
                        {
                            "key": tb.key,
                            "caption": tb.caption,
                            "columns": list(tb.columns),
                            "rows": [list(row) for row in tb.rows],
                            "numeric": list(tb.numeric),
                            "empty": tb.empty,
                        }
                        for tb in s.tables
                    ],
                    "charts": [chart(c) for c in s.charts],
                    "quotes": list(s.quotes),
                }
                for s in self.sections
            ],
            "definitions": [list(pair) for pair in self.definitions],
        }
