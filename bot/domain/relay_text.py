"""Text written by someone else and posted by the bot (relayed DMs, notes): links stay visible.

Discord renders ``[label](url)`` as a masked link. Posted by the bot, a member's masked link would
read as a link the bot vouches for, with its destination hidden. ``defuse_links`` shows every link as
plain text: a masked link becomes ``label (<url>)`` (the address in full, no preview), any bracket left
that could still form one is escaped, and bare addresses lose their preview (``<url>``).
"""

from __future__ import annotations

import re

# [label](url), [label](<url>), [label](url "title"): what Discord turns into a masked link.
_MASKED = re.compile(r"\[([^\[\]]*)\]\(\s*<?([^\s()<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_BARE = re.compile(r"(?<![<\w])(https?://[^\s<>()]+)", re.IGNORECASE)
_BRACKETS = re.compile(r"(?<!\\)([\[\]])")


def defuse_links(text: str) -> str:
    """``text`` with no masked link left and every address shown as written."""
    previous = None
    while previous != text:  # nested or repeated masks: unwrap until nothing changes
        previous = text
        text = _MASKED.sub(lambda m: f"{m.group(1).strip()} (<{m.group(2)}>)", text)
    text = _BRACKETS.sub(r"\\\1", text)
    return _BARE.sub(_no_preview, text)


def _no_preview(match: re.Match[str]) -> str:
    url = match.group(1)
    kept = url.rstrip(".,;:!?'\"")
    return f"<{kept}>{url[len(kept) :]}"
