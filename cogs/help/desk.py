"""The Discord side of the help journey: the private thread, who is added and pinged, the texts posted.

Called only after a service committed its unit of work. Pings name exactly the people (or the one role)
concerned through ``AllowedMentions``; every other message pings nobody. The space is a private thread
that cannot be joined by invitation (``invitable=False``): only the member, the on-duty peer moderators
and, when escalated, the escalation tier are added (see docs/HELP.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

import aiohttp
import discord

from bot.domain.help.kb import Article
from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import ActorRole, TicketEventKind, TicketState
from bot.domain.help.transcript import Spoken
from bot.domain.i18n import plural, t
from bot.services.help import EscalationDelivery, HelpServices, Reach
from bot.services.help.actors import actor_role
from bot.services.help.types import (
    Escalated,
    FollowUp,
    GuildHelp,
    Opened,
    RotaTick,
    TicketView,
    Transition,
)
from cogs.core.common import NO_PINGS, Role, fit, pings, safe, staff_by_permissions, stamp
from cogs.core.setup_privacy import readers_for_member
from cogs.help import views as help_views

if TYPE_CHECKING:
    from bot.app import HavreBot

log = logging.getLogger(__name__)
ARCHIVE_MINUTES: Literal[10080] = 10080  # a week without messages before Discord hides the thread
UNANSWERED = (discord.HTTPException, aiohttp.ClientError, TimeoutError)  # Discord failed or did not answer
GONE = (discord.Forbidden, discord.NotFound)  # refused for good: DMs closed, a space deleted or out of reach
CHUNK_WAIT = 10.0  # seconds to wait for the member list before adding a tier to a space
READY_WAIT = 60.0  # seconds a deadline waits for the gateway at start-up
TRANSCRIPT_MESSAGES = 5000  # at most, per channel, in a transcript
DM_BEFORE_OPEN = timedelta(minutes=1)  # the DM that opened a relayed request came just before it


class HelpDesk:
    def __init__(self, bot: HavreBot, services: HelpServices) -> None:
        self.bot = bot
        self.help = services
        self._threads: dict[int, int] = {}  # ticket id -> thread id, for views read before the space existed

    # --- Discord lookups ------------------------------------------------------------------------

    async def channel(self, channel_id: int | None) -> Any:
        if channel_id is None:
            return None
        found = self.bot.get_channel(channel_id)
        if found is not None:
            return found
        try:
            return await self.bot.fetch_channel(channel_id)
        except discord.HTTPException:
            log.warning("help: channel %s is not reachable", channel_id)
            return None

    async def send(
        self,
        channel: Any,
        content: str,
        *,
        users: Iterable[int] = (),
        roles: Iterable[int] = (),
        view: discord.ui.View | None = None,
    ) -> discord.Message | None:
        if channel is None:
            return None
        users, roles = list(users), list(roles)
        mentions = pings(users, roles) if users or roles else NO_PINGS
        try:
            if view is None:
                return await channel.send(fit(content), allowed_mentions=mentions)
            return await channel.send(fit(content), allowed_mentions=mentions, view=view)
        except discord.HTTPException as error:
            log.warning("help: could not post in %s: %s", getattr(channel, "id", channel), error)
            return None

    async def dm(
        self, user_id: int, content: str, *, view: discord.ui.View | None = None
    ) -> discord.Message | None:
        """A direct message; None when the member's DMs are closed."""
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            if view is None:
                return await user.send(fit(content), allowed_mentions=NO_PINGS)
            return await user.send(fit(content), allowed_mentions=NO_PINGS, view=view)
        except discord.HTTPException as error:
            log.info("help: no DM to %s (%s)", user_id, getattr(error, "code", error))
            return None

    async def add_members(self, thread: discord.Thread, user_ids: Iterable[int]) -> None:
        for user_id in dict.fromkeys(user_ids):
            try:
                await thread.add_user(discord.Object(user_id))
            except discord.HTTPException as error:
                log.info("help: could not add %s to thread %s: %s", user_id, thread.id, error)

    async def role_members(self, guild_id: int, role_id: int | None) -> list[int]:
        if role_id is None:
            return []
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return []
        if not guild.chunked:
            try:
                await asyncio.wait_for(guild.chunk(cache=True), CHUNK_WAIT)
            except (TimeoutError, discord.HTTPException, discord.ClientException):
                log.info("help: could not load the members of %s", guild_id)
        role = guild.get_role(role_id)
        return [m.id for m in role.members if not m.bot] if role is not None else []

    def display_name(self, guild_id: int | None, user_id: int) -> str:
        guild = self.bot.get_guild(guild_id) if guild_id else None
        member = guild.get_member(user_id) if guild else None
        user = member or self.bot.get_user(user_id)
        return discord.utils.escape_markdown(user.display_name) if user else str(user_id)

    # --- the private space ----------------------------------------------------------------------

    async def space(self, ticket: TicketView, guild: GuildHelp) -> discord.Thread | None:
        """The ticket's thread; created (or re-created) when missing."""
        thread_id = ticket.thread_id or self._threads.get(ticket.id)
        if thread_id is not None:
            found = await self.channel(thread_id)
            if isinstance(found, discord.Thread):
                return found
        parent = await self.channel(guild.help_channel_id)
        if not isinstance(parent, discord.TextChannel):
            log.error("help: the help channel of %s is missing or not a text channel", guild.guild_id)
            return None
        try:
            thread = await parent.create_thread(
                # the member reads this name too: the request's language, like every text in it
                name=t("help.thread_name", ticket.language, number=ticket.id),
                type=discord.ChannelType.private_thread,
                invitable=False,
                auto_archive_duration=ARCHIVE_MINUTES,
                reason=f"help ticket {ticket.id}",
            )
        except discord.HTTPException as error:
            log.error("help: could not create the space of ticket %s: %s", ticket.id, error)
            return None
        await self.help.tickets.attach_space(ticket.id, thread.id)
        self._threads[ticket.id] = thread.id
        return thread

    async def open_space(self, opened: Opened, name: str, helplines: str = "") -> discord.Thread | None:
        """A new ticket: create the space, add the member and the on-duty peers (or the alerted tier),
        greet the member and alert the team. An existing one: make sure the member is in it."""
        ticket, guild = opened.ticket, opened.guild
        thread = await self.space(ticket, guild)
        if thread is None:
            return None
        if not opened.created:
            await self.add_members(thread, [ticket.requester_id])
            if opened.upgraded:
                if helplines:  # the helplines could reach them nowhere else (DMs closed)
                    text = t(
                        "help.crisis_message", guild.voice(ticket.language), helplines=helplines, name=name
                    )
                    await self.send(thread, f"<@{ticket.requester_id}> {text}", users=[ticket.requester_id])
                await self.add_members(thread, opened.on_duty)
                await self.alert_team(thread, ticket, guild, opened.on_duty, crisis=True)
            return thread
        tier_members: list[int] = []
        if opened.escalated_tier:
            tier_members = await self.role_members(guild.guild_id, guild.tier_role(opened.escalated_tier))
        await self.add_members(thread, [ticket.requester_id, *opened.on_duty, *tier_members])
        await self.greet(thread, opened, name, helplines)
        await self.alert_team(
            thread, ticket, guild, opened.on_duty, crisis=ticket.priority is Priority.CRISIS
        )
        return thread

    async def greet(self, thread: discord.Thread, opened: Opened, name: str, helplines: str) -> None:
        ticket, lang = opened.ticket, opened.ticket.language
        said = opened.guild.voice(lang)  # what the member reads, in the server's register
        if ticket.priority is Priority.CRISIS and not helplines:  # the helplines went by DM already
            text = t("help.crisis_space_greeting", said, name=name)
        elif ticket.priority is Priority.CRISIS:
            text = t("help.crisis_message", said, helplines=helplines, name=name)
        elif opened.on_duty:
            text = t("help.greeting", said, name=name, slo=ticket.slo_minutes)
        else:
            due = ticket.response_due_at or ticket.first_response_due_at
            text = t("help.greeting_no_duty", said, name=name)
            text += "\n" + t("help.greeting_no_duty_when", said, due=stamp(due, "t"), **{"in": stamp(due)})
            text += ("\n\n" + helplines) if helplines else ""
        if opened.suggestions:
            lines = [
                t("help.kb_link_line", lang, title=a.title, summary=a.excerpt(120))
                for a in opened.suggestions
            ]
            text += "\n\n" + t("help.greeting_kb_intro", said) + "\n" + "\n".join(lines)
        readers = readers_for_member(thread.parent, said)  # exactly who else can open it (issue 13)
        text += ("\n" + readers) if readers else ""
        view = help_views.greeting_view(ticket.id, lang, opened.suggestions)
        if ticket.priority is Priority.CRISIS and not helplines:  # the DM already told them: no second ping
            await self.send(thread, text, view=view)
            return
        await self.send(thread, f"<@{ticket.requester_id}> {text}", users=[ticket.requester_id], view=view)

    def _alert_fields(self, ticket: TicketView, lang: str, thread_id: int) -> dict[str, str]:
        due = ticket.response_due_at or ticket.first_response_due_at
        return {
            "ticket": f"<#{thread_id}>",
            "priority": t(f"help.priority_{ticket.priority.value}", lang),
            "origin": t(f"help.origin_{ticket.origin.value}", lang),
            "since": stamp(ticket.opened_at),
            "due": stamp(due, "t"),
        }

    async def alert_team(
        self,
        thread: discord.Thread,
        ticket: TicketView,
        guild: GuildHelp,
        on_duty: Sequence[int],
        *,
        crisis: bool,
    ) -> None:
        """Staff business stays with staff: the alert, its pings, its urgency and SLA wording and the
        Claim button go to the moderation queue (staff-only), pinging exactly the on-duty peer moderators,
        or, nobody on duty, the first tier's role. Never into the member's space or DMs. Without a
        moderation queue, each on-duty peer gets the alert by DM."""
        lang = guild.language
        fields = self._alert_fields(ticket, lang, thread.id)
        if on_duty:
            key = "help.team_alert_crisis" if crisis else "help.team_alert"
            users, roles = list(on_duty), []
            prefix = " ".join(f"<@{user_id}>" for user_id in on_duty)
        else:
            key = "help.team_alert_crisis" if crisis else "help.team_alert_no_duty"
            role_id = guild.tier_role(guild.first_tier)
            users, roles = [], [role_id] if role_id else []
            prefix = f"<@&{role_id}>" if role_id else ""
        text = f"{prefix} {t(key, lang, **fields)}".strip()
        view = help_views.staff_alert_view(ticket.id, lang)
        queue = await self.channel(guild.mod_queue_channel_id)
        if await self.send(queue, text, users=users, roles=roles, view=view) is not None:
            return
        for user_id in on_duty:  # no queue reachable: the on-duty peers themselves, privately, each in
            # their own language where the bot knows it (else the server's), the whole alert in one
            own = await self.bot.services.locales.language(user_id, lang)
            own_fields = self._alert_fields(ticket, own, thread.id)
            await self.dm(
                user_id, t(key, own, **own_fields), view=help_views.staff_alert_view(ticket.id, own)
            )

    # --- working the ticket ---------------------------------------------------------------------

    async def member_notice(
        self, ticket: TicketView, thread: discord.Thread | None, text: str, **kw: Any
    ) -> None:
        """A message for the member: in the space, and by DM too for tickets opened by DM."""
        await self.send(thread, text, **kw)
        if ticket.dm_channel_id is not None:
            await self.dm(ticket.requester_id, text, view=kw.get("view"))

    async def after_transition(self, change: Transition) -> None:
        ticket, guild = change.after, change.guild
        lang = guild.voice(ticket.language)  # the notices below are read by the member
        kinds = {record.kind for record in change.records}
        thread = await self.space(ticket, guild)
        if TicketEventKind.REOPENED in kinds and thread is not None:
            try:
                await thread.edit(archived=False, locked=False)
            except discord.HTTPException as error:
                log.warning("help: could not reopen thread %s: %s", thread.id, error)
        moderator = f"<@{ticket.claimer_id}>" if ticket.claimer_id else ""
        if TicketEventKind.CLAIMED in kinds and thread is not None:
            await self.add_members(thread, [ticket.claimer_id or 0])
            await self.member_notice(ticket, thread, t("help.claimed_notice", lang, moderator=moderator))
        if TicketEventKind.TRANSFERRED in kinds and thread is not None and ticket.claimer_id:
            await self.add_members(thread, [ticket.claimer_id])
            previous = f"<@{change.before.claimer_id}>" if change.before.claimer_id else ""
            text = t("help.transfer_notice", lang, previous=previous, moderator=moderator)
            await self.send(thread, text, users=[ticket.claimer_id])
            if ticket.dm_channel_id is not None:
                await self.dm(ticket.requester_id, text)
        if TicketEventKind.RELEASED in kinds:
            previous = f"<@{change.before.claimer_id}>" if change.before.claimer_id else ""
            await self.member_notice(ticket, thread, t("help.released_notice", lang, moderator=previous))
        if TicketEventKind.RESOLVED in kinds:
            await self.recap(ticket, guild, thread, change)
        if TicketEventKind.CLOSED in kinds:
            await self.close_space(ticket, guild, thread, change)
        if TicketEventKind.REOPENED in kinds and thread is not None:
            await self.reopened(ticket, guild, thread, change.on_duty)

    async def recap(
        self, ticket: TicketView, guild: GuildHelp, thread: discord.Thread | None, change: Transition
    ) -> None:
        """The short written recap with self-help links, then the survey (rating, solved, comment)."""
        lang = guild.voice(ticket.language)
        name = self.display_name(guild.guild_id, ticket.requester_id)
        days = guild.reopen_days
        resolved = change.records[-1].at
        summary = change.recap or t(
            "help.recap_default", lang, opened=stamp(ticket.opened_at, "D"), resolved=stamp(resolved, "D")
        )
        links = [t("help.kb_link_line", lang, title=a.title, summary=a.excerpt(120)) for a in change.links]
        if links:
            text = t("help.resolved_recap", lang, name=name, recap=summary, links="\n".join(links), days=days)
        else:
            text = t("help.resolved_recap_no_links", lang, name=name, recap=summary, days=days)
        await self.member_notice(ticket, thread, text)
        if ticket.priority is Priority.CRISIS:  # the survey waits for the follow-up, a day later
            return
        await self.survey(ticket, guild, thread, change.links)

    async def survey(
        self,
        ticket: TicketView,
        guild: GuildHelp,
        thread: discord.Thread | None,
        links: Sequence[Article] = (),
    ) -> None:
        lang = ticket.language
        question = survey_question(guild.voice(lang))
        await self.member_notice(
            ticket, thread, question, view=help_views.survey_view(ticket.id, lang, links)
        )

    async def close_space(
        self, ticket: TicketView, guild: GuildHelp, thread: discord.Thread | None, change: Transition
    ) -> None:
        lang, said = ticket.language, guild.voice(ticket.language)
        if change.before.state is not TicketState.RESOLVED:
            await self.recap(ticket, guild, thread, change)
        closer = change.records[-1].actor_id
        unconfirmed = change.before.state is not TicketState.RESOLVED
        if closer == ticket.requester_id and ticket.priority is Priority.CRISIS and unconfirmed:
            await self.crisis_closed_by_member(ticket, guild, thread)
        if closer == ticket.requester_id:
            text = t(
                "help.closed_by_member", lang, name=self.display_name(guild.guild_id, ticket.requester_id)
            )
            text += "\n" + t("help.closed_notice", said)
        else:
            text = t("help.closed_notice", said)
        await self.member_notice(ticket, thread, text, view=help_views.reopen_view(ticket.id, lang))
        if thread is not None:
            try:
                await thread.edit(archived=True, locked=True)
            except discord.HTTPException as error:
                log.warning("help: could not archive thread %s: %s", thread.id, error)

    async def crisis_closed_by_member(
        self, ticket: TicketView, guild: GuildHelp, thread: discord.Thread | None
    ) -> None:
        """A member may close their own urgent space at any time; the team is told (in the queue, no
        ping), since nobody confirmed they are safe."""
        closed = ticket.closed_at or discord.utils.utcnow()
        text = t(
            "help.crisis_closed_by_member",
            guild.language,
            ticket=thread.mention if thread is not None else f"#{ticket.id}",
            when=stamp(closed + timedelta(hours=guild.follow_up_hours)),
        )
        await self.send(await self.channel(guild.mod_queue_channel_id), text)

    async def reopened(
        self, ticket: TicketView, guild: GuildHelp, thread: discord.Thread, on_duty: Sequence[int]
    ) -> None:
        helpers = [ticket.claimer_id] if ticket.claimer_id else list(on_duty)
        await self.add_members(thread, [ticket.requester_id, *helpers])
        text = t("help.reopened_notice", guild.voice(ticket.language), slo=ticket.slo_minutes)
        mentions = " ".join(f"<@{user_id}>" for user_id in helpers)
        await self.send(thread, f"{mentions} {text}".strip(), users=helpers)
        if ticket.dm_channel_id is not None:
            await self.dm(ticket.requester_id, text)

    # --- time ------------------------------------------------------------------------------------

    async def ready(self) -> None:
        """Deadlines rehydrated at start-up may fire before the gateway is ready."""
        if not self.bot.is_ready() and not self.bot.is_closed():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.bot.wait_until_ready(), READY_WAIT)

    async def escalate(self, escalated: Escalated) -> EscalationDelivery:
        """The next tier is added to the space and its role pinged in the moderation queue; the member is
        told in a human sentence."""
        ticket, guild = escalated.ticket, escalated.guild
        thread = await self.space(ticket, guild)
        role_id = guild.tier_role(escalated.tier)
        lang = guild.language
        text = t(
            "help.escalation_alert",
            lang,
            tier=_tier(escalated.tier, lang),
            ticket=f"<#{thread.id}>" if thread else f"#{ticket.id}",
            priority=t(f"help.priority_{ticket.priority.value}", lang),
            minutes=escalated.waited_minutes,
        )
        if thread is not None:
            await self.add_members(thread, await self.role_members(guild.guild_id, role_id))
        # The tier is pinged where the staff work; the member hears a human sentence, wherever they are.
        prefix = f"<@&{role_id}> " if role_id else ""
        queue = await self.channel(guild.mod_queue_channel_id)
        view = help_views.staff_alert_view(ticket.id, lang)
        told = (
            await self.send(queue, prefix + text, roles=[role_id] if role_id else [], view=view) is not None
        )
        await self.member_notice(ticket, thread, t("help.escalated_member", guild.voice(ticket.language)))
        return EscalationDelivery(pinged=told, queue_told=told)

    async def escalation_not_delivered(self, escalated: Escalated) -> bool:
        guild, lang = escalated.guild, escalated.guild.language
        thread_id = escalated.ticket.thread_id or self._threads.get(escalated.ticket.id)
        text = t(
            "help.escalation_not_delivered",
            lang,
            tier=_tier(escalated.tier, lang),
            ticket=f"<#{thread_id}>" if thread_id else f"#{escalated.ticket.id}",
        )
        # staff business stays with the staff: the queue again, never the members' help channel
        return await self.send(await self.channel(guild.mod_queue_channel_id), text) is not None

    async def rota_changed(self, tick: RotaTick) -> Reach:
        """``FAILED`` when a message was lost (the queue unreachable or a post refused): the deadline is
        retried, and messages already posted may then be posted again."""
        queue = await self.channel(tick.guild.mod_queue_channel_id)
        if tick.guild.mod_queue_channel_id is not None and queue is None:
            return Reach.FAILED
        lang = tick.guild.language
        lost = False
        for user_id in tick.started:
            for thread_id in tick.waiting_threads:
                thread = await self.channel(thread_id)
                if isinstance(thread, discord.Thread):
                    await self.add_members(thread, [user_id])
            text = t("help.shift_started_scheduled", lang, moderator=f"<@{user_id}>")
            if queue is not None and await self.send(queue, text, users=[user_id]) is None:
                lost = True
        for user_id in tick.ended:
            text = t("help.shift_ended_scheduled", lang, moderator=f"<@{user_id}>")
            if queue is not None and await self.send(queue, text) is None:
                lost = True
        return Reach.FAILED if lost else Reach.DELIVERED

    async def follow_up(self, follow: FollowUp) -> Reach:
        ticket, lang = follow.ticket, follow.ticket.language
        said = follow.guild.voice(lang)
        text = t(
            "help.follow_up_dm",
            said,
            name=self.display_name(follow.guild.guild_id, ticket.requester_id),
            server=discord.utils.escape_markdown(follow.guild.name),
        )
        try:
            user = self.bot.get_user(ticket.requester_id) or await self.bot.fetch_user(ticket.requester_id)
            await user.send(
                fit(text), allowed_mentions=NO_PINGS, view=help_views.follow_up_view(ticket.id, lang)
            )
        except GONE as error:
            log.info(
                "help: no DM for the follow-up of ticket %s (%s)", ticket.id, getattr(error, "code", error)
            )
        except UNANSWERED as error:
            log.warning("help: Discord failed on the follow-up DM of ticket %s: %r", ticket.id, error)
            return Reach.FAILED
        else:
            if ticket.priority is Priority.CRISIS:  # the survey they were not asked the day it ended
                question = survey_question(said)
                await self.dm(ticket.requester_id, question, view=help_views.survey_view(ticket.id, lang))
            return Reach.DELIVERED
        # DMs closed: the check-in goes to the member's own space instead (closed, so only they and the
        # team can read it; posting there does not reopen the ticket), pinging only them. A space that
        # is gone is not re-created for it: the moderators are told instead (the service asks).
        thread_id = ticket.thread_id or self._threads.get(ticket.id)
        if thread_id is None:
            return Reach.UNREACHABLE
        try:
            thread = self.bot.get_channel(thread_id) or await self.bot.fetch_channel(thread_id)
            if not isinstance(thread, discord.Thread):
                return Reach.UNREACHABLE
            await thread.send(
                fit(f"<@{ticket.requester_id}> {text}"),
                allowed_mentions=pings([ticket.requester_id], []),
                view=help_views.follow_up_view(ticket.id, lang),
            )
            if ticket.priority is Priority.CRISIS:  # the survey waited for the check-in, here too
                question = survey_question(said)
                await self.send(thread, question, view=help_views.survey_view(ticket.id, lang))
        except GONE:
            log.info("help: no DM and no space for the follow-up of ticket %s", ticket.id)
            return Reach.UNREACHABLE
        except UNANSWERED as error:
            log.warning(
                "help: Discord failed on the follow-up of ticket %s in its space: %r", ticket.id, error
            )
            return Reach.FAILED
        return Reach.DELIVERED

    async def follow_up_unreachable(self, follow: FollowUp) -> bool:
        ticket, guild = follow.ticket, follow.guild
        thread_id = ticket.thread_id or self._threads.get(ticket.id)
        text = t(
            "help.follow_up_unreachable",
            guild.language,
            member=f"<@{ticket.requester_id}>",
            ticket=f"<#{thread_id}>" if thread_id else f"#{ticket.id}",
        )
        # staff business stays with the staff: the queue, never the members' help channel; no ping
        return await self.send(await self.channel(guild.mod_queue_channel_id), text) is not None

    # --- the conversation, for the transcript ------------------------------------------------------

    async def conversation(self, ticket: TicketView) -> list[Spoken] | None:
        """What was said in a closed request: the people's messages in its space (the bot's own are left
        out: notices, and the member's DMs as relayed), and, for a relayed request, the member's own DMs
        to the bot while it was open. A space or DM channel that is gone gives what remains; Discord
        failing gives None (the transcript deadline is retried)."""
        guild = self.bot.get_guild(ticket.guild_id)
        since = ticket.opened_at - DM_BEFORE_OPEN
        until = ticket.closed_at or discord.utils.utcnow()
        spoken: list[Spoken] = []
        roles: dict[int, ActorRole] = {}
        try:
            thread_id = ticket.thread_id or self._threads.get(ticket.id)
            thread = await self.channel(thread_id)
            if isinstance(thread, discord.Thread):
                async for message in thread.history(
                    limit=TRANSCRIPT_MESSAGES, after=since, oldest_first=True
                ):
                    if message.author.bot or message.created_at > until:
                        continue
                    role = await self._role_in(guild, ticket, message.author.id, roles)
                    spoken.append(_spoken(message, role))
            if ticket.dm_channel_id is not None:
                dms = await self.channel(ticket.dm_channel_id)
                if dms is not None:
                    async for message in dms.history(
                        limit=TRANSCRIPT_MESSAGES, after=since, oldest_first=True
                    ):
                        if message.author.id == ticket.requester_id and message.created_at <= until:
                            spoken.append(_spoken(message, ActorRole.MEMBER))
        except GONE as error:
            log.info("help: part of ticket %s's conversation is out of reach (%s)", ticket.id, error.status)
        except UNANSWERED as error:
            log.warning("help: Discord failed reading ticket %s's conversation: %r", ticket.id, error)
            return None
        return spoken

    async def _role_in(
        self, guild: discord.Guild | None, ticket: TicketView, user_id: int, known: dict[int, ActorRole]
    ) -> ActorRole:
        """The author's help role on the ticket's server, now (someone who left is counted as other)."""
        if user_id == ticket.requester_id:
            return ActorRole.MEMBER
        if user_id not in known:
            member = None
            if guild is not None:
                member = guild.get_member(user_id)
                if member is None:
                    with contextlib.suppress(discord.HTTPException):
                        member = await guild.fetch_member(user_id)
            if member is None:
                known[user_id] = ActorRole.MEMBER
            else:
                settings = await self.help.shifts.settings(ticket.guild_id)
                is_admin = staff_by_permissions(member.guild_permissions, Role.ADMIN)
                known[user_id] = actor_role(settings, [r.id for r in member.roles], is_admin=is_admin)
        return known[user_id]

    # --- relays ----------------------------------------------------------------------------------

    async def relay_to_space(self, ticket: TicketView, guild: GuildHelp, message: discord.Message) -> None:
        thread = await self.space(ticket, guild)
        text = t(  # in the member's space: the request's language, like everything else there
            "help.relay_from_member",
            ticket.language,
            name=discord.utils.escape_markdown(message.author.display_name),
            text=safe(message.content),
        )
        if message.attachments:
            text += "\n" + plural("help.relay_files", ticket.language, len(message.attachments))
        await self.send(thread, text)

    async def relay_to_member(self, ticket: TicketView, message: discord.Message) -> None:
        text = t(
            "help.relay_from_team",
            ticket.language,
            name=discord.utils.escape_markdown(message.author.display_name),
            text=safe(message.content),
        )
        if message.attachments:
            text += "\n" + plural("help.relay_files", ticket.language, len(message.attachments))
        await self.dm(ticket.requester_id, text)


_TIERS = ("peer", "specialist", "admin")


def _spoken(message: discord.Message, role: ActorRole) -> Spoken:
    return Spoken(
        message.created_at, message.author.id, role, message.content, len(message.attachments), message.id
    )


def _tier(tier: str, lang: str) -> str:
    return t(f"help.tier_{tier}", lang) if tier in _TIERS else tier


def article_text(article: Article, lang: str) -> str:
    return fit(t("help.kb_article", lang, title=article.title, body=article.body), 1900)


def survey_question(said: str) -> str:
    """The survey's two questions, in the member's voice."""
    return t("help.rating_question", said) + "\n" + t("help.solved_question", said)
