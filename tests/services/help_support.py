"""Helpers for the help service tests: a real context on a test database, a seeded server, readers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Deadline, GovernanceEntry, TicketEvent
from bot.db.models import Ticket as TicketRow
from bot.domain.clock import MovableClock
from bot.domain.help.ticket_types import Actor, ActorRole
from bot.services.help import HelpServices
from bot.services.wiring import Services
from tests.services_support import make_context

GUILD = 900_000_000_000_000_001
HELP_CHANNEL = 900_000_000_000_000_010
MOD_QUEUE = 900_000_000_000_000_011
PEER_ROLE = 900_000_000_000_000_020
SPECIALIST_ROLE = 900_000_000_000_000_021
ADMIN_ROLE = 900_000_000_000_000_022

ALICE = 100_000_000_000_000_001  # a member
BOB = 100_000_000_000_000_002  # another member
PIA = 200_000_000_000_000_001  # a trained peer moderator
PAUL = 200_000_000_000_000_002  # another trained peer moderator
SAM = 300_000_000_000_000_001  # a specialist

PIA_ACTOR = Actor(PIA, ActorRole.PEER_MODERATOR)
PAUL_ACTOR = Actor(PAUL, ActorRole.PEER_MODERATOR)
SAM_ACTOR = Actor(SAM, ActorRole.SPECIALIST)
ALICE_ACTOR = Actor(ALICE, ActorRole.MEMBER)
BOB_ACTOR = Actor(BOB, ActorRole.MEMBER)


@dataclass
class HelpEnv:
    ctx: Services
    clock: MovableClock
    help: HelpServices
    db: Database

    async def rows(self, model: Any, *where: Any) -> list[Any]:
        async with self.db.sessions() as session:
            return list((await session.execute(select(model).where(*where).order_by(model.id))).scalars())

    async def ticket(self, ticket_id: int) -> TicketRow:
        rows = await self.rows(TicketRow, TicketRow.id == ticket_id)
        return rows[0]

    async def events(self, ticket_id: int) -> list[str]:
        return [e.kind for e in await self.rows(TicketEvent, TicketEvent.ticket_id == ticket_id)]

    async def log(self, kind: str | None = None) -> list[GovernanceEntry]:
        where = [GovernanceEntry.guild_id == GUILD]
        if kind is not None:
            where.append(GovernanceEntry.kind == kind)
        async with self.db.sessions() as session:
            query = select(GovernanceEntry).where(*where).order_by(GovernanceEntry.seq)
            return list((await session.execute(query)).scalars())

    async def pending(self, kind: str) -> list[Deadline]:
        return await self.rows(Deadline, Deadline.kind == kind, Deadline.status == "pending")


def data_of(entry: GovernanceEntry) -> dict[str, Any]:
    return json.loads(entry.data)


async def make_help_env(db: Database, tmp_path: Path, *, help_channel: bool = True) -> HelpEnv:
    clock = MovableClock()
    ctx = await make_context(db, tmp_path, clock)
    async with db.unit_of_work() as session:
        await ctx.guilds.update(
            session,
            GUILD,
            name="Havre test",
            language="fr",
            help_channel_id=HELP_CHANNEL if help_channel else None,
            mod_queue_channel_id=MOD_QUEUE,
            peer_role_id=PEER_ROLE,
            specialist_role_id=SPECIALIST_ROLE,
            admin_role_id=ADMIN_ROLE,
        )
    return HelpEnv(ctx=ctx, clock=clock, help=ctx.help, db=db)
