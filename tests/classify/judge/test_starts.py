"""Where a pattern can start (``_starts``): a pattern searched only from the tokens that can begin a match.

The gated path's readings equal every gate open over the whole corpus (``test_fast_path``, with ``may``
off when ungated); here the shortcut is checked directly: wherever a table's pattern matches a haystack
of the corpus, the benchmark or the variants, ``may`` says it may; and on hand-made patterns, what it reads.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from bot.classify.judge import _abuse_rules as rules
from bot.classify.judge import _derived, abuse, read, support
from bot.classify.judge._requires import ungated, words
from bot.classify.judge._starts import Starts, derive, heads, heads_pairs
from tests.classify.judge.test_fast_path import messages  # noqa: F401 - the shared fixture

_parser = re._parser  # type: ignore[attr-defined]


_NATIONALITY = (
    r"(?<![^ ])(?:the )?(?:(?!cheese(?![^ ]))[a-z]{3,}ese|[a-z]{2,}ian)(?: people)? are (?:bad|evil)"
)
_ADJECTIVES = r"(?<![^ ])(?:(?!not(?![^ ]))[a-z]+ ){0,2}(?:people|folks) are (?:bad|evil)"


def _starts(pattern: str) -> Starts:
    compiled = re.compile(pattern)
    return Starts(compiled, derive(pattern))


def _haystacks(text: str) -> Iterator[str]:
    chat = read(text)
    yield f" {chat.lemmas} | {chat.forms} "
    yield " ".join(abuse._key(t.form, t.lemma) for t in chat.tokens)
    yield " ".join(t.form for t in chat.tokens)


# Each row is searched where ``may`` says it cannot match and its clauses (``_requires``, proved in
# ``test_fast_path``) are met: the searches the shortcut saves, so one message in forty.
@pytest.mark.timeout(600)
def test_where_may_says_no_the_pattern_does_not_match(messages: list[str]) -> None:  # noqa: F811
    tables = [
        (abuse._HATE_STARTS, abuse._HATE_GATE),
        (abuse._PHRASE_STARTS, abuse._PHRASE_GATE),
    ]
    assert sum(row.helped for rows, _gate in tables for row in rows) > 300  # most rows are helped
    checked = 0
    for text in messages[::40]:
        chat = read(text)
        for hay in _haystacks(text):
            present = words(chat.vocab) | frozenset(hay.split())
            for rows, gate in tables:
                met = gate.met(present)
                for number, row in enumerate(rows):
                    if gate.open(number, met) and not row.may(hay):
                        checked += 1
                        assert row.pattern.search(hay) is None, f"{row.pattern.pattern[:80]!r}: may() said no"
    assert checked > 1000


def test_the_stored_derivations_are_fresh_ones() -> None:
    for pattern in [*(row[3] for row in rules.HATE_RULES), *(row[5] for row in rules.PHRASES)][::9]:
        assert _derived.starts(pattern).helped == bool(derive(pattern.pattern))


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        # an optional determiner, then a group: the determiner or the group begins a match
        (
            r"(?<![^ ])(?:all |the )?(?:cats|dogs) are bad",
            ["all cats are bad", "i think dogs are bad"],
            ["scats are bad", "cats are good", "the birds are bad"],
        ),
        # ``^(?!...).*``: the lookahead and the ``.*`` set aside, the core after them from each token
        (r"^(?!.*(?<![^ ])not).*(?<![^ ])(?:cats|dogs)(?![^ ]) bite", ["so cats bite"], ["cats do not bite"]),
        (
            r"^(?!.*(?<![^ ])not).*(?<![^ ])(?:cats|dogs)(?![^ ]) bite|^.*(?<![^ ])birds sing",
            ["so cats bite", "birds sing", "not birds sing"],
            ["bird sing", "dogs sang"],
        ),
        # a prefix: the token need only begin so
        (r"(?<![^ ])schizo\w* are", ["schizos are", "schizo are"], ["a schiz are"]),
        # a core beginning with a space: the token after it
        (r" (?:i|we) (?:want|wish) to die ", [" i want to die ", " so we wish to die "], [" i wanna die "]),
        # a suffix: a token ending in "ian" or "ese" (the class before it at least 2 or 3 letters long)
        (
            _NATIONALITY,
            ["canadian are bad", "so the italian people are evil", "chinese are bad", "asian are bad"],
            ["xian are bad", "italians are bad", "cheese are bad", "the ese are bad", "canadian is bad"],
        ),
        # up to two arbitrary tokens before a group noun: the match may begin two tokens before "people"
        (
            _ADJECTIVES,
            [
                "people are bad",  # no token skipped, at the text's start
                "old people are bad",  # a token skipped at the text's start
                "i said those old people are evil",  # two skipped, mid-text
                "people people are bad",  # the head repeated: the second one matches
                "so  lazy folks are bad",  # an empty token (two spaces) before the skipped one
            ],
            ["people is bad", "not folks", "those very old people are"],
        ),
        # the head token at the end of the text, skipped tokens before it
        (
            r"(?<![^ ])(?:[a-z]+ ){1,2}(?:people|folks)(?![^ ])",
            ["hate those people", "old folks"],
            ["people"],
        ),
        # a lookahead at the token's start names the first token when what follows cannot
        (r"(?<![^ ])(?=(?:cats|dogs) )\S+ bite", ["so cats bite", "dogs bite"], ["birds bite", "catsy bite"]),
    ],
)
def test_may_reads_hand_made_patterns(pattern: str, yes: list[str], no: list[str]) -> None:
    starts = _starts(pattern)
    assert starts.helped
    for text in yes:
        assert re.search(pattern, text) is not None
        assert starts.may(text), text
    for text in no:
        assert re.search(pattern, text) is None
    for text in no:  # where it says no, the pattern cannot match
        if not starts.may(text):
            assert re.search(pattern, text) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![^ ])\S+ are bad",  # a token that could be anything
        r"(?<![^ ])(?:all |)\w+ are bad",
        r"cats are bad",  # no token start asserted: a match may begin inside a token
        r"^(?:cats|dogs) bite",  # anchored without ``.*``
        r"(?<![^ ])(cats) and \1",  # a back-reference
        r"(?i)(?<![^ ])cats",  # case folded
        r"(?<![^ ])cats|dogs",  # one alternative not helped: the pattern is not
        r"(?<![^ ])[a-z]{2,} are bad",  # a class then a space: any token of two letters
        r"(?<![^ ])[a-z]{2,}ian",  # a suffix the token may go on after
        r"(?<![^ ])(?:[a-z]+ )*people",  # any number of tokens before the head
        r"(?<![^ ])(?:[a-z]* ){0,2}people",  # skipped tokens that may be empty
    ],
)
def test_patterns_it_cannot_read_always_run(pattern: str) -> None:
    starts = _starts(pattern)
    assert not starts.helped
    assert starts.may("anything at all")


def test_heads_of_an_empty_or_repeated_part() -> None:
    items = list(_parser.parse(r"(?:the |a |)+(?:cat|dog)s?"))
    assert heads(items) == frozenset(
        {("=", "the", 3, 0), ("=", "a", 1, 0), ("^", "cat", 3, 0), ("^", "dog", 3, 0)}
    )


def test_heads_of_suffixes_and_skipped_tokens() -> None:
    items = list(_parser.parse(r"(?:(?!not(?![^ ]))[a-z]+ ){0,2}(?:people|[a-z]{2,}ians?)(?: \S+){0,3} are"))
    assert heads(items) == frozenset({("^", "people", 6, 2), ("$", "ian", 5, 2), ("$", "ians", 6, 2)})


# Soundness on random texts over a small vocabulary made to hit the new heads: wherever ``may`` says no,
# the pattern does not match; and it matches often enough for the check to mean something.
@pytest.mark.parametrize(
    "pattern", [_NATIONALITY, _ADJECTIVES, r"(?<![^ ])(?:[a-z]+ ){1,2}(?:people|folks)(?![^ ])"]
)
def test_new_heads_are_sound_on_random_texts(pattern: str) -> None:
    starts = _starts(pattern)
    assert starts.helped
    vocabulary = ["people", "folks", "old", "not", "are", "is", "bad", "evil", "canadian", "xian", "chinese"]
    vocabulary += ["the", "ese", "italians", "", "so", "cheese", "asian", "people!", "are bad", "are evil"]
    generator = random.Random(13)
    matched = skipped = 0
    for _ in range(12000):
        text = " ".join(generator.choice(vocabulary) for _ in range(generator.randint(1, 8)))
        found = re.search(pattern, text) is not None
        may = starts.may(text)
        matched += found
        skipped += not may
        assert may or not found, text
    assert matched > 300
    assert skipped > 1000  # and it does skip


_PAIRED = [
    r"(?<![^ ])(?:all |the )?(?:cats|dogs) are bad",  # the optional determiner's next token: the group
    r" (?:i|we) (?:want|wish) to die ",  # a core beginning with a space
    r"(?<![^ ])(?:the (?:cats|dogs)|th\w* birds) bite",  # "the" also begins a prefix head: no pair kept
    r"(?<![^ ])the (?:[a-z]+ ){0,1}people",  # a token may be skipped after "the": no pair
    r"(?<![^ ])(?:(?:all|most) (?:the )?|every )(?:cat|dog)s? (?:bite|scratch)",  # pairs on pairs
    r"^(?!.*(?<![^ ])not(?![^ ])).*(?<![^ ])(?:anyone|all) (?:who|that) (?:bites|scratches)",
]


def test_pairs_read_the_token_after_an_exact_first_token() -> None:
    found, pairs = heads_pairs(list(_parser.parse(r"(?:all |the )?(?:cats|dogs) are bad")))
    assert found == frozenset(
        {("=", "all", 3, 0), ("=", "the", 3, 0), ("=", "cats", 4, 0), ("=", "dogs", 4, 0)}
    )
    assert pairs == {
        "all": frozenset({("=", "cats", 4, 0), ("=", "dogs", 4, 0)}),
        "the": frozenset({("=", "cats", 4, 0), ("=", "dogs", 4, 0)}),
        "cats": frozenset({("=", "are", 3, 0)}),
        "dogs": frozenset({("=", "are", 3, 0)}),
    }
    # the next token unknown (a repeat that may end anywhere, a skipped token): no pair for "the"
    assert "the" not in heads_pairs(list(_parser.parse(r"the (?:[a-z]+ ){0,1}people")))[1]
    assert "the" not in heads_pairs(list(_parser.parse(r"the \S+ people")))[1]


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        (
            _PAIRED[0],
            ["all the cats are bad", "the dogs are bad", "all cats are bad"],
            ["the birds are bad", "the"],
        ),
        (_PAIRED[1], [" so i want to die ", " we wish to die "], [" i need to die ", " i "]),
        (_PAIRED[4], ["most the cats bite", "all dogs scratch", "every cat bite"], ["all the birds bite"]),
        (_PAIRED[5], ["so anyone who bites", "all that scratches"], ["anyone here bites", "all who bite"]),
    ],
)
def test_pairs_skip_a_common_first_token_followed_by_another(
    pattern: str, yes: list[str], no: list[str]
) -> None:
    starts = _starts(pattern)
    assert any(part.pairs for part in starts._parts)
    for text in yes:
        assert re.search(pattern, text) is not None, text
        assert starts.may(text), text
    for text in no:
        assert re.search(pattern, text) is None, text
        assert not starts.may(text), text


def test_a_first_token_also_read_by_a_prefix_keeps_no_pair() -> None:
    starts = _starts(_PAIRED[2])
    assert all("the" not in part.pairs for part in starts._parts)
    assert starts.may("the birds bite")  # "the" begins "th\w*": the next token may be anything
    assert re.search(_PAIRED[2], "the birds bite")


# Soundness of the pairs on random texts over their vocabulary (the pattern matches often enough, and
# ``may`` says no often enough, for the check to mean something).
@pytest.mark.parametrize("pattern", _PAIRED)
def test_pairs_are_sound_on_random_texts(pattern: str) -> None:
    starts = _starts(pattern)
    assert starts.helped
    vocabulary = ["the", "all", "most", "every", "cats", "dogs", "cat", "dog", "birds", "are", "bad", "bite"]
    vocabulary += ["scratch", "i", "we", "want", "wish", "to", "die", "", "people", "old", "anyone", "who"]
    vocabulary += ["that", "bites", "scratches", "not", "thee", "the cats", "all the", "to die", "are bad"]
    vocabulary += ["cats are bad", "want to die", "i want", "who bites", "that scratches", "dogs bite"]
    generator = random.Random(14)
    matched = skipped = 0
    for _ in range(20000):
        text = " ".join(generator.choice(vocabulary) for _ in range(generator.randint(1, 7)))
        if generator.random() < 0.3:
            text = f" {text} "
        found = re.search(pattern, text) is not None
        may = starts.may(text)
        matched += found
        skipped += not may
        assert may or not found, text
    assert matched > 50
    assert skipped > 1000


def test_ungated_every_pattern_may_match() -> None:
    starts = _starts(r"(?<![^ ])cats are bad")
    assert not starts.may("dogs are bad")
    with ungated():
        assert starts.may("dogs are bad")


def test_support_rules_are_read_too() -> None:
    # the support rules begin with a space: most are helped (read, not yet used by ``support``)
    helped = sum(bool(derive(rule.regex.pattern)) for rule in support._RULES[::25])
    assert helped > len(support._RULES[::25]) // 2
