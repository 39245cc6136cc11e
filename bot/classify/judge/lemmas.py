"""simplemma's French and English dictionaries, kept compact in the running bot's memory.

``simplemma`` stays the source of truth: the same data files, the same lemmatisation strategies, the same
answers. What changes is how the dictionaries are held. ``simplemma.lemmatize`` and ``is_known`` by default
decode each language's front-coded data file into a ``dict[bytes, bytes]`` of every inflected form: for
French and English, 431,000 entries and **43 MB** of the bot's resident memory. simplemma's own
``low_memory`` backend (``StreamDictionaryFactory``) keeps the decompressed stream as one ``bytes`` (1.3 MB
for French, 1.1 MB for English) with a sparse index of one key per 32 records, and decodes a block per
lookup: **6 MB** for both, a few microseconds more per lookup, which the normaliser's caches
(``chat._known_in`` and ``chat._lemma``, 65,536 words each) pay once per word.

``lemma_values`` answers "is this word some form's lemma?" (words that are their own lemma, "have",
"tellement", are not keys of the dictionary, so ``is_known`` misses them). It was a ``frozenset`` of the
dictionary's values (115,000 ``bytes`` objects, 13.5 MB); here the same values, sorted, sit in one
``bytes`` with an array of offsets (1.5 MB), searched by bisection.

``tests/classify/judge/test_lemmas.py`` proves the answers equal simplemma's default backend on every
token of the tuning corpus and on every value of both dictionaries.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache

from simplemma import is_known as _is_known
from simplemma import lemmatize as _lemmatize
from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY, frontcode
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

__all__ = ["SortedWords", "is_known", "lemma_values", "lemmatize"]


def is_known(word: str, lang: str) -> bool:
    """``simplemma.is_known`` on the compact dictionaries (same answer)."""
    return _is_known(word, lang, low_memory=True)


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize`` on the compact dictionaries (same answer; simplemma caches it)."""
    return _lemmatize(word, lang, low_memory=True)


class SortedWords:
    """A sorted set of byte strings in one buffer: ``word in words`` by bisection over the offsets."""

    __slots__ = ("_blob", "_ends", "_starts")

    def __init__(self, words: set[bytes] | frozenset[bytes]) -> None:
        ordered = sorted(words)
        self._blob = b"".join(ordered)
        self._starts = array("I")
        self._ends = array("I")
        position = 0
        for word in ordered:
            self._starts.append(position)
            position += len(word)
            self._ends.append(position)

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> bytes:
        return self._blob[self._starts[index] : self._ends[index]]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, bytes):
            return False
        index = bisect_left(self, word)
        return index < len(self._starts) and self[index] == word


@lru_cache(maxsize=2)
def lemma_values(lang: str) -> SortedWords:
    """Every lemma of simplemma's dictionary of ``lang``, encoded (read from the data stream once)."""
    stream = LOW_MEMORY_DICTIONARY_FACTORY.get_dictionary(lang)
    assert isinstance(stream, StreamMap)
    data, start, reverse = stream._data, stream._pos, stream._rev  # simplemma's own stream format
    values: set[bytes] = set()
    for _, _, value in frontcode._iter_records(data, start):
        values.add(value[::-1] if reverse else value)
    return SortedWords(values)
