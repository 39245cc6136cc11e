"""Where a pattern can start: its searches tried only at the tokens that can begin a match.

The hate rows and many phrases begin with a long word alternation (a group's names, with optional
determiners: "all the ...", « les ... ») after a token-start assertion ``(?<![^ ])``; half of the hate rows
also begin ``^(?!...).*``, a lookahead over the whole message then a ``.*`` that backs off through every
position. Python's ``re`` tries the alternation at every token of the message, hundreds of alternatives a
token, and nearly every try fails on ordinary chat.

``Starts(pattern)`` reads the pattern's parse tree (``re._parser``) once, at import, and finds:

* its *core*: the whole pattern, or, for ``^`` followed by lookaheads and a ``.*``, the part after the
  ``.*``. Any match of the pattern holds a match of the core starting at some position ``p`` (``.*``
  consumed the text before ``p``; a lookahead only narrows);
* the *heads* of the core: the strings its first token can begin with (``("all", whole)``: the token is
  exactly "all", because a space follows it in the pattern; ``("schizo", prefix)``: the token begins so),
  read through groups, alternations and optional parts. A core whose first token could begin with
  anything (a class, ``\\S+``) has no heads, and its pattern is not helped.

``may(text)`` is then ``True`` only if the core matches (``re.match`` at ``p``; a lookbehind still sees
the text before ``p``) at the start of some token that one of its heads allows. A pattern for which it is
``False`` cannot match ``text``: the caller need not search it. The pattern itself stays the judge of a
match: ``may`` only skips. With the gates open (``_requires.ungated``) every pattern may match.

Tokens are the text's pieces between single spaces (the detectors' haystacks are space-joined tokens);
a core must begin with the token-start assertion ``(?<![^ ])`` (``p`` is 0 or follows a space) or a
literal space (``p`` is a space; the heads are read after it), or it is not helped.
"""

from __future__ import annotations

import importlib
import re
import threading
from itertools import pairwise
from typing import Any

from bot.classify.judge._requires import Gate

__all__ = ["Derived", "Starts", "derive", "heads"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_STOP = (None, None)  # in a sequence: what follows is unknown (the end of a repeated part)
_MAX_HEADS = 20000


class _Unknown(Exception):
    """A match could begin with anything we cannot name."""


def _zero_width(op: Any, av: Any) -> bool:
    return op in (_c.ASSERT, _c.ASSERT_NOT) or (
        op is _c.AT and av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    )


def _heads(seq: list[tuple[Any, Any]], text: str, out: set[tuple[str, bool]]) -> None:
    """Add to ``out`` the (head, whole) pairs of every match of ``seq`` whose first token begins ``text``."""
    for index, (op, av) in enumerate(seq):
        if op is None:  # the end of a repeated part: the continuation is unknown
            out.add((text, False))  # ("", False) when the part matched nothing: the repeat reads it
            return
        if op is _c.LITERAL:
            char = chr(av)
            if char == " ":
                if not text:
                    raise _Unknown  # an empty first token: cannot be named
                out.add((text, True))
                return
            text += char
            continue
        if _zero_width(op, av):
            continue
        if text:  # the token has begun; what follows is not a plain character: the head is a prefix
            out.add((text, False))
            return
        rest = seq[index + 1 :]
        if op is _c.SUBPATTERN:
            _heads([*av[3], *rest], text, out)
        elif op is _c.ATOMIC_GROUP:
            _heads([*av, *rest], text, out)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                _heads([*alternative, *rest], text, out)
                if len(out) > _MAX_HEADS:
                    raise _Unknown
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, inner = av
            found: set[tuple[str, bool]] = set()
            _heads([*inner, _STOP], text, found)
            if ("", False) in found:  # an iteration may match nothing: the first token is the next's
                found.discard(("", False))
                low = 0
            out |= found
            if low == 0:  # the first token may come after the repeated part, or after its empty iterations
                _heads(rest, text, out)
        else:  # a class, any character, a back-reference...: unknown
            raise _Unknown
        return
    if not text:
        raise _Unknown
    out.add((text, False))  # the match may end here; the token may go on


def heads(items: list[tuple[Any, Any]]) -> frozenset[tuple[str, bool]] | None:
    """The (head, whole) pairs of the first token of every match of ``items`` (None: unknown)."""
    out: set[tuple[str, bool]] = set()
    try:
        _heads(list(items), "", out)
    except (_Unknown, RecursionError):
        return None
    return frozenset(out)


def _is_token_start(op: Any, av: Any) -> bool:
    """``(?<![^ ])``: a space or the text's start before."""
    if op is not _c.ASSERT_NOT:
        return False
    direction, inner = av
    inner = list(inner)
    return direction == -1 and len(inner) == 1 and inner[0] == (_c.NOT_LITERAL, ord(" "))


def _has_groupref(items: Any) -> bool:
    for op, av in items:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        if op is _c.SUBPATTERN and _has_groupref(av[3]):
            return True
        if op is _c.BRANCH and any(_has_groupref(alternative) for alternative in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and _has_groupref(av[2]):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT) and _has_groupref(av[1]):
            return True
        if op is _c.ATOMIC_GROUP and _has_groupref(av):
            return True
    return False


def _dot_star(op: Any, av: Any) -> bool:
    return op is _c.MAX_REPEAT and av[0] == 0 and av[1] is _c.MAXREPEAT and list(av[2]) == [(_c.ANY, None)]


def _top_level(text: str) -> tuple[list[int], list[int]]:
    """The indices of ``text``'s top-level ``|`` and of the ends of its top-level ``.*`` (outside groups and
    classes)."""
    bars: list[int] = []
    stars: list[int] = []
    depth = 0
    index = 0
    in_class = False
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            index += 1
            if text.startswith("^", index):
                index += 1
            if text.startswith("]", index):  # a first "]" is a literal
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char == "|":
            bars.append(index)
        elif depth == 0 and text.startswith(".*", index) and not text.startswith(".*?", index):
            stars.append(index + 2)
        index += 1
    return bars, stars


class _Heads:
    """The tokens a match can begin with: ``exact`` ones, or ones beginning with one of ``prefixes``. Shared
    by every part with the same heads (the hate rows share their group's), with the candidate positions of
    the last text asked and a memo of the tokens already read."""

    __slots__ = ("_state", "exact", "lengths", "prefixes")

    def __init__(self, found: frozenset[tuple[str, bool]]) -> None:
        self.exact = frozenset(head for head, whole in found if whole)
        self.prefixes = frozenset(head for head, whole in found if not whole)
        self.lengths = tuple(sorted({len(head) for head in self.prefixes}))
        # the tokens read (forgotten past ``_MEMO``), and those of them a match can begin with
        self._state: tuple[set[str], set[str]] = (set(), set())

    def begins(self, token: str) -> bool:
        """Whether a match can begin with this token."""
        if token in self.exact:
            return True
        prefixes = self.prefixes
        for length in self.lengths:
            if length > len(token):
                return False
            if token[:length] in prefixes:
                return True
        return False

    def found(self, present: frozenset[str]) -> set[str]:
        """The tokens among ``present`` a match can begin with (set operations on the tokens already read;
        only new ones are read). Thread-safe: the tokens read and those that begin a match are one pair,
        replaced whole when forgotten; a token joins the second before the first."""
        known, yes = self._state
        new = present - known
        if new:
            with _LOCK:
                known, yes = self._state
                if len(known) > _MEMO:
                    known, yes = set(), set()
                    self._state = (known, yes)
                new = present - known
                yes.update(token for token in new if self.begins(token))
                known.update(new)
        return yes & present


_HEADS: dict[frozenset[tuple[str, bool]], _Heads] = {}
_MEMO = 1 << 14  # tokens remembered per heads (then forgotten all at once)
_LOCK = threading.Lock()


class _Part:
    """One top-level alternative of a pattern: its core, where the core begins (``offset``), its heads. A
    core cut out of a longer pattern is compiled when first tried (most never are: it keeps start-up as
    it was)."""

    __slots__ = ("_core", "_text", "flags", "heads", "offset")

    def __init__(
        self, core: re.Pattern[str] | str, flags: int, offset: int, found: frozenset[tuple[str, bool]]
    ) -> None:
        self._core = core if isinstance(core, re.Pattern) else None
        self._text = core if isinstance(core, str) else ""
        self.flags = flags
        self.offset = offset
        shared = _HEADS.get(found)
        if shared is None:
            shared = _HEADS[found] = _Heads(found)
        self.heads = shared

    @property
    def core(self) -> re.Pattern[str]:
        core = self._core
        if core is None:
            core = self._core = re.compile(self._text, self.flags)
        return core


Derived = list[list[Any]] | None  # per part: [core's first index, its end, offset, exact heads, prefixes]


def _part(text: str, begin: int, end: int, flags: int) -> list[Any] | None:
    """The part for ``text[begin:end]`` (one top-level alternative), or None when not helped."""
    piece = text[begin:end]
    items = list(_parser.parse(piece, flags & ~re.UNICODE))
    if not items or _has_groupref(items):
        return None
    bars, stars = _top_level(piece)
    if bars:
        return None
    if items[0] == (_c.AT, _c.AT_BEGINNING):
        index = 1
        while index < len(items) and items[index][0] in (_c.ASSERT, _c.ASSERT_NOT):
            index += 1
        if index >= len(items) or not _dot_star(*items[index]) or not stars:
            return None
        tail = items[index + 1 :]
        if str(list(_parser.parse(piece[stars[0] :], flags & ~re.UNICODE))) != str(tail):
            return None  # the text cut is not the tree's tail: not helped
        items = tail
        begin += stars[0]
    if not items:
        return None
    first = items[0]
    if _is_token_start(*first):
        offset = 0
    elif first == (_c.LITERAL, ord(" ")):
        offset = 1
    else:
        return None
    found = heads(items[1:])
    if not found:
        return None
    exact = sorted(head for head, whole in found if whole)
    prefixes = sorted(head for head, whole in found if not whole)
    return [begin, end, offset, exact, prefixes]


def derive(text: str) -> Derived:
    """What ``Starts`` needs of the pattern ``text`` (kept in ``derived_gates.json``: ``_derived``)."""
    try:
        flags = re.compile(text).flags
        if flags & re.IGNORECASE:
            return None
        bars, _stars = _top_level(text)
        edges = [-1, *bars, len(text)]
        parts = [_part(text, left + 1, right, flags) for left, right in pairwise(edges)]
    except (re.error, RecursionError, ValueError):
        return None
    if not parts or any(part is None for part in parts):
        return None
    return [part for part in parts if part is not None]


_INDEX: list[tuple[str, frozenset[str], dict[str, list[int]]]] = []


def _index(text: str) -> tuple[frozenset[str], dict[str, list[int]]]:
    """The tokens of ``text`` (its pieces between single spaces) and where each starts; the last two texts'
    are kept (a message's forms and keys)."""
    for known, tokens, starts in _INDEX:
        if known is text:
            return tokens, starts
    where: dict[str, list[int]] = {}
    position = 0
    for token in text.split(" "):
        found = where.get(token)
        if found is None:
            where[token] = [position]
        else:
            found.append(position)
        position += len(token) + 1
    present = frozenset(where)
    _INDEX[:] = [(text, present, where), *_INDEX[:1]]
    return present, where


class Starts:
    """``may(text)``: whether ``pattern`` can match ``text`` (see the module docstring); always True for a
    pattern this reader does not help."""

    __slots__ = ("_parts", "helped", "pattern")

    def __init__(self, pattern: re.Pattern[str], derived: Derived) -> None:
        """``derived``: ``derive(pattern.pattern)`` (``_derived.starts`` reads it from the file)."""
        self.pattern = pattern
        text = pattern.pattern
        parts: list[_Part] = []
        for begin, end, offset, exact, prefixes in derived or ():
            whole = begin == 0 and end == len(text)
            found = frozenset([*((head, True) for head in exact), *((head, False) for head in prefixes)])
            parts.append(_Part(pattern if whole else text[begin:end], pattern.flags, offset, found))
        self._parts = tuple(parts)
        self.helped = bool(parts)

    def may(self, text: str) -> bool:
        """False only when ``pattern`` cannot match ``text``."""
        if not self._parts or not Gate.enabled:
            return True
        present, where = _index(text)
        for part in self._parts:
            found = part.heads.found(present)
            if not found:
                continue
            match = part.core.match
            offset = part.offset
            for token in found:
                for position in where[token]:
                    if offset:  # the core begins with a space: ``p`` is the space before the token
                        if position and match(text, position - 1) is not None:
                            return True
                    elif match(text, position) is not None:
                        return True
        return False
