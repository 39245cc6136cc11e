"""Files the governance commands write (exports, statements of reasons, reports): readable by the bot's
user only (0600), like the database and the keys. They hold pseudonyms, decisions and sometimes member
words; another account on the machine has no business reading them."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import IO, TextIO

FILE_MODE = 0o600


def _private_binary(path: Path) -> IO[bytes]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.fchmod(fd, FILE_MODE)  # a file that existed before keeps its old mode through O_CREAT: set it
    return os.fdopen(fd, "wb")


def open_private_text(path: Path) -> TextIO:
    """``path`` opened for writing text (gzip-compressed when it ends in ``.gz``), mode 0600."""
    raw = _private_binary(path)
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.GzipFile(fileobj=raw, mode="wb"), encoding="utf-8", newline="")
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


def write_private_bytes(path: Path, content: bytes) -> None:
    """``content`` written to ``path``, mode 0600."""
    with _private_binary(path) as fh:
        fh.write(content)
