from __future__ import annotations

import pytest

from bot.classify.normalize import fold, matching_key, normalize, tokens, variants
from bot.classify.terms import TermMatcher
from bot.domain.signals import TermHit

SCAM = TermMatcher({"scam": ["scam"]})
HIT = (TermHit("scam", "scam"),)

EVASIONS = [
    "scam",
    "SCAM",
    "ѕсаm",  # Cyrillic dze, es, a
    "s\u200bcam",  # zero-width space
    "sc\u00adam",  # soft hyphen
    "\u202escam\u202c",  # bidi override
    "s\u2060c\ufeffam",  # word joiner, BOM
    "ｓｃａｍ",  # fullwidth
    "𝓼𝓬𝓪𝓶",  # mathematical script
    "ⓢⓒⓐⓜ",  # circled
    "🇸🇨🇦🇲",  # regional indicators
    "ꜱᴄᴀᴍ",  # small capitals
    "s c a m",
    "s.c.a.m",
    "s_c_a_m",
    "S - C - A - M",
    "5c4m",
    "$c@m",
    "5 c 4 m",
    "s̷̡c̶a̴͎m̸",  # zalgo
    "scaaaam",
    "sssscaaaammmm",
    "this is a scam!!!",
    "||scam||",  # Discord spoiler
    "you are a s c a m",
    "what a 5c4m, seriously",
]


@pytest.mark.parametrize("text", EVASIONS)
def test_scam_evasions_match(text: str) -> None:
    assert SCAM.find(text) == HIT


@pytest.mark.parametrize("text", ["scampi", "is cam", "scams", "escam", "s cam", "sc am", "camp", "scan"])
def test_near_misses_do_not_match(text: str) -> None:
    assert SCAM.find(text) == ()


def test_matching_key_primary_form() -> None:
    assert matching_key("J’ai besoin d’AIDE") == "j ai besoin d aide"
    assert matching_key("Ça va TRÈS bien") == "ca va tres bien"
    assert matching_key("ѕсаm 5c4m s c a m") == "scam scam scam"
    assert tokens("Cœur   brisé…") == ["coeur", "brise"]


def test_key_is_stable_when_normalised_again() -> None:
    for text in [*EVASIONS, "J’ai besoin d’aide", "Ça va très bien", "2024-03-01 à 15h30"]:
        assert fold(fold(text)) == fold(text)
        assert matching_key(matching_key(text)) == matching_key(text)


def test_numbers_are_never_rewritten() -> None:
    assert matching_key("2024 3.5 1488 +33 6 12 34 56 78") == "2024 3 5 1488 33 6 12 34 56 78"
    assert variants("1488") == ("1488",)
    codes = TermMatcher({"codes": ["1488"], "dose": ["5mg"]})
    assert codes.find("1488") == (TermHit("codes", "1488"),)
    assert codes.find("i488 l488") == ()
    assert codes.find("I took 5mg") == (TermHit("dose", "5mg"),)  # the raw form is kept beside "smg"


def test_leet_one_reads_as_i_or_l() -> None:
    insults = TermMatcher({"insults": ["idiot", "loser", "kill"]})
    assert insults.find("1d1ot") == (TermHit("insults", "idiot"),)
    assert insults.find("1oser") == (TermHit("insults", "loser"),)
    assert insults.find("k1ll") == (TermHit("insults", "kill"),)
    assert insults.find("ki11") == (TermHit("insults", "kill"),)


def test_stretched_letters_collapse_but_double_letters_stay() -> None:
    matcher = TermMatcher({"words": ["cool", "as", "non"]})
    assert matcher.find("coooool") == (TermHit("words", "cool"),)
    assert matcher.find("nooooon") == (TermHit("words", "non"),)
    assert matcher.find("ass") == ()  # doubled letters are spelling, not stretching
    assert matcher.find("cooll") == ()


def test_spaced_letters_never_glue_real_words() -> None:
    key = normalize("is cam a scam")
    assert key.runs == ()
    assert normalize("s c a m").runs == ((0, 4),)
    assert normalize("il n'y a rien").runs == ((1, 4),)  # joined only as an extra candidate...
    phrases = TermMatcher({"p": ["il n'y a rien"]})
    assert phrases.find("Il n’y a rien") == (TermHit("p", "il n'y a rien"),)  # ...plain tokens still match


def test_confusables_fold_the_same_in_any_case() -> None:
    russian = TermMatcher({"ru": ["дурак"]})
    assert russian.find("ДУРАК") == (TermHit("ru", "дурак"),)
    assert russian.find("дурaк") == (TermHit("ru", "дурак"),)  # Latin "a" inside
    greek = TermMatcher({"el": ["ναι"]})
    assert greek.find("ΝΑΙ") == (TermHit("el", "ναι"),)


def test_invisible_only_and_empty_text() -> None:
    assert normalize("").tokens == ()
    assert normalize("\u200b\u200d\u2060 \u3164").tokens == ()
    assert SCAM.find("😀😀 !!! ...") == ()
