"""Anchor words of a support rule, read from its parse tree: the support detector's index.

``anchors(pattern)`` returns a set of words one of which every match of ``pattern`` holds as a whole word,
preferring rare words (a word of ``_STOP`` costs a hundred others). ``support`` indexes each rule's
alternatives by those words, so that a message runs only the rules one of whose anchors it holds. A
pattern for which no such set can be promised has no anchors and always runs.

This is the support detector's older, coarser reader; ``_requires`` reads clauses (every word a match
needs, per alternative) for every detector. Both are derived from the patterns themselves, and both are
kept, once derived, in ``derived_gates.json`` (``_derived``).
"""

from __future__ import annotations

import importlib
import re
from itertools import product
from typing import Any

__all__ = ["anchors"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_TOKEN_WORD = re.compile(r"[a-z0-9@]+")

# Words too common to gate a group on: a rule is reached through its other words.
_STOP_WORDS = (
    "i me my myself you your the a an to of and or be is am are was were it its this that these in on at"
    " for with not no do did does so just as by from if then than but up out all any some one go going"
    " get got have has had can could will would should again time like need want feel know make take"
    " today now still very really much more never always here there what who how why when where about"
    " into over after before good back off well way thing things day week"
    " je j moi m tu t te toi le la les l un une et ou a en ce c est etre avoir pas ne que qu se s il elle"
    " y du des de d mon ma mes sa son ses qui pour tout tous toute suis ai plus faire fait vous ca au aux"
    " dans bon cette aller vais va sur avec par mais comme tres bien encore deja toujours jamais rien"
    " quand meme aussi fois on nous ils elles lui eux leur si ni car donc"
)
_STOP = frozenset(_STOP_WORDS.split())
_MAX_STRINGS = 60000  # finite expansions larger than this are cut into smaller runs


def _strings(item: tuple[Any, Any]) -> set[str] | None:
    """Every string a parsed regex item can match, if few and finite (None otherwise)."""
    op, av = item
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
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
        return out
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
        return out if len(out) <= _MAX_STRINGS else None
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


def _cost(word: str) -> int:
    return 100 if word in _STOP else 1


def _run_cover(strings: set[str], left: bool, right: bool) -> frozenset[str] | None:
    """Words such that every string holds one of them as a whole word (the run's edges count as word
    edges only when ``left`` / ``right``), chosen greedily (most strings per cost first), or None."""
    groups: set[frozenset[str]] = set()
    for string in strings:
        padded = (" " if left else "\x00") + string + (" " if right else "\x00")
        words = frozenset(word for word in padded.split(" ")[1:-1] if _TOKEN_WORD.fullmatch(word))
        if not words:
            return None
        groups.add(words)
    cover: set[str] = set()
    uncovered = list(groups)
    while uncovered:
        counts: dict[str, int] = {}
        for words in uncovered:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        best = max(counts, key=lambda word: (counts[word] / _cost(word), len(word), word))
        cover.add(best)
        uncovered = [words for words in uncovered if best not in words]
    return frozenset(cover)


def _cover(items: list[tuple[Any, Any]], left: bool, right: bool) -> frozenset[str] | None:
    """A set of words one of which every match of the item sequence holds (None if none can be promised)."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found is not None and (best is None or _score(found) < _score(best)):
            best = found

    def bounded(index: int, edge: bool) -> bool:
        """Whether what follows (or precedes) position ``index`` starts with a word edge."""
        if index < 0 or index >= len(items):
            return edge
        op, av = items[index]
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[2] and av[2][0] == (_c.LITERAL, ord(" ")):
            # a gap of " token" repeats: a space when present, else whatever comes next
            return True if av[0] >= 1 else bounded(index + 1, edge)
        return (op is _c.AT) or (op is _c.LITERAL and chr(av) == " ")

    run: set[str] = {""}
    start = 0
    for index, item in enumerate([*items, (None, None)]):
        strings = _strings(item) if item[0] is not None else None
        if strings is not None:
            merged = {left_part + right_part for left_part in run for right_part in strings}
            if len(merged) <= _MAX_STRINGS:
                run = merged
                continue
        if run != {""}:
            consider(
                _run_cover(run, bounded(start - 1, left), bounded(index, right) if strings is None else False)
            )
        if item[0] is None:
            break
        if strings is not None:  # too many strings: start a new run with this item
            run, start = strings, index
            continue
        run, start = {""}, index + 1
        op, av = item
        if op is _c.SUBPATTERN:
            consider(_cover(list(av[3]), bounded(index - 1, left), bounded(index + 1, right)))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                found = _cover(list(alternative), bounded(index - 1, left), bounded(index + 1, right))
                if found is None:
                    union = set()
                    break
                union |= found
            if union:
                consider(frozenset(union))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_cover(list(av[2]), False, False))
    return best


def _score(words: frozenset[str]) -> int:
    return sum(_cost(word) for word in words)


def anchors(pattern: str) -> frozenset[str]:
    """Words one of which every match of ``pattern`` holds (from its parse tree), preferring rare ones;
    empty when none can be promised: such a pattern always runs."""
    try:
        found = _cover(list(_parser.parse(pattern)), True, True)
    except Exception:
        return frozenset()
    return found or frozenset()
