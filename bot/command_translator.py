"""Slash commands in French for French Discord clients: names, descriptions, options and choices.

A French client shows and accepts the French names (``/aide``, ``/ma-situation``); the English names keep
working in every client. Names come from the ``[names]`` table of ``bot/locales/fr/commands.toml``, keyed
by the English name; descriptions and choice names from the same file, keyed by their English text.
Tests check that everything the bot registers has a French version, and texts that name a command use
:func:`command_name` so a French sentence names the French command.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.domain.i18n import catalogue

_NAMED = {
    app_commands.TranslationContextLocation.command_name,
    app_commands.TranslationContextLocation.group_name,
    app_commands.TranslationContextLocation.parameter_name,
}
_TRANSLATED = {
    app_commands.TranslationContextLocation.command_description,
    app_commands.TranslationContextLocation.group_description,
    app_commands.TranslationContextLocation.parameter_description,
    app_commands.TranslationContextLocation.choice_name,
}


def french(text: str) -> str | None:
    return catalogue("fr").get(f"commands.{text}")


def french_name(name: str) -> str | None:
    """The French name of a command, subcommand or option, by its English name."""
    return catalogue("fr").get(f"commands.names.{name}")


def command_name(path: str, lang: str) -> str:
    """``/my-standing`` as a member reads it in ``lang``: ``/ma-situation`` in French.

    ``path`` is the English command path without the slash ("ticket close"); each word is translated.
    """
    if lang != "fr":
        return "/" + path
    return "/" + " ".join(french_name(word) or word for word in path.split())


class CommandTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale is not discord.Locale.french:
            return None
        if context.location in _NAMED:
            return french_name(string.message)
        if context.location not in _TRANSLATED:
            return None
        return french(string.message)
