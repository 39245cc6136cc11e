"""Governance in Discord: /report, the monthly trust report, retention, and the governance cogs.

The feature is split by concern: ``governance_audit`` (/audit), ``governance_modlog`` (/modlog export),
``governance_privacy`` (/privacy); this module loads them, posts reports and schedules the jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import t
from bot.services.governance.period import Period
from bot.services.governance.report import ReportBundle
from bot.services.guilds import GuildService
from cogs.core.common import Role, ensure_role, lang_of
from cogs.governance.audit import Audit, RateButton
from cogs.governance.common import (
    MAX_FILES_PER_MESSAGE,
    channel_by_id,
    send_to,
    services_of,
    to_files,
)
from cogs.governance.modlog import ExportDecision, Modlog
from cogs.governance.privacy import EraseAsk, EraseDecision, Privacy

log = logging.getLogger(__name__)


def report_files(bundle: ReportBundle) -> list[discord.File]:
    """The chart PNGs and the HTML page (the summary is the message itself)."""
    named = [(name, content) for name, content in bundle.files() if name != "summary.txt"]
    return to_files(named[:MAX_FILES_PER_MESSAGE])


async def post_report(client: discord.Client, channel_id: int, bundle: ReportBundle) -> discord.Message:
    channel = await channel_by_id(client, channel_id)
    if channel is None:
        raise LookupError(f"governance channel {channel_id} cannot be reached")
    return await send_to(channel, bundle.summary, files=report_files(bundle))


def _guarded(name: str, job: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        try:
            await job()
        except Exception:
            log.exception("governance job %s failed; it runs again at its next time", name)

    return run


class Reports(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot

    @app_commands.command(name="report", description=_("The trust report for a period (admins)"))
    @app_commands.describe(
        period=_("a month such as 2026-10, or days 2026-10-01..2026-10-15 (default: this month so far)"),
        here=_("show it only to you instead of posting it in the governance channel"),
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def report(
        self, interaction: discord.Interaction, period: str | None = None, here: bool = False
    ) -> None:
        assert interaction.guild_id is not None
        await ensure_role(interaction, Role.ADMIN)  # the real check: default_permissions is only a hint
        lang = lang_of(interaction)
        chosen = Period.parse(period) if period else Period.month_of(self.bot.ctx.clock.now())
        await interaction.response.defer(ephemeral=True, thinking=True)
        guilds: GuildService = self.bot.services.guilds
        channel_id = (await guilds.load(interaction.guild_id)).governance_channel_id
        reports = services_of(self.bot).reports
        if here or channel_id is None:
            bundle = await reports.build(interaction.guild_id, chosen, lang)
            await interaction.followup.send(bundle.summary, files=report_files(bundle), ephemeral=True)
            return
        bundle = await reports.build(interaction.guild_id, chosen)
        await post_report(self.bot, channel_id, bundle)
        text = t("governance.report_posted", lang, period=bundle.period.label, channel=f"<#{channel_id}>")
        await interaction.followup.send(text, ephemeral=True)


async def setup(bot: HavreBot) -> None:
    services = services_of(bot)
    for cog in (Reports(bot), Audit(bot), Modlog(bot), Privacy(bot)):
        await bot.add_cog(cog)
    bot.add_dynamic_items(RateButton, ExportDecision, EraseAsk, EraseDecision)

    async def publish(guild_id: int, channel_id: int, bundle: ReportBundle) -> None:
        await post_report(bot, channel_id, bundle)

    services.monthly.publisher = publish
    # Daily: the job claims last month's report once per server (so a bot down on the 1st catches up).
    bot.scheduler.add_cron(
        "governance:monthly_report", _guarded("monthly_report", services.monthly.run), hour=6
    )
    bot.scheduler.add_cron("governance:retention", _guarded("retention", services.retention.purge), hour=3)


async def teardown(bot: HavreBot) -> None:
    services_of(bot).monthly.publisher = None
    bot.remove_dynamic_items(RateButton, ExportDecision, EraseAsk, EraseDecision)
