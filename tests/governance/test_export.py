from __future__ import annotations

import csv
import gzip
import io
import json
import random
from collections.abc import Iterator

import pytest

from bot.governance.chain import EntryKind, LogEntry, build_entry
from bot.governance.export import (
    LOG_COLUMNS,
    MASKED_ID,
    Compression,
    ExportFormat,
    IdResolver,
    defuse,
    export_rows,
    iter_export_parts,
    package_export,
    write_csv,
    write_jsonl,
)
from bot.governance.pseudonym import ActorRole
from tests.governance.builders import GUILD, PSEUDO, T0

MEMBER_ID = 123456789012345678
MOD_ID = 876543210987654321
CHANNEL_ID = 998877665544332211
MENTIONED_ID = 112233445566778899
MEMBER = PSEUDO.pseudonym(GUILD, MEMBER_ID)


@pytest.mark.parametrize(
    "cell",
    [
        "=1+1",
        '=HYPERLINK("http://x")',
        "+33 6 12",
        "-5",  # negative-looking text is defused too (documented: one simple rule)
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)",
        "\t=1",
        "\rx",
        "\nx",
        "   =cmd",  # leading spaces, then a trigger
        "\u00a0@x",
        "＝1+1",  # full-width equals sign
    ],
)
def test_defuse_prefixes_formula_triggers(cell: str) -> None:
    assert defuse(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "hello", "5", "a=b", "'=already", "m_3f9a1c2b7d4e", "   spaced", "été"])
def test_defuse_leaves_ordinary_text(cell: str) -> None:
    assert defuse(cell) == cell


def _entries() -> list[LogEntry]:
    first = build_entry(
        None,
        guild_id=GUILD,
        at=T0,
        kind=EntryKind.MODERATION_ACTION,
        actor=PSEUDO.actor(ActorRole.MOD, GUILD, MOD_ID),
        subject=MEMBER,
        rule_id='=HYPERLINK("http://evil")',
        action="timeout",
        duration_seconds=600,
        policy_version="v1",
        signals={"toxicity": 0.91, "author_id": MEMBER_ID},
        refs=["c_000001"],
        data={"channel_id": CHANNEL_ID, "note": f"said <@{MENTIONED_ID}> was -1", "digest": "1" * 15 + "abc"},
    )
    second = build_entry(
        first, guild_id=GUILD, at=T0, kind=EntryKind.APPEAL_OPENED, actor="member:" + MEMBER, subject=MEMBER
    )
    return [first, second]


def _raw_ids() -> list[str]:
    return [str(i) for i in (GUILD, MEMBER_ID, MOD_ID, CHANNEL_ID, MENTIONED_ID)]


def test_pseudonymised_exports_contain_no_raw_discord_id() -> None:
    rows = list(export_rows(_entries()))
    csv_out, jsonl_out = io.StringIO(newline=""), io.StringIO()
    assert write_csv(rows, csv_out, LOG_COLUMNS) == 2
    assert write_jsonl(rows, jsonl_out) == 2
    for text in (csv_out.getvalue(), jsonl_out.getvalue()):
        for raw in _raw_ids():
            assert raw not in text
        assert MEMBER in text and MASKED_ID in text
    first = json.loads(jsonl_out.getvalue().splitlines()[0])
    assert "guild_id" not in first
    assert first["data"]["digest"] == "1" * 15 + "abc"  # digit runs inside other tokens are kept
    assert first["signals"]["toxicity"] == 0.91


def test_raw_ids_only_through_an_approved_resolver() -> None:
    with pytest.raises(ValueError, match="approved"):
        list(export_rows(_entries(), pseudonymize=False))
    with pytest.raises(ValueError):
        IdResolver(lambda p: None, approved_by="auto", reason="x")
    with pytest.raises(ValueError):
        IdResolver(lambda p: None, approved_by="admin:" + MEMBER, reason="  ")
    known = {MEMBER: MEMBER_ID, PSEUDO.pseudonym(GUILD, MOD_ID): MOD_ID}
    resolver = IdResolver(known.get, approved_by="admin:" + MEMBER, reason="court order 12")
    with pytest.raises(ValueError):
        list(export_rows(_entries(), id_resolver=resolver))  # pseudonymize=True with a resolver is a mistake
    rows = list(export_rows(_entries(), pseudonymize=False, id_resolver=resolver))
    assert rows[0]["guild_id"] == GUILD
    assert rows[0]["subject"] == str(MEMBER_ID)
    assert rows[0]["actor"] == f"mod:{MOD_ID}"
    assert rows[1]["actor"] == f"member:{MEMBER_ID}"


def test_csv_cells_are_defused_but_numbers_stay_numbers() -> None:
    out = io.StringIO(newline="")
    write_csv(export_rows(_entries()), out, LOG_COLUMNS)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert parsed[0]["rule_id"] == '\'=HYPERLINK("http://evil")'
    assert parsed[0]["duration_seconds"] == "600"
    assert parsed[0]["at"] == "2026-01-05T09:00:00.000000Z"
    assert json.loads(parsed[0]["refs"]) == ["c_000001"]
    assert parsed[1]["rule_id"] == ""
    assert out.getvalue().startswith(",".join(LOG_COLUMNS) + "\r\n")


def test_writers_stream_from_a_generator() -> None:
    pulled = 0

    def rows() -> Iterator[dict[str, object]]:
        nonlocal pulled
        for i in range(5000):
            pulled += 1
            yield {"seq": i, "note": f"-{i}"}

    out = io.StringIO(newline="")
    assert write_csv(rows(), out, ["seq", "note"]) == 5000 and pulled == 5000
    assert "\r\n4999,'-4999\r\n" in out.getvalue()


def _random_rows(count: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    return [
        {"seq": i, "note": rng.randbytes(40).hex(), "kind": rng.choice(["nudge", "hide", "warn"])}
        for i in range(count)
    ]


def _csv_rows(parts_content: list[bytes], compressed: bool) -> list[list[str]]:
    rows: list[list[str]] = []
    for content in parts_content:
        text = (gzip.decompress(content) if compressed else content).decode("utf-8")
        body = list(csv.reader(io.StringIO(text)))
        assert body[0] == ["seq", "note", "kind"]  # every part repeats the header
        rows += body[1:]
    return rows


def test_small_exports_are_one_plain_file() -> None:
    parts = package_export(_random_rows(10), ExportFormat.CSV, 1 << 20, columns=["seq", "note", "kind"])
    assert [p.filename for p in parts] == ["havre-log.csv"]
    assert parts[0].rows == 10 and not parts[0].compressed
    assert len(_csv_rows([parts[0].content], False)) == 10


@pytest.mark.parametrize("compression", [Compression.AUTO, Compression.ALWAYS, Compression.NEVER])
def test_large_exports_are_split_under_the_limit_without_losing_a_row(compression: Compression) -> None:
    rows = _random_rows(3000)
    limit = 40_000  # the plain CSV is about 310 kB
    seen: list[tuple[int, int]] = []
    parts = package_export(
        rows,
        ExportFormat.CSV,
        limit,
        columns=["seq", "note", "kind"],
        compression=compression,
        progress=lambda done, size: seen.append((done, size)),
    )
    compressed = compression is not Compression.NEVER
    assert len(parts) > 1
    assert all(len(p.content) <= limit for p in parts)
    assert all(p.compressed is compressed for p in parts)
    suffix = ".csv.gz" if compressed else ".csv"
    assert [p.filename for p in parts] == [f"havre-log-part{i:03d}{suffix}" for i in range(1, len(parts) + 1)]
    assert sum(p.rows for p in parts) == 3000
    assert [int(r[0]) for r in _csv_rows([p.content for p in parts], compressed)] == list(range(3000))
    assert seen[-1] == (3000, sum(len(p.content) for p in parts))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    if compressed:  # gzip parts are filled close to the limit, not wastefully
        assert all(len(p.content) > limit * 0.8 for p in parts[:-1])


def test_one_gzip_file_when_it_fits_compressed() -> None:
    rows = [{"seq": i, "note": "the same words again and again"} for i in range(5000)]
    parts = package_export(rows, ExportFormat.JSONL, 20_000)
    assert [p.filename for p in parts] == ["havre-log.jsonl.gz"]
    lines = gzip.decompress(parts[0].content).decode().splitlines()
    assert len(lines) == 5000 and json.loads(lines[-1]) == {
        "note": "the same words again and again",
        "seq": 4999,
    }


def test_a_row_larger_than_the_limit_is_an_error() -> None:
    rows = [{"note": "x"}, {"note": random.Random(1).randbytes(4000).hex()}]
    with pytest.raises(ValueError, match="does not fit"):
        package_export(rows, ExportFormat.JSONL, 1000, compression=Compression.NEVER)


def test_parts_stream_one_at_a_time() -> None:
    pulled = 0

    def rows() -> Iterator[dict[str, object]]:
        nonlocal pulled
        for row in _random_rows(3000):
            pulled += 1
            yield row

    parts = iter_export_parts(rows(), ExportFormat.CSV, 40_000, columns=["seq", "note", "kind"])
    next(parts)
    assert 0 < pulled < 3000  # the first part was handed over before the last rows were read
