"""Structured logging that never prints a secret, nor a member's words.

Every record passes through ``RedactSecrets``, which replaces the token and the other configured secrets
(and anything shaped like a Discord token) with ``[redacted]``, whatever logger produced it.

Member content: at DEBUG, discord.py logs gateway and HTTP payloads (message texts, the bot's DMs that
quote them), aiosqlite logs every statement with its parameters, SQLAlchemy (with ``echo``) too. Those
libraries (``LIBRARY_LOGGERS``) are kept at INFO or above whatever ``HAVRE_LOG_LEVEL`` says, and
``DropLibraryDebug`` drops their DEBUG records at the handler even if some code lowers a child logger.
Only ``HAVRE_UNSAFE_DEBUG_LIBRARIES=true`` lets them through, with a warning at start-up. Havre's own
code never logs message content at any level (ids, counts and reason codes only).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

TOKEN_SHAPE = re.compile(r"[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 8]

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return TOKEN_SHAPE.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._clean(message)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self._clean(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("guild_id", "user_id", "command", "custom_id", "case_id", "ticket_id"):
            if hasattr(record, key):
                payload[key] = getattr(record, key)
        if record.exc_text:
            payload["exception"] = record.exc_text
        return json.dumps(payload, ensure_ascii=False)


# Loggers whose DEBUG (and, for SQLAlchemy, INFO) records carry payloads or query parameters.
LIBRARY_LOGGERS = ("discord", "aiosqlite", "sqlalchemy", "asyncpg", "aiohttp.client", "websockets")
_LIBRARY_FLOOR = {"sqlalchemy": logging.WARNING}  # sqlalchemy.engine logs parameters at INFO


class DropLibraryDebug(logging.Filter):
    """Drops the records of ``LIBRARY_LOGGERS`` below their floor (INFO; WARNING for SQLAlchemy)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name in LIBRARY_LOGGERS:
            if record.name == name or record.name.startswith(name + "."):
                return record.levelno >= _LIBRARY_FLOOR.get(name, logging.INFO)
        return True


def setup_logging(
    level: str = "INFO",
    fmt: str = "text",
    secrets: Iterable[str] = (),
    *,
    unsafe: bool = False,
    stream: TextIO | None = None,
) -> None:
    """Configure the root logger. ``unsafe`` (``HAVRE_UNSAFE_DEBUG_LIBRARIES``) lets the libraries log
    their payloads at DEBUG: members' messages then reach the log."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if not unsafe:
        handler.addFilter(DropLibraryDebug())
    handler.addFilter(RedactSecrets(secrets))
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    wanted = logging.getLevelName(level)
    for name in LIBRARY_LOGGERS:
        floor = _LIBRARY_FLOOR.get(name, logging.INFO)
        logging.getLogger(name).setLevel(wanted if unsafe else max(wanted, floor))
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if unsafe:
        logging.getLogger(__name__).warning(
            "HAVRE_UNSAFE_DEBUG_LIBRARIES is on: discord.py, aiosqlite and SQLAlchemy log payloads and query "
            "parameters, which contain members' messages. Use it only on a test server, never with real "
            "members, and delete these logs afterwards."
        )
