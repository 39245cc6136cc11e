"""Who is on duty: manual shifts (``/shift start|end``) over a weekly rota stored per server.

Storage: ``shifts`` rows with ``source = "manual"`` are ``/shift start`` periods (open until ``/shift
end``); ``source = "off"`` rows end a scheduled shift early (until the scheduled end). The rota lives in
``rota_entries``. Who is on duty is computed at the moment it is needed (``bot.domain.help.rota.on_duty``), so
a restart loses nothing; a ``rota_change`` deadline per server only announces the scheduled changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import RotaEntry as RotaRow
from bot.db.models import Shift
from bot.db.models import Ticket as TicketRow
from bot.domain.help.rota import (
    ManualShift,
    Rota,
    RotaEntry,
    end_shift,
    next_changes,
    on_duty,
    start_shift,
)
from bot.domain.help.rota_parse import parse_time
from bot.domain.help.ticket_types import TicketState
from bot.governance.entry import EntryKind
from bot.governance.pseudonym import ActorRole as LogRole
from bot.scheduling import deadlines
from bot.scheduling.deadlines import SubjectCodec
from bot.services.context import AppContext
from bot.services.guilds import GuildService
from bot.services.help.types import GuildHelp, RotaTick
from bot.services.policies import PolicyRegistry
from bot.services.recorder import GovernanceRecorder, GovEvent

ROTA_CHANGE = "rota_change"
LOOKAHEAD = timedelta(days=8)  # a weekly rota always has a change within a week
ANNOUNCE_WINDOW = timedelta(hours=1)
MANUAL = "manual"
OFF = "off"


def rota_subject(guild_id: int) -> str:
    return SubjectCodec("guild")(guild_id)


class ShiftService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.clock = ctx.clock
        self.guilds: GuildService = ctx.shared.guilds
        self.policies: PolicyRegistry = ctx.shared.policies
        self.governance: GovernanceRecorder = ctx.shared.recorder

    # --- reading ------------------------------------------------------------------------------

    async def guild(self, session: AsyncSession, guild_id: int) -> GuildHelp:
        row = await self.guilds.get(session, guild_id)
        return GuildHelp.of(row, self.policies.for_settings(row))

    async def settings(self, guild_id: int) -> GuildHelp:
        """The server's help settings (roles, channels), for the cogs' checks."""
        async with self.db.unit_of_work() as session:
            return await self.guild(session, guild_id)

    async def manual_shifts(self, session: AsyncSession, guild_id: int, now: datetime) -> list[ManualShift]:
        rows = await session.execute(
            select(Shift).where(
                Shift.guild_id == guild_id,
                Shift.source.in_((MANUAL, OFF)),
                or_(Shift.ended_at.is_(None), Shift.ended_at > now),
            )
        )
        return [
            ManualShift(
                moderator_id=row.user_id,
                started_at=row.started_at,
                ended_at=row.ended_at,
                on_duty=row.source == MANUAL,
            )
            for row in rows.scalars()
        ]

    async def rota(self, session: AsyncSession, guild_id: int) -> Rota:
        rows = await session.execute(
            select(RotaRow).where(RotaRow.guild_id == guild_id).order_by(RotaRow.user_id, RotaRow.weekday)
        )
        return Rota(
            entries=tuple(
                RotaEntry(
                    moderator_id=row.user_id,
                    weekday=row.weekday,
                    start=parse_time(row.start),
                    end=parse_time(row.end, allow_24=True),
                    tz=row.tz,
                )
                for row in rows.scalars()
            )
        )

    async def on_duty_ids(self, session: AsyncSession, guild_id: int, now: datetime) -> tuple[int, ...]:
        manual = await self.manual_shifts(session, guild_id, now)
        return tuple(sorted(on_duty(manual, await self.rota(session, guild_id), now)))

    async def who(self, guild_id: int) -> tuple[int, ...]:
        async with self.db.unit_of_work() as session:
            return await self.on_duty_ids(session, guild_id, self.clock.now())

    async def waiting_tickets(self, session: AsyncSession, guild_id: int) -> list[TicketRow]:
        """Open (unclaimed) tickets: a peer moderator coming on duty joins their spaces."""
        rows = await session.execute(
            select(TicketRow)
            .where(TicketRow.guild_id == guild_id, TicketRow.state == TicketState.OPEN)
            .order_by(TicketRow.id)
        )
        return list(rows.scalars())

    # --- /shift start | end ---------------------------------------------------------------------

    async def start(self, guild_id: int, user_id: int, *, trained: bool) -> tuple[int, ...]:
        """Go on duty; raises ``RotaError`` (not trained, already on). Returns the threads of the tickets
        waiting for a peer moderator, so the cog can add the moderator to them."""
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            manual = await self.manual_shifts(session, guild_id, now)
            shift = start_shift(
                user_id,
                trained=trained,
                now=now,
                manual_shifts=manual,
                rota=await self.rota(session, guild_id),
            )
            await self.guilds.get(session, guild_id)
            session.add(Shift(guild_id=guild_id, user_id=user_id, source=MANUAL, started_at=shift.started_at))
            waiting = await self.waiting_tickets(session, guild_id)
            return tuple(t.thread_id for t in waiting if t.thread_id is not None)

    async def end(self, guild_id: int, user_id: int) -> None:
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            manual = await self.manual_shifts(session, guild_id, now)
            result = end_shift(
                user_id, now=now, manual_shifts=manual, rota=await self.rota(session, guild_id)
            )
            if result.closed:
                open_rows = await session.execute(
                    select(Shift).where(
                        Shift.guild_id == guild_id,
                        Shift.user_id == user_id,
                        Shift.source == MANUAL,
                        or_(Shift.ended_at.is_(None), Shift.ended_at > now),
                    )
                )
                for row in open_rows.scalars():
                    row.ended_at = now
            if result.off is not None:
                session.add(
                    Shift(
                        guild_id=guild_id,
                        user_id=user_id,
                        source=OFF,
                        started_at=result.off.started_at,
                        ended_at=result.off.ended_at,
                    )
                )

    # --- the rota -----------------------------------------------------------------------------

    async def set_rota(
        self, guild_id: int, rota: Rota, *, actor_id: int, replace_for: Iterable[int] | None = None
    ) -> Rota:
        """Store ``rota``: replace the whole rota (``replace_for=None``) or only these moderators'
        entries. Schedules the next announced change. Returns the server's full rota."""
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            guild = await self.guild(session, guild_id)
            query = delete(RotaRow).where(RotaRow.guild_id == guild_id)
            if replace_for is not None:
                query = query.where(RotaRow.user_id.in_(list(replace_for)))
            await session.execute(query)
            for entry in rota.entries:
                session.add(
                    RotaRow(
                        guild_id=guild_id,
                        user_id=entry.moderator_id,
                        weekday=entry.weekday,
                        start=entry.start.strftime("%H:%M"),
                        end=entry.end.strftime("%H:%M"),
                        tz=entry.tz,
                    )
                )
            await session.flush()
            full = await self.rota(session, guild_id)
            await self.governance.record(
                session,
                GovEvent(
                    guild_id=guild_id,
                    kind=EntryKind.CONFIG_CHANGE,
                    actor_id=actor_id,
                    actor_role=LogRole.ADMIN,
                    action="rota",
                    policy_version=guild.policy_version,
                    data={
                        "setting": "rota",
                        "entries": len(full.entries),
                        "moderators": len(full.moderators),
                    },
                ),
            )
            due = await self._schedule_next(session, guild_id, full, now)
        if due is not None:
            self.ctx.deadlines.notify(due)
        return full

    async def next_change_at(self, guild_id: int) -> datetime | None:
        """When the next scheduled shift starts or ends (the pending ``rota_change`` deadline)."""
        from bot.db.models import Deadline, DeadlineStatus

        async with self.db.unit_of_work() as session:
            found = await session.execute(
                select(Deadline.due_at).where(
                    Deadline.kind == ROTA_CHANGE,
                    Deadline.subject == rota_subject(guild_id),
                    Deadline.status == DeadlineStatus.PENDING,
                )
            )
            return min((due for (due,) in found), default=None)

    async def show_rota(self, guild_id: int) -> Rota:
        async with self.db.unit_of_work() as session:
            return await self.rota(session, guild_id)

    async def _schedule_next(
        self, session: AsyncSession, guild_id: int, rota: Rota, after: datetime
    ) -> datetime | None:
        changes = next_changes(rota, after, after + LOOKAHEAD)
        if not changes:
            await deadlines.cancel(session, kind=ROTA_CHANGE, subject=rota_subject(guild_id))
            return None
        due = changes[0].at
        await deadlines.schedule(
            session,
            kind=ROTA_CHANGE,
            subject=rota_subject(guild_id),
            due_at=due,
            now=self.clock.now(),
            guild_id=guild_id,
            payload={"after": after.isoformat()},
        )
        return due

    async def rota_tick(self, guild_id: int, since: datetime) -> RotaTick:
        """The ``rota_change`` deadline: the scheduled starts and ends in (since, now], then the next one."""
        now = self.clock.now()
        since = max(since, now - ANNOUNCE_WINDOW)  # after a long outage, do not announce stale changes
        async with self.db.unit_of_work() as session:
            guild = await self.guild(session, guild_id)
            rota = await self.rota(session, guild_id)
            changes = next_changes(rota, since, now)
            started = tuple(sorted({c.moderator_id for c in changes if c.starts}))
            ended = tuple(sorted({c.moderator_id for c in changes if not c.starts} - set(started)))
            waiting = await self.waiting_tickets(session, guild_id) if started else []
            due = await self._schedule_next(session, guild_id, rota, now)
            threads = tuple(t.thread_id for t in waiting if t.thread_id is not None)
        if due is not None:
            self.ctx.deadlines.notify(due)
        return RotaTick(guild=guild, started=started, ended=ended, waiting_threads=threads)
