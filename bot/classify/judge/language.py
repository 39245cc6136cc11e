"""The message's language, among the server's languages: it decides the language of everything said back
about that message (the explanation, the offer of help, the helplines).

``lingua-language-detector`` (its models ship in the wheel: no download) restricted to the server's
languages. The detector is built once per set of languages, lazily (about half a second), and asked only
when something will be said back, so the fast path of a message that fires nothing never pays for it.
Short chat is hard to tell apart ("ok", "lol", a mention and an emoji): with no letters, or when the two
best languages are close to a tie, the caller's fallback wins — the member's known language, else the
server's.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["MIN_CONFIDENCE", "detect_language", "prepare", "ready"]

MIN_CONFIDENCE = 0.55  # below this (two languages: a near tie) the fallback is the better guess

# Discord markup, links and bare domains ("disc0rd.gift/abc") say nothing about the language
_MARKUP = re.compile(
    r"<a?:\w+:\d+>|<[@#][!&]?\d+>|@everyone|@here|https?://\S+"
    r"|(?:[\w-]+\.)+(?:[a-z]{2,}/\S*|(?:com|org|net|gg|gift|io|fr|ly|co|me|xyz|ru)\b)",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_detectors: dict[tuple[str, ...], LanguageDetector] = {}
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
                found = LanguageDetectorBuilder.from_languages(*languages).build()
                found.detect_language_of("warm up")  # loads the models now, not on the first member message
                _detectors[codes] = found
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


def detect_language(text: str, languages: Iterable[str], fallback: str) -> str:
    """The language ``text`` is written in, among ``languages`` (ISO 639-1 codes); ``fallback`` when
    the text does not say (no letters, a near tie) or the server has a single language."""
    codes = _known(languages)
    if len(codes) < 2:
        return codes[0] if codes and fallback not in codes else fallback
    clean = _MARKUP.sub(" ", text)
    if not _LETTER.search(clean):
        return fallback
    values = _detector(codes).compute_language_confidence_values(clean)
    if not values or values[0].value < MIN_CONFIDENCE:
        return fallback
    return values[0].language.iso_code_639_1.name.lower()
