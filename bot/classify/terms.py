"""Word lists, allow-lists and help/crisis phrases, matched whole-word on the matching key.

``TermMatcher(lists, allow)`` reports ``TermHit(list_id, entry)`` for every list entry present in a
message; an occurrence lying entirely inside an allow-listed occurrence is not reported ("anal fissure"
allowed, "anal" listed: "my anal fissure" has no hit, "you anal idiot" has one), and ``allowed`` names
the allow-list entries present so the policy can weigh medical context. ``PhraseMatcher`` reports
``PhraseHit`` for help and crisis phrases. Both take raw text or a ``MatchKey`` (normalise once, match
many). Entries may be words or phrases in any language; a word ending in ``*`` matches as a prefix
("idiot*" matches "idiots"). See ``bot.classify.index`` for the matching rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bot.classify.index import Match, TokenIndex, parse_entry
from bot.classify.normalize import MatchKey, normalize
from bot.domain.signals import PhraseHit, TermHit

__all__ = ["PhraseMatcher", "PhraseSpec", "TermMatcher", "TermScan"]

_T = TypeVar("_T")


def _key(text_or_key: str | MatchKey) -> MatchKey:
    return text_or_key if isinstance(text_or_key, MatchKey) else normalize(text_or_key)


@dataclass(frozen=True, slots=True)
class TermScan:
    hits: tuple[TermHit, ...]
    allowed: tuple[str, ...]


class TermMatcher:
    """``lists``: list id -> entries. ``allow``: allow-list entries (e.g. medical vocabulary)."""

    def __init__(self, lists: Mapping[str, Sequence[str]], allow: Sequence[str] = ()) -> None:
        self._terms = TokenIndex()
        self._hits: list[TermHit] = []
        self._allow = TokenIndex()
        self._allow_entries: list[str] = []
        rejected: list[str] = []
        seen: set[tuple[str, tuple[tuple[str, bool], ...]]] = set()
        for list_id, entries in lists.items():
            for entry in entries:
                shape = (list_id, tuple(parse_entry(entry)))
                if shape in seen:  # "tue-toi" and "tue toi" are one entry: report the first only
                    continue
                seen.add(shape)
                hit = TermHit(list_id, entry.strip())
                if self._terms.add(entry, len(self._hits)):
                    self._hits.append(hit)
                else:
                    rejected.append(entry)
        for entry in allow:
            entry = entry.strip()
            if entry in self._allow_entries:
                continue
            if self._allow.add(entry, len(self._allow_entries)):
                self._allow_entries.append(entry)
            else:
                rejected.append(entry)
        self.rejected: tuple[str, ...] = tuple(rejected)  # entries with nothing to match (report them)

    def scan(self, text_or_key: str | MatchKey) -> TermScan:
        """Term hits (allow-covered occurrences removed) and allowed entries, in one pass."""
        key = _key(text_or_key)
        allowed_matches = self._allow.search(key) if self._allow_entries else []
        hits = _ordered(
            self._hits[m.ref] for m in self._terms.search(key) if not _covered(m, allowed_matches)
        )
        allowed = _ordered(self._allow_entries[m.ref] for m in allowed_matches)
        return TermScan(hits, allowed)

    def find(self, text_or_key: str | MatchKey, *, honour_allow: bool = True) -> tuple[TermHit, ...]:
        if honour_allow:
            return self.scan(text_or_key).hits
        return _ordered(self._hits[m.ref] for m in self._terms.search(_key(text_or_key)))

    def allowed(self, text_or_key: str | MatchKey) -> tuple[str, ...]:
        if not self._allow_entries:
            return ()
        return _ordered(self._allow_entries[m.ref] for m in self._allow.search(_key(text_or_key)))


@dataclass(frozen=True, slots=True)
class PhraseSpec:
    """One configured help/crisis phrase: an id, its kind and category, and its wordings (any language)."""

    phrase_id: str
    kind: str  # "help" or "crisis"
    texts: tuple[str, ...]
    category: str = ""  # crisis: "suicidal_ideation", "self_harm", "immediate_danger"


class PhraseMatcher:
    def __init__(self, phrases: Iterable[PhraseSpec]) -> None:
        self._index = TokenIndex()
        self._hits: list[PhraseHit] = []
        rejected: list[str] = []
        for spec in phrases:
            hit = PhraseHit(kind=spec.kind, phrase_id=spec.phrase_id, category=spec.category)
            ref = len(self._hits)
            self._hits.append(hit)
            for text in spec.texts:
                if not self._index.add(text, ref):
                    rejected.append(text)
        self.rejected: tuple[str, ...] = tuple(rejected)

    def find(self, text_or_key: str | MatchKey) -> tuple[PhraseHit, ...]:
        if not self._hits:
            return ()
        return _ordered(self._hits[m.ref] for m in self._index.search(_key(text_or_key)))


def _covered(match: Match, allowed: list[Match]) -> bool:
    return any(a.start <= match.start and match.end <= a.end for a in allowed)


def _ordered(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))
