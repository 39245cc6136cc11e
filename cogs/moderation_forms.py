"""Moderation forms whose state lives in their custom id, so a submit is answered even after a restart.

discord.py keeps a sent modal in memory and drops a submit it does not know: a member who opened the
appeal form before a deploy and sent it after would get no answer, and lose what they wrote. Here the
forms are sent *unstored* (``send_form``) and every submit is answered by one listener that reads
everything it needs from the custom id and the submitted fields:

- ``mod:appeal-form:<case>`` — a member's appeal (field ``reason``);
- ``mod:appeal-reply:<appeal>:<grant|deny>`` — a moderator's decision on an appeal (field ``reply``).

If recording an appeal fails unexpectedly, the reply gives the member their own words back, so nothing
they wrote is lost.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

import discord
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import t
from bot.services.errors import HavreError
from bot.services.moderation import ModerationService
from cogs._common import handle_interaction_error, lang_of, reply

log = logging.getLogger(__name__)

FORM = re.compile(r"mod:(?P<kind>appeal-form|appeal-reply):(?P<id>[0-9]{1,19})(?::(?P<choice>grant|deny))?")


def appeal_form_id(case_id: int) -> str:
    return f"mod:appeal-form:{int(case_id)}"


def appeal_reply_id(appeal_id: int, grant: bool) -> str:
    return f"mod:appeal-reply:{int(appeal_id)}:{'grant' if grant else 'deny'}"


def field_values(components: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The submitted text fields by custom id, in action rows (legacy) or labels (type 18)."""
    values: dict[str, str] = {}
    for component in components:
        if "custom_id" in component and isinstance(component.get("value"), str):
            values[str(component["custom_id"])] = component["value"]
        inner = component.get("component")
        if isinstance(inner, Mapping):
            values.update(field_values([inner]))
        values.update(field_values(component.get("components") or []))
    return values


async def send_form(interaction: discord.Interaction, modal: discord.ui.Modal) -> None:
    """Show ``modal`` without keeping it in memory: its submit goes to ``ModerationForms``."""
    modal.stop()  # a finished modal is not stored by discord.py, so no in-memory handler competes
    await interaction.response.send_modal(modal)


class ModerationForms(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot

    @property
    def service(self) -> ModerationService:
        return self.bot.ctx.services["moderation"]  # type: ignore[no-any-return]

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        data: Mapping[str, Any] = interaction.data or {}  # type: ignore[assignment]
        match = FORM.fullmatch(str(data.get("custom_id", "")))
        if match is None:
            return
        values = field_values(data.get("components") or [])
        ident = int(match["id"])
        try:
            if match["kind"] == "appeal-form":
                await self._appeal(interaction, ident, values.get("reason", ""))
            else:
                await self._decide(interaction, ident, match["choice"] == "grant", values.get("reply", ""))
        except Exception as exc:
            await handle_interaction_error(interaction, exc)

    async def _appeal(self, interaction: discord.Interaction, case_id: int, text: str) -> None:
        lang = lang_of(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            opened = await self.service.appeals.open(case_id, interaction.user.id, text, lang)
        except HavreError:
            raise
        except Exception:
            log.exception("appeal on case %s could not be recorded", case_id)
            kept = safe_excerpt(text, 1500, single_line=False) or "—"
            await reply(interaction, t("moderation.error.appeal_kept", lang, text=kept))
            return
        await reply(interaction, opened.text)

    async def _decide(self, interaction: discord.Interaction, appeal_id: int, grant: bool, text: str) -> None:
        from cogs.moderation_views import ensure_moderator  # views import this module

        await ensure_moderator(interaction)
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        decided = await self.service.appeals.decide(
            appeal_id, interaction.guild_id, interaction.user.id, granted=grant, reply=text
        )
        lang = lang_of(interaction)
        key = "moderation.reply.appeal_granted" if decided.granted else "moderation.reply.appeal_denied"
        delivery = t(f"moderation.reply.dm_{decided.reply_status.value}", lang)
        await reply(interaction, t(key, lang, id=appeal_id, case=decided.case.id, delivery=delivery))
