"""Member text at rest is sealed: the legacy plaintext columns are sealed once, at start-up.

Before issue #15 a ticket's topic (``tickets.topic``) and a moderator's appeal reply (``appeals.reply``)
were stored in plaintext. They are now sealed with the member's key (``topic_ref``, ``reply_ref``) when
written; rows written earlier are sealed here and their plaintext cleared (with ``secure_delete`` on, the
old bytes are overwritten), then the WAL is checkpointed. Rows of erased members (user id 0) have no key
any more: their plaintext is simply cleared.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Appeal, Ticket
from bot.services.governance.ids import ERASED_USER_ID
from bot.services.recorder import ContentVault

log = logging.getLogger(__name__)
BATCH = 200


@dataclass(frozen=True)
class LegacySealed:
    topics: int
    replies: int

    @property
    def total(self) -> int:
        return self.topics + self.replies


async def seal_legacy_text(db: Database, vault: ContentVault) -> LegacySealed:
    """Seal every legacy plaintext topic and appeal reply; idempotent and cheap when there are none."""
    topics = replies = 0
    while True:
        async with db.unit_of_work() as session:
            tickets = (
                await session.scalars(select(Ticket).where(Ticket.topic.is_not(None)).limit(BATCH))
            ).all()
            appeals = (
                await session.scalars(select(Appeal).where(Appeal.reply.is_not(None)).limit(BATCH))
            ).all()
            for ticket in tickets:
                if ticket.user_id != ERASED_USER_ID and ticket.topic_ref is None:
                    ticket.topic_ref = await vault.seal(
                        session, ticket.guild_id, ticket.user_id, "topic", ticket.topic or ""
                    )
                ticket.topic = None
            for appeal in appeals:
                if appeal.user_id != ERASED_USER_ID and appeal.reply_ref is None:
                    appeal.reply_ref = await vault.seal(
                        session, appeal.guild_id, appeal.user_id, "reply", appeal.reply or ""
                    )
                appeal.reply = None
            topics += len(tickets)
            replies += len(appeals)
        if len(tickets) < BATCH and len(appeals) < BATCH:
            break
    result = LegacySealed(topics, replies)
    if result.total:
        await db.checkpoint()
        log.info("sealed %s legacy topic(s) and %s legacy appeal reply(ies)", topics, replies)
    return result
