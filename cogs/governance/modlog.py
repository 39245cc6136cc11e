"""/modlog export: the governance log as a file for admins; real ids only with a second admin's approval."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import t
from bot.governance.export import ExportFormat
from bot.services.errors import HavreError
from bot.services.governance.errors import ReasonRequired
from bot.services.governance.export import ExportOutcome, ExportQuery, RealIdsRequest
from cogs.core.common import NO_PINGS, Role, ensure_role, fit, lang_of, reply
from cogs.governance.common import (
    RequestButton,
    attachment_limit,
    parse_day,
    safely,
    send_to,
    server_language,
    services_of,
    staff_channel,
)


def _kinds(value: str | None) -> tuple[str, ...]:
    return tuple(kind.strip() for kind in (value or "").replace(";", ",").split(",") if kind.strip())


async def send_export(interaction: discord.Interaction, outcome: ExportOutcome, lang: str) -> None:
    """Each part in its own ephemeral followup (parts are sized to the server's upload limit)."""
    mode = t(
        "governance.export_mode_real_ids" if outcome.real_ids else "governance.export_mode_pseudonymised",
        lang,
    )
    text = t("governance.export_done", lang, rows=outcome.rows, mode=mode)
    count = len(outcome.parts)
    for index, part in enumerate(outcome.parts, start=1):
        import io

        note = (
            text
            if count == 1
            else f"{text}\n{t('governance.export_part_note', lang, index=index, count=count)}"
        )
        await interaction.followup.send(
            note,
            file=discord.File(io.BytesIO(part.content), filename=part.filename),
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )


def _request_text(request: RealIdsRequest, lang: str) -> str:
    params = request.params
    since, until = params.get("since"), params.get("until")
    span = (
        t("governance.export_range_all", lang)
        if not since and not until
        else f"{str(since or '…')[:10]} → {str(until or '…')[:10]}"
    )
    listed = params.get("kinds")
    kinds = list(listed) if isinstance(listed, list | tuple) else []
    return t(
        "governance.export_request",
        lang,
        requester=f"<@{request.requested_by}>",
        reason=discord.utils.escape_markdown(str(params.get("reason", "")))[:300],
        range=span,
        kinds=", ".join(str(k) for k in kinds) if kinds else t("governance.export_kinds_all", lang),
        format=str(params.get("format", "csv")),
    )


class ExportDecision(
    RequestButton,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"gov:export:(?P<action>approve|refuse|get):(?P<id>\d+)",
):
    """Buttons under an export request: a second admin approves or refuses; the requester downloads."""

    prefix = "gov:export"

    @staticmethod
    def request_view(actions: tuple[str, ...], request_id: int, lang: str) -> discord.ui.View:
        styles = {
            "approve": discord.ButtonStyle.success,
            "refuse": discord.ButtonStyle.danger,
            "get": discord.ButtonStyle.primary,
        }
        labels = {"approve": "export_approve", "refuse": "export_refuse", "get": "export_download"}
        view = discord.ui.View(timeout=None)
        for action in actions:
            view.add_item(
                ExportDecision(
                    action, request_id, label=t(f"governance.{labels[action]}", lang), style=styles[action]
                )
            )
        return view

    @safely
    async def callback(self, interaction: discord.Interaction) -> None:
        await ensure_role(interaction, Role.ADMIN)
        assert interaction.guild_id is not None
        exports = services_of(interaction.client).exports
        guild_id, admin = interaction.guild_id, interaction.user.id
        lang = await server_language(interaction.client, guild_id)
        if self.action == "get":
            await interaction.response.defer(ephemeral=True, thinking=True)
            request = await exports.request(guild_id, self.request_id)
            query = ExportQuery.from_params(guild_id, dict(request.params))
            outcome = await exports.export_parts(
                query,
                requested_by=admin,
                max_bytes=attachment_limit(interaction.guild),
                approved_request=self.request_id,
            )
            await send_export(interaction, outcome, lang_of(interaction))
            if interaction.message is not None:
                done = t("governance.export_delivered", lang, requester=f"<@{admin}>")
                await interaction.message.edit(
                    content=fit(f"{interaction.message.content}\n{done}"),
                    view=None,
                    allowed_mentions=NO_PINGS,
                )
            return
        if self.action == "approve":
            request = await exports.approve_real_ids(guild_id, self.request_id, admin)
            note = t(
                "governance.export_approved",
                lang,
                admin=f"<@{admin}>",
                requester=f"<@{request.requested_by}>",
            )
            view: discord.ui.View | None = self.request_view(("get",), self.request_id, lang)
        else:
            request = await exports.refuse_real_ids(guild_id, self.request_id, admin)
            note, view = t("governance.export_refused", lang, admin=f"<@{admin}>"), None
        await interaction.response.edit_message(
            content=fit(f"{_request_text(request, lang)}\n{note}"), view=view, allowed_mentions=NO_PINGS
        )


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Modlog(
    commands.GroupCog, group_name="modlog", group_description=_("The tamper-evident moderation log")
):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="export", description=_("Export the moderation log as a file (admins)"))
    @app_commands.rename(fmt="format")
    @app_commands.describe(
        fmt=_("csv for spreadsheets, jsonl for tools"),
        since=_("first day, e.g. 2026-10-01"),
        until=_("last day (included), e.g. 2026-10-31"),
        kinds=_("entry kinds, comma-separated (default: all), e.g. moderation_action,appeal_decided"),
        real_ids=_("real Discord ids instead of pseudonyms: a second admin must approve"),
        reason=_("why real ids are needed (required with real_ids; logged)"),
    )
    async def export(
        self,
        interaction: discord.Interaction,
        fmt: Literal["csv", "jsonl"] = "csv",
        since: str | None = None,
        until: str | None = None,
        kinds: str | None = None,
        real_ids: bool = False,
        reason: str | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        await ensure_role(interaction, Role.ADMIN)  # the real check: default_permissions is only a hint
        lang = lang_of(interaction)
        query = ExportQuery(
            interaction.guild_id,
            ExportFormat(fmt),
            parse_day(since, end=False),
            parse_day(until, end=True),
            _kinds(kinds),
        )
        exports = services_of(self.bot).exports
        if not real_ids:
            await interaction.response.defer(ephemeral=True, thinking=True)
            outcome = await exports.export_parts(
                query, requested_by=interaction.user.id, max_bytes=attachment_limit(interaction.guild)
            )
            await send_export(interaction, outcome, lang)
            return
        if not (reason or "").strip():
            raise ReasonRequired()
        channel = await staff_channel(self.bot, interaction.guild_id)
        if channel is None:
            raise HavreError("governance.error_no_channel")
        request_id = await exports.request_real_ids(query, interaction.user.id, reason or "")
        request = await exports.request(interaction.guild_id, request_id)
        server_lang = await server_language(self.bot, interaction.guild_id)
        await send_to(
            channel,
            fit(_request_text(request, server_lang)),
            view=ExportDecision.request_view(("approve", "refuse"), request_id, server_lang),
            allowed_mentions=NO_PINGS,
        )
        mention = f"<#{getattr(channel, 'id', '')}>"
        await reply(interaction, t("governance.export_asked", lang, channel=mention))
