"""Database builders for governance service tests: servers, log entries, cases, tickets, sealed content."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import (
    Appeal,
    Case,
    GovernanceCheckpoint,
    GovernanceEntry,
    GovernanceHead,
    Ticket,
    TicketEvent,
)
from bot.governance.chain import EntryKind, LogEntry, build_entry
from bot.services.guilds import GuildService
from bot.services.recorder import GovernanceRecorder, GovEvent, row_to_entry
from bot.services.wiring import Services

GUILD = 812_345_678_901_234_567
ALICE = 913_456_789_012_345_678
BOB = 923_456_789_012_345_678
MOD = 933_456_789_012_345_678
ADA = 943_456_789_012_345_678  # admin
ZED = 953_456_789_012_345_678  # second admin


async def add_guild(ctx: Services, guild_id: int = GUILD, **changes: object) -> None:
    guilds: GuildService = ctx.guilds
    async with ctx.db.unit_of_work() as session:
        await guilds.get(session, guild_id, name="test")
        if changes:
            await guilds.update(session, guild_id, **changes)


async def record(ctx: Services, event: GovEvent) -> LogEntry:
    recorder: GovernanceRecorder = ctx.recorder
    async with ctx.db.unit_of_work() as session:
        return await recorder.record(session, event)


async def record_actions(ctx: Services, count: int, guild_id: int = GUILD) -> list[LogEntry]:
    entries = []
    for i in range(count):
        entries.append(
            await record(
                ctx,
                GovEvent(
                    guild_id,
                    EntryKind.MODERATION_ACTION,
                    actor_id=None if i % 2 else MOD,
                    subject_id=ALICE if i % 3 else BOB,
                    rule_id=("respect", "spam")[i % 2],
                    action=("hide", "warn", "timeout")[i % 3],
                    duration_seconds=600 if i % 3 == 2 else None,
                    policy_version="abc123def456",
                    signals={"toxicity": 0.91, "words": ["x"]},
                    data={"n": i},
                ),
            )
        )
    return entries


async def rows(db: Database, guild_id: int = GUILD) -> list[GovernanceEntry]:
    async with db.unit_of_work() as session:
        query = select(GovernanceEntry).where(GovernanceEntry.guild_id == guild_id)
        return list((await session.scalars(query.order_by(GovernanceEntry.seq))).all())


async def entries_of_kind(db: Database, kind: str, guild_id: int = GUILD) -> list[LogEntry]:
    return [row_to_entry(r) for r in await rows(db, guild_id) if r.kind == kind]


async def checkpoint_seqs(db: Database, guild_id: int = GUILD) -> list[int]:
    async with db.unit_of_work() as session:
        query = select(GovernanceCheckpoint.seq).where(GovernanceCheckpoint.guild_id == guild_id)
        return sorted((await session.scalars(query)).all())


async def rewrite_from(db: Database, seq: int, change: dict[str, object], guild_id: int = GUILD) -> None:
    """An attacker with database access: change entry ``seq`` and re-hash everything after it."""
    async with db.unit_of_work() as session:
        stored = list(
            (
                await session.scalars(
                    select(GovernanceEntry)
                    .where(GovernanceEntry.guild_id == guild_id)
                    .order_by(GovernanceEntry.seq)
                )
            ).all()
        )
        prev: LogEntry | None = None
        for row in stored:
            entry = row_to_entry(row)
            if row.seq < seq:
                prev = entry
                continue
            data = dict(entry.data)
            if row.seq == seq:
                data.update(change)
            rebuilt = build_entry(
                prev,
                guild_id=entry.guild_id,
                at=entry.at,
                kind=entry.kind,
                actor=entry.actor,
                subject=entry.subject,
                rule_id=entry.rule_id,
                action=entry.action,
                duration_seconds=entry.duration_seconds,
                policy_version=entry.policy_version,
                signals=entry.signals,
                refs=entry.refs,
                data=data,
            )
            from bot.governance.canonical import canonical_text

            row.data = canonical_text(rebuilt.data)
            row.prev_hash, row.hash = rebuilt.prev_hash, rebuilt.hash
            prev = rebuilt
        head = await session.get(GovernanceHead, guild_id)
        assert head is not None and prev is not None
        head.hash = prev.hash


async def add_case(
    ctx: Services,
    at: datetime,
    *,
    user_id: int = ALICE,
    rule_id: str | None = "respect",
    action: str = "hide",
    automatic: bool = True,
    status: str = "applied",
    clarity: bool | None = None,
    excerpt_ref: int | None = None,
    guild_id: int = GUILD,
) -> int:
    async with ctx.db.unit_of_work() as session:
        case = Case(
            guild_id=guild_id,
            user_id=user_id,
            rule_id=rule_id,
            action=action,
            automatic=automatic,
            actor_id=None if automatic else MOD,
            policy_version="abc123def456",
            status=status,
            clarity=clarity,
            excerpt_ref=excerpt_ref,
            explanation_sent="Your message was hidden (rule: respect).",
            created_at=at,
            updated_at=at,
        )
        session.add(case)
        await session.flush()
        return case.id


async def add_appeal(
    ctx: Services,
    case_id: int,
    opened: datetime,
    *,
    state: str = "open",
    decided: datetime | None = None,
    user_id: int = ALICE,
    text_ref: int | None = None,
) -> int:
    async with ctx.db.unit_of_work() as session:
        appeal = Appeal(
            guild_id=GUILD,
            case_id=case_id,
            user_id=user_id,
            state=state,
            decided_at=decided,
            decided_by=MOD if decided else None,
            text_ref=text_ref,
            created_at=opened,
        )
        session.add(appeal)
        await session.flush()
        return appeal.id


async def add_ticket(
    ctx: Services,
    opened: datetime,
    *,
    slo: int = 15,
    first_response: timedelta | None = None,
    closes: tuple[datetime, ...] = (),
    reopens: tuple[datetime, ...] = (),
    escalations: tuple[datetime, ...] = (),
    solved: bool | None = None,
    rating: int | None = None,
    comment_ref: int | None = None,
    transcript_ref: int | None = None,
    user_id: int = ALICE,
    priority: str = "normal",
    responder: int | None = None,
) -> int:
    """A ticket with its event history; the row's own columns hold the *latest* state, as in production."""
    closed_now = bool(closes) and (not reopens or closes[-1] > reopens[-1])
    async with ctx.db.unit_of_work() as session:
        ticket = Ticket(
            guild_id=GUILD,
            user_id=user_id,
            origin="crisis" if priority == "crisis" else "slash",
            priority=priority,
            state="closed" if closed_now else "open",
            opened_at=opened,
            first_response_at=opened + first_response if first_response is not None else None,
            slo_minutes=slo,
            escalation_level=0,
            closed_at=closes[-1] if closed_now else None,
            reopened_count=len(reopens),
            last_reopened_at=reopens[-1] if reopens else None,
            rating=rating,
            rating_comment_ref=comment_ref,
            solved=solved,
            transcript_ref=transcript_ref,
        )
        session.add(ticket)
        await session.flush()
        events = [("opened", opened)]
        events += [("closed", at) for at in closes]
        events += [("reopened", at) for at in reopens]
        events += [("escalated", at) for at in escalations]
        for kind, at in events:
            session.add(TicketEvent(ticket_id=ticket.id, kind=kind, actor_id=None, at=at, data={}))
        if first_response is not None:
            at = opened + first_response
            session.add(
                TicketEvent(ticket_id=ticket.id, kind="first_response", actor_id=responder, at=at, data={})
            )
        return ticket.id
