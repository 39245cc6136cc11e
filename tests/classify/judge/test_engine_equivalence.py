"""The fast engine's shortcuts change nothing: each is checked against the plain computation it replaces.

* ``_patternset``: a pattern that matches a haystack is always among the set's ``possible`` answer (the
  RE2 translations are relaxations), on the whole corpus (every split; held-back texts are run, never
  printed), the benchmark's messages and obfuscated variants, and on hand-picked constructs;
* the chat normaliser's light fold and its contraction hint give what the plain fold and the plain
  substitution give;
* the matching key's one-class tokeniser gives the tokens of the original one;
* the verdicts themselves: ``test_fast_path.py`` runs every message with every shortcut on and with all of
  them off (``ungated``) and requires identical readings.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from benchmarks.messages import flood, vocabulary
from bot.classify import normalize as normalize_module
from bot.classify.judge import _abuse_rules as rules
from bot.classify.judge import abuse, chat, read, support
from bot.classify.judge._patternset import PatternSet, relaxed
from bot.classify.judge._requires import ungated
from tests.classify.judge.test_fast_path import _corpus, _variants


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rng = random.Random(5)
    base = _corpus()
    bench = [*vocabulary(), *(m.content for m in flood(1000, seed=29))]
    variants = [v for text in base[::6] for v in _variants(text, rng)]
    return list(dict.fromkeys([*base, *bench, *variants]))


def _haystacks(text: str) -> list[str]:
    found = read(text)
    keys = [abuse._key(t.form, t.lemma) for t in found.tokens]
    return [
        f" {found.own_lemmas} | {found.own_forms} ",
        f" {found.lemmas} | {found.forms} ",
        " ".join(t.form for t in found.tokens),
        " ".join(keys),
    ]


_SETS = {
    "support rules": (support._SET, [rule.regex for rule in support._RULES]),
    "abuse phrases": (abuse._PHRASE_SET, [row[5] for row in rules.PHRASES]),
    "hate rules": (abuse._HATE_SET, [row[3] for row in rules.HATE_RULES]),
    "tells of abuse": (abuse._TELLS_SET, [abuse._TELLS_OF_ABUSE]),
}


@pytest.mark.timeout(360)  # every pattern against every text of the corpus: ~75 s for the abuse phrases
@pytest.mark.parametrize("name", list(_SETS))
def test_a_pattern_that_matches_is_always_possible(name: str, texts: list[str]) -> None:
    pattern_set, patterns = _SETS[name]
    assert pattern_set.size == len(patterns)
    assert len(pattern_set.always) < len(patterns) // 10 + 1  # the set does the work, not the fallback
    checked = 0
    for text in texts[::7]:
        for hay in _haystacks(text):
            possible = pattern_set.possible(hay)
            if possible is None:
                continue
            for index, pattern in enumerate(patterns):
                if pattern.search(hay) is not None:
                    checked += 1
                    # only the pattern's number is reported: held-back texts are never printed
                    assert index in possible, f"{name}: pattern #{index} matched but was not possible"
    assert checked > 30


def test_the_set_says_nothing_when_the_gates_are_open() -> None:
    pattern_set = PatternSet([r"\bkill\b"])
    assert pattern_set.possible(" nothing here ") == set()
    with ungated():
        assert pattern_set.possible(" nothing here ") is None
    assert pattern_set.possible(" tué ") is None  # not ASCII: every pattern may match


@pytest.mark.parametrize(
    ("pattern", "haystack"),
    [
        (r"(?<!\bi )(?:said|says) that", " he said that "),
        (r"(?<![^ ])kys(?![^ ])", "kys now"),
        (r"\bgo (?:die|jump)(?= \||$)", " go die | x"),
        (r"fin$", "c est la fin\n"),  # Python's $ before a final newline
        (r"(?i)KILL\s+me", "kill\x0bme"),  # Python's \s holds \v
        (r"(?:a|b)*?c{2,3}", "xxbbacc"),
        (r"(?>ab|a)c", "ac"),  # atomic: the relaxed form matches more, never less
        (r"x[^\s|]+y", "x-+y"),
        (r"\w+\d", "ab1"),
        (r"^ ?(?:mods?|admins?) help", " mods help | x"),
    ],
)
def test_relaxed_patterns_match_at_least_where_python_does(pattern: str, haystack: str) -> None:
    assert re.search(pattern, haystack) is not None
    translated = relaxed(pattern)
    assert translated is not None
    assert PatternSet([pattern]).possible(haystack) == {0}


def test_what_re2_cannot_say_is_always_possible() -> None:
    assert relaxed(r"(a)\1") is None
    pattern_set = PatternSet([r"(a)\1", r"\bb\b"])
    assert pattern_set.always == frozenset({0})
    assert pattern_set.possible(" c ") == {0}


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


def test_a_failing_automaton_is_never_read_as_no_match() -> None:
    """RE2 answers nothing when its automaton runs out of memory: the sentinel turns that into "every
    pattern may match". A budget too small for any automaton shows it."""
    from bot.classify.judge import _patternset

    before = _patternset._MEMORY
    _patternset._MEMORY = 1 << 10
    try:
        starved = PatternSet([rule.regex for rule in support._RULES[:50]])
    finally:
        _patternset._MEMORY = before
    assert starved.possible(" i want to die | i want to die ") is None
    assert PatternSet([r"\bdie\b"]).possible(" i want to die ") == {0}
