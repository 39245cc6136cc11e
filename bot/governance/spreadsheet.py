"""Spreadsheet safety for CSV exports: cells that cannot become formulas."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from bot.governance.canonical import canonical_text, iso_utc

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), plus their
# full-width forms, which some spreadsheet locales also accept, and a line feed for good measure.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def defuse(cell: str) -> str:
    """Make a text cell inert in spreadsheets by prefixing a single quote when needed.

    A cell is defused when its first character is one of ``= + - @``, tab, CR or LF (or a full-width
    ``＝ ＋ － ＠``), *or* when its first non-whitespace character is one of those: some spreadsheets
    trim leading spaces on import, which would turn ``"  =cmd"`` into a formula. Text that merely looks
    like a negative number (``"-5"``) is defused too — one simple rule, no guessing; our numeric fields
    are written as numbers by :func:`write_csv` and never pass through here.
    """
    if not cell:
        return cell
    first = cell[0]
    if first not in FORMULA_TRIGGERS and first.isspace():
        stripped = cell.lstrip()
        first = stripped[0] if stripped else ""
    return "'" + cell if first in FORMULA_TRIGGERS else cell


def csv_cell(value: object) -> str:
    """One CSV cell: numbers as numbers, text defused, nested values as defused canonical JSON."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, str):
        return defuse(value)
    return defuse(canonical_text(value))
