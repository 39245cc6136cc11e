"""/privacy export and /privacy erase: a member's own data, given back or erased (an admin confirms)."""

from __future__ import annotations

import io
import re

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import plural, t
from bot.services.errors import HavreError
from cogs.core.common import NO_PINGS, Role, ensure_role, fit, lang_of, reply
from cogs.governance.common import (
    RequestButton,
    safely,
    send_to,
    server_language,
    services_of,
    staff_channel,
)
from cogs.governance.erasure_discord import cleanup_text, remove_copies


def _server_name(interaction: discord.Interaction) -> str:
    name = interaction.guild.name if interaction.guild is not None else ""
    return discord.utils.escape_markdown(name)[:100]


async def _tell_member(client: discord.Client, user_id: int, text: str) -> None:
    try:
        user = client.get_user(user_id) or await client.fetch_user(user_id)
        await user.send(text, allowed_mentions=NO_PINGS)
    except discord.HTTPException:
        pass  # DMs closed: the admin's message in the channel still records the outcome


class EraseAsk(discord.ui.DynamicItem[discord.ui.Button], template=r"gov:erase:ask"):
    """The member confirms they want to ask for erasure; admins then see the request."""

    def __init__(self, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=label or "erase", style=discord.ButtonStyle.danger, custom_id="gov:erase:ask"
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item,
        match: re.Match[str],
    ) -> EraseAsk:
        return cls()

    @safely
    async def callback(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        lang = lang_of(interaction)
        channel = await staff_channel(interaction.client, interaction.guild_id)
        if channel is None:
            raise HavreError("governance.error_no_channel")
        privacy = services_of(interaction.client).privacy
        request, created = await privacy.request_erasure(interaction.guild_id, interaction.user.id)
        if created:
            server_lang = await server_language(interaction.client, interaction.guild_id)
            await send_to(
                channel,
                t("governance.privacy_erase_request", server_lang, member=f"<@{request.user_id}>"),
                view=EraseDecision.request_view(request.id, server_lang),
                allowed_mentions=NO_PINGS,
            )
        key = "governance.privacy_erase_asked" if created else "governance.privacy_erase_already"
        await interaction.response.edit_message(content=t(key, lang), view=None)


class EraseDecision(
    RequestButton,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"gov:erase:(?P<action>confirm|refuse):(?P<id>\d+)",
):
    prefix = "gov:erase"

    @staticmethod
    def request_view(request_id: int, lang: str) -> discord.ui.View:
        view = discord.ui.View(timeout=None)
        view.add_item(
            EraseDecision(
                "confirm",
                request_id,
                label=t("governance.privacy_erase_confirm", lang),
                style=discord.ButtonStyle.danger,
            )
        )
        view.add_item(EraseDecision("refuse", request_id, label=t("governance.privacy_erase_refuse", lang)))
        return view

    @safely
    async def callback(self, interaction: discord.Interaction) -> None:
        await ensure_role(interaction, Role.ADMIN)
        assert interaction.guild_id is not None
        privacy = services_of(interaction.client).privacy
        lang = await server_language(interaction.client, interaction.guild_id)
        admin = f"<@{interaction.user.id}>"
        if self.action == "confirm":
            outcome = await privacy.confirm_erasure(
                interaction.guild_id, self.request_id, interaction.user.id
            )
            note = plural("governance.privacy_erase_done_admin", lang, outcome.content_deleted, admin=admin)
            member, member_note = outcome.user_id, "governance.privacy_erase_done_member"
        else:
            request = await privacy.refuse_erasure(interaction.guild_id, self.request_id, interaction.user.id)
            note = t("governance.privacy_erase_refused_admin", lang, admin=admin)
            member, member_note = request.user_id, "governance.privacy_erase_refused_member"
        current = interaction.message.content if interaction.message is not None else ""
        await interaction.response.edit_message(
            content=fit(f"{current}\n{note}"), view=None, allowed_mentions=NO_PINGS
        )
        if self.action == "confirm":  # then the bot's own copies of their words on Discord
            cleanup, left = await remove_copies(interaction.client, outcome.traces)
            await privacy.record_discord_cleanup(
                interaction.guild_id, self.request_id, interaction.user.id, cleanup
            )
            text = cleanup_text(cleanup, left, interaction.guild_id, lang)
            await interaction.followup.send(fit(text), allowed_mentions=NO_PINGS)
        await _tell_member(interaction.client, member, t(member_note, lang, server=_server_name(interaction)))


@app_commands.guild_only()
class Privacy(commands.GroupCog, group_name="privacy", group_description=_("Your data on this server")):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="export", description=_("Get a copy of everything Havre keeps about you"))
    async def export(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        lang = lang_of(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await services_of(self.bot).privacy.export_member(interaction.guild_id, interaction.user.id)
        try:
            await interaction.user.send(
                t("governance.privacy_export_dm", lang, server=_server_name(interaction)),
                file=discord.File(io.BytesIO(data.content), filename=data.filename),
                allowed_mentions=NO_PINGS,
            )
        except discord.HTTPException:
            await interaction.followup.send(
                t("governance.privacy_export_here", lang),
                file=discord.File(io.BytesIO(data.content), filename=data.filename),
                ephemeral=True,
            )
            return
        await interaction.followup.send(t("governance.privacy_export_sent", lang), ephemeral=True)

    @app_commands.command(name="erase", description=_("Ask for your data on this server to be erased"))
    async def erase(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        view = discord.ui.View(timeout=600)
        view.add_item(EraseAsk(t("governance.privacy_erase_button", lang)))
        await reply(interaction, t("governance.privacy_erase_explain", lang), view=view)
