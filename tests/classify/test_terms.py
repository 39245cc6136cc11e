from __future__ import annotations

import pytest

from bot.classify.normalize import normalize
from bot.classify.patterns import DISCORD_INVITE, PatternError, PatternMatcher
from bot.classify.terms import PhraseMatcher, PhraseSpec, TermMatcher
from bot.domain.signals import PhraseHit, TermHit


def test_prefix_entries() -> None:
    matcher = TermMatcher({"insults": ["idiot*"]})
    hit = (TermHit("insults", "idiot*"),)
    assert matcher.find("IDIOTS!!") == hit
    assert matcher.find("quelle idiotie") == hit
    assert matcher.find("1d10ts") == hit
    assert matcher.find("idio") == ()
    assert matcher.find("myidiot") == ()


def test_phrases_match_whole_phrases_only() -> None:
    matcher = TermMatcher({"scam": ["free nitro"], "insults": ["sale con*"]})
    assert matcher.find("get FREE\u200b N1TRO now") == (TermHit("scam", "free nitro"),)
    assert matcher.find("freenitro") == (TermHit("scam", "free nitro"),)
    assert matcher.find("free nitrogen") == ()
    assert matcher.find("nitro free") == ()
    assert matcher.find("espèce de sale connard") == (TermHit("insults", "sale con*"),)
    assert matcher.find("sale temps") == ()


def test_words_written_with_an_apostrophe_or_hyphen_also_match_merged() -> None:
    matcher = TermMatcher({"insults": ["you're worthless", "t'es qu'une merde", "tue-toi"]})
    assert matcher.find("youre worthless") == (TermHit("insults", "you're worthless"),)
    assert matcher.find("tes quune merde") == (TermHit("insults", "t'es qu'une merde"),)
    assert matcher.find("T’es qu’une merde") == (TermHit("insults", "t'es qu'une merde"),)
    assert matcher.find("tuetoi") == (TermHit("insults", "tue-toi"),)
    assert matcher.find("you are worthless") == ()


def test_every_list_reports_its_own_hit_once() -> None:
    matcher = TermMatcher({"a": ["tue-toi", "tue toi"], "b": ["tue toi"]})
    assert matcher.find("tue toi, tue-toi, tuetoi") == (TermHit("a", "tue-toi"), TermHit("b", "tue toi"))


def test_medical_allow_list_covers_only_its_own_words() -> None:
    matcher = TermMatcher(
        {"threat_words": ["tue", "kill*"], "insults": ["anal"]},
        allow=["ça me tue", "anal fissure", "chimio", "painkiller*"],
    )
    scan = matcher.scan("cette chimio, ça me tue")
    assert scan.hits == ()
    assert scan.allowed == ("chimio", "ça me tue")
    assert matcher.find("my anal fissure is back") == ()
    assert matcher.find("you anal idiot, I have an anal fissure") == (TermHit("insults", "anal"),)
    assert matcher.find("I need painkillers") == ()
    assert matcher.find("I will kill you") == (TermHit("threat_words", "kill*"),)
    assert matcher.find("my anal fissure", honour_allow=False) == (TermHit("insults", "anal"),)
    assert matcher.allowed("Chimio demain") == ("chimio",)


def test_entries_with_nothing_to_match_are_reported() -> None:
    matcher = TermMatcher({"a": ["!!!", "ok"]}, allow=["..."])
    assert matcher.rejected == ("!!!", "...")
    assert matcher.find("ok") == (TermHit("a", "ok"),)


def test_a_key_can_be_reused() -> None:
    matcher = TermMatcher({"scam": ["scam"]})
    key = normalize("ѕсаm")
    assert matcher.find(key) == matcher.find("ѕсаm") == (TermHit("scam", "scam"),)


PHRASES = PhraseMatcher(
    [
        PhraseSpec("need_help", "help", ("j'ai besoin d'aide", "i need help", "je ne vais pas bien")),
        PhraseSpec("ideation", "crisis", ("j'ai envie de mourir", "i want to die"), "suicidal_ideation"),
    ]
)
HELP = PhraseHit("help", "need_help")
CRISIS = PhraseHit("crisis", "ideation", "suicidal_ideation")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J’ai besoin d’aide", (HELP,)),  # curly apostrophes
        ("j'ai BESOIN d'aide svp", (HELP,)),
        ("jai besoin daide", (HELP,)),  # elisions typed without apostrophes
        ("Je ne vais pas bien...", (HELP,)),
        ("I NEED HELP", (HELP,)),
        ("J’ai envie de mourîr", (CRISIS,)),  # accents do not matter
        ("j'ai besoin d'aide, j'ai envie de mourir", (HELP, CRISIS)),
        ("j'ai besoin d'un café", ()),
        ("I need helpers for the raid", ()),
    ],
)
def test_help_and_crisis_phrases(text: str, expected: tuple[PhraseHit, ...]) -> None:
    assert PHRASES.find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "join discord.gg/abcd",
        "https://discord.com/invite/abc-def",
        "discordapp.com/invite/xyz",
        "DISCORD.GG/ABCD",
        "dіscord.gg/abcd",  # Cyrillic і
        "disc\u200bord.gg/abcd",  # zero-width space
    ],
)
def test_invite_pattern(text: str) -> None:
    assert PatternMatcher({"invite": DISCORD_INVITE}).find(text) == (TermHit("invite", "invite"),)


def test_pattern_misses_and_errors() -> None:
    matcher = PatternMatcher({"invite": DISCORD_INVITE, "phone": r"\b0[67](?:\s?\d{2}){4}\b"})
    assert matcher.find("discord is great, see you at gg") == ()
    assert matcher.find("appelle le 06 12 34 56 78") == (TermHit("phone", "phone"),)
    with pytest.raises(PatternError, match="'broken'"):
        PatternMatcher({"broken": "(unclosed"})
