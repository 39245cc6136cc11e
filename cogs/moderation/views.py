"""Moderation buttons and forms: the persistent ``ModButton`` (every ``mod:<action>:<id>[:<choice>]``
button, registered with ``bot.add_dynamic_items`` so it survives restarts) and the modals it opens.

Members press "I understand", "Appeal" and "Was this clear?"; moderators press "Apply"/"No action" on
review cards and "Grant"/"Deny" on appeal cards — those check the presser's real permissions first.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord import app_commands

from bot.domain.i18n import t
from bot.services.errors import NotAllowed
from bot.services.moderation import ModerationService
from bot.services.moderation.custom_ids import PATTERN, ButtonAction, ParsedId, parse
from cogs.core.common import (
    Role,
    SafeModal,
    handle_interaction_error,
    lang_of,
    reply,
    services_of,
    staff_refusal,
)
from cogs.moderation.forms import appeal_form_id, appeal_reply_id, send_form
from cogs.moderation.replies import outcome_text, rule_titles

log = logging.getLogger(__name__)


def service_of(interaction: discord.Interaction[Any]) -> ModerationService:
    return services_of(interaction).moderation


class ModeratorOnly(app_commands.CheckFailure, NotAllowed):
    """Refused: not a moderator. A check failure for discord.py (so the tree's error handler answers it),
    and a ``NotAllowed`` for the handler (so the member reads why, in their language)."""

    def __init__(self, key: str | None = None, /, **fields: object) -> None:
        NotAllowed.__init__(self, key, **fields)


async def ensure_moderator(interaction: discord.Interaction) -> bool:
    """The invoker's real permissions and the server's configured moderator role, checked every time."""
    refusal = await staff_refusal(interaction, Role.MODERATOR)
    if refusal is not None:
        raise ModeratorOnly(refusal.key, **refusal.fields)
    return True


class ModButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PATTERN):
    def __init__(self, item: discord.ui.Button[Any], *, row: int | None = None) -> None:
        super().__init__(item, row=row)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ModButton:
        assert isinstance(item, discord.ui.Button)
        return cls(item)

    async def callback(self, interaction: discord.Interaction) -> None:
        parsed = parse(self.item.custom_id or "")
        if parsed is None:
            return
        try:
            await _ROUTES[parsed.action](interaction, parsed)
        except Exception as exc:  # one place turns errors into a calm, private reply
            await handle_interaction_error(interaction, exc)


# -- members --------------------------------------------------------------------------------------


async def _ack(interaction: discord.Interaction, parsed: ParsedId) -> None:
    result = await service_of(interaction).members.acknowledge(
        parsed.id, interaction.user.id, lang_of(interaction)
    )
    await reply(interaction, result.text)


async def _clear(interaction: discord.Interaction, parsed: ParsedId) -> None:
    text = await service_of(interaction).members.clarity(
        parsed.id, interaction.user.id, parsed.choice == "yes", lang_of(interaction)
    )
    await reply(interaction, text)


async def _details(interaction: discord.Interaction, parsed: ParsedId) -> None:
    text = await service_of(interaction).members.details(parsed.id, interaction.user.id, lang_of(interaction))
    await reply(interaction, text)


async def _appeal(interaction: discord.Interaction, parsed: ParsedId) -> None:
    service = service_of(interaction)
    case = await service.appeals.check(parsed.id, interaction.user.id)
    _settings, policy = await service.store.policy_for(case.guild_id)
    await send_form(interaction, AppealModal(service, parsed.id, policy.member_voice(lang_of(interaction))))


class AppealModal(SafeModal):
    """The appeal form. Its submit is answered by ``cogs.moderation.forms`` from the custom id alone."""

    def __init__(self, service: ModerationService, case_id: int, lang: str) -> None:
        super().__init__(
            title=t("moderation.form.appeal_title", lang)[:45], custom_id=appeal_form_id(case_id)
        )
        self.service = service
        self.case_id = case_id
        self.reason: discord.ui.TextInput[AppealModal] = discord.ui.TextInput(
            label=t("moderation.form.appeal_label", lang)[:45],
            placeholder=t("moderation.form.appeal_placeholder", lang)[:100],
            style=discord.TextStyle.paragraph,
            custom_id="reason",
            max_length=1500,
        )
        self.add_item(self.reason)


# -- moderators -----------------------------------------------------------------------------------


def _name(interaction: discord.Interaction) -> str:
    user = interaction.user
    return getattr(user, "display_name", None) or user.name


async def _review(interaction: discord.Interaction, parsed: ParsedId) -> None:
    await ensure_moderator(interaction)
    assert interaction.guild_id is not None
    await interaction.response.defer(ephemeral=True, thinking=True)
    lang = lang_of(interaction)
    _, outcome = await service_of(interaction).moderators.resolve_review(
        parsed.id,
        interaction.guild_id,
        interaction.user.id,
        apply=parsed.choice == "apply",
        moderator_name=_name(interaction),
    )
    if outcome is None:
        await reply(interaction, t("moderation.reply.review_dismissed", lang, id=parsed.id))
    else:
        _settings, policy = await service_of(interaction).store.policy_for(interaction.guild_id)
        await reply(interaction, outcome_text(outcome, lang, rule_titles(policy, lang)))


async def _appeal_decide(interaction: discord.Interaction, parsed: ParsedId) -> None:
    await ensure_moderator(interaction)
    lang = lang_of(interaction)
    await send_form(
        interaction, AppealDecisionModal(service_of(interaction), parsed.id, parsed.choice == "grant", lang)
    )


class AppealDecisionModal(SafeModal):
    """Grant or keep: the choice is in the custom id, and ``cogs.moderation.forms`` answers the submit."""

    def __init__(self, service: ModerationService, appeal_id: int, grant: bool, lang: str) -> None:
        key = "moderation.form.grant_title" if grant else "moderation.form.deny_title"
        super().__init__(title=t(key, lang, id=appeal_id)[:45], custom_id=appeal_reply_id(appeal_id, grant))
        self.service = service
        self.appeal_id = appeal_id
        self.grant = grant
        self.answer: discord.ui.TextInput[AppealDecisionModal] = discord.ui.TextInput(
            label=t("moderation.form.reply_label", lang)[:45],
            placeholder=t("moderation.form.reply_placeholder", lang)[:100],
            style=discord.TextStyle.paragraph,
            custom_id="reply",
            required=False,
            max_length=1500,
        )
        self.add_item(self.answer)


_ROUTES = {
    ButtonAction.ACK: _ack,
    ButtonAction.CLEAR: _clear,
    ButtonAction.APPEAL: _appeal,
    ButtonAction.DETAILS: _details,
    ButtonAction.REVIEW: _review,
    ButtonAction.APPEAL_DECIDE: _appeal_decide,
}
