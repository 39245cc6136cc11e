"""The matching key: a folded, tokenised form of a message used only for matching, never shown to anyone.

Pipeline (see ``normalize``):

1. **Fold** (``fold``): NFKD (compatibility decomposition: fullwidth ``ｓ``, mathematical ``𝓼``, circled
   ``ⓢ``, ligatures and superscripts become plain letters), casefold, then one ``str.translate`` that
   drops every format character (category Cf: zero-width space/joiners, bidi controls, word joiner, BOM,
   soft hyphen, tag characters), every combining mark (Mn/Me: accents and zalgo) and Hangul fillers, and
   maps confusables (Cyrillic/Greek look-alikes, small capitals, regional indicators, ``ł ø đ œ æ``) to
   Latin. Confusables are applied *after* casefolding so a word maps the same way in any case; where an
   upper- and lower-case Greek letter look like different Latin letters the lower-case look-alike wins
   (``ν``/``Ν`` -> ``v``). The mapping is applied to all text, as in the Unicode "skeleton" of UTS #39:
   list entries and messages are folded the same way, so a Russian entry still matches Russian text.
   Pure-ASCII text takes a fast path (``lower``).
2. **Tokenise** (``normalize``): tokens are runs of letters, digits (and spacing marks of Indic scripts),
   plus the leetspeak symbols ``@ $ €``; ``!`` counts only inside a token (``sh!t``), never at its edges
   (``idiot!``). Everything else — spaces, punctuation, apostrophes, underscores, ``|`` (Discord spoilers
   ``||word||``), emoji — separates tokens, which collapses separators: ``s.c.a.m``, ``s_c_a_m`` and
   ``s c a m`` all give single letters.
3. **Spaced-out letters**: runs of 3 or more consecutive single-character tokens are recorded as ``runs``;
   the matcher tries the joined run (and the run without one or two letters at either end, so
   "you are a s c a m" still finds "scam"). Runs are *added* candidates, the plain tokens stay, and two
   real words are never glued together: "is cam" has no single-character token and never becomes "scam".
4. **Variants** (``variants``): leetspeak and stretched letters are resolved per token *as alternatives*,
   never by rewriting the token. A token keeps its raw form and, only when it also contains a letter,
   gains leet-decoded forms (``0→o 1→i|l 3→e 4→a 5→s 7→t @→a $→s €→e !→i``). So "2024", "3.5",
   "1488" or a phone number are never altered (no letter), "5mg" still matches an entry "5mg" (raw form
   kept) while "5c4m" matches "scam"; the ambiguous "1" yields both "i" and "l" forms ("k1ll", "1oser").
   Runs of 3+ identical letters collapse to one *or* two ("scaaaam" → "scam", "coool" → "cool"); doubled
   letters are left alone, otherwise "ass" would turn into the everyday word "as".

``matching_key`` renders the primary form (runs joined, leet decoded with ``1→i``, stretched letters
collapsed to one) for logs and tests; the matchers use ``normalize`` + ``variants`` which are more
permissive.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

__all__ = ["MatchKey", "fold", "matching_key", "normalize", "tokens", "variants"]

# Look-alikes, keyed by the *casefolded* character (see the module docstring).
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "г": "r", "д": "d", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "ѕ": "s", "і": "i", "ј": "j",
    "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ү": "y", "ө": "o", "ѵ": "v", "ᴦ": "r",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j", "ϱ": "p", "ϵ": "e",
    # Latin letters NFKD does not decompose
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɑ": "a", "ɩ": "i",
    "ɪ": "i", "ʏ": "y", "ʀ": "r", "ʙ": "b", "ʜ": "h", "ʟ": "l", "ɢ": "g", "ɴ": "n", "ꜱ": "s", "ꜰ": "f",
    "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ǫ": "q", "œ": "oe", "æ": "ae", "ð": "d", "þ": "p",
}  # fmt: skip
_DROP_EXTRA = "\u3164\u115f\u1160\u17b4\u17b5"  # Hangul fillers, Khmer inherent vowels: invisible letters
_AS_SPACE = "\u2800"  # braille blank
_REGIONAL_A = 0x1F1E6  # regional indicator symbols 🇦..🇿 -> a..z
# Letters in black circles and squares (🅐..🅩, 🅰..🆉: "🅺🆈🆂", "k🅰️ll"), which have no compatibility
# decomposition (white ones, ⓐ and 🄰, decompose to their letter) -> a..z
_NEGATIVE_LETTERS = (0x1F150, 0x1F170)


def _scan() -> tuple[dict[int, str | None], str]:
    """The fold translation table and a regex class of spacing marks (Mc), from one pass over Unicode."""
    table: dict[int, str | None] = {}
    spacing: list[int] = []
    category = unicodedata.category
    for code in range(sys.maxunicode + 1):
        cat = category(chr(code))
        if cat in ("Mn", "Me", "Cf"):
            table[code] = None
        elif cat == "Mc":
            spacing.append(code)
    for char in _DROP_EXTRA:
        table[ord(char)] = None
    for char in _AS_SPACE:
        table[ord(char)] = " "
    for offset in range(26):
        table[_REGIONAL_A + offset] = chr(ord("a") + offset)
        for start in _NEGATIVE_LETTERS:
            table[start + offset] = chr(ord("a") + offset)
    for char, latin in _CONFUSABLES.items():
        table[ord(char)] = latin
    return table, _ranges_class(spacing)


def _ranges_class(codes: list[int]) -> str:
    parts: list[str] = []
    start = prev = -2
    for code in [*codes, -10]:
        if code == prev + 1:
            prev = code
            continue
        if start >= 0:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(parts)


_FOLD_TABLE, _SPACING_MARKS = _scan()
_CHAR = rf"(?:[^\W_]|[@$€{_SPACING_MARKS}])"
_TOKEN_RE = re.compile(rf"{_CHAR}+(?:!+{_CHAR}+)*")
# The same tokens, one character class instead of an alternation (about twice as fast), for a text whose
# "_" were made spaces: with no "_" left, ``[\w...]`` and ``[^\W_]|[...]`` hold the same characters.
_CHAR_NO_UNDERSCORE = rf"[\w@$€{_SPACING_MARKS}]"
_TOKEN_FAST = re.compile(rf"{_CHAR_NO_UNDERSCORE}+(?:!+{_CHAR_NO_UNDERSCORE}+)*")
_LEET_CHARS = frozenset("013457@$€!")
_NEEDS_VARIANTS = re.compile(r"[013457@$€!]|([^\W\d_])\1\1")
_LONG_RUN = re.compile(r"([^\W\d_])\1\1+")
_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e", "!": "i"}
_LEET_I = str.maketrans({**_LEET, "1": "i"})
_LEET_L = str.maketrans({**_LEET, "1": "l"})  # the other reading of the ambiguous "1"
_MAX_RUN_COMBOS = 3  # up to 2**3 collapse combinations; beyond that only the uniform ones


def fold(text: str) -> str:
    """Unicode folding only (no tokenising): casefolded, invisible characters and marks removed,
    confusables mapped. Idempotent."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).casefold().translate(_FOLD_TABLE)


@dataclass(frozen=True, slots=True)
class MatchKey:
    """A normalised message: its tokens (raw: digits and leet symbols kept, see ``variants``) and the
    spans ``[start, end)`` of runs of 3+ single-character tokens (spaced-out letters)."""

    tokens: tuple[str, ...]
    runs: tuple[tuple[int, int], ...] = ()
    trivial: bool = False  # no token needs variants (fast path for the matchers)
    folded: str = ""  # ``fold(text)``, kept for pattern matching

    @property
    def text(self) -> str:
        """The primary matching key: runs joined, leet decoded (``1→i``), stretched letters collapsed."""
        out: list[str] = []
        index = 0
        for start, end in self.runs:
            out.extend(self.tokens[index:start])
            out.append("".join(self.tokens[start:end]))
            index = end
        out.extend(self.tokens[index:])
        return " ".join(_primary(token) for token in out)


def normalize(text: str) -> MatchKey:
    folded = fold(text)
    found = tuple(_TOKEN_FAST.findall(folded.replace("_", " ") if "_" in folded else folded))
    runs: list[tuple[int, int]] = []
    trivial = _NEEDS_VARIANTS.search(folded) is None
    if list(map(len, found)).count(1) < 3:
        return MatchKey(found, (), trivial, folded)
    start = -1
    for index, token in enumerate((*found, "..")):
        if len(token) == 1:
            if start < 0:
                start = index
        elif start >= 0:
            if index - start >= 3:
                runs.append((start, index))
            start = -1
    return MatchKey(found, tuple(runs), trivial, folded)


def matching_key(text: str) -> str:
    """The primary matching key of ``text`` (a string of space-separated tokens)."""
    return normalize(text).text


def tokens(text: str) -> list[str]:
    """The primary form of each token of ``text`` (or of a key: ``tokens(matching_key(x))`` is stable)."""
    return matching_key(text).split()


@lru_cache(maxsize=8192)
def variants(token: str) -> tuple[str, ...]:
    """Every form ``token`` may stand for: itself, leet decodings (only if it holds a letter) and
    stretched-letter collapses. The first element is always the raw token."""
    forms = [token]
    if not _LEET_CHARS.isdisjoint(token) and any(char.isalpha() for char in token):
        forms.append(token.translate(_LEET_I))
        if "1" in token:
            forms.append(token.translate(_LEET_L))
    out: list[str] = []
    for form in forms:
        for collapsed in _collapses(form):
            if collapsed not in out:
                out.append(collapsed)
    return tuple(out)


def _collapses(token: str) -> list[str]:
    runs = list(_LONG_RUN.finditer(token))
    if not runs:
        return [token]
    if len(runs) > _MAX_RUN_COMBOS:
        choices: list[tuple[int, ...]] = [(1,) * len(runs), (2,) * len(runs)]
    else:
        choices = list(product((1, 2), repeat=len(runs)))
    out = [token]
    for choice in choices:
        parts: list[str] = []
        index = 0
        for match, keep in zip(runs, choice, strict=True):
            parts.append(token[index : match.start()])
            parts.append(match.group(1) * keep)
            index = match.end()
        parts.append(token[index:])
        out.append("".join(parts))
    return out


def _primary(token: str) -> str:
    if not _NEEDS_VARIANTS.search(token):
        return token
    if any(char.isalpha() for char in token):
        token = token.translate(_LEET_I)
    return _LONG_RUN.sub(r"\1", token)
