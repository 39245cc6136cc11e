"""Slash-command descriptions in French for French Discord clients.

Command *names* stay the same in every language (so "/help" works everywhere and the docs stay simple);
descriptions, option descriptions and choice names are translated from ``bot/locales/fr/commands.toml``,
keyed by their English text. A test checks that every description the bot registers has a translation.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.domain.i18n import catalogue

_TRANSLATED = {
    app_commands.TranslationContextLocation.command_description,
    app_commands.TranslationContextLocation.group_description,
    app_commands.TranslationContextLocation.parameter_description,
    app_commands.TranslationContextLocation.choice_name,
}


def french(text: str) -> str | None:
    return catalogue("fr").get(f"commands.{text}")


class CommandTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale is not discord.Locale.french or context.location not in _TRANSLATED:
            return None
        return french(string.message)
