"""The message's language, among the server's languages: it decides the language of everything said back
about that message (the explanation, the offer of help, the helplines).

Two well-kept libraries read the message, each for what it does best, and their readings add up:

* ``lingua-language-detector`` (its models ship in the wheel: no download), restricted to the server's
  languages, in its **low-accuracy mode**: trigram models only, ~10 MB resident for French and English
  instead of ~50 MB for the 1- to 5-gram models (issue #17's memory target). Alone it is weaker on short
  chat (93.8 % right on messages of 8 words or fewer of the tune corpus, against 96.9 % in high accuracy);
* ``simplemma``'s ``LanguageDetector`` (what ``simplemma.langdetect`` runs): the share of the message's
  words that each language's dictionary knows, read on the very dictionaries the normaliser already holds
  (``low_memory``: no second copy), over the words as written (accented, as the dictionaries hold them)
  and as the chat normaliser reads them (« jsuis » -> « je suis », look-alike letters and spacing undone).
  Known words tip a short message where character trigrams hesitate.

Each language's confidence is lingua's plus ``VOTE`` times how far its share of known words stands above
the others'. Measured with the wrong fallback (the reading must decide alone), against high-accuracy lingua
alone in the same run (``46d6141``): tune corpus 12,750 of 12,844 right (12,746), held-back split 3,520 of
3,550 (3,522), first-sight rounds 34-37, written after the choice, 1,732 of 1,752 (1,735); messages of 8
words or fewer 3,171 of 3,276 (3,161). The detector is built once per set of
languages, lazily, and asked only when something will be said back, so the fast path of a message that
fires nothing never pays for it.
Short chat is hard to tell apart ("ok", "lol", a mention and an emoji): chat markers of one language only
("svp", "jsp", "t'es" / "ur", "idk", "pls") decide when the detector is not sure, and with no letters, or
when the two best languages are close to a tie, the caller's fallback wins — the member's known language,
else the server's. A message disguised by its spelling (fancy Unicode letters, look-alikes from other
alphabets, letters spaced or cut by dots, leet) is also read as the chat normaliser undoes it
(``chat.read``), and the surer of the two readings stands: « c.o.n.n.a.s.s.e », "ᴅᴜᴍʙᴀss ᴛᴀɴᴋ".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder
from simplemma import LanguageDetector as KnownWords
from simplemma.strategies import DefaultStrategy, LemmatizationStrategy
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES
from simplemma.token_sampler import MostCommonTokenSampler

from bot import malloc

__all__ = ["MIN_CONFIDENCE", "detect_language", "prepare", "ready"]

MIN_CONFIDENCE = 0.55  # below this (two languages: a near tie) the fallback is the better guess

# Discord markup, links and bare domains ("disc0rd.gift/abc") say nothing about the language
_MARKUP = re.compile(
    r"<a?:\w+:\d+>|<[@#][!&]?\d+>|@everyone|@here|https?://\S+"
    r"|(?:[\w-]+\.)+(?:[a-z]{2,}/\S*|(?:com|org|net|gg|gift|io|fr|ly|co|me|xyz|ru)\b)",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
WARM_UP = "bonjour à tous, hello everyone"
VOTE = 1.5  # weight of the known-word shares beside lingua's confidence (chosen on the tune corpus)
SURE = 0.8  # from this confidence on, the detector's answer stands whatever chat markers say
# Chat words that belong to one language only (SMS spellings, elisions), for short or obfuscated messages.
_MARKERS: dict[str, frozenset[str]] = {}


def _markers(language: str, words: str) -> None:
    _MARKERS[language] = frozenset(words.split())


_markers(
    "fr",
    "svp stp jsp jsais jsuis chui tkt mdr ptdr wsh pk pq bcp jpp jvais jveux jvai ntm tg fdp slt cc "
    "c'est j'ai t'es t'as qu'une qu'un j'en m'a m'en d'un d'une l'a n'est",
)
_markers("en", "ur u im idk tbh ngl rn lmao pls plz dont cant wont ive youre ppl smh wtf omg")
_detectors: dict[tuple[str, ...], LanguageDetector] = {}
_known_words: dict[tuple[str, ...], KnownWords] = {}
_lock = threading.Lock()


def _known(languages: Iterable[str]) -> tuple[str, ...]:
    codes = {code.strip().lower() for code in languages}
    return tuple(sorted(c for c in codes if getattr(IsoCode639_1, c.upper(), None) is not None))


def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    found = _detectors.get(codes)
    if found is None:
        with _lock:
            found = _detectors.get(codes)
            if found is None:
                languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
                found = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
                # Loads every trigram model now (~10 MB for two languages), not on the first member message
                # on the event loop: a text of letters of no single language ("warm up" alone loads none).
                found.compute_language_confidence_values(WARM_UP)
                _detectors[codes] = found
                malloc.trim()  # loading leaves decompression buffers free in the heap
    return found


def ready(languages: Iterable[str]) -> bool:
    """Whether the detector for these languages is built (``prepare`` it off the event loop otherwise)."""
    codes = _known(languages)
    return len(codes) < 2 or codes in _detectors


def prepare(languages: Iterable[str]) -> None:
    """Build the detector for these languages now (blocking: call it from a thread on the event loop)."""
    codes = _known(languages)
    if len(codes) >= 2:
        _detector(codes)


def _undisguised(text: str) -> str:
    """The words as the chat normaliser reads them (look-alike letters, spacing, dots and leet undone),
    joined by spaces; imported here so that the fast path of a message that fires nothing never pays."""
    from bot.classify.judge.chat import MENTION, read

    return " ".join(token.form for token in read(text).tokens if token.form != MENTION)


def detect_language(text: str, languages: Iterable[str], fallback: str) -> str:
    """The language ``text`` is written in, among ``languages`` (ISO 639-1 codes); ``fallback`` when
    the text does not say (no letters, a near tie) or the server has a single language."""
    codes = _known(languages)
    if len(codes) < 2:
        return codes[0] if codes and fallback not in codes else fallback
    clean = written = _MARKUP.sub(" ", text)
    if not _LETTER.search(clean):
        return fallback
    detector = _detector(codes)
    plain = _undisguised(clean)
    values = _confidences(detector, clean)
    if (not values or max(values.values()) < SURE) and plain != clean.casefold().strip():
        again = _confidences(detector, plain) if _LETTER.search(plain) else {}
        if again and (not values or max(again.values()) > max(values.values())):
            values, clean = again, plain
    # the words as written (accents: simplemma's dictionaries have them) and as undisguised (SMS spellings
    # expanded, look-alikes and spacing undone, folded): either may be the one a dictionary knows
    values = _with_known_words(values, f"{written} {plain}", codes)
    best, top = max(values.items(), key=lambda item: item[1]) if values else (fallback, 0.0)
    if top < SURE:
        words = {w.replace("’", "'") for w in _WORD.findall(clean.casefold())}
        marked = [code for code in codes if words & _MARKERS.get(code, frozenset())]
        if len(marked) == 1:
            return marked[0]
    if top < MIN_CONFIDENCE:
        return fallback
    return best


def _confidences(detector: LanguageDetector, text: str) -> dict[str, float]:
    found = detector.compute_language_confidence_values(text)
    return {value.language.iso_code_639_1.name.lower(): value.value for value in found}


class _Remembered(LemmatizationStrategy):
    """simplemma's default strategy (the compact dictionaries, then its rules for unknown words), each
    answer remembered (16,384 words and languages, ~3 MB when full): the same chat words come back message
    after message, and the rules' search for a word no dictionary knows is the slow part (~300 µs a
    message without the cache, on the tune corpus)."""

    __slots__ = ("_lemma",)

    def __init__(self) -> None:
        self._lemma = lru_cache(maxsize=16_384)(DefaultStrategy(low_memory=True).get_lemma)

    def get_lemma(self, token: str, lang: str) -> str | None:
        return self._lemma(token, lang)


def _known_words_reader(known: tuple[str, ...]) -> KnownWords:
    found = _known_words.get(known)
    if found is None:
        found = _known_words[known] = KnownWords(known, MostCommonTokenSampler(), _Remembered())
    return found


def _with_known_words(values: dict[str, float], words: str, codes: tuple[str, ...]) -> dict[str, float]:
    """lingua's confidences, each moved by ``VOTE`` times how far the language's share of known words
    stands above the mean of the others' (for two languages: the difference of the two shares); the
    figures still add up to one before they are kept within [0, 1]. Languages simplemma has no dictionary
    for keep lingua's figure."""
    known = tuple(code for code in codes if code in SUPPORTED_LANGUAGES)
    if len(known) < 2 or not _LETTER.search(words):
        return values
    shares = _known_words_reader(known).proportion_in_each_language(words)
    mean = sum(shares.get(code, 0.0) for code in known) / len(known)
    spread = len(known) / (len(known) - 1)
    base = values or dict.fromkeys(codes, 1.0 / len(codes))
    moved = {code: value + VOTE * spread * (shares.get(code, 0.0) - mean) for code, value in base.items()}
    return {code: min(1.0, max(0.0, moved[code])) if code in known else value for code, value in base.items()}
