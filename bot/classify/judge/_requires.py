"""Words every match of a regular expression must hold, read from its parse tree: the detectors' gates.

The detectors' patterns run over space-joined tokens (``Chat.forms`` / ``Chat.lemmas``).
``requirement(pattern)`` reads the pattern's parse tree (``re._parser``) and returns, per alternative of
the pattern, *clauses*: sets of words such that every match of that alternative, in any haystack, holds
at least one word of each clause as a whole word. A pattern none of whose alternatives has all its clauses
met by a message's words (``meets``) cannot match that message, so it need not run. The clauses are
derived from the patterns themselves, at import time: a rule added or edited in the tables is covered
without a hand-kept list, and a construct this reader does not understand only gives fewer clauses (the
pattern then runs more often), never a wrong one.

Why a clause is sound: a word ``w`` (letters and digits only) is taken from the fixed strings a part of the
pattern can match only when, on both sides, the pattern itself puts a space, a string edge, a word boundary
(``\\b``, ``^``, ``$``) or a token-edge lookaround (``(?<![^ ])``, ``(?![^ ])``) next to it. In the matched
text ``w`` then sits between two characters that are not word characters (or an edge): it is a whole
token, or a run of word characters inside a token that holds others ("@user" holds "user"). ``words``
gives a message's tokens with those inner runs added, and ``meets`` tests against that.

A positive lookahead ``(?=...)`` is zero width: the run of fixed strings goes on through it, and every
match of the pattern also holds a match of its body from that point, so the body's clauses are the
pattern's too (``^(?=.*\\bgun\\b)(?=.*\\bloaded\\b)`` requires "gun" and "loaded"; a ``.*`` prefix requires
nothing). A lookahead whose body is one alternation opens like one when nothing else does. A negative
lookahead is not read: it promises no word.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import product
from typing import Any, ClassVar

__all__ = ["Gate", "Requirement", "meets", "requirement", "ungated", "words"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_EDGE = "\x01"  # in a generated string: a word edge the pattern asserts (\b, ^, $, a token-edge lookaround)
_OPEN = "\x00"  # a run's outer side where nothing is known
_MAX_STRINGS = 4096  # finite expansions larger than this are cut into smaller runs
_WORD = re.compile(r"[a-z0-9]+")
_NOT_WORD = re.compile(r"\W+")


def _token_edge(av: Any) -> bool:
    """A lookaround ``(?<![^ ])`` / ``(?![^ ])`` (or with ``\\S``): a space or the string's edge beside it."""
    _direction, items = av
    items = list(items)
    if len(items) != 1:
        return False
    op, value = items[0]
    if op is _c.NOT_LITERAL and value == ord(" "):
        return True
    return op is _c.IN and list(value) == [(_c.CATEGORY, _c.CATEGORY_NOT_SPACE)]


def _strings(item: tuple[Any, Any]) -> set[str] | None:
    """Every string a parsed item can match (``_EDGE`` where it asserts a word edge), if few and finite."""
    op, av = item
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.AT:
        return {""} if av is _c.AT_NON_BOUNDARY else {_EDGE}
    if op is _c.ASSERT_NOT:
        return {_EDGE} if _token_edge(av) else {""}
    if op is _c.ASSERT:
        return {""}
    if op is _c.IN:
        if all(kind is _c.LITERAL for kind, _ in av):
            return {chr(value) for _, value in av}
        return None
    if op is _c.SUBPATTERN:
        return _sequence_strings(list(av[3]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _sequence_strings(list(alternative))
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MAX_STRINGS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, inner = av
        if high > 3:
            return None
        strings = _sequence_strings(list(inner))
        if strings is None:
            return None
        out = set()
        for count in range(low, high + 1):
            out |= {"".join(parts) for parts in product(strings, repeat=count)}
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _sequence_strings(items: list[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for item in items:
        strings = _strings(item)
        if strings is None:
            return None
        out = {left + right for left in out for right in strings}
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _cover(groups: list[frozenset[str]]) -> frozenset[str]:
    """A set of words meeting every group: in each group, its word most groups share (then the longest)."""
    counts: dict[str, int] = {}
    for group in groups:
        for word in group:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(max(group, key=lambda word: (counts[word], len(word), word)) for group in groups)


def _run_clauses(strings: set[str], left: bool, right: bool) -> list[frozenset[str]]:
    """Clauses every string meets: each string holds all the words of its group, so any set of words that
    meets every group is a clause. A word every group holds is a clause of its own; then up to four more
    covers, disjoint. ``left`` / ``right``: the run's outer sides are word edges."""
    unique: set[frozenset[str]] = set()
    for string in strings:
        padded = (" " if left else _OPEN) + string.replace(_EDGE, " ") + (" " if right else _OPEN)
        found = frozenset(word for word in padded.split(" ")[1:-1] if _WORD.fullmatch(word))
        if not found:
            return []
        unique.add(found)
    groups = list(unique)
    common = frozenset.intersection(*groups)
    out = [frozenset((word,)) for word in sorted(common)]
    for _ in range(4):
        groups = [group - common for group in groups]
        if not all(groups):
            break
        cover = _cover(groups)
        out.append(cover)
        common = cover
    return out


def _bounded(items: list[tuple[Any, Any]], index: int, edge: bool, *, left: bool) -> bool:
    """Whether the item at ``index``, just before (``left``) or just after a run, puts a word edge next to
    it; ``edge`` when ``index`` is past the sequence's end (what the caller knows of its outside)."""
    if index < 0 or index >= len(items):
        return edge
    op, av = items[index]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[2] and next(iter(av[2])) == (_c.LITERAL, ord(" ")):
        # a gap of " token" repeats ends on a token's last character: no edge before a run; after a run it
        # starts with a space when present, else whatever follows it
        if left:
            return False
        return av[0] >= 1 or _bounded(items, index + 1, edge, left=False)
    if op is _c.AT:  # \b, ^, $: an edge (or, on the wrong side, a pattern that cannot match there)
        return av is not _c.AT_NON_BOUNDARY
    if op is _c.ASSERT_NOT:
        return _token_edge(av)
    return op is _c.LITERAL and av == ord(" ")


def _ahead(item: tuple[Any, Any]) -> bool:
    """A positive lookahead ``(?=...)``: every match of the pattern has a match of its body at that point,
    so what the body requires, the pattern requires (a negative lookahead promises no word: not read)."""
    return item[0] is _c.ASSERT and item[1][0] == 1


def _edge_before(items: list[tuple[Any, Any]], index: int, edge: bool) -> bool:
    """Whether a word edge is just before the item at ``index``: zero-width lookarounds before it (``^(?!a)
    (?=b)``) are passed over, they leave the position where it is."""
    while (
        index > 0
        and items[index - 1][0] in (_c.ASSERT, _c.ASSERT_NOT)
        and not _token_edge_item(items[index - 1])
    ):
        index -= 1
    return _bounded(items, index - 1, edge, left=True)


def _token_edge_item(item: tuple[Any, Any]) -> bool:
    return item[0] is _c.ASSERT_NOT and _token_edge(item[1])


def _sequence_clauses(items: list[tuple[Any, Any]], left: bool, right: bool) -> list[frozenset[str]]:
    """Clauses every match of the item sequence meets (``left`` / ``right``: its edges are word edges)."""
    found: list[frozenset[str]] = []
    run: set[str] = {""}
    start = 0
    for index, item in enumerate([*items, (None, None)]):
        if _ahead(item):  # zero width, so the run goes on through it; its body matches from here on
            found.extend(_sequence_clauses(list(item[1][1]), _edge_before(items, index, left), False))
        strings = _strings(item) if item[0] is not None else None
        if strings is not None:
            merged = {head + tail for head in run for tail in strings}
            if len(merged) <= _MAX_STRINGS:
                run = merged
                continue
        if run != {""}:
            before = _bounded(items, start - 1, left, left=True)
            after = _bounded(items, index, right, left=False) if strings is None else False
            found.extend(_run_clauses(run, before, after))
        if item[0] is None:
            break
        if strings is not None:  # too many strings: a new run starts with this item
            run, start = strings, index
            continue
        run, start = {""}, index + 1
        op, av = item
        inner_left = _bounded(items, index - 1, left, left=True)
        inner_right = _bounded(items, index + 1, right, left=False)
        if op is _c.SUBPATTERN:
            found.extend(_sequence_clauses(list(av[3]), inner_left, inner_right))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                options = _sequence_clauses(list(alternative), inner_left, inner_right)
                if not options:
                    union = set()
                    break
                union |= min(options, key=len)
            if union:
                found.append(frozenset(union))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            found.extend(_sequence_clauses(list(av[2]), False, False))
    return found


Requirement = tuple[tuple[frozenset[str], ...], ...]


_MAX_BRANCHES = 400  # a pattern opened into more alternatives than this is read as it stands


def _opens(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op is _c.BRANCH:
        return True
    return op is _c.SUBPATTERN and len(av[3]) == 1 and _opens(av[3][0])


def _opens_ahead(item: tuple[Any, Any]) -> bool:
    """A lookahead whose body is one alternation: ``(?=a|b)`` holds where ``(?=a)`` or ``(?=b)`` does."""
    return _ahead(item) and len(item[1][1]) == 1 and _opens(item[1][1][0])


def _branches(items: list[tuple[Any, Any]], budget: int = _MAX_BRANCHES) -> list[list[tuple[Any, Any]]]:
    """The pattern's alternatives: a top-level alternation, or one alternation inside a sequence opened up
    (``a (?:b|c) d`` -> ``a b d``, ``a c d``), while there are at most ``budget`` of them."""
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        return _branches(list(items[0][1][3]), budget)
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        inner = [list(alternative) for alternative in items[0][1][1]]
    elif len(items) == 1 and _ahead(items[0]):  # its body's alternatives, each its own lookahead
        return [[(_c.ASSERT, (1, branch))] for branch in _branches(list(items[0][1][1]), budget)]
    else:
        opening = [index for index, item in enumerate(items) if _opens(item)]
        if not opening:  # none: a lookahead's alternation, if there is one
            opening = [index for index, item in enumerate(items) if _opens_ahead(item)]
        if len(opening) != 1:
            return [items]
        index = opening[0]
        inner = [items[:index] + branch + items[index + 1 :] for branch in _branches([items[index]], budget)]
        if _ahead(items[index]) and len(inner) == 1:  # a lookahead's alternation that did not open
            return [items]
    if len(inner) > budget:
        return [items]
    out: list[list[tuple[Any, Any]]] = []
    for alternative in inner:
        opened = _branches(alternative, max(1, budget - len(out) - len(inner)))
        out.extend(opened)
        if len(out) > budget:
            return [items]
    return out


def requirement(pattern: str | re.Pattern[str]) -> Requirement:
    """Per top-level alternative of ``pattern``, its clauses (see the module docstring): the pattern can
    match only where some alternative has all its clauses met (``meets``). An alternative with no clause
    (or a pattern this reader cannot parse) is always possible."""
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    try:
        alternatives = _branches(list(_parser.parse(text)))
        found = [tuple(dict.fromkeys(_sequence_clauses(items, False, False))) for items in alternatives]
    except Exception:  # an unusual construct: promise nothing, the pattern always runs
        return ((),)
    out: list[tuple[frozenset[str], ...]] = []
    for alternative in found:
        ordered = tuple(sorted(alternative, key=lambda clause: (len(clause), sorted(clause))))
        if not ordered:
            return ((),)
        if ordered not in out:
            out.append(ordered)
    return tuple(out)


def words(tokens: Iterable[str]) -> frozenset[str]:
    """A message's words as the clauses see them: each token, and the runs of word characters inside a
    token that holds other characters ("@user" -> "user")."""
    out = set(tokens)
    for token in tuple(out):
        if not token.isalnum():
            out.update(part for part in _NOT_WORD.split(token) if part)
    return frozenset(out)


def meets(required: Requirement, present: frozenset[str]) -> bool:
    """Whether a message with these ``words`` meets every clause of some alternative (the pattern may then
    match); False only when the pattern cannot match."""
    for alternative in required:
        for clause in alternative:
            if clause.isdisjoint(present):
                break
        else:
            return True
    return False


class Gate:
    """``meets`` for many patterns at once, as bit masks: each distinct clause is a bit; a message's words
    set the bits of the clauses they meet (``met``); a pattern may match when one of its alternatives has
    all its bits set (``open``). The same answers as ``meets``, a few integer operations each.

    ``Gate.enabled = False`` (``ungated``) opens every gate: every pattern runs, as before the gates; the
    tests and the benchmark compare with that."""

    enabled: ClassVar[bool] = True

    def __init__(self, required: Iterable[Requirement]) -> None:
        ids: dict[frozenset[str], int] = {}
        bits: dict[str, int] = {}
        masks: list[tuple[int, ...]] = []
        for alternatives in required:
            options: list[int] = []
            for alternative in alternatives:
                mask = 0
                for clause in alternative:
                    number = ids.get(clause)
                    if number is None:
                        number = ids[clause] = len(ids)
                        for word in clause:
                            bits[word] = bits.get(word, 0) | (1 << number)
                    mask |= 1 << number
                options.append(mask)
            masks.append(tuple(options))
        self._bits = bits
        self._words = frozenset(bits)
        self._masks = tuple(masks)
        # the one mask of a single-alternative pattern (most of them), else -1: one test instead of a loop
        self._single = tuple(options[0] if len(options) == 1 else -1 for options in masks)

    def met(self, present: Iterable[str]) -> int:
        """The clauses a message with these tokens meets (``words`` is applied here)."""
        found = 0
        bits = self._bits
        for word in self._words.intersection(words(present)):
            found |= bits[word]
        return found

    def select(self, numbers: Iterable[int], met: int) -> set[int]:
        """The patterns among ``numbers`` that may match (``open`` for each)."""
        if not Gate.enabled:
            return set(numbers)
        single = self._single
        out: set[int] = set()
        for number in numbers:
            mask = single[number]
            if mask >= 0:
                if mask & met == mask:
                    out.add(number)
            elif self.open(number, met):
                out.add(number)
        return out

    def open(self, index: int, met: int) -> bool:
        """Whether pattern ``index`` may match a message whose clauses ``met`` says."""
        if not Gate.enabled:
            return True
        for mask in self._masks[index]:  # noqa: SIM110 - a loop is faster than any() over a generator
            if mask & met == mask:
                return True
        return False


@contextmanager
def ungated() -> Iterator[None]:
    """Every shortcut off while inside: every gate open, both learned
    readers always run (``Judge``); every pattern runs. The reference path, for tests and the benchmark.
    Process-wide: not for the live bot."""
    before = Gate.enabled
    Gate.enabled = False
    try:
        yield
    finally:
        Gate.enabled = before
