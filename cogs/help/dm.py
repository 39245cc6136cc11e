"""A direct message to the bot: relayed into the member's open ticket, or a new relayed ticket in the
server they share with the bot (a choice of buttons when there are several). Crisis words in a DM show
the helplines first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import Origin
from bot.domain.i18n import t
from bot.domain.policy.models import Policy
from bot.services.help.phrases import country_for, helplines_text
from bot.services.help.types import Opened
from cogs.help import views as help_views
from cogs.help.desk import stamp

if TYPE_CHECKING:
    from cogs.help.flows import HelpFlows


class DirectMessages:
    def __init__(self, flows: HelpFlows) -> None:
        self.flows = flows
        self.pending: dict[int, discord.Message] = {}  # the first DM, while the member picks a server

    async def on_direct_message(self, message: discord.Message) -> None:
        user = message.author
        active = await self.flows.help.tickets.active_by_dm(user.id)
        if active:
            ticket = active[0]
            policy, guild = await self.flows.guild_policy(ticket.guild_id)
            if ticket.dm_channel_id != message.channel.id:
                opened = await self.flows.help.tickets.open(
                    guild.guild_id,
                    user.id,
                    origin=Origin.DM,
                    language=ticket.language,
                    dm_channel_id=message.channel.id,
                )
                ticket = opened.ticket
            found = self.flows.help.phrases.detect(policy, message.content, ticket.language)
            if found is not None and found.is_crisis and ticket.priority is not Priority.CRISIS:
                await self.flows.raise_to_crisis(ticket, guild, policy, found, message.channel)
            await self.flows.desk.relay_to_space(ticket, guild, message)
            return
        shared = [g.id for g in user.mutual_guilds]
        guild_ids = await self.flows.help.tickets.help_guilds(shared)
        if not guild_ids:
            await self.no_server(message)
            return
        if len(guild_ids) == 1:
            await self.open_from_dm(message, guild_ids[0])
            return
        self.pending[user.id] = message
        names = [(gid, getattr(self.flows.bot.get_guild(gid), "name", str(gid))) for gid in guild_ids]
        policy = self.flows.help.core.policies.default
        lang = await self.message_language(message, policy, policy.default_language)
        await self.flows.desk.send(
            message.channel,
            t("help.dm_choose_server", lang),
            view=help_views.choose_guild_view(names, lang),  # the request will carry this language
        )

    async def message_language(self, message: discord.Message, policy: Policy, server: str) -> str:
        """The flow's language: the message's, else the member's known one, else ``server``'s."""
        known = await self.flows.bot.services.locales.language(message.author.id, server)
        return self.flows.help.phrases.language(policy, message.content, known)

    async def no_server(self, message: discord.Message) -> None:
        """No shared server with help spaces: say so kindly; crisis words still get the helplines."""
        policy = self.flows.help.core.policies.default
        found = self.flows.help.phrases.detect(policy, message.content, policy.default_language)
        lang = found.language if found is not None else policy.default_language
        if found is not None and found.is_crisis:
            block = helplines_text(policy, country_for(None, lang, None), lang)
            text = t("help.crisis_no_team", lang, helplines=block, name=self.flows.name_of(message.author))
            await self.flows.desk.send(message.channel, text)
        await self.flows.desk.send(message.channel, t("help.dm_no_server", lang))

    async def open_from_dm(self, message: discord.Message, guild_id: int) -> None:
        """One shared server with help: open a relayed ticket there (crisis first shows the helplines)."""
        user = message.author
        policy, guild = await self.flows.guild_policy(guild_id)
        lang = await self.message_language(message, policy, guild.language)
        found = self.flows.help.phrases.detect(policy, message.content, lang)
        crisis = found is not None and found.is_crisis
        country = await self.flows.countries.get(user.id) or country_for(None, lang, None)
        block = helplines_text(policy, country, lang)
        said = guild.voice(lang)  # what the member reads, in the server's register
        if crisis:
            text = t("help.crisis_message", said, helplines=block, name=self.flows.name_of(user))
            await self.flows.desk.send(message.channel, text)
        opened = await self.flows.help.tickets.open(
            guild_id,
            user.id,
            origin=Origin.DM,
            language=lang,
            priority=Priority.CRISIS if crisis else Priority.NORMAL,
            dm_channel_id=message.channel.id,
            crisis_category=found.category if crisis and found else "",
            country=country,
        )
        # A crisis: the helplines were just shown here; the space does not repeat them (nor ping).
        space_lines = "" if opened.ticket.priority is Priority.CRISIS and crisis else block
        thread = await self.flows.desk.open_space(opened, self.flows.name_of(user), space_lines)
        if thread is None:
            await self.flows.desk.send(message.channel, t("help.error_no_space", said))
            return
        await self.flows.desk.relay_to_space(opened.ticket, guild, message)
        server = discord.utils.escape_markdown(
            guild.name or getattr(self.flows.bot.get_guild(guild_id), "name", "")
        )
        await self.flows.desk.send(
            message.channel, dm_opened_text(opened, said, server, thread.mention, block)
        )


def dm_opened_text(opened: Opened, lang: str, server: str, space: str, helplines: str) -> str:
    """The truth, where the member is: who will answer and when; nobody on duty, said plainly, with the
    expected time and the helplines (issue 13, point 3)."""
    ticket = opened.ticket
    if opened.on_duty:
        return t("help.dm_opened_duty", lang, server=server, ticket=space, slo=ticket.slo_minutes)
    due = ticket.response_due_at or ticket.first_response_due_at
    text = t("help.dm_opened_no_duty", lang, server=server, ticket=space)
    text += "\n" + t("help.greeting_no_duty_when", lang, due=stamp(due, "t"), **{"in": stamp(due)})
    if ticket.priority is not Priority.CRISIS:  # a crisis got the helplines just before
        text += "\n\n" + helplines
    return text
