"""Library payload and parameter logging stays out of the log (issue #15, point 4); the end-to-end check
through the real bot is tests/e2e/test_logs_no_member_content.py."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db.engine import Database
from bot.logs import LIBRARY_LOGGERS, setup_logging

MARKER = "zqxmarker4410"


@pytest.fixture
def debug_logs() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    names = (*LIBRARY_LOGGERS, "discord.http", "sqlalchemy.engine")
    saved = (list(root.handlers), root.level, {n: logging.getLogger(n).level for n in names})
    buffer = io.StringIO()
    yield buffer
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


def _setup(buffer: io.StringIO, *, unsafe: bool = False) -> None:
    """The production set-up at DEBUG, writing into ``buffer``."""
    setup_logging("DEBUG", "json", (), unsafe=unsafe, stream=buffer)


def _lines(buffer: io.StringIO) -> list[dict[str, str]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.startswith("{")]


async def test_query_parameters_stay_out_of_the_debug_log(tmp_path: Path, debug_logs: io.StringIO) -> None:
    _setup(debug_logs)
    db = Database(f"sqlite+aiosqlite:///{(tmp_path / 'x.sqlite3').as_posix()}")
    try:
        async with db.unit_of_work() as session:
            value = (await session.execute(text("SELECT :member_text"), {"member_text": MARKER})).scalar()
    finally:
        await db.dispose()
    assert value == MARKER
    logging.getLogger("bot.test").debug("havre's own debug line")
    lines = _lines(debug_logs)
    assert any(line["message"] == "havre's own debug line" for line in lines)  # DEBUG is on
    assert not [line for line in lines if MARKER in line["message"]]


def test_a_library_logger_lowered_by_hand_is_still_filtered(debug_logs: io.StringIO) -> None:
    _setup(debug_logs)
    logging.getLogger("discord.http").setLevel(logging.DEBUG)  # e.g. a plug-in or a debugging session
    logging.getLogger("discord.http").debug("POST /channels/1/messages with {'content': %r}", MARKER)
    logging.getLogger("discord.http").info("rate limited: retrying in 1.0 s")
    messages = [line["message"] for line in _lines(debug_logs)]
    assert "rate limited: retrying in 1.0 s" in messages
    assert not [m for m in messages if MARKER in m]


def test_the_unsafe_flag_lets_libraries_log_at_debug_and_says_so(debug_logs: io.StringIO) -> None:
    _setup(debug_logs, unsafe=True)
    assert logging.getLogger("discord").getEffectiveLevel() == logging.DEBUG
    assert logging.getLogger("aiosqlite").getEffectiveLevel() == logging.DEBUG
    logging.getLogger("discord.http").debug("payload %s", MARKER)
    lines = _lines(debug_logs)
    assert any(
        "HAVRE_UNSAFE_DEBUG_LIBRARIES" in line["message"] for line in lines if line["level"] == "WARNING"
    )
    assert any(MARKER in line["message"] for line in lines)  # the flag really lets them through
    _setup(debug_logs)
    assert logging.getLogger("discord").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("aiosqlite").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("sqlalchemy").getEffectiveLevel() == logging.WARNING
