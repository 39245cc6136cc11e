"""Working a ticket: claim, transfer, release, resolve, close, reopen; answers in the space; the
member's survey; internal notes. Each is one unit of work: the change, its history, its governance
entry and its deadlines are committed together."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Ticket as TicketRow
from bot.db.models import TicketEvent as TicketEventRow
from bot.domain.clock import ensure_utc
from bot.domain.help.kb import Article
from bot.domain.help.ticket_survey import record_survey
from bot.domain.help.ticket_types import (
    Actor,
    ActorRole,
    Ticket,
    TicketError,
    TicketErrorCode,
    TicketEventKind,
    TicketState,
)
from bot.domain.help.tickets import (
    Claim,
    Close,
    Reopen,
    Resolve,
    TicketEvent,
    Transfer,
    record_moderator_message,
    transition,
)
from bot.services.help import records
from bot.services.help.core import HelpCore, refused
from bot.services.help.types import GuildHelp, SurveyAnswer, ThreadMessage, TicketView, Transition

RECAP_MAX = 1500
CONFIRM_WITHIN = timedelta(hours=24)  # a crisis close asked and not confirmed within a day is asked again
# What a confirmation stays valid against: a later request to end it, or the request ended or reopened.
_ENDING_KINDS = (
    records.CRISIS_END_ASKED,
    TicketEventKind.RESOLVED.value,
    TicketEventKind.CLOSED.value,
    TicketEventKind.REOPENED.value,
)
NOTE_MAX = 1500


class TicketActions:
    def __init__(self, core: HelpCore) -> None:
        self.core = core

    async def _load_of(self, session: AsyncSession, guild_id: int, moderator_id: int) -> list[Ticket]:
        """The moderator's active tickets, for the load cap."""
        rows = await session.execute(
            select(TicketRow).where(
                TicketRow.guild_id == guild_id,
                TicketRow.claimed_by == moderator_id,
                TicketRow.state.in_((TicketState.OPEN, TicketState.CLAIMED)),
            )
        )
        return [records.to_domain(row, None) for row in rows.scalars()]

    async def act(self, ticket_id: int, actor: Actor, event: TicketEvent) -> Transition:
        """Apply a ticket event; raises ``HelpRefused`` (a member-safe text) when it is not allowed. A
        ``Resolve`` or ``Close`` carries the helper's recap (``note``), sealed with the member's key."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            scope = await core.scope(session, row.guild_id)
            if isinstance(event, Claim):
                event = Claim(load=await self._load_of(session, row.guild_id, actor.user_id))
            elif isinstance(event, Transfer):
                event = Transfer(
                    to=event.to, load=await self._load_of(session, row.guild_id, event.to.user_id)
                )
            before = core.view(row, ticket, scope)
            try:
                after, changes = transition(ticket, event, actor, now, scope.rules)
            except TicketError as error:
                own = actor.user_id == row.user_id  # the member, in their own request: its language
                raise refused(error).in_voice(
                    scope.policy.member_voice(ticket.language) if own else None
                ) from None
            data: dict[str, object] = {}
            text = event.note.strip()[:RECAP_MAX] if isinstance(event, Resolve | Close) else ""
            if text and isinstance(event, Resolve | Close):
                data["recap_ref"] = (
                    event.sealed  # the recap kept when the end was asked (``awaiting_confirmation``)
                    if event.sealed is not None
                    else await core.vault.seal(session, row.guild_id, row.user_id, "recap", text)
                )
            dues = await core.save(session, scope, row, after, changes, actor, data=data or None)
            on_duty: tuple[int, ...] = ()
            if isinstance(event, Reopen):
                on_duty = await core.shifts.on_duty_ids(session, row.guild_id, now)
            links: tuple[Article, ...] = ()
            if isinstance(event, Resolve | Close):
                topic = await core.vault.open(session, row.topic_ref) or row.topic or ""
                links = tuple(core.kb.suggest(scope.policy, topic, after.language))
            result = Transition(
                before=before,
                after=core.view(row, after, scope),
                guild=scope.guild,
                records=tuple(changes),
                on_duty=on_duty,
                links=links,
                recap=text,
            )
        core.notify(dues)
        return result

    async def ask_to_end(self, ticket_id: int, actor: Actor, event: Resolve | Close) -> None:
        """A crisis request's end, refused without a confirmation: what the helper asked and their recap
        (sealed with the member's key) are kept in the ticket's history until they confirm
        (``awaiting_confirmation``), so that a restart between the question and the click loses neither."""
        core = self.core
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            data: dict[str, object] = {"action": "close" if isinstance(event, Close) else "resolve"}
            text = event.note.strip()[:RECAP_MAX]
            if text:
                data["note_ref"] = await core.vault.seal(session, row.guild_id, row.user_id, "recap", text)
            session.add(
                records.event_row(ticket, records.CRISIS_END_ASKED, actor.user_id, core.clock.now(), data)
            )

    async def awaiting_confirmation(self, ticket_id: int, user_id: int) -> Resolve | Close | None:
        """The end of a crisis request this helper asked for and has not confirmed yet, with its recap:
        None when another end was asked since, the request was ended or reopened since, or a day passed."""
        core = self.core
        async with core.db.unit_of_work() as session:
            latest = await session.scalar(
                select(TicketEventRow)
                .where(TicketEventRow.ticket_id == ticket_id, TicketEventRow.kind.in_(_ENDING_KINDS))
                .order_by(TicketEventRow.id.desc())
                .limit(1)
            )
            if (
                latest is None
                or latest.kind != records.CRISIS_END_ASKED
                or latest.actor_id != user_id
                or core.clock.now() - ensure_utc(latest.at) > CONFIRM_WITHIN
            ):
                return None
            ref = latest.data.get("note_ref")
            note = await core.vault.open(session, int(str(ref))) if ref is not None else None
            kind = Close if latest.data.get("action") == "close" else Resolve
            return kind(note=note or "", sealed=int(str(ref)) if note else None)

    async def on_message(self, ticket_id: int, actor: Actor) -> ThreadMessage:
        """A message in the ticket's space. A helper's message is the first response (or the answer
        awaited after a reopen): it is recorded and the escalation ladder stops."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            scope = await core.scope(session, row.guild_id)
            after, changes = record_moderator_message(ticket, actor, now)
            dues = await core.save(session, scope, row, after, changes, actor) if changes else []
            result = ThreadMessage(
                ticket=core.view(row, after, scope),
                answered=bool(changes),
                relay_to_dm=row.dm_channel_id is not None and actor.user_id != row.user_id,
            )
        core.notify(dues)
        return result

    async def survey(
        self,
        ticket_id: int,
        user_id: int,
        *,
        rating: int | None = None,
        solved: bool | None = None,
        comment: str | None = None,
    ) -> SurveyAnswer:
        """The member's rating, "did this solve your problem?" and comment (sealed with their key)."""
        core = self.core
        now = core.clock.now()
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            scope = await core.scope(session, row.guild_id)
            try:
                after, changes = record_survey(
                    ticket,
                    Actor(user_id, ActorRole.MEMBER),
                    now,
                    rating=rating,
                    solved=solved,
                    comment=comment,
                )
            except TicketError as error:
                raise refused(error).in_voice(scope.policy.member_voice(ticket.language)) from None
            data: dict[str, object] = {"commented": bool(comment and comment.strip())}
            if comment and comment.strip() and after.survey is not None:
                ref = await core.vault.seal(
                    session, row.guild_id, row.user_id, "comment", after.survey.comment
                )
                row.rating_comment_ref = ref
                data["comment_ref"] = ref
            await core.save(session, scope, row, after, changes, Actor(user_id, ActorRole.MEMBER), data=data)
            return SurveyAnswer(
                ticket=core.view(row, after, scope),
                rating=after.survey.rating if after.survey else None,
                solved=after.survey.solved if after.survey else None,
                commented=bool(data["commented"]),
            )

    async def note(self, ticket_id: int, actor: Actor, text: str) -> tuple[TicketView, GuildHelp, int]:
        """An internal note: sealed with the member's key, for the team only. Returns the content id."""
        if not actor.is_helper:
            raise refused(TicketError(TicketErrorCode.NOT_PEER_MODERATOR))
        core = self.core
        async with core.db.unit_of_work() as session:
            row, ticket = await core.load(session, ticket_id)
            scope = await core.scope(session, row.guild_id)
            ref = await core.vault.seal(session, row.guild_id, row.user_id, "note", text.strip()[:NOTE_MAX])
            session.add(
                records.event_row(ticket, records.NOTE, actor.user_id, core.clock.now(), {"ref": ref})
            )
            return core.view(row, ticket, scope), scope.guild, ref
