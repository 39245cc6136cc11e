"""/about: what the bot is, its version, and the policy in force (with its version hash and date)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot import __version__
from bot.app import HavreBot
from bot.domain.i18n import t
from bot.services.guilds import GuildService
from bot.services.policies import PolicyRegistry
from cogs.core.common import lang_of, reply


class About(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", description=_("About Havre and the rules in force"))
    async def about(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        registry: PolicyRegistry = self.bot.services.policies
        row = None
        if interaction.guild_id is not None:
            guilds: GuildService = self.bot.services.guilds
            row = await guilds.load(interaction.guild_id)
        policy = registry.for_settings(row)
        rules_url = (row.rules_url if row and row.rules_url else None) or policy.published_url
        lines = [
            f"**{t('about.title', lang)}**",
            t("about.body", lang),
            t("about.version", lang, version=__version__),
            t(
                "about.policy",
                lang,
                policy=policy.text(policy.name, lang),
                policy_version=policy.version,
                published=policy.published_at.isoformat(),
            ),
            t("about.rules_link", lang, url=rules_url),
            t("about.help_hint", lang),
        ]
        await reply(interaction, "\n".join(lines))


async def setup(bot: HavreBot) -> None:
    await bot.add_cog(About(bot))
