"""Two disguises the normaliser reads back: upside-down text ("ʞɔᴉp ɐ ǝɹ,noʎ") and letters in black squares
and circles ("🅺🆈🆂"), which Unicode does not decompose. Ordinary text, and IPA letters, are left alone."""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.classify.judge.chat import read
from bot.classify.normalize import normalize
from bot.domain.signals import AbuseKind

_JUDGE = Judge(recent=False)


def _upside_down(text: str) -> str:
    """What an upside-down text generator makes of ``text`` (letters turned, the whole written backwards)."""
    turn = str.maketrans(dict(zip("abcdefghijklmnopqrtuvwy'", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹʇnʌʍʎ,", strict=True)))
    return text.translate(turn)[::-1]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (_upside_down("t'es qu'un connard"), "t es qu un connard"),
        (_upside_down("kill yourself"), "kill yourself"),
        (_upside_down("nice play"), "nice play"),
        ("lol " + _upside_down("shit"), "lol shit"),  # one word turned in a plain message
        ("🅺🆈🆂", "kill yourself"),  # black squares; "kys" is then read as chat shorthand
        ("🅳🅸🅴", "die"),
        ("🅘🅓🅘🅞🅣", "idiot"),  # black circles
    ],
)
def test_disguised_letters_are_read_back(text: str, forms: str) -> None:
    assert read(text).forms == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("je suis ok, merci", "je suis ok merci"),
        ("my bud put a pod in the queue", "my bud put a pod in the queue"),  # no turned letter: no swap
        ("the schwa ə and the open o are IPA", "the schwa ə and the open o are ipa"),
        ("🅰️ positive here, can I donate?", "a positive here can i donate"),
    ],
)
def test_ordinary_text_is_not_turned(text: str, forms: str) -> None:
    assert read(text).forms == forms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_upside_down("kill yourself"), AbuseKind.THREAT),
        (_upside_down("t'es qu'un gros connard"), AbuseKind.INSULT),
        ("🅺🆈🆂 loser", AbuseKind.THREAT),
    ],
)
def test_the_detectors_see_through_them(text: str, kind: AbuseKind) -> None:
    assert kind in {hit.kind for hit in _JUDGE.judge(text).abuse.hits}


def test_upside_down_game_talk_stays_quiet() -> None:
    assert not _JUDGE.judge(_upside_down("nice play, gg")).abuse.hits


def test_the_word_lists_read_black_letters_too() -> None:
    assert "idiot" in normalize("🅘🅓🅘🅞🅣").text
