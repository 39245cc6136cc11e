"""The way back from pseudonyms to Discord ids, for an approved real-id export only.

Pseudonyms are keyed HMACs and cannot be reversed: the bot recomputes them for every Discord id the
database knows in that server (members, moderators, reviewers) and keeps the matches. Members whose data
was erased are left out, so they stay pseudonymous in every later export.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import (
    Appeal,
    Case,
    EncryptedContent,
    ErasureRequest,
    ExportRequest,
    MemberKey,
    Shift,
    Strike,
    Ticket,
    TicketEvent,
)
from bot.governance.pseudonym import Pseudonymizer

ERASED_USER_ID = 0  # what an erased member's id becomes in rows kept for the statistics


async def known_user_ids(db: Database, guild_id: int) -> set[int]:
    columns = (
        (Case.user_id, Case.guild_id),
        (Case.actor_id, Case.guild_id),
        (Appeal.user_id, Appeal.guild_id),
        (Appeal.decided_by, Appeal.guild_id),
        (Ticket.user_id, Ticket.guild_id),
        (Ticket.claimed_by, Ticket.guild_id),
        (Strike.user_id, Strike.guild_id),
        (Strike.pardoned_by, Strike.guild_id),
        (MemberKey.user_id, MemberKey.guild_id),
        (EncryptedContent.user_id, EncryptedContent.guild_id),
        (Shift.user_id, Shift.guild_id),
        (ExportRequest.requested_by, ExportRequest.guild_id),
        (ExportRequest.approved_by, ExportRequest.guild_id),
        (ErasureRequest.confirmed_by, ErasureRequest.guild_id),
    )
    found: set[int] = set()
    async with db.unit_of_work() as session:
        for column, guild_column in columns:
            query = select(column).where(guild_column == guild_id, column.is_not(None)).distinct()
            found.update(uid for uid in (await session.execute(query)).scalars().all() if uid is not None)
        events = (
            select(TicketEvent.actor_id)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(Ticket.guild_id == guild_id, TicketEvent.actor_id.is_not(None))
            .distinct()
        )
        found.update(uid for uid in (await session.execute(events)).scalars().all() if uid is not None)
        erased = select(ErasureRequest.user_id).where(
            ErasureRequest.guild_id == guild_id, ErasureRequest.state == "done"
        )
        found.difference_update((await session.execute(erased)).scalars().all())
    found.discard(ERASED_USER_ID)
    return found


async def pseudonym_map(db: Database, pseudonyms: Pseudonymizer, guild_id: int) -> dict[str, int]:
    return {pseudonyms.pseudonym(guild_id, uid): uid for uid in await known_user_ids(db, guild_id)}
