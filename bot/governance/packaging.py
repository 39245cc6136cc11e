"""Size-aware packaging of an export into Discord-sized files (plain, or gzip parts)."""

from __future__ import annotations

import csv
import io
import itertools
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.governance.canonical import canonical_text
from bot.governance.spreadsheet import csv_cell, defuse

ExportRow = Mapping[str, object]
ProgressCallback = Callable[[int, int], None]  # (rows written so far, bytes of finished parts)

LOG_COLUMNS: tuple[str, ...] = (
    "seq",
    "at",
    "kind",
    "actor",
    "subject",
    "rule_id",
    "action",
    "duration_seconds",
    "policy_version",
    "signals",
    "refs",
    "data",
    "prev_hash",
    "hash",
)
RESOLVED_COLUMNS: tuple[str, ...] = ("guild_id", *LOG_COLUMNS)


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


class Compression(StrEnum):
    AUTO = "auto"  # plain if everything fits in one file, gzip parts otherwise
    NEVER = "never"
    ALWAYS = "always"


@dataclass(frozen=True)
class ExportPart:
    filename: str
    content: bytes
    rows: int
    compressed: bool


class _Encoder:
    def __init__(self, fmt: ExportFormat, columns: Sequence[str]) -> None:
        self.fmt, self.columns = ExportFormat(fmt), tuple(columns)
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer)

    def header(self) -> bytes:
        if self.fmt is ExportFormat.JSONL:
            return b""
        return self._csv([defuse(column) for column in self.columns])

    def row(self, row: ExportRow) -> bytes:
        if self.fmt is ExportFormat.JSONL:
            return (canonical_text(row) + "\n").encode("utf-8")
        return self._csv([csv_cell(row.get(column)) for column in self.columns])

    def _csv(self, cells: list[str]) -> bytes:
        self._buffer.seek(0)
        self._buffer.truncate(0)
        self._writer.writerow(cells)
        return self._buffer.getvalue().encode("utf-8")


def _deflate_bound(size: int) -> int:
    # Stored-block worst case of zlib (5 bytes per 16 KiB block) with generous room for the gzip
    # header, trailer, end-of-stream and flush markers.
    return size + (size >> 10) + 64


class _Part:
    """One output part being filled, plain or gzip, never allowed past ``max_bytes``."""

    def __init__(self, max_bytes: int, header: bytes, compressed: bool) -> None:
        self.max_bytes, self.compressed, self.rows = max_bytes, compressed, 0
        self._out = io.BytesIO()
        self._pending = 0  # gzip: input bytes not yet accounted for exactly
        self._zip = zlib.compressobj(6, zlib.DEFLATED, 31) if compressed else None
        if not self.add(header):
            raise ValueError("max_bytes is too small for even the header")
        self.rows = 0

    def add(self, data: bytes) -> bool:
        if self._zip is None:
            if self._out.tell() + len(data) > self.max_bytes:
                return False
            self._out.write(data)
        else:
            if not self._fits(len(data)):
                self._out.write(self._zip.flush(zlib.Z_SYNC_FLUSH))  # learn the exact size so far
                self._pending = 0
                if not self._fits(len(data)):
                    return False
            self._out.write(self._zip.compress(data))
            self._pending += len(data)
        self.rows += 1
        return True

    def _fits(self, size: int) -> bool:
        return self._out.tell() + _deflate_bound(self._pending + size) <= self.max_bytes

    def finish(self) -> bytes:
        if self._zip is not None:
            self._out.write(self._zip.flush())
        return self._out.getvalue()


class _Progress:
    def __init__(self, callback: ProgressCallback | None, every: int) -> None:
        self.callback, self.every = callback, max(1, every)
        self.rows = 0
        self.bytes = 0

    def counted(self, encoded: Iterable[bytes]) -> Iterator[bytes]:
        for data in encoded:
            self.rows += 1
            if self.callback is not None and self.rows % self.every == 0:
                self.callback(self.rows, self.bytes)
            yield data

    def part_done(self, part: ExportPart) -> ExportPart:
        self.bytes += len(part.content)
        if self.callback is not None:
            self.callback(self.rows, self.bytes)
        return part


def iter_export_parts(
    rows: Iterable[ExportRow],
    fmt: ExportFormat,
    max_bytes: int,
    *,
    columns: Sequence[str] = LOG_COLUMNS,
    basename: str = "havre-log",
    compression: Compression = Compression.AUTO,
    progress: ProgressCallback | None = None,
    progress_every: int = 500,
) -> Iterator[ExportPart]:
    """Yield export files no larger than ``max_bytes`` each (Discord: 8–25 MiB per attachment).

    If everything fits in one plain file: ``<basename>.<ext>``. Otherwise (or with
    ``Compression.ALWAYS``) gzip, split when needed into ``<basename>-part001.<ext>.gz``, ``…-part002…``;
    ``Compression.NEVER`` splits plain files the same way. CSV parts each repeat the header. ``progress``
    is called with (rows so far, bytes of finished parts) every ``progress_every`` rows and per part.
    Memory stays bounded by about two parts (one in AUTO mode once the first file overflows).
    """
    encoder = _Encoder(fmt, columns)
    header = encoder.header()
    tracker = _Progress(progress, progress_every)
    encoded = tracker.counted(encoder.row(row) for row in rows)
    namer = _Namer(basename, ExportFormat(fmt).value)
    if compression is not Compression.AUTO:
        parts = _fill_parts(encoded, header, max_bytes, compression is Compression.ALWAYS, namer)
        for part in parts:
            yield tracker.part_done(part)
        return
    first: _Part | None = _Part(max_bytes, header, compressed=False)
    kept: deque[bytes] = deque()
    for data in encoded:
        assert first is not None
        if first.add(data):
            kept.append(data)
            continue
        first = None  # overflow: start again as gzip, replaying what the plain attempt held
        kept.append(data)
        replay = itertools.chain(_drain(kept), encoded)
        for part in _fill_parts(replay, header, max_bytes, True, namer):
            yield tracker.part_done(part)
        return
    assert first is not None
    yield tracker.part_done(ExportPart(namer.name(1, False, final=True), first.finish(), first.rows, False))


def package_export(
    rows: Iterable[ExportRow],
    fmt: ExportFormat,
    max_bytes: int,
    *,
    columns: Sequence[str] = LOG_COLUMNS,
    basename: str = "havre-log",
    compression: Compression = Compression.AUTO,
    progress: ProgressCallback | None = None,
) -> list[ExportPart]:
    """All parts of :func:`iter_export_parts` as a list (for a Discord message's attachments)."""
    return list(
        iter_export_parts(
            rows,
            fmt,
            max_bytes,
            columns=columns,
            basename=basename,
            compression=compression,
            progress=progress,
        )
    )


def _drain(queue: deque[bytes]) -> Iterator[bytes]:
    while queue:
        yield queue.popleft()


class _Namer:
    def __init__(self, basename: str, ext: str) -> None:
        self.basename, self.ext = basename, ext

    def name(self, number: int, compressed: bool, *, final: bool) -> str:
        suffix = ".gz" if compressed else ""
        if final and number == 1:
            return f"{self.basename}.{self.ext}{suffix}"
        return f"{self.basename}-part{number:03d}.{self.ext}{suffix}"


def _fill_parts(
    encoded: Iterable[bytes], header: bytes, max_bytes: int, compressed: bool, namer: _Namer
) -> Iterator[ExportPart]:
    number = 1
    part = _Part(max_bytes, header, compressed)
    for data in encoded:
        if part.add(data):
            continue
        if part.rows == 0:
            raise ValueError(f"one row ({len(data)} bytes) does not fit in max_bytes={max_bytes}")
        yield ExportPart(namer.name(number, compressed, final=False), part.finish(), part.rows, compressed)
        number += 1
        part = _Part(max_bytes, header, compressed)
        if not part.add(data):
            raise ValueError(f"one row ({len(data)} bytes) does not fit in max_bytes={max_bytes}")
    yield ExportPart(namer.name(number, compressed, final=number == 1), part.finish(), part.rows, compressed)
