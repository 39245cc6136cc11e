"""Member text made safe to quote back, and Discord timestamps.

``safe_excerpt`` is for quoting a member's message (or a moderator's reply) inside a bot message: it cannot
ping anyone (``@everyone``, ``<@id>``, ``<@&role>``), cannot inject markdown or masked links, cannot
auto-link a URL, carries no invisible or bidi-control characters, and stays within ``limit`` characters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from bot.domain.clock import ensure_utc

ZWSP = "\u200b"
ELLIPSIS = "…"
_MARKDOWN = set("\\*_~`|>[]<")
_LINE_START = set("#-+>")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")


def _clean(text: str, single_line: bool) -> str:
    text = _INVISIBLE.sub("", text)
    kept = []
    for ch in text:
        if ch == "\n" and not single_line:
            kept.append(ch)
        elif unicodedata.category(ch).startswith("C"):
            kept.append(" ")
        else:
            kept.append(ch)
    text = "".join(kept)
    if single_line:
        return _SPACES.sub(" ", text).strip()
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    at_line_start = True
    for i, ch in enumerate(text):
        if ch == "@":
            piece = "@" + ZWSP
        elif ch in _MARKDOWN or (at_line_start and ch in _LINE_START):
            piece = "\\" + ch
        elif ch == ":" and text.startswith("//", i + 1):
            piece = ":" + ZWSP  # "https://" no longer auto-links
        else:
            piece = ch
        out.append(piece)
        at_line_start = ch == "\n" or (at_line_start and ch == " ")
    return out


def safe_excerpt(text: str | None, limit: int = 120, *, single_line: bool = True) -> str:
    """``text`` neutralised for quoting, at most ``limit`` characters, truncated with "…"."""
    if not text:
        return ""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    pieces = _pieces(_clean(text, single_line))
    if sum(len(p) for p in pieces) <= limit:
        return "".join(pieces)
    out, used = [], 0
    for piece in pieces:
        if used + len(piece) > limit - 1:
            break
        out.append(piece)
        used += len(piece)
    return "".join(out).rstrip() + ELLIPSIS


def discord_timestamp(when: datetime, style: str = "F") -> str:
    """``<t:UNIX:STYLE>``: Discord shows it in each reader's own time zone and language."""
    if style not in ("t", "T", "d", "D", "f", "F", "R"):
        raise ValueError(f"unknown Discord timestamp style {style!r}")
    return f"<t:{int(ensure_utc(when).timestamp())}:{style}>"
