"""A test-only cog whose commands fail, to exercise the central error handler through Discord."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.services.errors import NotFound


class Faulty(commands.Cog):
    @app_commands.command(name="explode", description="fails unexpectedly")
    async def explode(self, interaction: discord.Interaction) -> None:
        raise RuntimeError("database exploded: postgresql://user:secret@db")

    @app_commands.command(name="missing", description="fails with a typed error")
    async def missing(self, interaction: discord.Interaction) -> None:
        raise NotFound()

    @app_commands.command(name="late", description="fails after deferring")
    async def late(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        raise ValueError("boom after defer")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Faulty())
