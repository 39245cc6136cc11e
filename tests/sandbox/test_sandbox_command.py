"""The sandbox a newcomer runs: the scripted scenario shows what each person saw, and typing works."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.sandbox.command import banner, interact, play
from bot.sandbox.session import Sandbox


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    running = await Sandbox.start(data_dir=tmp_path)
    try:
        yield running
    finally:
        await running.stop()


async def test_the_scripted_scenario_tells_the_whole_story(sandbox: Sandbox) -> None:
    lines: list[str] = []
    await play(sandbox, lines.append)
    text = "\n".join(lines)
    assert "could not run" not in text
    # alice: a kind reminder first, then her second insult is removed and explained, with a way back
    assert "[DM with alice] Havre: **Petit rappel, sans sanction" in text
    assert "(this message was removed)" in text
    assert "[J'ai compris] [Contester] [Détails] [Oui] [Pas vraiment]" in text
    # bob: a private space, honest about who answers
    assert "[private thread «" in text and "Hi bob, thank you for reaching out." in text
    # pia: on duty, claims, answers in the thread
    assert "Vous êtes de permanence, pia." in text
    assert "pia: Hi bob, I'm Pia" in text
    # bob's crisis words in his space: the helplines for him, the alert for the team (in the queue)
    assert "[#mod-queue] Havre: @pia Urgent" in text
    # a crisis request ends with a note, then a confirmation; the recap reaches bob, no survey yet
    assert "ajoutez une courte note pour l'équipe" in text
    assert "[Oui, marquer comme résolue]" in text
    assert "Bob is safe at home with his sister tonight" in text
    assert "[1] [2] [3] [4] [5]" not in text
    # alice contests, max accepts: the answer reaches her in French
    assert "Nous avons bien reçu votre contestation" in text and "Votre contestation est acceptée" in text
    # bob's pause ends early: he is welcomed back, in English
    assert "[DM with bob] Havre: Welcome back!" in text
    # carol's crisis: one short line in public, everything else in her private space, staff alerted apart
    public = [line for line in text.splitlines() if line.startswith("[#general] Havre")]
    assert public[-1] == "[#general] Havre: @carol You're not alone. I've written to you privately."
    assert "Help is available right now" in text


async def test_interactive_lines_act_as_members(sandbox: Sandbox) -> None:
    script = iter(["who", "alice: bonjour tout le monde", "nobody: hi", "bob /about", "quit", "never read"])
    lines: list[str] = []

    async def read() -> str | None:
        return next(script, None)

    await interact(sandbox, read, lines.append)
    text = "\n".join(lines)
    assert "alice, bob, carol, pia, max, sam, ada" in text
    assert "[#general] alice: bonjour tout le monde" in text
    assert "(unknown member 'nobody'; try: who)" in text
    assert "Havre (only bob sees this): **About Havre**" in text
    assert "never read" not in text


async def test_an_emulator_keyword_typed_as_an_option_is_refused_not_passed(sandbox: Sandbox) -> None:
    # "in_dm=yes" used to reach Member.slash(in_dm: bool) as the string "yes" (truthy): the command ran
    # in DMs instead of the channel. It is not an option of any command: the line says so and runs here.
    script = iter(["bob /about in_dm=yes", "quit"])
    lines: list[str] = []

    async def read() -> str | None:
        return next(script, None)

    await interact(sandbox, read, lines.append)
    text = "\n".join(lines)
    assert "(in_dm is not an option of the command; ignored)" in text
    assert "Havre (only bob sees this): **About Havre**" in text


async def test_the_banner_names_the_server_id_and_how_messages_are_judged(sandbox: Sandbox) -> None:
    text = "\n".join(banner(sandbox))
    assert f"(id {sandbox.scene.guild.id})" in text  # what `havre report --guild` needs
    assert "rules and word lists only" in text


async def test_members_by_name_forms_and_readable_markup(sandbox: Sandbox) -> None:
    # A moderator warns alice by name; alice contests from her DM; the form is shown and filled in.
    script = iter(
        [
            "max /warn member=alice rule=respect",
            "alice click Détails",
            "alice click Contester",
            'alice fill "Pourquoi pensez-vous qu\'elle est injuste ?"="Je répondais à une insulte."',
            "max /warn member=nobody rule=respect",
            "quit",
        ]
    )
    lines: list[str] = []

    async def read() -> str | None:
        return next(script, None)

    await interact(sandbox, read, lines.append)
    text = "\n".join(lines)
    assert "[DM with alice] Havre: **Un avertissement" in text
    assert "▭ alice sees a form «Contester cette décision»:" in text
    assert text.count("could not do that") == 1, text  # only the member who is not there
    assert "(could not do that: no member named 'nobody'" in text
    # the appeal reached the moderators' queue, and the member was told it was received
    assert "[#mod-queue]" in text
    # no raw Discord markup reaches the terminal: mentions and timestamps read as the client shows them
    assert not re.search(r"<(@[!&]?|#)\d+>|<t:\d+", text), text
    assert "à partir du " in text  # when the warning stops counting: a date a person reads, in French
