"""Logs never carry member content at any level (issue #15, point 4).

The real bot, at ``HAVRE_LOG_LEVEL=DEBUG`` with the production logging set-up, sees a message with a
unique marker (an insult, so it is hidden, sealed and explained by DM, quoting the excerpt) and a help
ticket whose topic and first message carry it too. The marker must appear in no log line, whatever the
logger (discord.py's payloads, aiosqlite's and SQLAlchemy's parameters, Havre's own)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import LIBRARY_LOGGERS, setup_logging
from tests.e2e.conftest import running_havre
from tests.e2e.moderation_helpers import button_ids, case_settled

MARKER = "zqxmarker7731"


@pytest.fixture
def debug_logs() -> Iterator[io.StringIO]:
    """The production logging set-up at DEBUG, writing JSON lines into a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, {n: logging.getLogger(n).level for n in LIBRARY_LOGGERS})
    buffer = io.StringIO()
    setup_logging("DEBUG", "json", (), stream=buffer)
    yield buffer
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


def _bot_side(buffer: io.StringIO) -> list[dict[str, str]]:
    lines = [json.loads(line) for line in buffer.getvalue().splitlines() if line.startswith("{")]
    # The emulator plays Discord's side in this process; what it logs is not the bot's log.
    return [line for line in lines if not line["logger"].startswith(("bot.sandbox", "aiohttp.access"))]


async def test_debug_logs_hold_no_member_text(tmp_path: Path, debug_logs: io.StringIO) -> None:
    async with running_havre(tmp_path) as havre:
        await havre.alice.says(havre.general, f"ta gueule, connard {MARKER}")
        await havre.alice.next_dm()
        await havre.alice.says(havre.general, f"ferme ta gueule, connard {MARKER}")
        dm = await havre.alice.next_dm()
        [why] = [i for i in button_ids(dm) if i.startswith("mod:why:")]
        details = await (await havre.alice.click(dm, why)).reply()
        assert MARKER in details.content  # her words, quoted back under "Details": they went through the bot
        await case_settled(havre, 2)
        await (await havre.bob.slash("help", in_channel=havre.general, topic=f"douleur {MARKER}")).reply()
    lines = _bot_side(debug_logs)
    assert any(line["level"] == "DEBUG" for line in lines)  # DEBUG really was on
    assert any(line["logger"].startswith("discord") for line in lines)  # and the libraries did log
    leaks = [line for line in lines if MARKER in json.dumps(line, ensure_ascii=False)]
    assert leaks == []
