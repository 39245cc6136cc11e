"""Front matter of knowledge-base articles: TOML between ``+++`` lines or a YAML subset between ``---``.

The YAML subset: ``key: value`` lines, where a value is "quoted text", plain text, a number, true/false,
a date (kept as text and checked by the caller), an inline list ``[a, "b c"]``, or a block list of
``- item`` lines under an empty ``key:``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*)$")


class KbError(ValueError):
    """A knowledge-base file that cannot be used. ``str()`` names the file, the field and the problem."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        super().__init__(f"{self.path}: field '{field}': {problem}")


def _scalar(text: str) -> object:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def _inline_list(text: str) -> list[object]:
    inner = text.strip()[1:-1]
    items = re.findall(r"\"[^\"]*\"|'[^']*'|[^,]+", inner)
    return [_scalar(item) for item in items if item.strip()]


def parse_yamlish(block: str, path: Path | str) -> dict[str, object]:
    meta: dict[str, object] = {}
    list_key: str | None = None
    for number, raw in enumerate(block.splitlines(), start=2):  # line 1 is the opening ---
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("-") and list_key is not None:
            items = meta[list_key]
            assert isinstance(items, list)
            items.append(_scalar(stripped[1:]))
            continue
        match = _KEY_LINE.match(stripped)
        if match is None:
            raise KbError(
                path, "front matter", f"line {number}: cannot read {stripped!r} (expected key: value)"
            )
        key, value = match.group(1), match.group(2).strip()
        if key in meta:
            raise KbError(path, key, f"line {number}: given twice")
        if not value:
            meta[key] = []
            list_key = key
            continue
        list_key = None
        meta[key] = _inline_list(value) if value.startswith("[") and value.endswith("]") else _scalar(value)
    return meta


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, object], str]:
    """(front matter, Markdown body) of an article's text."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    opening = lines[0].strip() if lines else ""
    if opening not in ("+++", "---"):
        raise KbError(path, "front matter", "missing: start the file with a +++ (TOML) or --- block")
    for index in range(1, len(lines)):
        if lines[index].strip() == opening:
            block = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            break
    else:
        raise KbError(path, "front matter", f"not closed: add a line with {opening} after the fields")
    if opening == "+++":
        try:
            return tomllib.loads(block), body
        except tomllib.TOMLDecodeError as exc:
            raise KbError(path, "front matter", f"not valid TOML ({exc})") from None
    return parse_yamlish(block, path), body
