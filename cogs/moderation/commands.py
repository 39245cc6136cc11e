"""Moderators' slash commands and the "Moderate this message" context menu.

``default_permissions`` only hides a command in Discord's interface (a server can override it): every
command here also runs ``require(Role.MODERATOR)``, which checks the invoker's real permissions and the
server's configured moderator role on each use. Each action takes a rule from the policy, so the member
receives the same explanation as for an automatic action; the ``note`` stays internal.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.durations import duration_code, format_duration, parse_duration
from bot.domain.i18n import t
from bot.domain.policy.models import Action, Policy
from bot.services.errors import InvalidInput
from bot.services.moderation import ModerationService, ModeratorRequest
from bot.services.moderation.moderators import Ended
from cogs.core.common import Role, SafeModal, lang_of, reply, require
from cogs.moderation.forms import message_form_id, send_form
from cogs.moderation.replies import appeals_text, case_detail, history_text, outcome_text, rule_titles
from cogs.moderation.views import ensure_moderator

MOD_PERMISSIONS = discord.Permissions(moderate_members=True)
NOTE = _("internal note for moderators (never shown to the member)")
RULE = _("the published rule this is about")


async def rule_choices(
    interaction: discord.Interaction[HavreBot], current: str
) -> list[app_commands.Choice[str]]:
    if interaction.guild_id is None:
        return []
    service = interaction.client.services.moderation
    _row, policy = await service.store.policy_for(interaction.guild_id)
    lang = lang_of(interaction)
    wanted = current.casefold()
    choices = []
    for rule in policy.enabled_rules:
        title = policy.text(rule.title, lang)
        if wanted in rule.id or wanted in title.casefold():
            choices.append(app_commands.Choice(name=f"{title} ({rule.id})"[:100], value=rule.id))
    return choices[:25]


def _duration(value: str | None, lang: str) -> timedelta | None:
    if value is None or not value.strip():
        return None
    try:
        parsed = parse_duration(value)
    except ValueError as exc:
        raise InvalidInput(reason=t("moderation.error.duration", lang, value=value[:20])) from exc
    return parsed if parsed > timedelta(0) else None


def _name(user: discord.abc.User) -> str:
    return getattr(user, "display_name", None) or user.name


class ModerationCommands(commands.Cog):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Moderate this message", callback=moderate_message)
        self.menu.guild_only = True
        self.menu.default_permissions = MOD_PERMISSIONS

    @property
    def service(self) -> ModerationService:
        return self.bot.services.moderation

    async def _titles(self, interaction: discord.Interaction) -> dict[str, str]:
        assert interaction.guild_id is not None
        _settings, policy = await self.service.store.policy_for(interaction.guild_id)
        return rule_titles(policy, lang_of(interaction))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Runs before each command's own ``require`` check and answers non-moderators calmly: every
        # command of this cog is for moderators, whatever a server's permission overrides say.
        return await ensure_moderator(interaction)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def _lift(
        self,
        interaction: discord.Interaction,
        user: discord.abc.User,
        lift: Callable[[int, int, int, str], Awaitable[Ended]],
        what: str,
        note: str | None,
    ) -> None:
        """End a timeout or a ban (``what``: "untimeout" or "unban") and say how it went."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        ended = await lift(interaction.guild_id, interaction.user.id, user.id, note or "")
        key = f"moderation.reply.{what}" if ended.discord_ok else "moderation.reply.failed"
        await reply(interaction, t(key, lang_of(interaction), member=user.mention, errors=ended.error))

    async def _act(
        self,
        interaction: discord.Interaction,
        member: discord.abc.User,
        action: Action,
        rule: str,
        note: str | None,
        duration: timedelta | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcome = await self.service.moderators.moderate(
            ModeratorRequest(
                guild_id=interaction.guild_id,
                moderator_id=interaction.user.id,
                target_id=member.id,
                action=action,
                rule_id=rule,
                duration=duration,
                note=note or "",
                notice_channel_id=interaction.channel_id,
                moderator_name=_name(interaction.user),
            )
        )
        await reply(interaction, outcome_text(outcome, lang_of(interaction), await self._titles(interaction)))

    @app_commands.command(name="warn", description=_("Warn a member under a rule (they get the explanation)"))
    @app_commands.describe(member=_("who"), rule=RULE, note=NOTE)
    @app_commands.autocomplete(rule=rule_choices)
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def warn(
        self, interaction: discord.Interaction, member: discord.Member, rule: str, note: str | None = None
    ) -> None:
        await self._act(interaction, member, Action.WARN, rule, note)

    @app_commands.command(
        name="timeout", description=_("Pause a member's messages (Discord's native timeout)")
    )
    @app_commands.describe(
        member=_("who"), duration=_("how long, e.g. 10m, 1h, 24h, 7d"), rule=RULE, note=NOTE
    )
    @app_commands.autocomplete(rule=rule_choices)
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def timeout_(
        self,
        interaction: discord.Interaction,
        member: discord.Member,
        duration: str,
        rule: str,
        note: str | None = None,
    ) -> None:
        span = _duration(duration, lang_of(interaction))
        if span is None:
            raise InvalidInput(
                reason=t("moderation.error.duration", lang_of(interaction), value=duration[:20])
            )
        await self._act(interaction, member, Action.TIMEOUT, rule, note, span)

    @app_commands.command(name="untimeout", description=_("End a member's timeout now"))
    @app_commands.describe(member=_("who"), note=NOTE)
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def untimeout(
        self, interaction: discord.Interaction, member: discord.Member, note: str | None = None
    ) -> None:
        await self._lift(interaction, member, self.service.moderators.untimeout, "untimeout", note)

    @app_commands.command(name="kick", description=_("Remove a member from the server under a rule"))
    @app_commands.describe(member=_("who"), rule=RULE, note=NOTE)
    @app_commands.autocomplete(rule=rule_choices)
    @app_commands.guild_only()
    @app_commands.default_permissions(kick_members=True)
    @require(Role.MODERATOR)
    async def kick(
        self, interaction: discord.Interaction, member: discord.Member, rule: str, note: str | None = None
    ) -> None:
        await self._act(interaction, member, Action.KICK, rule, note)

    @app_commands.command(name="ban", description=_("Ban a member under a rule, for good or for a while"))
    @app_commands.describe(
        member=_("who"), rule=RULE, duration=_("optional: a temporary ban, e.g. 7d"), note=NOTE
    )
    @app_commands.autocomplete(rule=rule_choices)
    @app_commands.guild_only()
    @app_commands.default_permissions(ban_members=True)
    @require(Role.MODERATOR)
    async def ban(
        self,
        interaction: discord.Interaction,
        member: discord.User,
        rule: str,
        duration: str | None = None,
        note: str | None = None,
    ) -> None:
        await self._act(
            interaction, member, Action.BAN, rule, note, _duration(duration, lang_of(interaction))
        )

    @app_commands.command(name="unban", description=_("Lift a ban"))
    @app_commands.describe(user=_("who"), note=NOTE)
    @app_commands.guild_only()
    @app_commands.default_permissions(ban_members=True)
    @require(Role.MODERATOR)
    async def unban(
        self, interaction: discord.Interaction, user: discord.User, note: str | None = None
    ) -> None:
        await self._lift(interaction, user, self.service.moderators.unban, "unban", note)

    @app_commands.command(name="pardon", description=_("Remove the strike of a case from a member's record"))
    @app_commands.describe(case=_("the case number"), note=NOTE)
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def pardon(self, interaction: discord.Interaction, case: int, note: str | None = None) -> None:
        assert interaction.guild_id is not None
        record = await self.service.moderators.pardon(
            interaction.guild_id, interaction.user.id, case, note or ""
        )
        await reply(
            interaction,
            t("moderation.reply.pardoned", lang_of(interaction), id=record.id, member=f"<@{record.user_id}>"),
        )

    @app_commands.command(name="case", description=_("Show one moderation case"))
    @app_commands.describe(id=_("the case number"))
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def case(self, interaction: discord.Interaction, id: int) -> None:
        assert interaction.guild_id is not None
        seen = await self.service.moderators.view_case(interaction.guild_id, interaction.user.id, id)
        text = case_detail(
            seen.record,
            lang_of(interaction),
            excerpt=seen.excerpt,
            note=seen.note,
            appeals=list(seen.appeals),
            titles=await self._titles(interaction),
        )
        await reply(interaction, text)

    @app_commands.command(name="history", description=_("A member's moderation history"))
    @app_commands.describe(member=_("who"))
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def history(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        cases = await self.service.store.cases_of(interaction.guild_id, member.id, limit=25)
        titles = await self._titles(interaction)
        await reply(interaction, history_text(member.id, cases, lang_of(interaction), titles))

    @app_commands.command(name="appeals", description=_("Appeals waiting for a decision"))
    @app_commands.guild_only()
    @app_commands.default_permissions(moderate_members=True)
    @require(Role.MODERATOR)
    async def appeals(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        settings = await self.service.store.settings(interaction.guild_id)
        waiting = await self.service.store.appeals(interaction.guild_id)
        text = appeals_text(
            waiting, interaction.guild_id, settings.mod_queue_channel_id, lang_of(interaction)
        )
        await reply(interaction, text)


# -- "Moderate this message" ----------------------------------------------------------------------


def action_options(policy: Policy, lang: str) -> list[tuple[str, str]]:
    """(value, label) pairs: hide, warn, the timeouts the policy's ladders use, kick, ban."""
    durations = sorted(
        {
            step.duration
            for rule in policy.enabled_rules
            for step in rule.ladder
            if step.duration and (step.proposed or step.action) is Action.TIMEOUT
        }
    )
    options = [(a.value, t(f"moderation.action.{a.value}", lang)) for a in (Action.HIDE, Action.WARN)]
    for span in durations:
        label = f"{t('moderation.action.timeout', lang)} ({format_duration(span, lang)})"
        options.append((f"timeout:{duration_code(span)}", label))
    options += [(a.value, t(f"moderation.action.{a.value}", lang)) for a in (Action.KICK, Action.BAN)]
    return options


class ModerateMessageModal(SafeModal):
    def __init__(
        self, service: ModerationService, message: discord.Message, policy: Policy, lang: str
    ) -> None:
        super().__init__(
            title=t("moderation.form.message_title", lang)[:45],
            custom_id=message_form_id(message.channel.id, message.id, message.author.id),
        )
        self.service = service
        self.message = message
        self.rule: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="rule",
            options=[
                discord.SelectOption(label=policy.text(r.title, lang)[:100], value=r.id)
                for r in policy.enabled_rules[:25]
            ],
        )
        self.action: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="action",
            options=[
                discord.SelectOption(label=label[:100], value=value)
                for value, label in action_options(policy, lang)
            ],
        )
        self.note: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="note", style=discord.TextStyle.paragraph, required=False, max_length=1000
        )
        self.add_item(discord.ui.Label(text=t("moderation.form.rule_label", lang)[:45], component=self.rule))
        self.add_item(
            discord.ui.Label(text=t("moderation.form.action_label", lang)[:45], component=self.action)
        )
        self.add_item(discord.ui.Label(text=t("moderation.form.note_label", lang)[:45], component=self.note))


@require(Role.MODERATOR)
async def moderate_message(interaction: discord.Interaction[HavreBot], message: discord.Message) -> None:
    assert interaction.guild_id is not None
    service = interaction.client.services.moderation
    _row, policy = await service.store.policy_for(interaction.guild_id)
    # Sent unstored: ``cogs.moderation.forms`` answers the submit from the custom id, even after a restart.
    await send_form(interaction, ModerateMessageModal(service, message, policy, lang_of(interaction)))
