"""Errors reach members as calm replies in their language, never as a traceback."""

from __future__ import annotations

import logging

import pytest

from bot.app import EXTENSIONS
from tests.e2e.conftest import Havre


@pytest.fixture
async def faulty(havre: Havre) -> Havre:
    havre.extensions = (*EXTENSIONS, "tests.e2e.faulty_cog")
    await havre.restart()
    return havre


async def test_unexpected_error_is_logged_and_the_member_gets_an_apology(
    faulty: Havre, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        answer = await (await faulty.alice.slash("explode")).reply()
    assert answer.ephemeral
    assert "Désolé" in answer.content and "rien n'a été perdu" in answer.content
    assert "Traceback" not in answer.content and "exploded" not in answer.content
    logged = [r for r in caplog.records if r.getMessage() == "unexpected error in interaction"]
    assert logged, "the error was not logged"
    assert getattr(logged[0], "command", None) == "explode"
    assert getattr(logged[0], "user_id", None) == faulty.alice.id


async def test_typed_error_becomes_its_own_message_in_english(faulty: Havre) -> None:
    answer = await (await faulty.bob.slash("missing")).reply()
    assert answer.ephemeral
    assert answer.content.startswith("I couldn't find that")


async def test_error_after_defer_still_gets_a_reply(faulty: Havre) -> None:
    interaction = await faulty.bob.slash("late")
    answer = await interaction.reply()  # after a defer, the first followup fills the "thinking" message
    assert answer.ephemeral
    assert "Sorry, something went wrong" in answer.content
