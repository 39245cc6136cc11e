"""Every slash command the bot registers describes itself in French for French Discord clients."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from bot.command_translator import command_name
from bot.domain.i18n import catalogue
from tests.e2e.conftest import Havre


def _described(items: list[dict[str, Any]], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for item in items:
        here = f"{path} {item['name']}".strip()
        yield here, item
        yield from _described(item.get("options") or [], here)


async def test_every_command_and_option_description_has_a_french_version(havre: Havre) -> None:
    registered = havre.emu.registered_commands()
    assert registered, "the bot registered no commands"
    missing = []
    for where, item in _described(registered):
        if item.get("type", 1) in (2, 3) and item in registered:
            continue  # context menus (user/message) have no description
        if item.get("description") and not (item.get("description_localizations") or {}).get("fr"):
            missing.append(f"{where}: {item['description']!r}")
    assert not missing, "descriptions without a French version:\n" + "\n".join(missing)


async def test_every_command_and_option_has_a_french_name(havre: Havre) -> None:
    registered = havre.emu.registered_commands()
    missing = []
    for where, item in _described(registered):
        if item.get("type", 1) in (2, 3) and item in registered:
            continue  # context menus keep their name
        if not (item.get("name_localizations") or {}).get("fr"):
            missing.append(where)
    assert not missing, (
        "names without a French version (bot/locales/fr/commands.toml [names]):\n" + "\n".join(missing)
    )


async def test_a_french_member_runs_a_command_by_its_french_name(havre: Havre) -> None:
    alice = havre.alice  # a French client
    interaction = await alice.slash("a-propos")
    reply = await interaction.response()
    assert reply.data is not None
    assert "Havre" in str(reply.data)
    sent = interaction.record.payload["data"]
    assert sent["name"] == "about"  # Discord sends the command's own name, whatever the client showed


def _paths(items: list[dict[str, Any]], lang: str | None) -> set[tuple[str, ...]]:
    """Every command and subcommand path as a client in ``lang`` shows it (``None``: the English one)."""
    found: set[tuple[str, ...]] = set()

    def walk(item: dict[str, Any], path: tuple[str, ...]) -> None:
        name = ((item.get("name_localizations") or {}).get(lang) if lang else None) or item["name"]
        here = (*path, name)
        found.add(here)
        for option in item.get("options") or []:
            if option.get("type") in (1, 2):  # subcommand, subcommand group
                walk(option, here)

    for command in items:
        if command.get("type", 1) == 1:
            walk(command, ())
    return found


_NAMED = re.compile(r"(?<![\w/.{-])/([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)")


def _named_commands(text: str, known_first_words: set[str]) -> list[tuple[str, ...]]:
    """The commands a text names: ``/word`` (and the next word, for a subcommand), where the word is a
    command of either language (so "n/a" or a file path are not taken for commands)."""
    named = []
    for match in _NAMED.finditer(text):
        words = tuple(match.group(1).split())
        if words[0] in known_first_words:
            named.append(words)
    return named


@pytest.mark.parametrize(("lang", "other"), [("fr", "en"), ("en", "fr")])
async def test_every_text_names_commands_as_its_readers_client_shows_them(
    havre: Havre, lang: str, other: str
) -> None:
    """A French sentence names /aide, /ma-situation, /permanence fin; an English one /help,
    /my-standing, /shift end — whatever the text's file wrote (``{/path}`` or a literal name)."""
    registered = havre.emu.registered_commands()
    mine = _paths(registered, "fr" if lang == "fr" else None)
    theirs = _paths(registered, "fr" if other == "fr" else None) - mine
    first_words = {path[0] for path in mine | theirs}
    wrong, unknown = [], []
    for key, text in catalogue(lang).items():
        if key.startswith("commands."):
            continue  # the translation table itself
        assert "{/" not in text, f"{lang} {key}: a command reference left unresolved: {text!r}"
        for words in _named_commands(text, first_words):
            if words in theirs or (words[:1] in theirs and words[:1] not in mine):
                wrong.append(f"{key}: /{' '.join(words)}")
            elif words not in mine and words[:1] not in mine:
                unknown.append(f"{key}: /{' '.join(words)}")
    assert not wrong, f"{lang} texts naming the {other} command:\n" + "\n".join(wrong)
    assert not unknown, f"{lang} texts naming no command of this bot:\n" + "\n".join(unknown)


async def test_command_name_matches_what_the_french_client_shows(havre: Havre) -> None:
    french = _paths(havre.emu.registered_commands(), "fr")
    assert tuple(command_name("my-standing", "fr")[1:].split()) in french
    assert tuple(command_name("shift end", "fr")[1:].split()) in french
    assert command_name("shift end", "fr") == "/permanence fin"
    assert command_name("shift end", "en") == "/shift end"
    assert command_name("help", "fr") == "/aide"
