"""The fast engine's shortcuts change nothing: each is checked against the plain computation it replaces.

* the chat normaliser's light fold and its contraction hint give what the plain fold and the plain
  substitution give;
* the matching key's one-class tokeniser gives the tokens of the original one;
* the verdicts themselves: ``test_fast_path.py`` runs every message with every shortcut on and with all of
  them off (``ungated``) and requires identical readings.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from benchmarks.messages import flood, vocabulary
from bot.classify import normalize as normalize_module
from bot.classify.judge import chat
from tests.classify.judge.test_fast_path import _corpus, _variants


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rng = random.Random(5)
    base = _corpus()
    bench = [*vocabulary(), *(m.content for m in flood(1000, seed=29))]
    variants = [v for text in base[::6] for v in _variants(text, rng)]
    return list(dict.fromkeys([*base, *bench, *variants]))


def _light_reference(text: str) -> str:
    """The light fold as it was: both translations always applied."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).casefold().translate(chat._LIGHT_TABLE)
    return unicodedata.normalize("NFC", decomposed).translate(chat._LEFTOVER_MARKS)


def _odd_texts(rng: random.Random) -> list[str]:
    alphabet = "aeiouéèêëçàâîïôûüÿœæ'’_*@$ \u0301\u0300\u0327\u200bＡｓ𝓼ⓢ🇦😂ıłøſK\u0338ǅﬁ"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]


def test_the_light_fold_is_the_plain_one(texts: list[str]) -> None:
    for text in [*texts, *_odd_texts(random.Random(3))]:
        assert chat._light(text) == _light_reference(text)


def test_the_contraction_hint_skips_only_texts_with_nothing_to_expand(texts: list[str]) -> None:
    for text in [*texts, *_odd_texts(random.Random(4))]:
        light = _light_reference(text)
        if chat._CONTRACTION_HINT.search(light) is None:
            assert chat._CONTRACTIONS.sub(chat._contraction, light) == light


def test_the_one_class_tokeniser_gives_the_original_tokens(texts: list[str]) -> None:
    for text in [*texts, *_odd_texts(random.Random(6))]:
        folded = normalize_module.fold(text)
        expected = tuple(normalize_module._TOKEN_RE.findall(folded))
        assert normalize_module.normalize(text).tokens == expected
