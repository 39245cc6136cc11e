"""The help journey addresses a member the way the server does (issue 16, point 3): a game community says
« tu », a patient community « vous ». The real client opens a request against the emulator; the preset is
chosen by an admin with the real setup command."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, go_on_duty, only_thread

TU = re.compile(r"\b(tu|te|ton|ta|tes|toi)\b|\bt'", re.IGNORECASE)
VOUS = re.compile(r"\b(vous|votre|vos)\b", re.IGNORECASE)


async def _greeting(havre: Havre, preset: str) -> tuple[str, str]:
    """ada sets the preset (French server); alice (French client) asks for help: the ephemeral answer
    and the greeting in her private space."""
    answer = await (await havre.ada.slash("setup community", preset=preset, language="fr")).reply()
    assert "Enregistré" in answer.content or "Rien n'a changé" in answer.content  # patient: the default
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    assert (row.preset, row.language) == (preset, "fr")
    opened = await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    greeting = (await bot_messages(thread, 1, "the greeting"))[0]
    # the suggested guides ("• title — summary") are the community's own articles, not the bot's words
    ours = [line for line in greeting.content.splitlines() if not line.startswith("• ")]
    return opened.content, "\n".join(ours)


@pytest.mark.parametrize("on_duty", [True, False], ids=["on-duty", "nobody-on-duty"])
async def test_a_game_community_says_tu(havre: Havre, on_duty: bool) -> None:
    if on_duty:
        await go_on_duty(havre, "pia")
    opened, greeting = await _greeting(havre, "game")
    assert "Salut" in greeting and TU.search(greeting), greeting
    assert not VOUS.search(greeting), greeting
    assert "Ton espace privé est prêt" in opened and not VOUS.search(opened), opened


async def test_a_patient_community_says_vous(havre: Havre) -> None:
    await go_on_duty(havre, "pia")
    opened, greeting = await _greeting(havre, "patient")
    assert "Bonjour" in greeting and VOUS.search(greeting), greeting
    assert not TU.search(greeting), greeting
    assert "Votre espace privé est prêt" in opened, opened


async def test_a_guide_search_with_no_result_says_tu_in_a_game_community(havre: Havre) -> None:
    await (await havre.ada.slash("setup community", preset="game", language="fr")).reply()
    answer = await (await havre.alice.slash("kb", query="zzqx", in_channel=havre.general)).reply()
    assert answer.ephemeral and "Essaie d'autres mots" in answer.content, answer.content
    assert not VOUS.search(answer.content), answer.content


async def test_a_declined_offer_in_a_game_server_says_tu(havre: Havre) -> None:
    """zoe's DMs are closed, so the offer is a reply in the channel; her "no thanks" is answered the way
    her server speaks, not in the patient preset's « vous »."""
    await (await havre.ada.slash("setup community", preset="game", language="fr")).reply()
    zoe = await havre.guild.join("zoe", locale="fr", dms_open=False)
    await zoe.says(havre.general, "j'ai vraiment besoin de parler à quelqu'un ce soir")
    offer = await havre.general.next_bot_message()
    assert offer.mentions == [zoe.id]
    answer = await (await zoe.click(offer, "help:decline:")).reply()
    assert answer.ephemeral and "Si tu changes d'avis" in answer.content, answer.content
    assert not VOUS.search(answer.content), answer.content
