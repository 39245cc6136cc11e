"""The chat-language normaliser in front of every detector: one message in, a ``Chat`` out.

FIRST VERSION (interface fixed, implementation to be grown): tokens are folded (``bot.classify.normalize.fold``:
case, accents, confusables), split on anything that is not a letter or digit, elisions split
("j'ai" -> "j", "ai"). To grow: contractions and SMS spellings (FR "jveux", "chui", "j ai"; EN "im gonna",
"kms", "unalive"), digits and symbols for letters, stretched and spaced letters, lemmas (simplemma), quoted
and reported spans, Discord markup (mentions become the addressee token ``@user``).

Detectors match regular expressions over ``Chat.forms`` / ``Chat.lemmas`` (space-joined, one entry per
token, aligned: token ``i`` is word ``i`` of both strings), or look tokens up in sets (``Chat.vocab``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.classify.normalize import fold

__all__ = ["Chat", "Token", "read"]

MENTION = "@user"  # the token a user mention becomes (an addressee marker)

_MARKUP = re.compile(r"<@[!&]?\d+>")
_WORD = re.compile(r"@user|[^\W_]+")


@dataclass(frozen=True, slots=True)
class Token:
    form: str  # normalised surface form: folded, expanded, leet decoded, stretched letters collapsed
    lemma: str  # lemma of ``form`` (French or English), folded
    quoted: bool = False  # inside quotes or reported speech (someone else's words)


@dataclass(frozen=True, slots=True)
class Chat:
    text: str  # the original message (never logged, never shown)
    tokens: tuple[Token, ...]
    reply: bool = False  # the message replies to another member's message (an addressee)
    mentions: int = 0  # user mentions in the message

    @property
    def forms(self) -> str:
        return " ".join(t.form for t in self.tokens)

    @property
    def lemmas(self) -> str:
        return " ".join(t.lemma for t in self.tokens)

    @property
    def vocab(self) -> frozenset[str]:
        """Every form and lemma present: a cheap gate before running a detector's patterns."""
        return frozenset(t.form for t in self.tokens) | frozenset(t.lemma for t in self.tokens)

    @property
    def own_forms(self) -> str:
        """The forms outside quoted or reported spans (the author's own words)."""
        return " ".join(t.form for t in self.tokens if not t.quoted)

    @property
    def own_lemmas(self) -> str:
        return " ".join(t.lemma for t in self.tokens if not t.quoted)


@lru_cache(maxsize=65536)
def _lemma(form: str) -> str:
    return form


def read(text: str, *, reply: bool = False) -> Chat:
    mentions = len(_MARKUP.findall(text))
    folded = fold(_MARKUP.sub(" @user ", text))
    tokens = tuple(Token(w, _lemma(w)) for w in _WORD.findall(folded))
    return Chat(text, tokens, reply, mentions)
