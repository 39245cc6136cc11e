"""The 24/7 help journey on Discord: /help, /help-panel, /kb, the message listener (phrases, DMs, the
tickets' spaces), the desk attached as the help service's Discord port (its deadline handlers call it for
SLA escalations, follow-ups and rota changes) and the persistent buttons. /ticket and /shift live in
cogs/help/commands.py; see docs/HELP.md."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.domain.help.ticket_types import Origin
from bot.domain.i18n import t
from bot.services.help import HelpServices
from cogs.core.common import Role, ensure_role, lang_of, reply
from cogs.help import views as help_views
from cogs.help.commands import ShiftCommands, TicketCommands
from cogs.help.desk import HelpDesk
from cogs.help.flows import HelpFlows

if TYPE_CHECKING:
    from bot.app import HavreBot

log = logging.getLogger(__name__)
READY_WAIT = 60.0


class Help(commands.Cog):
    def __init__(self, bot: HavreBot, services: HelpServices) -> None:
        self.bot = bot
        self.help = services
        self.desk = HelpDesk(bot, services)
        self.flows = HelpFlows(bot, services, self.desk)

    # --- ways in ----------------------------------------------------------------------------------

    @app_commands.command(name="help", description=_("Talk privately with a trained peer moderator"))
    @app_commands.describe(topic=_("What it is about, in a few words (optional)"))
    @app_commands.guild_only()
    async def help_command(
        self, interaction: discord.Interaction, topic: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        await self.flows.open_from_interaction(interaction, Origin.SLASH, topic=topic)

    @app_commands.command(name="help-panel", description=_("Post a 'Get help' button in a channel"))
    @app_commands.describe(channel=_("Where to post the panel (default: here)"))
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def help_panel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        await ensure_role(interaction, Role.ADMIN)
        lang = lang_of(interaction)
        target = channel or interaction.channel
        _policy, guild = await self.flows.guild_policy(interaction.guild_id or 0)
        panel_lang = guild.language
        sent = await self.desk.send(
            target, t("help.panel_text", panel_lang), view=help_views.panel_view(panel_lang)
        )
        if sent is None:
            await reply(interaction, t("help.error_no_space", lang))
            return
        await reply(interaction, t("help.panel_posted", lang, channel=f"<#{sent.channel.id}>"))

    @app_commands.command(name="kb", description=_("Search the self-help guides"))
    @app_commands.describe(query=_("A few words, e.g. pain, sleep, privacy"))
    async def kb(self, interaction: discord.Interaction, query: app_commands.Range[str, 1, 100]) -> None:
        lang = lang_of(interaction)
        found = await self.help.kb.search(interaction.guild_id, query, lang)
        shown = discord.utils.escape_mentions(query)
        if not found:
            said = lang  # a member's words: in the server's register, when asked in a server
            if interaction.guild_id is not None:
                policy, _guild = await self.flows.guild_policy(interaction.guild_id)
                said = policy.member_voice(lang)
            await reply(interaction, t("help.kb_no_results", said, query=shown))
            return
        lines = [t("help.kb_results", lang, query=shown)]
        lines += [t("help.kb_result_line", lang, title=a.title, summary=a.excerpt(160)) for a in found]
        await reply(interaction, "\n".join(lines)[:1990], view=help_views.kb_view(found, lang))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        try:
            await self.flows.on_message(message)
        except Exception:
            log.exception("help: message %s could not be handled", message.id)

    # --- time: the service owns the deadline handlers; the desk is its Discord port ---------------

    async def cog_load(self) -> None:
        self.help.deadlines.attach(self.desk)

    async def cog_unload(self) -> None:
        self.help.deadlines.detach()


async def setup(bot: HavreBot) -> None:
    services = bot.services.help
    cog = Help(bot, services)
    help_views.attach(cog.flows)
    await bot.add_cog(cog)
    await bot.add_cog(TicketCommands(bot, services, cog.flows))
    await bot.add_cog(ShiftCommands(bot, services, cog.flows))
    bot.add_dynamic_items(*help_views.DYNAMIC_ITEMS)


async def teardown(bot: HavreBot) -> None:
    bot.remove_dynamic_items(*help_views.DYNAMIC_ITEMS)
    help_views.detach()
