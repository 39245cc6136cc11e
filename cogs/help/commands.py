"""/ticket (claim, transfer, note, resolve, close, reopen) and /shift (start, end, who, the rota).

Thin adapters: the ticket rules (who may claim, the load cap, who may close) live in the domain and are
enforced by the services; only trained peer moderators (the configured peer role) can go on duty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.domain.help.rota import Rota, RotaError
from bot.domain.help.rota_parse import RotaParseError, parse_rota_text, parse_rota_toml
from bot.domain.help.tickets import Close, Reopen, Resolve, Transfer
from bot.domain.i18n import plural, t
from bot.services.errors import HavreError
from bot.services.governance.copies import TICKET_NOTE, record_copy
from bot.services.help import HelpServices
from bot.services.help.actors import is_trained
from bot.services.help.core import refused
from bot.services.help.types import GuildHelp
from cogs.core.common import Role, ensure_role, lang_of, reply, safe, stamp
from cogs.help.flows import HelpFlows

if TYPE_CHECKING:
    from bot.app import HavreBot

ROTA_FILE_MAX = 64 * 1024


class TicketCommands(commands.GroupCog, group_name="ticket", group_description="Work on a help request"):
    def __init__(self, bot: HavreBot, services: HelpServices, flows: HelpFlows) -> None:
        self.bot = bot
        self.help = services
        self.flows = flows
        super().__init__()

    @app_commands.command(name="claim", description=_("Take this help request"))
    @app_commands.guild_only()
    async def claim(self, interaction: discord.Interaction) -> None:
        from bot.domain.help.tickets import Claim

        ticket, _guild = await self.flows.ticket_in(interaction)
        await self.flows.act(interaction, ticket.id, Claim())

    @app_commands.command(name="transfer", description=_("Pass this request to another peer moderator"))
    @app_commands.describe(member=_("The trained peer moderator who will continue"))
    @app_commands.guild_only()
    async def transfer(self, interaction: discord.Interaction, member: discord.Member) -> None:
        ticket, guild = await self.flows.ticket_in(interaction)
        target = await self.flows.actor(guild, member)  # their rights on the ticket's own server
        await self.flows.act(interaction, ticket.id, Transfer(to=target))

    @app_commands.command(name="note", description=_("Add an internal note, for the team only"))
    @app_commands.describe(text=_("The note (encrypted; never shown to the member)"))
    @app_commands.guild_only()
    async def note(self, interaction: discord.Interaction, text: app_commands.Range[str, 1, 1500]) -> None:
        lang = lang_of(interaction)
        ticket, guild = await self.flows.ticket_in(interaction)
        actor = await self.flows.actor(guild, interaction.user)
        view, guild, _ref = await self.help.actions.note(ticket.id, actor, text)
        queue = await self.flows.desk.channel(guild.mod_queue_channel_id)
        posted = t(
            "help.note_posted",
            guild.language,
            ticket=f"<#{view.thread_id}>" if view.thread_id else f"#{view.id}",
            moderator=interaction.user.mention,
            text=safe(text),
        )
        sent = await self.flows.desk.send(queue, posted)
        if sent is not None:  # a copy of words about the member: erasing them deletes it (issue #15)
            ctx = self.flows.bot.ctx
            await record_copy(
                ctx.db, ctx.clock, guild.guild_id, view.requester_id, TICKET_NOTE, sent.channel.id, sent.id
            )
        await reply(interaction, t("help.note_saved", lang))

    @app_commands.command(name="resolve", description=_("Mark this request as resolved and send the recap"))
    @app_commands.describe(recap=_("A short recap for the member, in their language (optional)"))
    @app_commands.guild_only()
    async def resolve(
        self, interaction: discord.Interaction, recap: app_commands.Range[str, 1, 1500] | None = None
    ) -> None:
        # A crisis request needs the recap and then a confirmation: the domain says so, whatever the path
        # (this command, /ticket close, a Close button); ``flows.act`` then asks to confirm.
        ticket, _guild = await self.flows.ticket_in(interaction)
        await self.flows.act(interaction, ticket.id, Resolve(note=recap or ""))

    @app_commands.command(name="close", description=_("Close this help space"))
    @app_commands.describe(recap=_("A short recap for the member, in their language (optional)"))
    @app_commands.guild_only()
    async def close(
        self, interaction: discord.Interaction, recap: app_commands.Range[str, 1, 1500] | None = None
    ) -> None:
        ticket, _guild = await self.flows.ticket_in(interaction)
        await self.flows.act(interaction, ticket.id, Close(note=recap or ""))

    @app_commands.command(name="reopen", description=_("Reopen this help space"))
    @app_commands.guild_only()
    async def reopen(self, interaction: discord.Interaction) -> None:
        ticket, _guild = await self.flows.ticket_in(interaction)
        await self.flows.act(interaction, ticket.id, Reopen())

    @app_commands.command(name="transcript", description=_("Read a closed request's conversation (team)"))
    @app_commands.describe(number=_("The request's number, as in its space's name (default: this space)"))
    @app_commands.guild_only()
    async def transcript(
        self,
        interaction: discord.Interaction,
        number: app_commands.Range[int, 1, 2_000_000_000] | None = None,
    ) -> None:
        await self.flows.show_transcript(interaction, number)


class ShiftCommands(commands.GroupCog, group_name="shift", group_description="Peer moderator shifts"):
    def __init__(self, bot: HavreBot, services: HelpServices, flows: HelpFlows) -> None:
        self.bot = bot
        self.help = services
        self.flows = flows
        super().__init__()

    async def _settings(self, interaction: discord.Interaction) -> GuildHelp:
        if interaction.guild_id is None:
            raise HavreError("common.error_guild_only")
        return await self.help.shifts.settings(interaction.guild_id)

    @app_commands.command(name="start", description=_("Go on duty as a peer moderator"))
    @app_commands.guild_only()
    async def start(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        guild = await self._settings(interaction)
        roles = [r.id for r in getattr(interaction.user, "roles", [])]
        try:
            threads = await self.help.shifts.start(
                guild.guild_id, interaction.user.id, trained=is_trained(guild, roles)
            )
        except RotaError as error:
            raise refused(error) from None
        text = t("help.shift_started", lang, name=self.flows.name_of(interaction.user))
        if threads:
            text += "\n" + plural("help.shift_joined_waiting", lang, len(threads))
        await reply(interaction, text)
        for thread_id in threads:
            thread = await self.flows.desk.channel(thread_id)
            if isinstance(thread, discord.Thread):
                await self.flows.desk.add_members(thread, [interaction.user.id])

    @app_commands.command(name="end", description=_("End your shift"))
    @app_commands.guild_only()
    async def end(self, interaction: discord.Interaction) -> None:
        guild = await self._settings(interaction)
        try:
            await self.help.shifts.end(guild.guild_id, interaction.user.id)
        except RotaError as error:
            raise refused(error) from None
        await reply(
            interaction,
            t("help.shift_ended", lang_of(interaction), name=self.flows.name_of(interaction.user)),
        )

    @app_commands.command(name="who", description=_("Who is on duty right now"))
    @app_commands.guild_only()
    async def who(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        guild = await self._settings(interaction)
        on_duty = await self.help.shifts.who(guild.guild_id)
        if on_duty:
            text = t("help.who_answers", lang, moderators=", ".join(f"<@{u}>" for u in on_duty))
        else:
            text = t("help.who_answers_none", lang)
        await reply(interaction, text)

    # --- the weekly rota (admins) ---------------------------------------------------------------

    async def _save(
        self, interaction: discord.Interaction, rota: Rota, replace_for: list[int] | None
    ) -> None:
        lang = lang_of(interaction)
        guild = await self._settings(interaction)
        untrained = []
        for moderator_id in sorted(rota.moderators):
            member = await self.flows.member(guild.guild_id, moderator_id)
            if member is None or not is_trained(guild, [r.id for r in member.roles]):
                untrained.append(f"<@{moderator_id}>")
        if untrained:
            raise HavreError("help.rota_not_trained", members=", ".join(untrained))
        full = await self.help.shifts.set_rota(
            guild.guild_id, rota, actor_id=interaction.user.id, replace_for=replace_for
        )
        due = await self.help.shifts.next_change_at(guild.guild_id)
        peers = plural("help.rota_peers", lang, len(full.moderators))
        if due is not None:
            saved = plural("help.rota_saved", lang, len(full.entries), peers=peers, next=stamp(due, "F"))
        else:
            saved = plural("help.rota_saved_no_next", lang, len(full.entries), peers=peers)
        await reply(interaction, saved)

    @app_commands.command(
        name="rota-set", description=_("Replace the weekly rota from a file (TOML or lines)")
    )
    @app_commands.describe(file=_("A .toml rota, or lines: <user id> <days> <HH:MM-HH:MM> <time zone>"))
    @app_commands.guild_only()
    async def rota_set(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        await ensure_role(interaction, Role.ADMIN)
        if file.size > ROTA_FILE_MAX:
            raise HavreError("help.error_rota_too_large", max=ROTA_FILE_MAX // 1024)
        text = (await file.read()).decode("utf-8", errors="replace")
        try:
            if file.filename.endswith(".toml") or "[[shift]]" in text:
                rota = parse_rota_toml(text, source=file.filename)
            else:
                rota = parse_rota_text(text, source=file.filename)
        except RotaParseError as error:
            raise HavreError(
                "help.error_rota_invalid", problem=safe(str(error), 300).replace("`", "'")
            ) from None
        await self._save(interaction, rota, None)

    @app_commands.command(name="rota-add", description=_("Add a weekly shift to the rota"))
    @app_commands.describe(
        member=_("A trained peer moderator"),
        days=_("Days, e.g. mon,tue or weekdays"),
        hours=_("Hours, e.g. 22:00-06:00"),
        timezone=_("Time zone, e.g. Europe/Paris"),
    )
    @app_commands.guild_only()
    async def rota_add(
        self,
        interaction: discord.Interaction,
        member: discord.Member,
        days: app_commands.Range[str, 1, 60],
        hours: app_commands.Range[str, 9, 11],
        timezone: app_commands.Range[str, 1, 64],
    ) -> None:
        await ensure_role(interaction, Role.ADMIN)
        line = f"{member.id} {days.replace(' ', '')} {hours.replace(' ', '')} {timezone.strip()}"
        try:
            rota = parse_rota_text(line, source="/shift rota-add")
        except RotaParseError as error:
            raise HavreError(
                "help.error_rota_invalid",
                problem=safe(f"{error.field}: {error.problem}", 300).replace("`", "'"),
            ) from None
        await self._save(interaction, rota, [])

    @app_commands.command(name="rota-clear", description=_("Remove a member's weekly shifts"))
    @app_commands.describe(member=_("Whose weekly shifts to remove"))
    @app_commands.guild_only()
    async def rota_clear(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await ensure_role(interaction, Role.ADMIN)
        guild = await self._settings(interaction)
        full = await self.help.shifts.set_rota(
            guild.guild_id, Rota(()), actor_id=interaction.user.id, replace_for=[member.id]
        )
        lang = lang_of(interaction)
        await reply(
            interaction,
            plural(
                "help.rota_saved_no_next",
                lang,
                len(full.entries),
                peers=plural("help.rota_peers", lang, len(full.moderators)),
            ),
        )

    @app_commands.command(name="rota-show", description=_("Show the weekly rota"))
    @app_commands.guild_only()
    async def rota_show(self, interaction: discord.Interaction) -> None:
        lang = lang_of(interaction)
        guild = await self._settings(interaction)
        rota = await self.help.shifts.show_rota(guild.guild_id)
        if not rota.entries:
            await reply(interaction, t("help.rota_empty", lang))
            return
        lines = [t("help.rota_heading", lang)]
        for entry in sorted(rota.entries, key=lambda e: (e.weekday, e.start, e.moderator_id)):
            lines.append(
                t(
                    "help.rota_line",
                    lang,
                    moderator=f"<@{entry.moderator_id}>",
                    day=t(f"help.day_{entry.weekday}", lang),
                    start=entry.start.strftime("%H:%M"),
                    end=entry.end.strftime("%H:%M"),
                    tz=entry.tz,
                )
            )
        await reply(interaction, "\n".join(lines)[:1990])
