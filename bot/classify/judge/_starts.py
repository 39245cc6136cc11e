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
  read through groups, alternations and optional parts. Two more kinds widen what can be read (the hate
  rows' groups hold both): a class then a literal end up to the token's end, ``[a-z]{2,}ian``, is the
  head ``("ian", suffix, at least 5 long)``; and up to ``K`` whole arbitrary tokens, ``(?:[a-z]+ ){0,2}``
  before "people", make every head after them a head "up to ``K`` tokens late" (``skip``): ``may`` then
  tries the core at the token holding the head and at the ``K`` token starts before it. A positive
  lookahead at the token's start names the first token when what follows it cannot. A core whose first
  token could begin with anything (a class then a space, ``\\S+``) has no heads, and is not helped.

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


# The kinds of head: the first token is ``text`` (EXACT), begins with it (PREFIX), or ends with it and is
# at least ``length`` long (SUFFIX). ``skip``: the match may begin up to that many whole tokens before it.
EXACT, PREFIX, SUFFIX = "=", "^", "$"
Head = tuple[str, str, int, int]  # (kind, text, length, skip)
_MAX_SKIP = 4  # more skipped tokens would make ``may`` try too many positions to be worth it
_MAX_TAILS = 200


def _no_space(op: Any, av: Any) -> bool:
    """Whether ``(op, av)`` is one character that cannot be a space (a class of letters, ``\\S``,
    ``[^ ]``)."""
    if op is _c.LITERAL:
        return bool(av != ord(" "))
    if op is _c.NOT_LITERAL:
        return bool(av == ord(" "))
    if op is not _c.IN:
        return False
    for item_op, item_av in av:
        if item_op is _c.LITERAL:
            if item_av == ord(" "):
                return False
        elif item_op is _c.RANGE:
            if item_av[0] <= ord(" ") <= item_av[1]:
                return False
        elif item_op is _c.CATEGORY:
            if item_av not in (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE):
                return False
        else:  # a negated class, ...: may hold a space
            return False
    return True


def _letters(op: Any, av: Any) -> tuple[int, int] | None:
    """``(low, high)`` when ``(op, av)`` matches ``low`` to ``high`` characters none of which is a space (a
    class or its repeat: ``[a-z]{2,}``, ``\\S+``), else None."""
    if _no_space(op, av) and op is not _c.LITERAL:
        return 1, 1
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, inner = av
        inner = list(inner)
        if len(inner) == 1 and _no_space(*inner[0]):
            return low, high
    return None


def _whole_tokens(op: Any, av: Any) -> int | None:
    """``K`` when ``(op, av)`` is ``(?:X+ ){0,K}`` (or ``{1,K}``...): up to ``K`` whole tokens, each non-empty
    characters without a space then a space (lookaheads inside only narrow them), else None."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return None
    _low, high, inner = av
    items = [item for item in inner if not _zero_width(*item)]
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = [item for item in items[0][1][3] if not _zero_width(*item)]
    if high is _c.MAXREPEAT or len(items) != 2 or items[1] != (_c.LITERAL, ord(" ")):
        return None
    letters = _letters(*items[0])
    if letters is None or letters[0] < 1:
        return None
    return int(high)


def _is_token_end(op: Any, av: Any) -> bool:
    """``(?![^ ])``: a space or the text's end after."""
    if op is _c.AT:
        return bool(av is _c.AT_END_STRING)  # (``$`` may stand before a last newline: not a token end)
    if op is not _c.ASSERT_NOT:
        return False
    direction, inner = av
    inner = list(inner)
    return direction == 1 and len(inner) == 1 and inner[0] == (_c.NOT_LITERAL, ord(" "))


def _spaced(inner: Any) -> bool:
    """Whether every match of ``inner`` begins with a space."""
    for op, av in inner:
        if not _zero_width(op, av):
            return bool(op is _c.LITERAL and av == ord(" "))
    return False


def _tails(seq: list[tuple[Any, Any]], text: str, out: set[str]) -> None:
    """Add to ``out`` every literal end ``text`` + ... of the current token for the matches of ``seq``: what
    it reads up to a space or the token's end. Raises ``_Unknown`` when the token may go on unread."""
    for index, (op, av) in enumerate(seq):
        if op is _c.LITERAL:
            if av == ord(" "):
                out.add(text)
                return
            text += chr(av)
            continue
        if _is_token_end(op, av):
            out.add(text)
            return
        if _zero_width(op, av):
            continue
        rest = seq[index + 1 :]
        if op is _c.IN and av and all(item[0] is _c.LITERAL for item in av):  # (?:s|x): one of a few letters
            for _item, char in av:
                _tails([(_c.LITERAL, char), *rest], text, out)
        elif op is _c.SUBPATTERN:
            _tails([*av[3], *rest], text, out)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                _tails([*alternative, *rest], text, out)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and _spaced(av[2]):  # (?: \\S+){0,4}: the token ends
            out.add(text)  # when it repeats, else what follows reads on
            if av[0] == 0:
                _tails(rest, text, out)
        elif op is _c.MAX_REPEAT and av[1] is not _c.MAXREPEAT and av[1] <= 3:  # s?, (?:es)?
            low, high, inner = av
            for count in range(low, high + 1):
                _tails([*(list(inner) * count), *rest], text, out)
        else:
            raise _Unknown
        if len(out) > _MAX_TAILS:
            raise _Unknown
        return
    raise _Unknown  # the match may end inside the token: it may go on with anything


def _heads(seq: list[tuple[Any, Any]], text: str, out: set[Head], skip: int = 0) -> None:
    """Add to ``out`` the heads of every match of ``seq`` whose first token begins ``text``, ``skip`` whole
    tokens at most after the match's start."""
    for index, (op, av) in enumerate(seq):
        if op is None:  # the end of a repeated part: the continuation is unknown
            if not text and skip:
                raise _Unknown
            out.add((PREFIX, text, len(text), skip))  # (PREFIX, "", 0, 0) when the part matched nothing
            return
        if op is _c.LITERAL:
            char = chr(av)
            if char == " ":
                if not text:
                    raise _Unknown  # an empty first token: cannot be named
                out.add((EXACT, text, len(text), skip))
                _pair(text, skip, seq[index + 1 :])
                return
            text += char
            continue
        rest = seq[index + 1 :]
        if op is _c.ASSERT and av[0] == 1 and not text:
            # a lookahead at the token's start: the match's first token is read by what follows, or else
            # by the lookahead (every match satisfies it from here)
            try:
                found: set[Head] = set()
                _heads(rest, text, found, skip)
            except _Unknown:
                found = set()
                _heads(list(av[1]), text, found, skip)
            out |= found
            return
        if _zero_width(op, av):
            continue
        if text:  # the token has begun; what follows is not a plain character: the head is a prefix
            if op in (_c.SUBPATTERN, _c.BRANCH) and _inside(op, av, rest, text, out, skip):
                return  # (?:anyone|all) is parsed a(?:nyone|ll): read on inside, for its whole tokens
            out.add((PREFIX, text, len(text), skip))
            return
        whole = _whole_tokens(op, av)
        if whole is not None:  # (?:[a-z]+ ){0,2} people: "people", up to two tokens after the start
            if skip + whole > _MAX_SKIP:
                raise _Unknown
            _heads(rest, "", out, skip + whole)
            return
        letters = _letters(op, av)
        if letters is not None:  # [a-z]{2,}ian: a token ending in "ian", five characters at least
            tails: set[str] = set()
            _tails(rest, "", tails)
            if "" in tails:
                raise _Unknown
            out.update((SUFFIX, tail, letters[0] + len(tail), skip) for tail in tails)
            return
        if op is _c.SUBPATTERN:
            _heads([*av[3], *rest], text, out, skip)
        elif op is _c.ATOMIC_GROUP:
            _heads([*av, *rest], text, out, skip)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                _heads([*alternative, *rest], text, out, skip)
                if len(out) > _MAX_HEADS:
                    raise _Unknown
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] == 1 and _optional(av, rest, text, out, skip):
            pass  # (?:the |all )?: read as the part then what follows, or what follows alone
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, inner = av
            found = set()
            _heads([*inner, _STOP], text, found, skip)
            empty = (PREFIX, "", 0, skip)
            if empty in found:  # an iteration may match nothing: the first token is the next's
                found.discard(empty)
                low = 0
            out |= found
            if low == 0:  # the first token may come after the repeated part, or after its empty iterations
                _heads(rest, text, out, skip)
        else:  # a class, any character, a back-reference...: unknown
            raise _Unknown
        return
    if not text:
        raise _Unknown
    out.add((PREFIX, text, len(text), skip))  # the match may end here; the token may go on


# While ``heads`` reads a core: per exact first token (read with no skipped token), the heads of the token
# after it in every match read so far (None: unknown, the second token may be anything). ``may`` tries the
# core at a common first token ("the", "a", "all", "anyone") only when the next token is one of them.
_PAIRS: dict[str, set[Head] | None] | None = None
_MAX_PAIRS = 4000  # second heads per core at most (the file stays small; past it no pair is kept)


class _TooMany(Exception):
    """Too many second heads: the core keeps its first heads only."""


def _pair(text: str, skip: int, rest: list[tuple[Any, Any]]) -> None:
    """Record the heads of the token after the exact first token ``text`` for the matches of ``rest``.
    Every path that reads ``text`` as an exact first token calls this, so the union kept is a superset of
    the second tokens of every such match: a head kept is never too narrow."""
    global _PAIRS
    pairs = _PAIRS
    if pairs is None:
        return
    if skip or (text in pairs and pairs[text] is None):
        pairs[text] = None  # a match may begin tokens before: its second token is not the next one
        return
    _PAIRS = None  # (no pairs read inside the second token's read)
    second: set[Head] | None = set()
    try:
        _heads(rest, "", second)  # type: ignore[arg-type]
    except _Unknown:
        second = None
    finally:
        _PAIRS = pairs
    if second is not None and any(head[3] or not head[1] for head in second):
        second = None  # an empty head or a skipped token: the next token may be anything
    if second is None:
        pairs[text] = None
        return
    known = pairs.get(text, set())
    pairs[text] = (known or set()) | second
    if sum(len(heads) for heads in pairs.values() if heads) > _MAX_PAIRS:
        raise _TooMany


def _inside(op: Any, av: Any, rest: list[tuple[Any, Any]], text: str, out: set[Head], skip: int) -> bool:
    """Read on into a group or an alternation met inside the first token. False, ``out`` unchanged, when
    that cannot be read or reads too much (the caller then keeps the prefix read so far)."""
    found: set[Head] = set()
    try:
        if op is _c.SUBPATTERN:
            _heads([*av[3], *rest], text, found, skip)
        else:
            for alternative in av[1]:
                _heads([*alternative, *rest], text, found, skip)
        if len(found) > _MAX_HEADS:
            raise _Unknown
    except _Unknown:
        return False
    out |= found
    return True


def _optional(av: Any, rest: list[tuple[Any, Any]], text: str, out: set[Head], skip: int) -> bool:
    """Read an optional part (``{0,1}``, ``{1,1}``) as alternatives: ``inner`` then ``rest``, or ``rest``
    alone when it may be absent, so that a first token read inside it keeps what follows it (its pair:
    "the" then the group's names). False, ``out`` unchanged, when that reads too much or cannot be read
    (the caller then reads the part alone, as any repeat)."""
    low, _high, inner = av
    found: set[Head] = set()
    try:
        _heads([*inner, *rest], text, found, skip)
        if low == 0:
            _heads(rest, text, found, skip)
        if len(found) > _MAX_HEADS:
            raise _Unknown
    except _Unknown:
        return False
    out |= found
    return True


def heads(items: list[tuple[Any, Any]]) -> frozenset[Head] | None:
    """The heads of the first token of every match of ``items`` (None: unknown)."""
    return heads_pairs(items, pairs=False)[0]


def heads_pairs(
    items: list[tuple[Any, Any]], *, pairs: bool = True
) -> tuple[frozenset[Head] | None, dict[str, frozenset[Head]]]:
    """``heads(items)`` and, with ``pairs``, per exact first token whose next token can be read, the heads
    of that next token (a token absent: its next token may be anything)."""
    global _PAIRS
    for attempt in (pairs, False):
        out: set[Head] = set()
        _PAIRS = {} if attempt else None
        try:
            _heads(list(items), "", out)
        except _TooMany:
            continue  # read again without the pairs
        except (_Unknown, RecursionError):
            return None, {}
        finally:
            found, _PAIRS = _PAIRS, None
        kept = {text: frozenset(second) for text, second in (found or {}).items() if second}
        return frozenset(out), kept
    return None, {}  # (not reached: the read without pairs cannot be too many)


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
    """The tokens a match can begin with, or begin shortly after: ``exact`` ones, ones beginning with one of
    ``prefixes`` or ending with one of ``suffixes``. Shared by every part with the same heads (the hate rows
    share their group's), with a memo of the tokens already read."""

    __slots__ = ("_state", "exact", "lengths", "prefixes", "suffixes", "tails")

    def __init__(self, found: frozenset[Head]) -> None:
        # per text: the most tokens a match may begin before the token (the largest ``skip``)
        self.exact: dict[str, int] = {}
        self.prefixes: dict[str, int] = {}
        self.suffixes: dict[str, list[tuple[int, int]]] = {}  # per suffix: (least length, skip) pairs
        for kind, text, length, skip in sorted(found):
            if kind == EXACT:
                self.exact[text] = max(skip, self.exact.get(text, 0))
            elif kind == PREFIX:
                self.prefixes[text] = max(skip, self.prefixes.get(text, 0))
            else:
                self.suffixes.setdefault(text, []).append((length, skip))
        self.lengths = tuple(sorted({len(head) for head in self.prefixes}))
        self.tails = tuple(sorted({len(tail) for tail in self.suffixes}))
        # the tokens read (forgotten past ``_MEMO``), those of them a match can begin with (or begin
        # before), and of these the ones a match may begin before: how many tokens before at most
        self._state: tuple[set[str], set[str], dict[str, int]] = (set(), set(), {})

    def reach(self, token: str) -> int:
        """-1 when no match can begin with this token nor before it; else how many whole tokens before it
        a match may begin (0: only with it)."""
        best = self.exact.get(token, -1)
        prefixes = self.prefixes
        for length in self.lengths:
            if length > len(token):
                break
            skip = prefixes.get(token[:length], -1)
            best = max(skip, best)
        suffixes = self.suffixes
        for length in self.tails:
            if length > len(token):
                break
            for least, skip in suffixes.get(token[-length:], ()):
                if len(token) >= least:
                    best = max(skip, best)
        return best

    def loose(self, token: str) -> bool:
        """Whether a head other than an exact one lets a match begin with ``token`` or before it."""
        return any(token.startswith(prefix) for prefix in self.prefixes) or any(
            token.endswith(suffix) for suffix in self.suffixes
        )

    def found(self, present: frozenset[str]) -> tuple[set[str], dict[str, int]]:
        """The tokens among ``present`` a match can begin with or shortly after, and how many tokens before
        them it may begin (absent: 0); set operations on the tokens already read, only new ones are read.
        Thread-safe: the memo is one triple, replaced whole when forgotten; a token joins the third, then
        the second, before the first."""
        known, yes, far = self._state
        new = present - known
        if new:
            with _LOCK:
                known, yes, far = self._state
                if len(known) > _MEMO:
                    known, yes, far = set(), set(), {}
                    self._state = (known, yes, far)
                new = present - known
                for token in new:
                    skip = self.reach(token)
                    if skip > 0:
                        far[token] = skip
                    if skip >= 0:
                        yes.add(token)
                known.update(new)
        return yes & present, far


_HEADS: dict[frozenset[Head], _Heads] = {}


def _shared(found: frozenset[Head]) -> _Heads:
    shared = _HEADS.get(found)
    if shared is None:
        shared = _HEADS[found] = _Heads(found)
    return shared


_MEMO = 1 << 14  # tokens remembered per heads (then forgotten all at once)
_LOCK = threading.Lock()


class _Part:
    """One top-level alternative of a pattern: its core, where the core begins (``offset``), its heads. A
    core cut out of a longer pattern is compiled when first tried (most never are: it keeps start-up as
    it was)."""

    __slots__ = ("_core", "_text", "flags", "heads", "offset", "pairs")

    def __init__(
        self,
        core: re.Pattern[str] | str,
        flags: int,
        offset: int,
        found: frozenset[Head],
        pairs: dict[str, frozenset[Head]],
    ) -> None:
        self._core = core if isinstance(core, re.Pattern) else None
        self._text = core if isinstance(core, str) else ""
        self.flags = flags
        self.offset = offset
        self.heads = _shared(found)
        # per exact first token: the heads of the token after it (kept only when no other head, a prefix,
        # a suffix or a skip, lets the first token begin a match: then the next token may be anything)
        heads = self.heads
        self.pairs = {
            token: _shared(second)
            for token, second in pairs.items()
            if heads.exact.get(token) == 0 and not heads.loose(token)
        }

    @property
    def core(self) -> re.Pattern[str]:
        core = self._core
        if core is None:
            core = self._core = re.compile(self._text, self.flags)
        return core


# per part: [core's first index, its end, offset, exact heads, prefixes, the other heads as [kind, text,
# length, skip] (suffixes, heads after skipped tokens), pairs]; pairs: per exact first token whose next
# token can be read, that token's heads as [exact, prefixes, others]
Derived = list[list[Any]] | None


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
    found, pairs = heads_pairs(items[1:])
    if not found:
        return None
    second = {text: _encode(heads) for text, heads in sorted(pairs.items())}
    return [begin, end, offset, *_encode(found), second]


def _encode(found: frozenset[Head]) -> list[list[Any]]:
    """The stored heads: exact ones, prefixes (neither after a skipped token), then the others as [kind,
    text, length, skip]."""
    exact = sorted(text for kind, text, _length, skip in found if kind == EXACT and not skip)
    prefixes = sorted(text for kind, text, _length, skip in found if kind == PREFIX and not skip)
    others = sorted([*head] for head in found if head[0] == SUFFIX or head[3])
    return [exact, prefixes, others]


def _decode(exact: list[str], prefixes: list[str], others: list[list[Any]]) -> frozenset[Head]:
    return frozenset(
        [
            *((EXACT, head, len(head), 0) for head in exact),
            *((PREFIX, head, len(head), 0) for head in prefixes),
            *((kind, head, length, skip) for kind, head, length, skip in others),
        ]
    )


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
        for begin, end, offset, exact, prefixes, others, second in derived or ():
            whole = begin == 0 and end == len(text)
            found = _decode(exact, prefixes, others)
            pairs = {head: _decode(*heads) for head, heads in second.items()}
            parts.append(_Part(pattern if whole else text[begin:end], pattern.flags, offset, found, pairs))
        self._parts = tuple(parts)
        self.helped = bool(parts)

    def may(self, text: str) -> bool:
        """False only when ``pattern`` cannot match ``text``."""
        if not self._parts or not Gate.enabled:
            return True
        present, where = _index(text)
        for part in self._parts:
            found, far = part.heads.found(present)
            if not found:
                continue
            match = part.core.match
            offset = part.offset
            pairs = part.pairs
            for token in found:
                back = far.get(token, 0) if far else 0
                follow = pairs.get(token) if pairs else None
                nexts = follow.found(present)[0] if follow is not None else None
                for position in where[token]:
                    if nexts is not None:
                        # a match beginning with ``token`` reads a space then a token ``follow`` allows
                        after = position + len(token) + 1
                        end = text.find(" ", after)
                        if after > len(text) or (text[after:] if end < 0 else text[after:end]) not in nexts:
                            continue
                    start = position
                    for _ in range(back + 1):  # the token's start, then up to ``back`` token starts before
                        if offset:  # the core begins with a space: ``p`` is the space before the token
                            if start and match(text, start - 1) is not None:
                                return True
                        elif match(text, start) is not None:
                            return True
                        if not start:
                            break
                        start = text.rfind(" ", 0, start - 1) + 1
        return False
