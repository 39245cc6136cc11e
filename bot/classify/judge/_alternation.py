"""The top-level alternatives of a regular expression's source, for the rule tables and the readers that
split a row into its branches (``support._required_for``, hate11's named-group rows in ``_abuse_rules``)."""

from __future__ import annotations


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each ``|`` outside any group or class ("a|(b|c)|[|]" -> a, (b|c), [|])."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts
