"""Installs the central error handler on the command tree."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs.core.common import handle_interaction_error


async def setup(bot: commands.Bot) -> None:
    async def on_tree_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await handle_interaction_error(interaction, error)

    bot.tree.error(on_tree_error)
