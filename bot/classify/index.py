"""The compiled token index shared by ``TermMatcher`` and ``PhraseMatcher``.

Entries (words or phrases, optionally ending a word with ``*`` for a prefix match) are normalised with
``bot.classify.normalize`` and stored by token: single-token entries in a dict, phrases under their
most selective token (the longest) and verified position by position around it. A message that shares
no token with any entry (one set-disjointness test, in C) and starts no token with a listed prefix (one
regex search) costs nothing more; otherwise one dict lookup per token variant (plus one per distinct
prefix length), whatever the number of entries.

Each entry is also registered in these alternative shapes, all whole-word:

* every variant of each token (``variants``: leet, stretched letters), so "k1ll" in a list still matches;
* with elisions merged — where one written word holds several tokens (apostrophe, hyphen...), both the
  split and the merged forms ("j'ai besoin d'aide" also matches "jai besoin daide", "you're" matches
  "youre", "tue-toi" matches "tuetoi");
* a multi-token entry, all tokens concatenated, as one word ("kill yourself" matches "killyourself" and
  the spaced-out "k i l l y o u r s e l f").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

from bot.classify.normalize import MatchKey, normalize, variants

_MAX_ELISIONS = 4  # split/merged combinations per entry: at most 2**4
_RUN_TRIM = 2  # spaced-out runs: also try dropping up to this many letters at either end


@dataclass(frozen=True, slots=True)
class Match:
    ref: int  # which registered entry
    start: int  # token span [start, end) in MatchKey.tokens
    end: int


@dataclass(frozen=True, slots=True)
class _Phrase:
    ref: int
    anchor: int  # which position the phrase is indexed under (its most selective token)
    positions: tuple[tuple[frozenset[str], bool], ...]  # every position: (forms, is_prefix)


class TokenIndex:
    def __init__(self) -> None:
        self._words: dict[str, list[int]] = {}  # exact single-token forms
        self._prefixes: dict[str, list[int]] = {}  # single-token prefixes
        self._anchors: dict[str, list[_Phrase]] = {}  # phrases by the forms of their anchor token
        self._prefix_anchors: dict[str, list[_Phrase]] = {}  # phrases whose anchor is a prefix
        self._heads: frozenset[str] = frozenset()  # every exact key: a message sharing none skips them
        self._prefix_lengths: tuple[int, ...] = ()
        self._prefix_gate: re.Pattern[str] | None = None  # any token starting with any prefix
        self._dirty = False  # entries added since the lookup helpers were built

    def add(self, entry: str, ref: int) -> bool:
        """Register ``entry`` under ``ref``. False if it holds nothing to match (e.g. only punctuation)."""
        parsed, inner = _parse(entry)
        if not parsed:
            return False
        shapes = list(_elisions(parsed, inner))
        if len(parsed) > 1:
            shapes.append([("".join(token for token, _ in parsed), parsed[-1][1])])
        for shape in shapes:
            self._add_shape(shape, ref)
        self._dirty = True
        return True

    def _compile(self) -> None:
        self._heads = frozenset(self._words) | frozenset(self._anchors)
        prefixes = sorted({*self._prefixes, *self._prefix_anchors}, key=len, reverse=True)
        self._prefix_lengths = tuple(sorted({len(p) for p in prefixes}))
        self._prefix_gate = (
            re.compile("(?<![^ ])(?:" + "|".join(re.escape(p) for p in prefixes) + ")") if prefixes else None
        )
        self._dirty = False

    def _add_shape(self, shape: list[tuple[str, bool]], ref: int) -> None:
        if len(shape) == 1:
            token, prefix = shape[0]
            words = self._prefixes if prefix else self._words
            for form in variants(token):
                refs = words.setdefault(form, [])
                if ref not in refs:
                    refs.append(ref)
            return
        positions = tuple((frozenset(variants(token)), prefix) for token, prefix in shape)
        # Anchor on the longest exact token (rarest); a phrase made only of prefixes anchors on the first.
        exact = [i for i, (_, prefix) in enumerate(shape) if not prefix]
        anchor = max(exact, key=lambda i: len(shape[i][0])) if exact else 0
        phrase = _Phrase(ref, anchor, positions)
        target = self._prefix_anchors if shape[anchor][1] else self._anchors
        for form in variants(shape[anchor][0]):
            phrases = target.setdefault(form, [])
            if phrase not in phrases:
                phrases.append(phrase)

    def search(self, key: MatchKey) -> list[Match]:
        """Every occurrence of every entry in ``key`` (unordered; may repeat an entry)."""
        if self._dirty:
            self._compile()
        found: list[Match] = []
        toks = key.tokens
        forms: list[tuple[str, ...]] = (
            [(token,) for token in toks] if key.trivial else [variants(token) for token in toks]
        )
        flat = toks if key.trivial else [form for group in forms for form in group]
        exact = not self._heads.isdisjoint(flat)
        prefixed = self._prefix_gate is not None and self._prefix_gate.search(" ".join(flat)) is not None
        if exact or prefixed:
            for index, group in enumerate(forms):
                for form in group:
                    if exact and form in self._heads:
                        self._lookup(form, index, index + 1, found, self._words, self._anchors, forms)
                    if prefixed:
                        for length in self._prefix_lengths:
                            if length > len(form):
                                break
                            head = form[:length]
                            self._lookup(head, index, index + 1, found, self._prefixes,
                                         self._prefix_anchors, forms)  # fmt: skip
        for start, end in key.runs:
            for a, b in _run_spans(start, end):
                for form in variants("".join(toks[a:b])):
                    self._lookup(form, a, b, found, self._words, None, forms)
                    for length in self._prefix_lengths:
                        if length > len(form):
                            break
                        self._lookup(form[:length], a, b, found, self._prefixes, None, forms)
        return found

    @staticmethod
    def _lookup(
        form: str,
        start: int,
        end: int,
        found: list[Match],
        words: dict[str, list[int]],
        anchors: dict[str, list[_Phrase]] | None,
        forms: list[tuple[str, ...]],
    ) -> None:
        refs = words.get(form)
        if refs:
            found.extend(Match(ref, start, end) for ref in refs)
        phrases = anchors.get(form) if anchors is not None else None
        if not phrases:
            return
        for phrase in phrases:
            first = start - phrase.anchor
            last = first + len(phrase.positions)
            if first < 0 or last > len(forms):
                continue
            if all(
                _position_matches(forms[first + offset], wanted, prefix)
                for offset, (wanted, prefix) in enumerate(phrase.positions)
                if offset != phrase.anchor
            ):
                found.append(Match(phrase.ref, first, last))


def _position_matches(forms: tuple[str, ...], wanted: frozenset[str], prefix: bool) -> bool:
    if prefix:
        return any(form.startswith(p) for form in forms for p in wanted)
    return not wanted.isdisjoint(forms)


def parse_entry(entry: str) -> list[tuple[str, bool]]:
    """``entry`` as (raw token, is_prefix) pairs; a word ending in ``*`` makes its last token a prefix."""
    return _parse(entry)[0]


def _parse(entry: str) -> tuple[list[tuple[str, bool]], list[int]]:
    """The parsed entry and its inner boundaries: ``i`` when tokens ``i`` and ``i + 1`` were written as
    one word (joined by an apostrophe, a hyphen, a dot...)."""
    parsed: list[tuple[str, bool]] = []
    inner: list[int] = []
    for word in entry.split():
        prefix = word.endswith("*")
        toks = normalize(word.rstrip("*")).tokens
        inner.extend(len(parsed) + i for i in range(len(toks) - 1))
        parsed.extend((token, prefix and i == len(toks) - 1) for i, token in enumerate(toks))
    return parsed, inner


def _elisions(parsed: list[tuple[str, bool]], inner: list[int]) -> Iterator[list[tuple[str, bool]]]:
    """The entry with each inner boundary either kept or merged: "j'ai" is "j ai" or "jai"."""
    boundaries = inner[:_MAX_ELISIONS]
    for choice in product((False, True), repeat=len(boundaries)):
        merged = {b for b, merge in zip(boundaries, choice, strict=True) if merge}
        shape: list[tuple[str, bool]] = []
        for i, (token, prefix) in enumerate(parsed):
            if i - 1 in merged:
                shape[-1] = (shape[-1][0] + token, prefix)
            else:
                shape.append((token, prefix))
        yield shape


def _run_spans(start: int, end: int) -> Iterator[tuple[int, int]]:
    for a in range(start, min(start + _RUN_TRIM, end - 3) + 1):
        for b in range(max(end - _RUN_TRIM, a + 3), end + 1):
            yield a, b
