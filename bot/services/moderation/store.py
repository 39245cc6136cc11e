"""Cases, strikes and their deadlines in the database, each write logged in the same transaction.

Repositories never commit: every function here takes the caller's session (one unit of work), except
the ``CaseStore`` methods named ``*_uow`` which open their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import (
    ROW_ID,
    Database,
    bulk_insert,
    core_columns,
    insert_ids,
    one_of,
    update_rows,
    upsert,
)
from bot.db.group_read import GroupRead
from bot.db.models import Appeal, Case, CaseEffect, Deadline, DeadlineStatus, GuildSettings, Strike
from bot.domain.clock import Clock
from bot.domain.moderation.decision import Decision, HistoryEntry, MemberHistory
from bot.domain.policy.models import Action, Policy
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.scheduling import deadlines
from bot.scheduling.deadlines import SubjectCodec
from bot.services.errors import NotFound
from bot.services.guilds import GuildService
from bot.services.moderation.snapshot import decision_json, to_record
from bot.services.moderation.types import AppealRecord, AppealState, CaseRecord, CaseStatus, DmStatus
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent

TIMEOUT_END = "timeout_end"
PROBATION_END = "probation_end"
BAN_END = "ban_end"
DEADLINE_KINDS = (TIMEOUT_END, PROBATION_END, BAN_END)
HISTORY_BATCH = 256  # members' histories read in one query at most
EXCERPT_SEAL_LIMIT = 1000  # characters of the member's message kept (sealed) as evidence


CASE_SUBJECT = SubjectCodec("case")


def subject(case_id: int) -> str:
    return CASE_SUBJECT(case_id)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Written:
    case: CaseRecord
    due: tuple[datetime, ...]  # deadlines to announce to the runner after the commit


class CaseStore:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        guilds: GuildService,
        policies: PolicyRegistry,
        recorder: GovernanceRecorder,
        vault: ContentVault,
    ) -> None:
        self.db = db
        self.clock = clock
        self.guilds = guilds
        self.policies = policies
        self.recorder = recorder
        self.vault = vault
        self._histories = GroupRead(db, self._read_histories, MemberHistory(), max_batch=HISTORY_BATCH)

    # reading ----------------------------------------------------------------------------------------

    async def settings(self, guild_id: int) -> GuildSettings:
        """The server's settings (cached by ``GuildService``; created on first sight). Read only."""
        return await self.guilds.load(guild_id)

    async def policy_for(self, guild_id: int) -> tuple[GuildSettings, Policy]:
        row = await self.settings(guild_id)
        return row, self.policies.for_settings(row)

    async def history(
        self, session: AsyncSession, guild_id: int, user_id: int, now: datetime, window: timedelta
    ) -> MemberHistory:
        """Breaches on the member's record within ``window`` (pardoned ones excluded)."""
        rows = await session.execute(
            select(Strike.at, Strike.rule_id, Strike.is_strike).where(
                Strike.guild_id == guild_id,
                Strike.user_id == user_id,
                Strike.pardoned_at.is_(None),
                Strike.at > now - window,
            )
        )
        return MemberHistory.of(HistoryEntry(at, rule, bool(strike)) for at, rule, strike in rows)

    async def member_history(
        self, guild_id: int, user_id: int, now: datetime, window: timedelta
    ) -> MemberHistory:
        """``history`` in a read of its own, shared with the other members' reads asked for meanwhile
        (``GroupRead``): in a raid, one query for many members instead of a transaction each."""
        return await self._histories.get((guild_id, user_id, now - window))

    async def _read_histories(
        self, session: AsyncSession, asked: list[tuple[int, int, datetime]]
    ) -> dict[tuple[int, int, datetime], MemberHistory]:
        by_guild: dict[int, tuple[set[int], datetime]] = {}
        for guild_id, user_id, since in asked:
            users, earliest = by_guild.get(guild_id, (set(), since))
            users.add(user_id)
            by_guild[guild_id] = (users, min(earliest, since))
        found: dict[tuple[int, int], list[HistoryEntry]] = {}
        strikes = core_columns(Strike)
        for guild_id, (users, since) in sorted(by_guild.items()):
            rows = await session.execute(
                select(strikes.user_id, strikes.at, strikes.rule_id, strikes.is_strike).where(
                    strikes.guild_id == guild_id,
                    one_of(session, strikes.user_id, users),
                    strikes.pardoned_at.is_(None),
                    strikes.at > since,
                )
            )
            for user_id, at, rule, strike in rows:
                found.setdefault((guild_id, user_id), []).append(HistoryEntry(at, rule, bool(strike)))
        return {
            (guild_id, user_id, since): MemberHistory.of(
                entry for entry in found.get((guild_id, user_id), ()) if entry.at > since
            )
            for guild_id, user_id, since in asked
        }

    async def case_row(self, session: AsyncSession, case_id: int, guild_id: int | None = None) -> Case:
        row = await session.get(Case, case_id)
        if row is None or (guild_id is not None and row.guild_id != guild_id):
            raise NotFound()
        return row

    async def case(self, case_id: int, guild_id: int | None = None) -> CaseRecord:
        async with self.db.reading() as session:
            return to_record(await self.case_row(session, case_id, guild_id))

    async def case_signals(self, case_id: int) -> dict[str, Any]:
        async with self.db.reading() as session:
            row = await self.case_row(session, case_id)
            return dict(row.signals or {})

    async def cases_of(self, guild_id: int, user_id: int, limit: int = 50) -> list[CaseRecord]:
        async with self.db.reading() as session:
            rows = await session.execute(
                select(Case)
                .where(Case.guild_id == guild_id, Case.user_id == user_id)
                .order_by(Case.created_at.desc(), Case.id.desc())
                .limit(limit)
            )
            return [to_record(row) for row in rows.scalars()]

    async def latest_cases_of_user(self, user_id: int, limit: int = 20) -> list[CaseRecord]:
        """A member's newest cases in every server (``/appeal`` in a DM knows no server)."""
        async with self.db.reading() as session:
            rows = await session.execute(
                select(Case)
                .where(Case.user_id == user_id)
                .order_by(Case.created_at.desc(), Case.id.desc())
                .limit(limit)
            )
            return [to_record(row) for row in rows.scalars()]

    async def active_timeouts(
        self, guild_id: int, now: datetime, user_id: int | None = None
    ) -> list[CaseRecord]:
        query = select(Case).where(
            Case.guild_id == guild_id,
            Case.action == Action.TIMEOUT.value,
            Case.status == CaseStatus.APPLIED.value,
            Case.ends_at > now,
        )
        if user_id is not None:
            query = query.where(Case.user_id == user_id)
        async with self.db.reading() as session:
            return [to_record(row) for row in (await session.execute(query)).scalars()]

    async def stale_pending(self, guild_id: int, before: datetime) -> list[CaseRecord]:
        async with self.db.reading() as session:
            rows = await session.execute(
                select(Case).where(
                    Case.guild_id == guild_id,
                    Case.status == CaseStatus.PENDING.value,
                    Case.created_at < before,
                )
            )
            return [to_record(row) for row in rows.scalars()]

    async def appeals(
        self,
        guild_id: int,
        *,
        user_id: int | None = None,
        states: Sequence[AppealState] = (AppealState.OPEN,),
    ) -> list[AppealRecord]:
        query = select(Appeal).where(Appeal.guild_id == guild_id, Appeal.state.in_([s.value for s in states]))
        if user_id is not None:
            query = query.where(Appeal.user_id == user_id)
        async with self.db.reading() as session:
            rows = await session.execute(query.order_by(Appeal.created_at))
            return [appeal_record(row) for row in rows.scalars()]

    async def open_text(self, content_id: int | None) -> str | None:
        async with self.db.reading() as session:
            return await self.vault.open(session, content_id)

    # writing ----------------------------------------------------------------------------------------

    async def write_decision(
        self,
        session: AsyncSession,
        *,
        guild_id: int,
        user_id: int,
        decision: Decision,
        policy: Policy,
        language: str,
        channel_id: int | None = None,
        message_id: int | None = None,
        actor_id: int | None = None,
        notice_channel_id: int | None = None,
        excerpt: str = "",
        excerpt_ref: int | None = None,
        note: str = "",
        model_status: str = "",
        data: dict[str, Any] | None = None,
    ) -> Written:
        """The case, its strike, its deadlines, the sealed excerpt and the log entry, in one transaction."""
        [written] = await self.write_decisions(
            session,
            [
                DecisionWrite(
                    guild_id=guild_id,
                    user_id=user_id,
                    decision=decision,
                    policy=policy,
                    language=language,
                    channel_id=channel_id,
                    message_id=message_id,
                    actor_id=actor_id,
                    notice_channel_id=notice_channel_id,
                    excerpt=excerpt,
                    excerpt_ref=excerpt_ref,
                    note=note,
                    model_status=model_status,
                    data=data,
                )
            ],
        )
        return written

    async def write_decisions(self, session: AsyncSession, writes: Sequence[DecisionWrite]) -> list[Written]:
        """``write_decision`` for several decisions at once, with multi-row statements: the sealed
        excerpts and notes (one insert, one update), the cases (one insert returning them), the
        strikes, the deadlines, and the log entries (one ``record_many``). The same rows as writing
        them one by one, in order."""
        if not writes:
            return []
        now = self.clock.now()
        seals: list[tuple[int, int, str, str]] = []
        for w in writes:
            if w.excerpt and w.excerpt_ref is None:
                seals.append((w.guild_id, w.user_id, "excerpt", w.excerpt[:EXCERPT_SEAL_LIMIT]))
            if w.note:
                seals.append((w.guild_id, w.user_id, "note", w.note))
        sealed = iter(await self.vault.seal_many(session, seals))
        refs: list[tuple[int | None, int | None]] = []
        for w in writes:
            excerpt_ref = next(sealed) if w.excerpt and w.excerpt_ref is None else w.excerpt_ref
            refs.append((excerpt_ref, next(sealed) if w.note else None))
        case_rows = [
            _case_values(w, excerpt_ref, note_ref, now)
            for w, (excerpt_ref, note_ref) in zip(writes, refs, strict=True)
        ]
        ids = await insert_ids(session, Case, case_rows)
        cases = [_written_case(case_id, values) for case_id, values in zip(ids, case_rows, strict=True)]
        strikes: list[dict[str, Any]] = []
        plans: list[dict[str, Any]] = []
        events: list[GovEvent] = []
        dues: list[tuple[datetime, ...]] = []
        for w, row, (excerpt_ref, _note_ref) in zip(writes, cases, refs, strict=True):
            decision = w.decision
            entry = decision.history_entry()
            if entry is not None and decision.rule_id is not None:
                strikes.append(
                    {
                        "guild_id": w.guild_id,
                        "user_id": w.user_id,
                        "case_id": row.id,
                        "rule_id": decision.rule_id,
                        "is_strike": entry.strike,
                        "at": entry.at,
                        "expires_at": entry.at + w.policy.rule(decision.rule_id).decay,
                    }
                )
            due = _deadlines(decision)
            for kind, when in due:  # a new case: no earlier deadline of its own to replace
                plans.append(
                    {
                        "kind": kind,
                        "subject": subject(row.id),
                        "guild_id": w.guild_id,
                        "due_at": when,
                        "status": DeadlineStatus.PENDING,
                        "attempts": 0,
                        # where a member with closed DMs is welcomed back (the case may have no channel)
                        "payload": {"channel_id": w.channel_id or w.notice_channel_id},
                        "created_at": now,
                    }
                )
            dues.append(tuple(when for _kind, when in due))
            events.append(_decision_event(w, row, excerpt_ref))
        await bulk_insert(session, Strike, strikes)
        await bulk_insert(session, Deadline, plans)
        await self.recorder.record_many(session, events)
        recorded: set[tuple[int, str]] = set()
        for w in writes:
            if (w.guild_id, w.policy.version) not in recorded:
                recorded.add((w.guild_id, w.policy.version))
                await self.policies.record_version(session, w.guild_id, w.policy)
        await session.flush()
        return [Written(to_record(row), due) for row, due in zip(cases, dues, strict=True)]

    async def record_outcome(
        self,
        case_id: int,
        *,
        status: CaseStatus,
        dm_status: DmStatus,
        errors: Sequence[str] = (),
        explanation: str | None = None,
        review_message_id: int | None = None,
    ) -> CaseRecord:
        """The second unit of work: what Discord did, and whether the explanation reached the member.

        Group-committed with the other outcomes of the moment (``record_outcomes``)."""
        outcome = Outcome(case_id, status, dm_status, tuple(errors), explanation, review_message_id)
        return await self.db.grouped_batch("case-outcome", self.record_outcomes, outcome)

    async def record_outcomes(self, session: AsyncSession, outcomes: list[Outcome]) -> list[CaseRecord]:
        """Several outcomes in the caller's transaction: one update per set of columns changed, one read
        of the cases back, one ``record_many``. Raises ``NotFound`` if a case is missing."""
        now = self.clock.now()
        shapes: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for outcome in outcomes:
            values = outcome.values(now)
            shapes.setdefault(tuple(sorted(values)), []).append(values)
        for rows in shapes.values():
            await update_rows(session, Case, rows)
        ids = [outcome.case_id for outcome in outcomes]
        found = await session.execute(
            select(Case.__table__).where(one_of(session, Case.id, ids))
        )  # Core rows, no ORM load
        rows_by_id = {row.id: cast(Case, row) for row in found}  # a row reads like a Case for to_record
        if len(rows_by_id) != len(set(ids)):
            raise NotFound()
        events: list[GovEvent] = []
        for outcome in outcomes:
            events += outcome.events(rows_by_id[outcome.case_id])
        await self.recorder.record_many(session, events)
        return [to_record(rows_by_id[outcome.case_id]) for outcome in outcomes]

    async def intend(self, case_id: int, effect: str) -> None:
        """Record, before calling Discord, that an at-most-once effect of a case is being carried out."""
        await self.db.grouped_batch("case-intent", self.intend_many, (case_id, effect, self.clock.now()))

    async def intend_many(
        self, session: AsyncSession, intents: list[tuple[int, str, datetime]]
    ) -> list[None]:
        """Several intents in the caller's transaction: one upsert (a new intent inserted, an earlier
        one for the same case and effect set back to ``intent`` with the new time)."""
        latest: dict[tuple[int, str], datetime] = {}
        for case_id, effect, at in intents:  # one row per case and effect: the last time asked wins
            latest[(case_id, effect)] = at
        rows = [{"case_id": c, "effect": e, "state": "intent", "at": at} for (c, e), at in latest.items()]
        await session.execute(upsert(session, CaseEffect, ("case_id", "effect"), ("state", "at")), rows)
        return [None] * len(intents)

    async def intended(self, case_id: int, effect: str) -> bool:
        async with self.db.reading() as session:
            return await session.get(CaseEffect, (case_id, effect)) is not None

    async def set_status(
        self,
        session: AsyncSession,
        row: Case,
        status: CaseStatus,
        *,
        how: str,
        actor_id: int | None = None,
        actor_role: ActorRole = ActorRole.MOD,
    ) -> None:
        """End a sanction (lifted, expired, overturned): status, pending deadlines cancelled, logged."""
        row.status = status.value
        row.updated_at = self.clock.now()
        if status in (CaseStatus.LIFTED, CaseStatus.OVERTURNED):
            for kind in (TIMEOUT_END, BAN_END) + (
                (PROBATION_END,) if status is CaseStatus.OVERTURNED else ()
            ):
                await deadlines.cancel(session, kind=kind, subject=subject(row.id))
        await self.recorder.record(
            session,
            GovEvent(
                row.guild_id,
                EntryKind.SANCTION_ENDED,
                actor_id=actor_id,
                actor_role=actor_role,
                subject_id=row.user_id,
                rule_id=row.rule_id,
                action=row.action,
                data={"case_id": row.id, "ended": status.value, "how": how},
            ),
        )

    async def pardon_strikes(
        self, session: AsyncSession, case_id: int, actor_id: int | None, now: datetime
    ) -> int:
        result = await session.execute(
            update(Strike)
            .where(Strike.case_id == case_id, Strike.pardoned_at.is_(None))
            .values(pardoned_at=now, pardoned_by=actor_id)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def appeal_record(row: Appeal) -> AppealRecord:
    return AppealRecord(
        id=row.id,
        guild_id=row.guild_id,
        case_id=row.case_id,
        user_id=row.user_id,
        state=AppealState(row.state),
        created_at=row.created_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        reply=row.reply,
        queue_message_id=row.queue_message_id,
    )


@dataclass(frozen=True, slots=True)
class DecisionWrite:
    """One decision to write (``CaseStore.write_decision``'s arguments)."""

    guild_id: int
    user_id: int
    decision: Decision
    policy: Policy
    language: str
    channel_id: int | None = None
    message_id: int | None = None
    actor_id: int | None = None
    notice_channel_id: int | None = None
    excerpt: str = ""
    excerpt_ref: int | None = None
    note: str = ""
    model_status: str = ""
    data: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What Discord did with a case (``CaseStore.record_outcome``'s arguments)."""

    case_id: int
    status: CaseStatus
    dm_status: DmStatus
    errors: tuple[str, ...] = ()
    explanation: str | None = None
    review_message_id: int | None = None

    def values(self, now: datetime) -> dict[str, object]:
        values: dict[str, object] = {
            ROW_ID: self.case_id,
            "status": self.status.value,
            "dm_status": self.dm_status.value,
            "apply_error": "; ".join(self.errors)[:200] or None,
            "updated_at": now,
        }
        if self.explanation is not None:
            values["explanation_sent"] = self.explanation
        if self.review_message_id is not None:
            values["review_message_id"] = self.review_message_id
        return values

    def events(self, row: Case) -> list[GovEvent]:
        events = [
            GovEvent(
                row.guild_id,
                EntryKind.ACTION_OUTCOME,
                subject_id=row.user_id,
                rule_id=row.rule_id,
                action=row.action,
                data={"case_id": row.id, "status": self.status.value, "errors": list(self.errors)[:5]},
            )
        ]
        if self.dm_status is not DmStatus.NOT_NEEDED:
            events.append(
                GovEvent(
                    row.guild_id,
                    EntryKind.EXPLANATION_DELIVERY,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={
                        "case_id": row.id,
                        "dm_status": self.dm_status.value,
                        "language": row.language,
                        "explanation_sha256": digest(self.explanation) if self.explanation else None,
                    },
                )
            )
        return events


_UNSET_ON_A_NEW_CASE = ("acknowledged_at", "clarity", "review_message_id", "explanation_sent", "apply_error")


def _written_case(case_id: int, values: dict[str, Any]) -> Case:
    """The case just inserted, as ``to_record`` reads it: its values and id, without building an ORM
    object (the rows are written with a Core insert; nothing else in the transaction reads them back)."""
    return cast(Case, SimpleNamespace(id=case_id, **dict.fromkeys(_UNSET_ON_A_NEW_CASE), **values))


def _case_values(
    w: DecisionWrite, excerpt_ref: int | None, note_ref: int | None, now: datetime
) -> dict[str, Any]:
    decision = w.decision
    return {
        "guild_id": w.guild_id,
        "user_id": w.user_id,
        "channel_id": w.channel_id,
        "message_id": w.message_id,
        "rule_id": decision.rule_id,
        "action": decision.action.value,
        "proposed_action": decision.proposed_action.value if decision.proposed_action else None,
        "duration_seconds": int(decision.duration.total_seconds()) if decision.duration else None,
        "ends_at": decision.way_back.ends_at,
        "automatic": decision.automatic,
        "actor_id": w.actor_id,
        "reason_code": decision.reason_code.value,
        "signals": decision_json(decision, w.model_status),
        "policy_version": decision.policy_version,
        "language": w.language,
        "excerpt_ref": excerpt_ref,
        "note_ref": note_ref,
        "status": CaseStatus.PENDING.value,
        "dm_status": DmStatus.PENDING.value,
        "created_at": now,
        "updated_at": now,
    }


def _deadlines(decision: Decision) -> list[tuple[str, datetime]]:
    """The deadlines a new case schedules: its sanction's end, its probation's end (none for a review)."""
    if decision.action is Action.REVIEW:
        return []
    way = decision.way_back
    plan = []
    if way.ends_at is not None and decision.action is Action.TIMEOUT:
        plan.append((TIMEOUT_END, way.ends_at))
    if way.ends_at is not None and decision.action is Action.BAN:
        plan.append((BAN_END, way.ends_at))
    if way.probation_ends_at is not None:
        plan.append((PROBATION_END, way.probation_ends_at))
    return plan


def _decision_event(w: DecisionWrite, row: Case, excerpt_ref: int | None) -> GovEvent:
    decision = w.decision
    return GovEvent(
        w.guild_id,
        EntryKind.MODERATION_ACTION,
        actor_id=w.actor_id,
        actor_role=ActorRole.MOD,
        subject_id=w.user_id,
        rule_id=decision.rule_id,
        action=decision.action.value,
        duration_seconds=row.duration_seconds,
        policy_version=decision.policy_version,
        signals={"fired": decision.signals.as_records(), "model_status": w.model_status},
        refs=[f"excerpt:{excerpt_ref}"] if excerpt_ref else [],
        data={
            "case_id": row.id,
            "reason": decision.reason_code.value,
            "automatic": decision.automatic,
            "proposed": decision.proposed_action.value if decision.proposed_action else None,
            "ladder_step": decision.ladder_step,
            "strike": decision.strike,
            "hide": decision.hide_message,
            "ends_at": decision.way_back.ends_at,
            "has_note": bool(w.note),
            **(w.data or {}),
        },
    )
