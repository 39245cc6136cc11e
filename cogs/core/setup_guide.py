"""``/setup start``: the guided set-up in one command (issue 13, point 9).

One ephemeral message that walks an admin through the steps, in their language: the kind of community,
the server's language, the channels, the staff roles (with the governance committee), and who can read the
private help spaces. Each step shows what is set now; a choice is saved at once (through ``SetupService``,
so it is in the governance log like ``/setup community``); "Skip" goes on without a change, "Back" goes
back, and ``/setup start`` can be run again at any time. After ten quiet minutes the message says kindly
that what was chosen is kept and how to go on.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable, Coroutine
from typing import Any

import discord

from bot.app import HavreBot
from bot.domain.i18n import MissingText, t
from cogs.core.common import NO_PINGS, Role, SafeView, ensure_role, fit, handle_interaction_error, lang_of
from cogs.core.setup_privacy import (
    create_private_help_channel,
    missing_for_private_channel,
    readers_text,
)

log = logging.getLogger(__name__)

STEPS = ("community", "language", "channels", "roles", "privacy", "done")
GUIDE_TIMEOUT = 600.0
Callback = Callable[[discord.Interaction], Coroutine[Any, Any, None]]


def _channel(value: int | None, lang: str) -> str:
    return t("setup.not_set", lang) if value is None else f"<#{value}>"


def _role(value: int | None, lang: str) -> str:
    return t("setup.not_set", lang) if value is None else f"<@&{value}>"


def _label(kind: str, value: str, lang: str) -> str:
    """A preset or language in words; a value set outside the guide (a policy file) as it is."""
    try:
        return t(f"setup.{kind}_{value}", lang)
    except MissingText:
        return discord.utils.escape_markdown(value)


class SetupGuide(SafeView):
    def __init__(
        self,
        bot: HavreBot,
        admin_id: int,
        guild: discord.Guild,
        lang: str,
        *,
        boot: str,
        step: int = 0,
        timeout: float | None = None,
    ) -> None:
        super().__init__(timeout=GUIDE_TIMEOUT if timeout is None else timeout)
        self.boot = boot  # this run of the bot: a click on a guide from before a restart is told apart
        self.bot = bot
        self.admin_id = admin_id
        self.guild = guild
        self.lang = lang
        self.step = step
        self.note = ""
        self.changed_here = False
        self.last: discord.Interaction | None = None
        self.created: discord.TextChannel | None = None  # the channel made here, before its event arrives

    # --- the view's life ------------------------------------------------------------------------------

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.admin_id:
            return False
        await ensure_role(interaction, Role.ADMIN)  # still an admin at every click
        self.last = interaction
        return True

    async def on_timeout(self) -> None:
        if self.last is None:
            return
        try:
            await self.last.edit_original_response(
                content=t("setup.guide_timeout", self.lang), view=None, allowed_mentions=NO_PINGS
            )
        except discord.HTTPException:
            log.info("setup guide: could not close the guide after its timeout")

    # --- drawing ------------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return STEPS[self.step]

    async def render(self) -> str:
        """The text of the current step, its components rebuilt."""
        row = await self.bot.services.guilds.load(self.guild.id)
        lang, name = self.lang, self.name
        self.clear_items()
        head = t("setup.guide_step", lang, number=self.step + 1, total=len(STEPS) - 1)
        if name == "community":
            body = t("setup.guide_community", lang, preset=_label("preset", row.preset, lang))
            self._string_select("preset", ("patient", "game"), row.preset)
        elif name == "language":
            body = t("setup.guide_language", lang, language=_label("language", row.language, lang))
            self._string_select("language", ("fr", "en"), row.language)
        elif name == "channels":
            body = t(
                "setup.guide_channels",
                lang,
                queue=_channel(row.mod_queue_channel_id, lang),
                help=_channel(row.help_channel_id, lang),
                governance=_channel(row.governance_channel_id, lang),
            )
            for key in ("mod_queue_channel_id", "help_channel_id", "governance_channel_id"):
                self._channel_select(key)
        elif name == "roles":
            body = t(
                "setup.guide_roles",
                lang,
                peer=_role(row.peer_role_id, lang),
                specialist=_role(row.specialist_role_id, lang),
                moderator=_role(row.moderator_role_id, lang),
                committee=_role(row.committee_role_id, lang),
            )
            for key in ("peer_role_id", "specialist_role_id", "moderator_role_id", "committee_role_id"):
                self._role_select(key)
        elif name == "privacy":
            help_channel = self.guild.get_channel(row.help_channel_id or 0)
            if help_channel is None and self.created is not None and self.created.id == row.help_channel_id:
                help_channel = self.created
            readers = readers_text(help_channel, lang)
            body = t("setup.guide_privacy", lang, readers=readers or t("setup.guide_no_help_channel", lang))
            made_here = self.created is not None and self.created.id == row.help_channel_id
            self._button(
                "create_help", discord.ButtonStyle.primary, self._on_create_help, row=0, disabled=made_here
            )
        else:
            head = t("setup.guide_done_title", lang)
            body = t(
                "setup.guide_done",
                lang,
                preset=_label("preset", row.preset, lang),
                language=_label("language", row.language, lang),
                queue=_channel(row.mod_queue_channel_id, lang),
                help=_channel(row.help_channel_id, lang),
                peer=_role(row.peer_role_id, lang),
                moderator=_role(row.moderator_role_id, lang),
                committee=_role(row.committee_role_id, lang),
            )
        self._navigation()
        note = f"\n\n{self.note}" if self.note else ""
        return fit(f"**{head}**\n{body}{note}")

    def _string_select(self, key: str, values: tuple[str, ...], current: str) -> None:
        select: discord.ui.Select[SetupGuide] = discord.ui.Select(
            custom_id=f"setup:guide:{self.boot}:{key}",
            placeholder=t(f"setup.guide_pick_{key}", self.lang),
            options=[
                discord.SelectOption(
                    label=t(f"setup.{key}_{value}", self.lang), value=value, default=value == current
                )
                for value in values
            ],
            row=0,
        )

        async def chosen(interaction: discord.Interaction) -> None:
            await self._save(interaction, **{key: select.values[0]})

        select.callback = chosen  # type: ignore[method-assign]
        self.add_item(select)

    def _channel_select(self, key: str) -> None:
        select: discord.ui.ChannelSelect[SetupGuide] = discord.ui.ChannelSelect(
            custom_id=f"setup:guide:{self.boot}:{key}",
            placeholder=t(f"setup.guide_pick_{key}", self.lang),
            channel_types=[discord.ChannelType.text],
        )

        async def chosen(interaction: discord.Interaction) -> None:
            await self._save(interaction, **{key: select.values[0].id})

        select.callback = chosen  # type: ignore[method-assign]
        self.add_item(select)

    def _role_select(self, key: str) -> None:
        select: discord.ui.RoleSelect[SetupGuide] = discord.ui.RoleSelect(
            custom_id=f"setup:guide:{self.boot}:{key}", placeholder=t(f"setup.guide_pick_{key}", self.lang)
        )

        async def chosen(interaction: discord.Interaction) -> None:
            await self._save(interaction, **{key: select.values[0].id})

        select.callback = chosen  # type: ignore[method-assign]
        self.add_item(select)

    def _button(
        self,
        key: str,
        style: discord.ButtonStyle,
        callback: Callback,
        *,
        row: int = 4,
        disabled: bool = False,
    ) -> None:
        button: discord.ui.Button[SetupGuide] = discord.ui.Button(
            custom_id=f"setup:guide:{self.boot}:{key}",
            label=t(f"setup.guide_button_{key}", self.lang),
            style=style,
            row=row,
            disabled=disabled,
        )
        button.callback = callback  # type: ignore[method-assign,assignment]
        self.add_item(button)

    def _navigation(self) -> None:
        if self.name == "done":
            self._button("again", discord.ButtonStyle.secondary, self._on_again)
            return
        self._button("back", discord.ButtonStyle.secondary, self._on_back, disabled=self.step == 0)
        if self.changed_here:
            self._button("next", discord.ButtonStyle.success, self._on_next)
        else:
            self._button("skip", discord.ButtonStyle.secondary, self._on_next)
        self._button("finish", discord.ButtonStyle.secondary, self._on_finish)

    async def redraw(self, interaction: discord.Interaction) -> None:
        text = await self.render()
        await interaction.response.edit_message(content=text, view=self, allowed_mentions=NO_PINGS)

    def _go(self, step: int) -> None:
        self.step = max(0, min(step, len(STEPS) - 1))
        self.note = ""
        self.changed_here = False

    # --- what the admin does ------------------------------------------------------------------------

    async def _save(self, interaction: discord.Interaction, **changes: object) -> None:
        result = await self.bot.services.setup.change(self.guild.id, interaction.user.id, **changes)
        if not result.changed:
            self.note = t("setup.nothing", self.lang)
        elif "preset" in result.changed:
            self.note = t("setup.guide_saved_rules", self.lang, version=result.policy_version)
        else:
            self.note = t("setup.guide_saved", self.lang)
        self.changed_here = self.changed_here or bool(result.changed)
        await self.redraw(interaction)

    async def _on_back(self, interaction: discord.Interaction) -> None:
        self._go(self.step - 1)
        await self.redraw(interaction)

    async def _on_next(self, interaction: discord.Interaction) -> None:
        self._go(self.step + 1)
        await self.redraw(interaction)

    async def _on_finish(self, interaction: discord.Interaction) -> None:
        self._go(len(STEPS) - 1)
        await self.redraw(interaction)

    async def _on_again(self, interaction: discord.Interaction) -> None:
        self._go(0)
        await self.redraw(interaction)

    async def _on_create_help(self, interaction: discord.Interaction) -> None:
        lang = self.lang
        missing = missing_for_private_channel(self.guild)
        if missing:
            names = ", ".join(t(f"setup.permission_{p}", lang) for p in missing)
            self.note = t("setup.create_help_missing", lang, permissions=names)
            await self.redraw(interaction)
            return
        row = await self.bot.services.guilds.load(self.guild.id)
        team = [r for r in (row.peer_role_id, row.specialist_role_id) if r is not None]
        try:
            channel = await create_private_help_channel(
                self.guild,
                team,
                name=t("setup.help_channel_name", lang),
                topic=t("setup.help_channel_topic", lang),
                reason=t("setup.help_channel_reason", lang),
            )
        except discord.HTTPException:
            log.info("setup guide: Discord refused to create the private help channel")
            self.note = t("setup.create_help_failed", lang)
            await self.redraw(interaction)
            return
        self.created = channel
        await self.bot.services.setup.change(self.guild.id, interaction.user.id, help_channel_id=channel.id)
        self.changed_here = True
        self.note = t("setup.create_help_done", lang, channel=channel.mention) + (
            "" if team else "\n" + t("setup.create_help_no_team", lang)
        )
        await self.redraw(interaction)


# The step a component belongs to, to resume there after a restart.
_STEP_OF = {
    "preset": 0,
    "language": 1,
    "mod_queue_channel_id": 2,
    "help_channel_id": 2,
    "governance_channel_id": 2,
    "peer_role_id": 3,
    "specialist_role_id": 3,
    "moderator_role_id": 3,
    "committee_role_id": 3,
    "create_help": 4,
}


class StaleGuideItem(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"setup:guide:(?P<boot>[0-9a-f]+):(?P<key>\w+)"
):
    """A click on a guide the bot no longer holds in memory (it restarted since): nothing that click asked
    is done; the same message shows the guide again, at that step, on the saved values, with a word on
    why. A click on a live guide (this run's ``boot``) is left to the guide itself."""

    def __init__(self, item: discord.ui.Item[Any], boot: str, key: str) -> None:
        super().__init__(item)  # type: ignore[arg-type]
        self.boot, self.key = boot, key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> StaleGuideItem:
        return cls(item, match["boot"], match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        if not isinstance(client, HavreBot) or self.boot == boot_of(client) or interaction.guild is None:
            return
        try:
            await self._resume(interaction, client, interaction.guild)
        except Exception as error:
            await handle_interaction_error(interaction, error)

    async def _resume(self, interaction: discord.Interaction, client: HavreBot, guild: discord.Guild) -> None:
        await ensure_role(interaction, Role.ADMIN)
        lang = lang_of(interaction)
        guide = SetupGuide(
            client,
            interaction.user.id,
            guild,
            lang,
            boot=boot_of(client),
            step=_STEP_OF.get(self.key, 0),
        )
        guide.last = interaction
        guide.note = t("setup.guide_resumed", lang)
        await guide.redraw(interaction)


def boot_of(bot: HavreBot) -> str:
    """This run's mark, kept on the bot (a restart builds a new bot, hence a new mark)."""
    boot = getattr(bot, "_setup_guide_boot", None)
    if boot is None:
        boot = secrets.token_hex(4)
        bot._setup_guide_boot = boot  # type: ignore[attr-defined]
    return str(boot)
