"""Exports, statements of reasons and reports are written readable by the bot's user only."""

from __future__ import annotations

import gzip
import stat
from pathlib import Path

from bot.services.governance.files import open_private_text, write_private_bytes


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_text_and_gzip_exports_are_0600_even_over_an_older_file(tmp_path: Path) -> None:
    plain, packed = tmp_path / "out" / "log.csv", tmp_path / "log.jsonl.gz"
    plain.parent.mkdir()
    plain.write_text("old", encoding="utf-8")
    plain.chmod(0o644)
    for path in (plain, packed):
        with open_private_text(path) as fh:
            fh.write("seq,kind\n1,case_opened\n")
        assert _mode(path) == 0o600
    assert plain.read_text(encoding="utf-8") == "seq,kind\n1,case_opened\n"
    assert gzip.decompress(packed.read_bytes()).decode() == "seq,kind\n1,case_opened\n"


def test_report_files_are_0600(tmp_path: Path) -> None:
    path = tmp_path / "report" / "chart.png"
    write_private_bytes(path, b"\x89PNG")
    assert _mode(path) == 0o600 and path.read_bytes() == b"\x89PNG"
