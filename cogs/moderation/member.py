"""Members' side: ``/my-standing`` (private: strikes, pause, probation, appeals, the last note with its
buttons) and ``/rules`` (the published rules, with the policy version and date)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import t
from bot.domain.policy.models import Policy
from bot.services.moderation import ModerationService
from cogs.core.common import lang_of, reply
from cogs.moderation.effects import view_for

LIMIT = 2000


def rules_pages(policy: Policy, lang: str, rules_url: str | None) -> list[str]:
    """The published rules as messages of at most 2000 characters."""
    header = t(
        "moderation.rules.header",
        lang,
        name=policy.text(policy.name, lang),
        version=policy.version,
        published=policy.published_at.isoformat(),
        url=rules_url or policy.published_url,
    )
    blocks = [header] + [
        t(
            "moderation.rules.rule",
            lang,
            title=policy.text(rule.title, lang),
            description=policy.text(rule.description, lang),
            link=policy.rule_link(rule.id),
        )
        for rule in policy.enabled_rules
    ]
    pages: list[str] = []
    current = ""
    for block in blocks:
        block = block[:LIMIT]
        if current and len(current) + 2 + len(block) > LIMIT:
            pages.append(current)
            current = block
        else:
            current = f"{current}\n\n{block}" if current else block
    if current:
        pages.append(current)
    return pages


class ModerationMember(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot

    @property
    def service(self) -> ModerationService:
        return self.bot.services.moderation

    @app_commands.command(name="my-standing", description=_("Your standing here: strikes, pauses, appeals"))
    @app_commands.guild_only()
    async def my_standing(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        lang = lang_of(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        standing = await self.service.members.standing(interaction.guild_id, interaction.user.id, lang)
        await reply(interaction, standing.summary)
        note = standing.last_note
        if note is not None:
            view = view_for(note)
            if view is None:
                await reply(interaction, note.content)
            else:
                await reply(interaction, note.content, view=view)

    @app_commands.command(name="appeal", description=_("Read your last moderation note and appeal it"))
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def appeal(self, interaction: discord.Interaction) -> None:
        """Works in a private message with the bot, where a timed-out member still may run commands and
        press buttons (in the server Discord refuses both while the timeout lasts)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        note = await self.service.members.appeal_from_dm(interaction.user.id, lang_of(interaction))
        view = view_for(note)
        if view is None:
            await reply(interaction, note.content)
        else:
            await reply(interaction, note.content, view=view)

    @app_commands.command(name="rules", description=_("The rules of this server"))
    @app_commands.guild_only()
    async def rules(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        row, policy = await self.service.store.policy_for(interaction.guild_id)
        for page in rules_pages(policy, lang_of(interaction), row.rules_url):
            await reply(interaction, page)
