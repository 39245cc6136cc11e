"""Per-server overrides: deep-merge semantics, and where an error came from (file, line).

Merge rules (documented for admins in ``policies/README.md``):

* tables merge key by key, recursively; scalars and arrays in the override replace the preset's;
* ``"key+" = [...]`` appends entries to the preset's array (skipping ones already there);
  ``"key-" = [...]`` removes entries (a string also removes tables whose ``name`` or ``id`` equals it);
* ``rules`` in an override is a table keyed by rule id: ``[rules.respect]`` merges into the preset's rule
  "respect"; an unknown id adds a new rule (which must then be complete).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

PathPart = str | int


class MergeError(ValueError):
    def __init__(self, path: Sequence[PathPart], message: str) -> None:
        super().__init__(message)
        self.path = tuple(path)
        self.message = message


def format_path(parts: Sequence[PathPart]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _matches(entry: object, removal: object) -> bool:
    if entry == removal:
        return True
    return (
        isinstance(entry, Mapping)
        and isinstance(removal, str)
        and removal
        in (
            entry.get("name"),
            entry.get("id"),
        )
    )


def _merge(base: Any, over: Any, path: list[PathPart]) -> Any:
    if not (isinstance(base, Mapping) and isinstance(over, Mapping)):
        return over
    out = dict(base)
    for key, value in over.items():
        if key.endswith(("+", "-")) and len(key) > 1:
            name = key[:-1]
            current = out.get(name, [])
            if not isinstance(value, list) or not isinstance(current, list):
                raise MergeError([*path, key], f'"{key}" must be an array, extending the array "{name}"')
            if key.endswith("+"):
                out[name] = current + [v for v in value if v not in current]
            else:
                out[name] = [v for v in current if not any(_matches(v, r) for r in value)]
        elif key in out:
            out[key] = _merge(out[key], value, [*path, key])
        else:
            out[key] = value
    return out


def merge_policy(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Merge an override into a preset's raw data (see the module docstring)."""
    over = dict(over)
    rules_over = over.pop("rules", None)
    merged: dict[str, Any] = _merge(base, over, [])
    if rules_over is None:
        return merged
    if not isinstance(rules_over, Mapping):
        raise MergeError(["rules"], "in an override, rules is a table keyed by rule id: [rules.<id>]")
    rules = [dict(r) for r in merged.get("rules", []) if isinstance(r, Mapping)]
    index = {r.get("id"): i for i, r in enumerate(rules)}
    for rule_id, change in rules_over.items():
        if not isinstance(change, Mapping):
            raise MergeError(["rules", rule_id], "must be a table: [rules.<id>]")
        if change.get("id", rule_id) != rule_id:
            raise MergeError(["rules", rule_id, "id"], "a rule's id cannot be changed by an override")
        if rule_id in index:
            rules[index[rule_id]] = _merge(rules[index[rule_id]], change, ["rules", rule_id])
        else:
            index[rule_id] = len(rules)
            rules.append({"id": rule_id, **_merge({}, change, ["rules", rule_id])})
    merged["rules"] = rules
    return merged


def override_path(parts: Sequence[PathPart], rule_ids: Sequence[str]) -> list[PathPart]:
    """Turn ``rules[2].x`` (merged data) into ``rules.<id>.x`` (how an override file spells it)."""
    out = list(parts)
    if len(out) >= 2 and out[0] == "rules" and isinstance(out[1], int) and out[1] < len(rule_ids):
        out[1] = rule_ids[out[1]]
    return out


def present_in(data: Any, parts: Sequence[PathPart]) -> bool:
    """Whether ``parts`` exists in ``data`` (an ``x+`` array counts as ``x``)."""
    node = data
    for part in parts:
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return False
            node = node[part]
        elif isinstance(node, Mapping):
            for key in (part, f"{part}+", f"{part}-"):
                if key in node:
                    node = node[key]
                    break
            else:
                return False
        else:
            return False
    return True


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def _header(line: str) -> tuple[bool, str] | None:
    match = _HEADER.match(line)
    if not match:
        return None
    name = ".".join(piece.strip().strip("\"'") for piece in match.group(2).split("."))
    return match.group(1) == "[[", name


def _assignment(lines: Sequence[str], start: int, key: str) -> int | None:
    pattern = re.compile(rf"""^\s*(?:[\w"'+-]+\s*\.\s*)*["']?{re.escape(key)}[+-]?["']?\s*[=.]""")
    for number in range(start, len(lines)):
        if pattern.match(lines[number]):
            return number
    return None


def find_line(text: str, parts: Sequence[PathPart]) -> int | None:
    """Best-effort 1-based line of a key path in a TOML text (headers, dotted keys, assignments)."""
    lines = text.splitlines()
    pos, found = 0, None
    prefix: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if isinstance(part, int):
            i += 1
            continue
        name = ".".join([*prefix, part])
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(nxt, int):
            hits = [n for n in range(pos, len(lines)) if _header(lines[n]) == (True, name)]
            if len(hits) > nxt:
                pos = found = hits[nxt]
                prefix.append(part)
                i += 2
                continue
            number = _assignment(lines, pos, part)  # an inline array: point at its assignment
            if number is not None:
                found = number
            break
        tables = [n for n in range(pos, len(lines)) if _header(lines[n]) == (False, name)]
        if tables:
            pos = found = tables[0]
        else:
            number = _assignment(lines, pos, part)
            if number is not None:
                pos = found = number
        prefix.append(part)
        i += 1
    return None if found is None else found + 1
