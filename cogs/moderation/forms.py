"""Moderation forms whose state lives in their custom id, so a submit is answered even after a restart.

discord.py keeps a sent modal in memory and drops a submit it does not know: a member who opened the
appeal form before a deploy and sent it after would get no answer, and lose what they wrote. Here the
forms are sent *unstored* (``send_form``) and every submit is answered by one listener that reads
everything it needs from the custom id and the submitted fields:

- ``mod:appeal-form:<case>`` — a member's appeal (field ``reason``);
- ``mod:appeal-reply:<appeal>:<grant|deny>`` — a moderator's decision on an appeal (field ``reply``);
- ``mod:message-form:<channel>:<message>:<author>`` — "Moderate this message" (selects ``rule`` and
  ``action``, field ``note``); the message's text is fetched again for the excerpt (empty if it is gone).

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
from bot.domain.durations import parse_duration
from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import t
from bot.domain.policy.models import Action
from bot.services.errors import HavreError, InvalidInput
from bot.services.moderation import ModerationService, ModeratorRequest
from cogs.core.common import handle_interaction_error, lang_of, reply
from cogs.moderation.replies import outcome_text, rule_titles

log = logging.getLogger(__name__)

FORM = re.compile(r"mod:(?P<kind>appeal-form|appeal-reply):(?P<id>[0-9]{1,19})(?::(?P<choice>grant|deny))?")
MESSAGE_FORM = re.compile(
    r"mod:message-form:(?P<channel>[0-9]{1,19}):(?P<message>[0-9]{1,19}):(?P<author>[0-9]{1,19})"
)


def appeal_form_id(case_id: int) -> str:
    return f"mod:appeal-form:{int(case_id)}"


def appeal_reply_id(appeal_id: int, grant: bool) -> str:
    return f"mod:appeal-reply:{int(appeal_id)}:{'grant' if grant else 'deny'}"


def message_form_id(channel_id: int, message_id: int, author_id: int) -> str:
    return f"mod:message-form:{int(channel_id)}:{int(message_id)}:{int(author_id)}"


def select_values(components: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """The submitted select menus' choices by custom id."""
    values: dict[str, list[str]] = {}
    for component in components:
        if "custom_id" in component and isinstance(component.get("values"), list):
            values[str(component["custom_id"])] = [str(v) for v in component["values"]]
        inner = component.get("component")
        if isinstance(inner, Mapping):
            values.update(select_values([inner]))
        values.update(select_values(component.get("components") or []))
    return values


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
        return self.bot.services.moderation

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        data: Mapping[str, Any] = interaction.data or {}
        custom_id = str(data.get("custom_id", ""))
        components = data.get("components") or []
        values = field_values(components)
        message_form = MESSAGE_FORM.fullmatch(custom_id)
        if message_form is not None:
            try:
                await self._moderate_message(
                    interaction,
                    int(message_form["channel"]),
                    int(message_form["message"]),
                    int(message_form["author"]),
                    select_values(components),
                    values.get("note", ""),
                )
            except Exception as exc:
                await handle_interaction_error(interaction, exc)
            return
        match = FORM.fullmatch(custom_id)
        if match is None:
            return
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
        from cogs.moderation.views import ensure_moderator  # views import this module

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

    async def _moderate_message(
        self,
        interaction: discord.Interaction,
        channel_id: int,
        message_id: int,
        author_id: int,
        selects: Mapping[str, list[str]],
        note: str,
    ) -> None:
        from cogs.moderation.views import ensure_moderator  # views import this module

        await ensure_moderator(interaction)
        assert interaction.guild_id is not None
        rule, action = (selects.get("rule") or [""])[0], (selects.get("action") or [""])[0]
        kind, _sep, code = action.partition(":")
        try:
            chosen = Action(kind)
            duration = parse_duration(code) if code else None
        except ValueError as exc:
            raise InvalidInput("moderation.error.action") from exc
        await interaction.response.defer(ephemeral=True, thinking=True)
        content = ""
        try:
            message = await self.bot.get_partial_messageable(channel_id).fetch_message(message_id)
            content = message.content
        except discord.HTTPException:
            log.info("moderated message %s is gone: no excerpt", message_id)
        user = interaction.user
        outcome = await self.service.moderators.moderate(
            ModeratorRequest(
                guild_id=interaction.guild_id,
                moderator_id=user.id,
                target_id=author_id,
                action=chosen,
                rule_id=rule,
                duration=duration,
                note=note,
                notice_channel_id=channel_id,
                channel_id=channel_id,
                message_id=message_id,
                excerpt=content,
                moderator_name=getattr(user, "display_name", None) or user.name,
            )
        )
        _settings, policy = await self.service.store.policy_for(outcome.case.guild_id)
        lang = lang_of(interaction)
        await reply(interaction, outcome_text(outcome, lang, rule_titles(policy, lang)))
