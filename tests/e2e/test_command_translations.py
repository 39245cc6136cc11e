"""Every slash command the bot registers describes itself in French for French Discord clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
