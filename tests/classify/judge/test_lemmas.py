"""The compact lemma dictionaries answer exactly as simplemma's default (whole-dict) backend."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files

import pytest
import simplemma
from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

from bot.classify.judge import chat, lemmas


def _tune_texts() -> list[str]:
    corpus = files("bot.classify.judge") / "corpus"
    texts = []
    for entry in sorted(corpus.iterdir(), key=lambda item: item.name):
        if entry.name.endswith("_tune.jsonl"):  # the held-back split is never read
            for line in entry.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def _clear_chat_caches() -> None:
    for value in vars(chat).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


@lru_cache(maxsize=2)
def _full_values(lang: str) -> frozenset[bytes]:
    raw = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)._dict  # type: ignore[attr-defined]
    return frozenset(raw.values())


@pytest.fixture
def default_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The normaliser as it was: simplemma's whole dictionaries and a frozenset of their values."""
    monkeypatch.setattr(chat, "is_known", simplemma.is_known)
    monkeypatch.setattr(chat, "lemmatize", simplemma.lemmatize)
    monkeypatch.setattr(chat, "lemma_values", _full_values)
    _clear_chat_caches()
    yield
    _clear_chat_caches()


def _readings(texts: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for text in texts:
        for reply in (False, True):
            reading = chat.read(text, reply=reply)
            out.append((reading.forms, reading.lemmas, reading.own_lemmas))
    return out


def test_readings_of_the_whole_tune_corpus_are_identical(default_backend: None) -> None:
    texts = _tune_texts()
    assert len(texts) > 1000
    before = _readings(texts)
    _clear_chat_caches()
    with pytest.MonkeyPatch.context() as patch:  # back to the compact backend, cold caches
        patch.setattr(chat, "is_known", lemmas.is_known)
        patch.setattr(chat, "lemmatize", lemmas.lemmatize)
        patch.setattr(chat, "lemma_values", lemmas.lemma_values)
        after = _readings(texts)
    assert after == before


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_token_of_the_corpus_has_the_same_lemma_and_knownness(lang: str) -> None:
    words = {word for text in _tune_texts() for word in text.casefold().split() if word.isalpha()}
    assert len(words) > 3000
    for word in sorted(words):
        assert lemmas.lemmatize(word, lang) == simplemma.lemmatize(word, lang), word
        assert lemmas.is_known(word, lang) == simplemma.is_known(word, lang), word


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lemma_values_are_exactly_the_dictionary_values(lang: str) -> None:
    full = _full_values(lang)
    compact = lemmas.lemma_values(lang)
    assert len(compact) == len(full) > 30_000
    assert all(value in compact for value in full)
    # near misses: every value with a letter added or dropped is in the compact set only if it is a value
    probes = {value + b"q" for value in list(full)[:5000]} | {value[:-1] for value in list(full)[:5000]}
    assert all((probe in compact) == (probe in full) for probe in probes)
    assert "have" not in compact  # str is not bytes: never a member
    assert b"" not in compact


def test_sorted_words_membership() -> None:
    words = lemmas.SortedWords({b"b", b"abc", b"ab", b"zz"})
    assert [words[i] for i in range(len(words))] == [b"ab", b"abc", b"b", b"zz"]
    assert b"ab" in words and b"zz" in words and b"abc" in words
    assert b"a" not in words and b"abcd" not in words and b"zzz" not in words and b"" not in words
