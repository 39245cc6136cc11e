"""/setup: an admin configures the server. ``/setup start`` is the guided flow (cogs/core/setup_guide.py);
the single-purpose subcommands (community, channels, roles, overrides, show) stay for scripts and quick
changes. The bot's arrival on a server is greeted from here (cogs/core/arrival.py)."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import t
from bot.services.errors import InvalidInput
from bot.services.setup import SetupService
from cogs.core.arrival import announce_arrival
from cogs.core.common import Role, lang_of, reply, require
from cogs.core.setup_guide import SetupGuide, StaleGuideItem, boot_of
from cogs.core.setup_privacy import readers_text

log = logging.getLogger(__name__)


def _mention(kind: str, value: int | None, lang: str) -> str:
    if value is None:
        return t("setup.not_set", lang)
    return f"<#{value}>" if kind == "channel" else f"<@&{value}>"


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Setup(commands.GroupCog, group_name="setup", group_description=_("Configure Havre for this server")):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        super().__init__()

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self._hello(guild)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Servers that invited the bot while it was offline (no GUILD_CREATE join reaches it then; they
        arrive in READY): the ones with no settings at all get their hello too. One query per (re)connect."""
        try:
            new = await self.bot.services.guilds.unknown(g.id for g in self.bot.guilds)
        except Exception:
            log.exception("setup: could not look for servers joined while offline")
            return
        for guild_id in new:
            guild = self.bot.get_guild(guild_id)
            if guild is not None:
                await self._hello(guild)

    async def _hello(self, guild: discord.Guild) -> None:
        try:
            await announce_arrival(guild, self.bot.services.guilds)
        except Exception:  # a hello that fails must not disturb anything else
            log.exception("setup: the arrival hello failed on server %s", guild.id)

    @property
    def service(self) -> SetupService:
        return self.bot.services.setup

    async def _save(self, interaction: discord.Interaction, extra: str = "", /, **changes: object) -> None:
        lang = lang_of(interaction)
        assert interaction.guild_id is not None
        result = await self.service.change(interaction.guild_id, interaction.user.id, **changes)
        text = (
            t("setup.saved", lang, fields=", ".join(result.changed), version=result.policy_version)
            if result.changed
            else t("setup.nothing", lang)
        )
        await reply(interaction, text + (f"\n\n{extra}" if extra else ""))

    @app_commands.command(name="start", description=_("Set Havre up step by step (start here)"))
    @require(Role.ADMIN)
    async def start(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        guide = SetupGuide(
            self.bot, interaction.user.id, interaction.guild, lang_of(interaction), boot=boot_of(self.bot)
        )
        guide.last = interaction
        await interaction.response.send_message(
            await guide.render(), view=guide, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(name="show", description=_("Show this server's settings"))
    @require(Role.ADMIN)
    async def show(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        assert interaction.guild_id is not None
        row = await self.bot.services.guilds.load(interaction.guild_id)
        policy = self.bot.services.policies.for_settings(row)
        await reply(
            interaction,
            t(
                "setup.show",
                lang,
                preset=row.preset,
                language=row.language,
                help=_mention("channel", row.help_channel_id, lang),
                queue=_mention("channel", row.mod_queue_channel_id, lang),
                governance=_mention("channel", row.governance_channel_id, lang),
                peer=_mention("role", row.peer_role_id, lang),
                moderator=_mention("role", row.moderator_role_id, lang),
                specialist=_mention("role", row.specialist_role_id, lang),
                admin=_mention("role", row.admin_role_id, lang),
                committee=_mention("role", row.committee_role_id, lang),
                policy=policy.text(policy.name, lang),
                version=policy.version,
                overrides=t("setup.yes" if row.policy_overrides else "setup.no", lang),
            ),
        )

    @app_commands.command(name="community", description=_("Choose the preset and the server language"))
    @app_commands.describe(
        preset=_("patient community or game community"), language=_("the server's language")
    )
    @require(Role.ADMIN)
    async def community(
        self,
        interaction: discord.Interaction,
        preset: Literal["patient", "game"],
        language: Literal["fr", "en"],
    ) -> None:
        await self._save(interaction, preset=preset, language=language)

    @app_commands.command(
        name="channels", description=_("Choose the help, moderation and governance channels")
    )
    @app_commands.describe(
        help=_("where private help threads are opened"),
        mod_queue=_("where moderators review cases and appeals (private)"),
        governance=_("where the trust report is posted (private)"),
    )
    @require(Role.ADMIN)
    async def channels(
        self,
        interaction: discord.Interaction,
        help: discord.TextChannel | None = None,
        mod_queue: discord.TextChannel | None = None,
        governance: discord.TextChannel | None = None,
    ) -> None:
        changes: dict[str, object] = {}
        for key, channel in (
            ("help_channel_id", help),
            ("mod_queue_channel_id", mod_queue),
            ("governance_channel_id", governance),
        ):
            if channel is not None:
                changes[key] = channel.id
        readers = readers_text(help, lang_of(interaction)) if help is not None else ""
        await self._save(interaction, readers, **changes)

    @app_commands.command(name="roles", description=_("Choose the staff roles"))
    @app_commands.describe(
        peer=_("trained peer moderators (can go on duty)"),
        moderator=_("moderators"),
        specialist=_("the escalation tier"),
        admin=_("admins"),
        committee=_("the governance committee (reads the trust dashboard)"),
    )
    @require(Role.ADMIN)
    async def roles(
        self,
        interaction: discord.Interaction,
        peer: discord.Role | None = None,
        moderator: discord.Role | None = None,
        specialist: discord.Role | None = None,
        admin: discord.Role | None = None,
        committee: discord.Role | None = None,
    ) -> None:
        changes: dict[str, object] = {}
        for key, role in (
            ("peer_role_id", peer),
            ("moderator_role_id", moderator),
            ("specialist_role_id", specialist),
            ("admin_role_id", admin),
            ("committee_role_id", committee),
        ):
            if role is not None:
                changes[key] = role.id
        await self._save(interaction, **changes)

    @app_commands.command(name="overrides", description=_("Upload this server's policy adjustments (TOML)"))
    @app_commands.describe(file=_("a .toml file; see policies/README.md"))
    @require(Role.ADMIN)
    async def overrides(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        lang = lang_of(interaction)
        if not file.filename.endswith(".toml") or (file.size or 0) > 256_000:
            raise InvalidInput(reason=t("setup.overrides_bad_file", lang))
        try:
            text = (await file.read()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(reason=t("setup.overrides_bad_file", lang)) from exc
        await self._save(interaction, policy_overrides=text)


async def setup(bot: HavreBot) -> None:
    await bot.add_cog(Setup(bot))
    bot.add_dynamic_items(StaleGuideItem)
