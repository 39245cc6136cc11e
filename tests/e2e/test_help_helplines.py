"""Issue 13, point 5 (part): helplines as a member reads them, each number once, in French and English."""

from __future__ import annotations

from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, only_thread


async def test_english_us_helplines_say_988_once_per_line(havre: Havre) -> None:
    await (await havre.bob.slash("help", in_channel=havre.general)).reply()  # en-US, nobody on duty
    greeting = (await bot_messages(await only_thread(havre), 1))[0]
    [line] = [x for x in greeting.content.splitlines() if "Lifeline" in x]
    assert line.startswith("• 988 Suicide & Crisis Lifeline (24/7)")
    assert ": 988" not in line and "— 988 —" not in line and "Call or text" in line
    assert "• Emergency — Emergency services: 911" in greeting.content


async def test_french_helplines_say_3114_once(havre: Havre) -> None:
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()  # fr, nobody on duty
    greeting = (await bot_messages(await only_thread(havre), 1))[0]
    [line] = [x for x in greeting.content.splitlines() if "prévention du suicide" in x]
    assert line.startswith("• 3114 — Numéro national de prévention du suicide (24h/24, 7j/7)")
    assert ": 3114" not in line and line.count("3114") == 2  # the name and the site's address
