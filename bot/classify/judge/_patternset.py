"""Many patterns in one pass: which of them may match a haystack (RE2 ``Set``), the detectors' prefilter.

``PatternSet(patterns)`` translates each Python pattern into an RE2 pattern that matches *at least*
wherever the Python one does (a relaxation), adds them all to one ``re2.Set`` and answers, for a
haystack, the indices of the patterns that may match (``possible``) after one linear pass over it.
A pattern left out of the answer cannot match, so the caller need not run it; a pattern in the answer
is run as before (the answer is a superset: the Python pattern stays the judge of a match).

Why the relaxation is sound, construct by construct (``re._parser`` tree):

* literals, character classes, alternation, groups and counted repeats are translated as they are;
  lazy, possessive and atomic forms become ordinary ones (they match a subset of what the ordinary form
  matches, for the yes/no question asked here);
* lookaheads and lookbehinds (RE2 has none) are dropped: a match with the assertion is a match without it;
* ``$`` is dropped (Python's ``$`` also matches before a final newline); ``^``, ``\\A``, ``\\Z``,
  ``\\b`` and ``\\B`` are kept;
* a construct RE2 lacks (back-references, conditionals) makes that pattern *always possible*.

Character classes follow RE2's ASCII meaning, so ``possible`` answers only for ASCII haystacks (``None``
otherwise: the caller runs everything); on ASCII text ``\\w``, ``\\d`` and ``\\b`` mean the same in both
engines, and Python's ``\\s`` (which also holds ``\\v`` and ``\\x1c``-``\\x1f``) is spelled out in full.
With the clause gates open (``_requires.ungated``: the reference path) every pattern is possible.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

import re2

from bot.classify.judge._requires import Gate

__all__ = ["PatternSet", "relaxed"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_SPACE = r"\t\n\x{b}\f\r \x{1c}-\x{1f}"  # Python's \s on ASCII text
# RE2's budget for the compiled set and its lazily built automaton (a cap, not a reservation). The automaton
# grows with every new message until the cap: at 64 MB a plain process holding the detectors grew +81 MB over
# 3,000 distinct messages, at 32 MB +40 MB with no failed pass and the same CPU; at 16 MB 909 passes of 3,000
# failed (the set then answers "every pattern may match": same decisions, slower), at 8 MB every support pass.
_MEMORY = 32 << 20


class _Untranslatable(Exception):
    pass


def _char(code: int) -> str:
    char = chr(code)
    if char.isascii() and char.isalnum():
        return char
    return f"\\x{{{code:x}}}"


def _category(value: Any) -> str:
    if value is _c.CATEGORY_DIGIT:
        return r"\d"
    if value is _c.CATEGORY_NOT_DIGIT:
        return r"\D"
    if value is _c.CATEGORY_WORD:
        return r"\w"
    if value is _c.CATEGORY_NOT_WORD:
        return r"\W"
    if value is _c.CATEGORY_SPACE:
        return _SPACE
    if value is _c.CATEGORY_NOT_SPACE:
        return r"\S"  # RE2's \S also holds \v and \x1c-\x1f: a superset on ASCII text
    raise _Untranslatable(str(value))


def _class(items: list[tuple[Any, Any]]) -> str:
    out: list[str] = []
    negate = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY:
            if negate and av in (_c.CATEGORY_NOT_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_NOT_DIGIT):
                raise _Untranslatable("a negated class holding a negated category")
            out.append(_category(av))
        else:
            raise _Untranslatable(str(op))
    return "[" + ("^" if negate else "") + "".join(out) + "]"


def _flags(add: int, remove: int) -> str:
    on = (
        ("i" if add & re.IGNORECASE else "")
        + ("m" if add & re.MULTILINE else "")
        + ("s" if add & re.DOTALL else "")
    )
    off = (
        ("i" if remove & re.IGNORECASE else "")
        + ("m" if remove & re.MULTILINE else "")
        + ("s" if remove & re.DOTALL else "")
    )
    return on + ("-" + off if off else "")


def _sequence(items: Iterable[tuple[Any, Any]]) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        return _class(list(av))
    if op is _c.BRANCH:
        return "(?:" + "|".join(_sequence(alternative) for alternative in av[1]) + ")"
    if op is _c.SUBPATTERN:
        _group, add, remove, inner = av
        flags = _flags(add, remove)
        return f"(?{flags}:" + _sequence(inner) + ")"
    if op is _c.ATOMIC_GROUP:
        return "(?:" + _sequence(av) + ")"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, inner = av
        body = "(?:" + _sequence(inner) + ")"
        if high is _c.MAXREPEAT:
            return body + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
        if high > 1000:
            raise _Untranslatable("repeat count")
        return body + f"{{{low},{high}}}"
    if op is _c.AT:
        if av is _c.AT_BEGINNING:
            return "^"
        if av is _c.AT_BEGINNING_STRING:
            return r"\A"
        if av is _c.AT_END_STRING:
            return r"\z"
        if av is _c.AT_BOUNDARY:
            return r"\b"
        if av is _c.AT_NON_BOUNDARY:
            return r"\B"
        return ""  # $ (end, or before a final newline): dropped
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return ""  # a lookaround: dropped (a match with it is a match without it)
    raise _Untranslatable(str(op))


def relaxed(pattern: str | re.Pattern[str]) -> str | None:
    """An RE2 pattern matching an ASCII haystack wherever ``pattern`` does (None: none can be written)."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags & ~re.UNICODE)
        body = _sequence(list(tree))
    except (_Untranslatable, re.error, RecursionError):
        return None
    flags = _flags(tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL), 0)
    return f"(?{flags}:{body})" if flags else body


def _starts(pattern: str | re.Pattern[str]) -> bool:
    """Whether ``pattern`` may assert the haystack's start (``^``, ``\\A``), or cannot be read."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags & ~re.UNICODE)
    except (re.error, RecursionError):
        return True
    found = False

    def walk(items: Iterable[tuple[Any, Any]]) -> None:
        nonlocal found
        for op, av in items:
            if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                found = True
            elif op is _c.BRANCH:
                for alternative in av[1]:
                    walk(alternative)
            elif op is _c.SUBPATTERN:
                walk(av[3])
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                walk(av[1])
            elif op is _c.ATOMIC_GROUP:
                walk(av)

    walk(list(tree))
    return found


class PatternSet:
    """The patterns that may match a haystack, in one pass (see the module docstring).

    RE2 answers "no match" when its automaton runs out of memory: a *sentinel* pattern that matches every
    haystack (``\\A``) is added first, so an answer without it is a failure, never read as "nothing
    matches" (``possible`` then says every pattern may match)."""

    def __init__(self, patterns: Iterable[str | re.Pattern[str]]) -> None:
        options = re2.Options()
        options.max_mem = _MEMORY
        options.log_errors = False
        self._set: Any = re2.Set.SearchSet(options)
        patterns_list = list(patterns)
        always: list[int] = []
        positions = [-1]  # RE2's number of a pattern -> its index here (-1: the sentinel)
        self._set.Add(r"\A")
        for index, pattern in enumerate(patterns_list):
            translated = relaxed(pattern)
            if translated is None:
                always.append(index)
                continue
            try:
                added = self._set.Add(translated)
            except re2.error:
                always.append(index)
                continue
            assert added == len(positions)
            positions.append(index)
        self.size = len(patterns_list)
        self.always = frozenset(always)
        # patterns that assert the haystack's start (``^``, ``\\A``; or could not be read): a match in a
        # suffix of a haystack is not always a match in the whole of it
        self.anchored = frozenset(index for index, pattern in enumerate(patterns_list) if _starts(pattern))
        self._positions = tuple(positions)
        self._working = len(positions) > 1
        if self._working:
            try:
                self._set.Compile()
            except re2.error:
                self._working = False

    def possible(self, hay: str) -> set[int] | None:
        """The indices of the patterns that may match ``hay``; None when every one may (the set is off,
        ``hay`` is not ASCII, or RE2 failed)."""
        if not (self._working and Gate.enabled and hay.isascii()):
            return None
        found = self._set.Match(hay)
        if not found:
            return None  # not even the sentinel: RE2 failed
        out = set(map(self._positions.__getitem__, found))
        out.discard(-1)
        if self.always:
            out |= self.always
        return out
