"""Every way into the help journey, and every click inside it, as adapters: Discord event in → service
call (one committed unit of work) → Discord calls through ``HelpDesk``.

Ways in: /help and the panel button (``open_from_interaction``), a DM to the bot (``on_direct_message``),
crisis, distress, help asked or abuse reported in a public channel (``on_public_message``: the same
verdict as the moderation decision, ``PhraseDetector``; the answer in the message's language). Crisis
language shows the helplines at once, before anything else, and is never sanctioned here (this module
sanctions nothing).
"""

from __future__ import annotations

import io
import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import discord

from bot.domain.help.helplines import format_helplines
from bot.domain.help.rules import Priority
from bot.domain.help.ticket_types import Actor, Origin, TicketErrorCode
from bot.domain.help.tickets import Claim, Close, Reopen, Resolve, TicketEvent
from bot.domain.help.transcript import Transcript, author, render_text
from bot.domain.i18n import language_of, plural, t
from bot.domain.policy.models import Policy
from bot.services.errors import NotAllowed, NotFound
from bot.services.help import HelpRefused, HelpServices, Viewer
from bot.services.help.actors import actor_for
from bot.services.help.countries import CHOICES, MemberCountries
from bot.services.help.phrases import PhraseFound, country_for, helplines_text
from bot.services.help.types import GuildHelp, Opened, TicketView
from cogs.core.common import (
    Role,
    fit,
    lang_of,
    pings,
    replies_to_member,
    reply,
    safe,
    staff_by_permissions,
    stamp,
)
from cogs.help import views as help_views
from cogs.help.desk import HelpDesk, article_text
from cogs.help.dm import DirectMessages

if TYPE_CHECKING:
    from bot.app import HavreBot

log = logging.getLogger(__name__)
OFFER_COOLDOWN = 30 * 60.0  # one private offer per member per half hour


class HelpFlows:
    def __init__(self, bot: HavreBot, services: HelpServices, desk: HelpDesk) -> None:
        self.bot = bot
        self.help = services
        self.desk = desk
        self._offered: dict[tuple[int, int], float] = {}
        self.countries = MemberCountries(bot.ctx.db, bot.ctx.clock)
        self.dms = DirectMessages(self)

    # --- shared helpers -------------------------------------------------------------------------

    async def guild_policy(self, guild_id: int) -> tuple[Policy, GuildHelp]:
        """The server's policy and help settings (``GuildService.load`` keeps them in memory)."""
        row = await self.help.core.guilds.load(guild_id)
        policy = self.help.core.policies.for_settings(row)
        return policy, GuildHelp.of(row, policy)

    async def member(self, guild_id: int, user_id: int) -> discord.Member | None:
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return None
        found = guild.get_member(user_id)
        if found is not None:
            return found
        try:
            return await guild.fetch_member(user_id)
        except discord.HTTPException:
            return None

    async def actor(self, guild: GuildHelp, user: discord.abc.User) -> Actor:
        """Rights on the ticket's own server: a member object from another server (the interaction's)
        never lends its roles or permissions."""
        member: discord.Member | None
        if isinstance(user, discord.Member) and user.guild.id == guild.guild_id:
            member = user
        else:
            member = await self.member(guild.guild_id, user.id)
        if member is None:
            return actor_for(guild, user.id, (), is_admin=False)
        is_admin = staff_by_permissions(member.guild_permissions, Role.ADMIN)
        return actor_for(guild, user.id, [r.id for r in member.roles], is_admin=is_admin)

    @staticmethod
    def name_of(user: discord.abc.User) -> str:
        return discord.utils.escape_markdown(user.display_name)

    # --- opening from an interaction (/help, the panel, a private offer, a DM choice) -----------------

    async def open_from_interaction(
        self,
        interaction: discord.Interaction,
        origin: Origin,
        *,
        guild_id: int | None = None,
        topic: str | None = None,
        dm_channel_id: int | None = None,
        language: str | None = None,
    ) -> Opened | None:
        """``language``: the flow's, when it started from a message (the offer, the DM); else the
        member's client's."""
        lang = language_of(language) if language else lang_of(interaction)
        target = guild_id or interaction.guild_id
        if target is None:
            raise NotAllowed("common.error_guild_only")
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        locale = str(interaction.locale) if interaction.locale else None
        opened = await self.help.tickets.open(
            target,
            interaction.user.id,
            origin=origin,
            language=lang,
            topic=topic,
            dm_channel_id=dm_channel_id,
            country=await self.countries.get(interaction.user.id) or country_for(locale, lang, None),
        )
        helplines = format_helplines(opened.helplines, lang)
        thread = await self.desk.open_space(opened, self.name_of(interaction.user), helplines)
        said = opened.guild.voice(lang)  # what the member reads, in the server's register
        if thread is None:
            await reply(interaction, t("help.error_no_space", said))
            return None
        key = "help.opened_ephemeral" if opened.created else "help.already_open"
        await reply(interaction, t(key, said, ticket=thread.mention))
        return opened

    async def open_from_button(self, interaction: discord.Interaction) -> None:
        await self.open_from_interaction(interaction, Origin.BUTTON)

    async def accept_offer(
        self, interaction: discord.Interaction, guild_id: int, user_id: int, language: str | None = None
    ) -> None:
        """The request carries the language of the message that made the offer."""
        if interaction.user.id != user_id:
            raise NotAllowed("help.error_not_requester")
        await self.open_from_interaction(interaction, Origin.PHRASE, guild_id=guild_id, language=language)

    async def decline_offer(
        self, interaction: discord.Interaction, user_id: int, language: str | None = None
    ) -> None:
        if interaction.user.id != user_id:
            raise NotAllowed("help.error_not_requester")
        said = language or lang_of(interaction)
        if interaction.guild_id is not None:  # the offer was made in a server: its register ("tu" in games)
            policy, _help = await self.guild_policy(interaction.guild_id)
            said = policy.member_voice(said)
        await reply(interaction, t("help.offer_declined", said))

    async def open_from_dm_choice(
        self, interaction: discord.Interaction, guild_id: int, language: str | None = None
    ) -> None:
        pending = self.dms.pending.pop(interaction.user.id, None)
        opened = await self.open_from_interaction(
            interaction,
            Origin.DM,
            guild_id=guild_id,
            dm_channel_id=interaction.channel_id,
            language=language,
        )
        if opened is not None and pending is not None:
            await self.desk.relay_to_space(opened.ticket, opened.guild, pending)

    # --- messages -------------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.webhook_id is not None:
            return
        if message.guild is None:
            await self.dms.on_direct_message(message)
            return
        channel = message.channel
        me = self.bot.user
        if isinstance(channel, discord.Thread) and me is not None and channel.owner_id == me.id:
            found = await self.help.tickets.by_thread(channel.id)
            if found is not None:
                await self.on_space_message(message, *found)
                return
        await self.on_public_message(message)

    async def on_public_message(self, message: discord.Message) -> None:
        assert message.guild is not None
        policy, guild = await self.guild_policy(message.guild.id)
        if not message.content:
            return
        found = self.help.phrases.detect(
            policy, message.content, guild.language, reply=replies_to_member(message)
        )
        if found is None:
            return
        # the member's known language is the fallback, then the server's
        known = await self.bot.services.locales.language(message.author.id, guild.language)
        if known != guild.language:
            found = replace(found, language=self.help.phrases.language(policy, message.content, known))
        if found.is_crisis:
            await self.crisis_in_channel(message, found, policy, guild)
        elif guild.help_channel_id is not None:
            await self.offer_privately(message, found, guild)

    async def crisis_in_channel(
        self, message: discord.Message, found: PhraseFound, policy: Policy, guild: GuildHelp
    ) -> None:
        """Nothing of the crisis in public but, at most, one short kind line addressed to the member
        (``[help] crisis_public_reply``); everything else once, privately: one DM with the helplines and
        the way to the private space, or (DMs closed) the private space alone, pinging only them. The
        message itself is left alone and never sanctioned. See docs/HELP.md, "A crisis in a channel"."""
        assert message.guild is not None
        author, lang = message.author, found.language
        said = guild.voice(lang)  # what the member reads, in the server's register
        name = self.name_of(author)
        chosen = await self.countries.get(author.id)  # asked once, remembered (issue 13, point 5)
        country = chosen or country_for(None, lang, str(message.guild.preferred_locale))
        block = helplines_text(policy, country, lang)
        ask = None if chosen else help_views.country_view(guild.guild_id, lang, CHOICES)
        if guild.help_channel_id is None:  # no space possible: the helplines by DM, nothing else
            log.warning("help: crisis words in server %s, which has no help channel", guild.guild_id)
            text = t("help.crisis_no_team", said, helplines=block, name=name)
            question = "\n\n" + t("help.country_question", said) if ask else ""
            reached = await self.desk.dm(author.id, text + question, view=ask)
            await self.crisis_public_line(message, policy, lang, reached=reached is not None)
            return
        opened = await self.help.tickets.open(
            guild.guild_id,
            author.id,
            origin=Origin.PHRASE,
            language=lang,
            priority=Priority.CRISIS,
            crisis_category=found.category,
            country=country,
        )
        thread = await self.desk.space(opened.ticket, opened.guild)
        if thread is not None:
            await self.desk.add_members(thread, [author.id])
            text = t("help.crisis_dm", said, helplines=block, name=name, ticket=thread.mention)
        else:
            text = t("help.crisis_no_team", said, helplines=block, name=name)
        question = "\n\n" + t("help.country_question", said) if ask else ""
        reached = await self.desk.dm(author.id, text + question, view=ask)  # one DM, the question in it
        await self.crisis_public_line(
            message, policy, lang, reached=reached is not None or thread is not None
        )
        # The space: the helplines only when the DM could not carry them (then it pings the member).
        await self.desk.open_space(opened, name, "" if reached is not None else block)
        if ask is not None and reached is None:  # DMs closed: the question in their space
            await self.desk.send(thread, t("help.country_question", said), view=ask)

    async def crisis_public_line(
        self, message: discord.Message, policy: Policy, lang: str, *, reached: bool
    ) -> None:
        """The one public line, if the server wants it; never the helplines, never the member's words.
        When nothing private could reach the member, a single emergency sentence is shown even if the
        server chose silence: the only way left to tell them where help is."""
        author, said = message.author, policy.member_voice(lang)
        if reached:
            if policy.help.crisis_public_reply == "none":
                return
            text = t("help.crisis_public_line", said)
        else:
            text = t("help.crisis_public_line_unreached", said)
        try:
            await message.reply(f"<@{author.id}> {text}", allowed_mentions=pings([author.id]))
        except discord.HTTPException as error:
            log.warning("help: could not post the crisis line in channel %s: %s", message.channel.id, error)

    async def offer_privately(self, message: discord.Message, found: PhraseFound, guild: GuildHelp) -> None:
        """Ask first: a DM with a button (or, DMs closed, a short reply mentioning only the member)."""
        author = message.author
        key = (guild.guild_id, author.id)
        now = time.monotonic()
        if self._offered.get(key, 0.0) > now:
            return
        if await self.help.tickets.active_for(guild.guild_id, author.id) is not None:
            return
        self._offered[key] = now + OFFER_COOLDOWN
        lang = found.language
        text = t("help.offer_private", guild.voice(lang), name=self.name_of(author))
        view = help_views.offer_view(guild.guild_id, author.id, lang)
        if await self.desk.dm(author.id, text, view=view) is None:
            try:
                await message.reply(f"<@{author.id}> {text}", view=view, allowed_mentions=pings([author.id]))
            except discord.HTTPException as error:
                log.warning("help: could not offer a private space in %s: %s", message.channel.id, error)

    async def on_space_message(self, message: discord.Message, ticket: TicketView, guild: GuildHelp) -> None:
        """A message in a ticket's thread: a helper's message is the first response (and is relayed to
        the member's DMs for DM tickets); crisis words by the member raise the ticket's priority."""
        if message.author.id == ticket.requester_id:
            await self.member_wrote_in_space(message, ticket, guild)
            return
        actor = await self.actor(guild, message.author)
        result = await self.help.actions.on_message(ticket.id, actor)
        if result.relay_to_dm and ticket.is_active:
            await self.desk.relay_to_member(ticket, message)

    async def member_wrote_in_space(
        self, message: discord.Message, ticket: TicketView, guild: GuildHelp
    ) -> None:
        if not ticket.is_active or ticket.priority is Priority.CRISIS:
            return
        policy, _ = await self.guild_policy(guild.guild_id)
        found = self.help.phrases.detect(policy, message.content, ticket.language)
        if found is None or not found.is_crisis:
            return
        await self.raise_to_crisis(ticket, guild, policy, found, message.channel)

    async def raise_to_crisis(
        self, ticket: TicketView, guild: GuildHelp, policy: Policy, found: PhraseFound, where: Any
    ) -> None:
        lang = ticket.language
        country = (
            await self.countries.get(ticket.requester_id)
            or country_for(None, lang, None)
            or country_for(None, found.language, None)
        )
        block = helplines_text(policy, country, lang)
        name = self.desk.display_name(guild.guild_id, ticket.requester_id)
        text = t("help.crisis_message", guild.voice(lang), helplines=block, name=name)
        await self.desk.send(
            where, f"<@{ticket.requester_id}>\n{fit(text, 1900)}", users=[ticket.requester_id]
        )
        opened = await self.help.tickets.open(
            guild.guild_id,
            ticket.requester_id,
            origin=ticket.origin,
            language=lang,
            priority=Priority.CRISIS,
            crisis_category=found.category,
        )
        await self.desk.open_space(opened, name, "")  # the helplines were just posted where they wrote

    # --- working a ticket from Discord ----------------------------------------------------------

    async def ticket_in(self, interaction: discord.Interaction) -> tuple[TicketView, GuildHelp]:
        """The ticket whose space the command was run in."""
        channel_id = interaction.channel_id
        found = await self.help.tickets.by_thread(channel_id) if channel_id else None
        if found is None:
            raise NotFound("help.error_not_in_ticket")
        return found

    async def lang_for(self, interaction: discord.Interaction, ticket_id: int) -> str:
        """Who clicked decides: the member who asked reads their request's language, from its first
        text to its last, in the server's register; anyone else (a helper, a moderator) reads their own
        client's."""
        found = await self.help.tickets.get(ticket_id)
        if found is not None and found[0].requester_id == interaction.user.id:
            return found[1].voice(found[0].language)
        return lang_of(interaction)

    async def act(self, interaction: discord.Interaction, ticket_id: int, event: TicketEvent) -> None:
        found = await self.help.tickets.get(ticket_id)
        if found is None:
            raise NotFound()
        requester = found[0].requester_id == interaction.user.id
        lang = found[0].language if requester else lang_of(interaction)
        actor = await self.actor(found[1], interaction.user)
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            change = await self.help.actions.act(ticket_id, actor, event)
        except HelpRefused as refusal:
            if refusal.key != TicketErrorCode.CRISIS_NEEDS_CONFIRMATION or not isinstance(
                event, Resolve | Close
            ):
                raise
            await self.ask_to_confirm(interaction, ticket_id, actor, event)
            return
        await self.desk.after_transition(change)  # the space is updated before the actor is told "done"
        if isinstance(event, Reopen) and interaction.guild_id is None and change.after.thread_id:
            said = found[1].voice(lang) if requester else lang
            await reply(interaction, t("help.reopened_dm", said, ticket=f"<#{change.after.thread_id}>"))
        else:
            state = t(f"help.state_{change.after.state.value}", lang)
            await reply(interaction, t("help.ticket_updated", lang, state=state))

    async def ticket_button(self, interaction: discord.Interaction, action: str, ticket_id: int) -> None:
        lang = (
            await self.lang_for(interaction, ticket_id)
            if action in ("comment", "fine")
            else lang_of(interaction)
        )
        if action == "resolve":  # the confirmation of ending a crisis request (see ``ask_to_confirm``)
            pending = await self.help.actions.awaiting_confirmation(ticket_id, interaction.user.id)
            if pending is None:
                await reply(interaction, t("help.crisis_resolve_expired", lang_of(interaction)))
                return
            await self.act(interaction, ticket_id, replace(pending, confirmed=True))
        elif action == "comment":
            await interaction.response.send_modal(help_views.CommentModal(ticket_id, lang))
        elif action == "fine":
            await reply(interaction, t("help.follow_up_fine_reply", lang))
        else:
            events: dict[str, TicketEvent] = {"claim": Claim(), "close": Close(), "reopen": Reopen()}
            await self.act(interaction, ticket_id, events[action])

    async def choose_country(
        self, interaction: discord.Interaction, guild_id: int, code: str, language: str | None = None
    ) -> None:
        """The member's country for helplines: saved once, and the right numbers shown at once, in the
        language the question was asked in (the flow's)."""
        lang = language or lang_of(interaction)
        await self.countries.set(interaction.user.id, code, lang)
        policy, _guild = await self.guild_policy(guild_id)
        saved = t("help.country_saved", policy.member_voice(lang))
        await reply(interaction, saved + "\n\n" + helplines_text(policy, code, lang))

    async def ask_to_confirm(
        self, interaction: discord.Interaction, ticket_id: int, actor: Actor, event: Resolve | Close
    ) -> None:
        """A crisis request is not ended in one click, by any path: the domain refused it without a
        confirmation, so the one who asked gets an ephemeral button that applies the same change, with
        their note, confirmed. What they asked is kept in the ticket's history (the note sealed), so the
        button still works after a restart; it expires when the request ends, is reopened, or a day passes."""
        lang = lang_of(interaction)
        await self.help.actions.ask_to_end(ticket_id, actor, event)
        await reply(
            interaction,
            t("help.crisis_resolve_confirm", lang),
            view=help_views.confirm_resolve_view(ticket_id, lang),
        )

    async def show_transcript(self, interaction: discord.Interaction, number: int | None) -> None:
        """/ticket transcript: a closed request's conversation, for an admin or a helper who handled it
        (the service checks), privately, in the reader's language; a long one as an attached file."""
        lang = lang_of(interaction)
        if interaction.guild_id is None:
            raise NotAllowed("common.error_guild_only")
        ticket_id = number if number is not None else (await self.ticket_in(interaction))[0].id
        user = interaction.user
        roles = frozenset(r.id for r in getattr(user, "roles", ()))
        perms = getattr(user, "guild_permissions", None)
        is_admin = perms is not None and staff_by_permissions(perms, Role.ADMIN)
        viewer = Viewer(user.id, interaction.guild_id, roles, is_admin=is_admin)
        await interaction.response.defer(ephemeral=True, thinking=True)
        transcript = await self.help.transcripts.read(ticket_id, viewer)
        shown = transcript_message(transcript, lang)
        if len(shown) <= TRANSCRIPT_INLINE:
            await reply(interaction, shown)
            return
        document = render_text(transcript, lang).encode("utf-8")
        await interaction.followup.send(
            t("help.transcript_attached", lang, number=transcript.ticket_id, count=len(transcript.lines)),
            file=discord.File(io.BytesIO(document), filename=f"help-{transcript.ticket_id}-transcript.txt"),
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def survey(
        self,
        interaction: discord.Interaction,
        ticket_id: int,
        *,
        rating: int | None = None,
        solved: bool | None = None,
        comment: str | None = None,
    ) -> None:
        lang = await self.lang_for(interaction, ticket_id)
        await self.help.actions.survey(
            ticket_id, interaction.user.id, rating=rating, solved=solved, comment=comment
        )
        if comment is not None:
            key = "help.survey_comment_thanks"
        elif solved is True:
            key = "help.solved_yes_reply"
        elif solved is False:
            key = "help.solved_no_reply"
        else:
            key = "help.rating_thanks"
        await reply(interaction, t(key, lang))

    async def open_article(
        self, interaction: discord.Interaction, article_id: str, language: str | None = None
    ) -> None:
        lang = language or lang_of(interaction)
        article = await self.help.kb.open(interaction.guild_id, article_id, lang)
        await reply(interaction, article_text(article, lang))


TRANSCRIPT_INLINE = 1900  # longer: an attached text file


def transcript_message(transcript: Transcript, lang: str) -> str:
    """The transcript as one Discord message: times shown in the reader's own time zone."""
    lines = [
        t(
            "help.transcript_heading",
            lang,
            number=transcript.ticket_id,
            opened=stamp(transcript.opened_at, "f"),
            closed=stamp(transcript.closed_at, "f"),
        ),
        "",
    ]
    for line in transcript.lines:
        text = safe(line.text, 4000)
        if line.files:
            text = (text + " " if text else "") + plural("help.transcript_files", lang, line.files)
        lines.append(f"{stamp(line.at, 't')} **{author(line, lang)}**: {text}")
    if not transcript.lines:
        lines.append(t("help.transcript_empty", lang))
    return "\n".join(lines)
