"""Word matching for the knowledge base, in French and English, accent- and case-insensitive.

Deliberately simple: words are folded (accents removed, case folded), common small words dropped and a
light suffix stripping applied ("douleurs" → "douleur", "talking" → "talk"), then matched exactly.
A query word found in an article's tags counts most, in its title next, in its body least.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

TAG_WEIGHT = 4
TITLE_WEIGHT = 3
BODY_WEIGHT = 1
BODY_CAP = 3  # repeated words in the body count at most this many times

_STOPWORD_TEXT = (
    # English
    "a an the and or but to of in on at for with from by is are am was be been being i im me my mine "
    "you your yours it its this that these those we our us they them their he she his her do does did "
    "can could would should will just so if not no yes how what when where who why which there here "
    "have has had about some any get got out up into than then too very really need want feel like "
    # French
    "le la les un une des de du au aux et ou mais donc or ni car je j me m moi mon ma mes tu te t toi "
    "ton ta tes il elle on nous vous votre vos ils elles leur leurs lui se s sa son ses ce c cet cette "
    "ces ca cela qui que qu quoi dont ne n pas plus est es suis sommes etes sont ai as avons avez ont "
    "ete etre avoir en dans sur sous pour par avec sans chez y si comment quand tres trop bien aussi "
    "faire fait besoin veux voudrais envie quelqu quelque chose"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Longest first; a suffix is only removed when at least four letters remain.
_SUFFIXES = (
    "ements",
    "ement",
    "ments",
    "ment",
    "euses",
    "euse",
    "ing",
    "ies",
    "es",
    "ed",
    "er",
    "ez",
    "e",
    "s",
    "x",
)
_MIN_STEM = 4


def fold(text: str) -> str:
    """Lowercase, accents removed, typographic apostrophes turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold().replace("œ", "oe").replace("æ", "ae")


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    if word[-1:] in ("s", "x") and len(word) > _MIN_STEM - 1:
        return word[:-1]  # short plurals: "jeux" → "jeu", "jobs" → "job"
    return word


def words(text: str) -> list[str]:
    """The folded, stemmed content words of ``text`` in order (repeats kept)."""
    return [stem(w) for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) > 1 and w not in _STOPWORDS]


def terms(query: str) -> tuple[str, ...]:
    """The distinct search terms of a query, in order."""
    return tuple(dict.fromkeys(words(query)))


def score(query_terms: Iterable[str], title: str, tags: Iterable[str], body: str) -> int:
    title_words = set(words(title))
    tag_words = {w for tag in tags for w in words(tag)}
    body_counts = Counter(words(body))
    total = 0
    for term in query_terms:
        if term in tag_words:
            total += TAG_WEIGHT
        if term in title_words:
            total += TITLE_WEIGHT
        total += BODY_WEIGHT * min(body_counts.get(term, 0), BODY_CAP)
    return total
