"""The bot's own copies of a member's words on Discord, so that erasing the member reaches them too.

What quotes a member on Discord, and how it is found again at erasure:
- an appeal card in the moderators' queue (``appeals.queue_message_id``);
- a review card with the message excerpt (``cases.review_message_id``);
- a ticket's private space, with the relayed messages, notes and recaps posted there (``tickets.thread_id``;
  the whole thread is deleted);
- a ticket note copied into the queue (a ``member_copies`` row, recorded when posted).
Direct messages the bot sent the member (explanations, recaps and answers of a ticket opened by DM) are
not found again: their ids are not kept; the erasure report counts them as not reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import Appeal, Case, GuildSettings, MemberCopy, Ticket
from bot.domain.clock import Clock

APPEAL_CARD = "appeal_card"
REVIEW_CARD = "review_card"
TICKET_SPACE = "ticket_space"
TICKET_NOTE = "ticket_note"


@dataclass(frozen=True, slots=True)
class DiscordCopy:
    kind: str
    channel_id: int
    message_id: int | None  # None: the channel itself (a ticket's private thread) goes


@dataclass(frozen=True, slots=True)
class MemberTraces:
    copies: tuple[DiscordCopy, ...]
    direct_messages: int  # sent to the member by DM; their ids are not kept, so they are not reached


async def record_copy(
    db: Database, clock: Clock, guild_id: int, user_id: int, kind: str, channel_id: int, message_id: int
) -> None:
    """Remember a message the bot posted that quotes this member (erasure deletes it)."""
    async with db.unit_of_work() as session:
        await session.execute(
            insert(MemberCopy).values(
                guild_id=guild_id,
                user_id=user_id,
                kind=kind,
                channel_id=channel_id,
                message_id=message_id,
                created_at=clock.now(),
            )
        )


async def member_traces(session: AsyncSession, guild_id: int, user_id: int) -> MemberTraces:
    """Everything on Discord that quotes the member, found before their rows are anonymised. The
    ``member_copies`` rows are deleted here (they name the member)."""
    settings = await session.get(GuildSettings, guild_id)
    queue = settings.mod_queue_channel_id if settings is not None else None
    copies: list[DiscordCopy] = []
    if queue is not None:
        appeal_cards = await session.scalars(
            select(Appeal.queue_message_id).where(
                Appeal.guild_id == guild_id, Appeal.user_id == user_id, Appeal.queue_message_id.is_not(None)
            )
        )
        copies += [DiscordCopy(APPEAL_CARD, queue, int(m)) for m in appeal_cards if m is not None]
        review_cards = await session.scalars(
            select(Case.review_message_id).where(
                Case.guild_id == guild_id, Case.user_id == user_id, Case.review_message_id.is_not(None)
            )
        )
        copies += [DiscordCopy(REVIEW_CARD, queue, int(m)) for m in review_cards if m is not None]
    spaces = await session.scalars(
        select(Ticket.thread_id).where(
            Ticket.guild_id == guild_id, Ticket.user_id == user_id, Ticket.thread_id.is_not(None)
        )
    )
    copies += [DiscordCopy(TICKET_SPACE, t, None) for t in sorted({int(s) for s in spaces if s is not None})]
    recorded = (
        await session.execute(
            select(MemberCopy.kind, MemberCopy.channel_id, MemberCopy.message_id)
            .where(MemberCopy.guild_id == guild_id, MemberCopy.user_id == user_id)
            .order_by(MemberCopy.id)
        )
    ).all()
    copies += [DiscordCopy(kind, int(c), int(m)) for kind, c, m in recorded]
    await session.execute(
        delete(MemberCopy).where(MemberCopy.guild_id == guild_id, MemberCopy.user_id == user_id)
    )
    by_dm = await session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(Ticket.guild_id == guild_id, Ticket.user_id == user_id, Ticket.dm_channel_id.is_not(None))
    )
    explained = await session.scalar(
        select(func.count())
        .select_from(Case)
        .where(Case.guild_id == guild_id, Case.user_id == user_id, Case.dm_status == "delivered")
    )
    answered = await session.scalar(
        select(func.count())
        .select_from(Appeal)
        .where(Appeal.guild_id == guild_id, Appeal.user_id == user_id, Appeal.reply_status == "delivered")
    )
    # At least one DM per ticket opened by DM (there are usually more), per explanation, per answer.
    return MemberTraces(tuple(copies), int(by_dm or 0) + int(explained or 0) + int(answered or 0))


async def purge_copies_before(session: AsyncSession, cutoff: datetime) -> int:
    """Retention: forget copies recorded before ``cutoff`` (the Discord messages are not touched)."""
    result = await session.execute(delete(MemberCopy).where(MemberCopy.created_at < cutoff))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
