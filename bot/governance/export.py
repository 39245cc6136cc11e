"""Streaming, pseudonymised, spreadsheet-safe exports of the governance log (CSV and JSON Lines).

- Everything streams: rows are pulled one at a time; :func:`write_csv`/:func:`write_jsonl` hold one row,
  :func:`iter_export_parts` about one part (``max_bytes``), two while switching to gzip.
- Pseudonymised by default: the log itself only holds pseudonyms; on top of that, the server id is left
  out and anything in ``signals``/``data`` that looks like a Discord id (an integer of 15+ digits, or
  such a digit run inside text) is masked. Raw ids appear only through an :class:`IdResolver`, which
  names who approved the disclosure and why (the caller logs an ``export`` entry with both).
- CSV cells are defused against formula injection (see :func:`defuse`). JSON Lines are not: they are not
  spreadsheet input, and they keep values exact (masked ids aside) for re-reading by tools.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from bot.governance.canonical import canonical_text
from bot.governance.chain import LogEntry
from bot.governance.packaging import (
    LOG_COLUMNS,
    RESOLVED_COLUMNS,
    Compression,
    ExportFormat,
    ExportPart,
    ExportRow,
    ProgressCallback,
    iter_export_parts,
    package_export,
)
from bot.governance.pseudonym import actor_pseudonym, is_actor
from bot.governance.spreadsheet import FORMULA_TRIGGERS, csv_cell, defuse

__all__ = [
    "FORMULA_TRIGGERS",
    "LOG_COLUMNS",
    "MASKED_ID",
    "RESOLVED_COLUMNS",
    "Compression",
    "ExportFormat",
    "ExportPart",
    "ExportRow",
    "IdResolver",
    "ProgressCallback",
    "csv_cell",
    "defuse",
    "export_rows",
    "iter_export_parts",
    "package_export",
    "write_csv",
    "write_jsonl",
]

MASKED_ID = "[discord-id]"
_SNOWFLAKE_MIN = 10**15
_SNOWFLAKE_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[0-9]{15,20}(?![0-9A-Za-z])")


@dataclass(frozen=True)
class IdResolver:
    """An approved way back from pseudonyms to Discord ids, for one export.

    ``resolve`` maps a pseudonym to the member's Discord id, or None when unknown or erased (the
    pseudonym then stays). ``approved_by`` is the approving actor (``admin:m_…``) and ``reason`` why.
    """

    resolve: Callable[[str], int | None]
    approved_by: str
    reason: str

    def __post_init__(self) -> None:
        if not is_actor(self.approved_by) or self.approved_by in ("auto", "system"):
            raise ValueError("an id disclosure must be approved by a person (e.g. 'admin:m_…')")
        if not self.reason.strip():
            raise ValueError("an id disclosure needs a reason")


def export_rows(
    entries: Iterable[LogEntry], *, pseudonymize: bool = True, id_resolver: IdResolver | None = None
) -> Iterator[dict[str, object]]:
    """One row per entry, with the columns of :data:`LOG_COLUMNS` (plus ``guild_id`` when resolved)."""
    if pseudonymize and id_resolver is not None:
        raise ValueError("an id resolver only makes sense with pseudonymize=False")
    if not pseudonymize and id_resolver is None:
        raise ValueError("raw Discord ids can only be exported through an approved IdResolver")
    for entry in entries:
        row: dict[str, object] = {
            "seq": entry.seq,
            "at": entry.at,
            "kind": str(entry.kind),
            "actor": entry.actor,
            "subject": entry.subject,
            "rule_id": entry.rule_id,
            "action": entry.action,
            "duration_seconds": entry.duration_seconds,
            "policy_version": entry.policy_version,
            "signals": entry.signals,
            "refs": list(entry.refs),
            "data": entry.data,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
        }
        if id_resolver is None:
            row["signals"] = _mask_ids(entry.signals)
            row["data"] = _mask_ids(entry.data)
        else:
            row = {"guild_id": entry.guild_id, **row}
            row["subject"] = _resolve(id_resolver, entry.subject)
            row["actor"] = _resolve_actor(id_resolver, entry.actor)
        yield row


def _resolve(resolver: IdResolver, pseudonym: str | None) -> object:
    if pseudonym is None:
        return None
    user_id = resolver.resolve(pseudonym)
    return pseudonym if user_id is None else str(user_id)


def _resolve_actor(resolver: IdResolver, actor: str) -> str:
    pseudonym = actor_pseudonym(actor)
    if pseudonym is None:
        return actor
    role = actor.split(":", 1)[0]
    return f"{role}:{_resolve(resolver, pseudonym)}"


def _mask_ids(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return MASKED_ID if abs(value) >= _SNOWFLAKE_MIN else value
    if isinstance(value, str):
        return _SNOWFLAKE_IN_TEXT.sub(MASKED_ID, value)
    if isinstance(value, Mapping):
        return {key: _mask_ids(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_ids(item) for item in value]
    return value


def write_csv(rows: Iterable[ExportRow], fh: TextIO, columns: Sequence[str], *, header: bool = True) -> int:
    """Write ``rows`` as RFC 4180 CSV (open ``fh`` with ``newline=""``); returns the number of rows."""
    writer = csv.writer(fh)
    if header:
        writer.writerow([defuse(column) for column in columns])
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(column)) for column in columns])
        count += 1
    return count


def write_jsonl(rows: Iterable[ExportRow], fh: TextIO) -> int:
    """Write ``rows`` as JSON Lines (canonical JSON, one object per line); returns the number of rows."""
    count = 0
    for row in rows:
        fh.write(canonical_text(row))
        fh.write("\n")
        count += 1
    return count
