"""Limits on what an administrator can type into a policy override, so a hostile or careless one gets a
policy error instead of a crash: TOML nested too deeply (``tomllib`` recurses, and so do the merge and
the validation after it) and overrides too large to be a policy.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

MAX_DEPTH = 16  # the deepest real policy key is about 6 levels down (rules.x.signals.model.insult)
MAX_OVERRIDE_CHARS = 200_000


class PolicyLimitError(ValueError):
    """The text or data passes a limit; the message says which, in plain words."""


def nesting_depth(data: object) -> int:
    """How many tables and arrays are nested in ``data`` (iterative: safe on any depth)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: list[object] = list(value.values())
        elif isinstance(value, list | tuple):
            children = list(value)
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:  # deep enough to refuse: stop walking
            return depth
        stack.extend((child, depth) for child in children)
    return deepest


def check_depth(data: object) -> None:
    if nesting_depth(data) > MAX_DEPTH:
        raise PolicyLimitError(f"tables or arrays are nested more than {MAX_DEPTH} levels deep")


def loads_limited(text: str) -> dict[str, Any]:
    """``tomllib.loads`` with a size and a nesting limit. Raises ``tomllib.TOMLDecodeError`` for bad
    syntax and ``PolicyLimitError`` for text past a limit."""
    if len(text) > MAX_OVERRIDE_CHARS:
        raise PolicyLimitError(f"is longer than {MAX_OVERRIDE_CHARS} characters")
    if _bracket_depth(text) > MAX_DEPTH:
        raise PolicyLimitError(f"tables or arrays are nested more than {MAX_DEPTH} levels deep")
    try:
        data = tomllib.loads(text)
    except RecursionError as exc:  # a nesting the bracket count could not see
        raise PolicyLimitError(f"tables or arrays are nested more than {MAX_DEPTH} levels deep") from exc
    check_depth(data)
    return data


def _bracket_depth(text: str) -> int:
    """An upper bound of the nesting of inline arrays and tables, counted outside quoted strings and
    comments (cheap, and run before the recursive parser sees the text)."""
    depth = deepest = 0
    quote: str | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quote is not None:
            if text.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if ch == "\\" and quote in ('"', '"""'):
                i += 2
                continue
            i += 1
            continue
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            i += len(quote)
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return deepest
