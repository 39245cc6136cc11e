"""Cases, strikes and their deadlines in the database, each write logged in the same transaction.

Repositories never commit: every function here takes the caller's session (one unit of work), except
the ``CaseStore`` methods named ``*_uow`` which open their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import Appeal, Case, CaseEffect, GuildSettings, Strike
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
        now = self.clock.now()
        if excerpt and excerpt_ref is None:
            excerpt_ref = await self.vault.seal(
                session, guild_id, user_id, "excerpt", excerpt[:EXCERPT_SEAL_LIMIT]
            )
        note_ref = await self.vault.seal(session, guild_id, user_id, "note", note) if note else None
        way = decision.way_back
        ends_at = way.ends_at
        review = decision.action is Action.REVIEW
        row = Case(
            guild_id=guild_id,
            user_id=user_id,
            channel_id=channel_id,
            message_id=message_id,
            rule_id=decision.rule_id,
            action=decision.action.value,
            proposed_action=decision.proposed_action.value if decision.proposed_action else None,
            duration_seconds=int(decision.duration.total_seconds()) if decision.duration else None,
            ends_at=ends_at,
            automatic=decision.automatic,
            actor_id=actor_id,
            reason_code=decision.reason_code.value,
            signals=decision_json(decision, model_status),
            policy_version=decision.policy_version,
            language=language,
            excerpt_ref=excerpt_ref,
            note_ref=note_ref,
            status=CaseStatus.PENDING.value,
            dm_status=DmStatus.PENDING.value,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        await session.flush()
        due: list[datetime] = []
        entry = decision.history_entry()
        if entry is not None and decision.rule_id is not None:
            session.add(
                Strike(
                    guild_id=guild_id,
                    user_id=user_id,
                    case_id=row.id,
                    rule_id=decision.rule_id,
                    is_strike=entry.strike,
                    at=entry.at,
                    expires_at=entry.at + policy.rule(decision.rule_id).decay,
                )
            )
        if not review:
            plan = []
            if ends_at is not None and decision.action is Action.TIMEOUT:
                plan.append((TIMEOUT_END, ends_at))
            if ends_at is not None and decision.action is Action.BAN:
                plan.append((BAN_END, ends_at))
            if way.probation_ends_at is not None:
                plan.append((PROBATION_END, way.probation_ends_at))
            for kind, when in plan:
                await deadlines.schedule(  # a new case: no earlier deadline of its own to replace
                    session,
                    kind=kind,
                    subject=subject(row.id),
                    due_at=when,
                    now=now,
                    guild_id=guild_id,
                    # where a member with closed DMs is welcomed back (the case may have no channel)
                    payload={"channel_id": channel_id or notice_channel_id},
                    replace=False,
                )
                due.append(when)
        await self.recorder.record(
            session,
            GovEvent(
                guild_id,
                EntryKind.MODERATION_ACTION,
                actor_id=actor_id,
                actor_role=ActorRole.MOD,
                subject_id=user_id,
                rule_id=decision.rule_id,
                action=decision.action.value,
                duration_seconds=row.duration_seconds,
                policy_version=decision.policy_version,
                signals={"fired": decision.signals.as_records(), "model_status": model_status},
                refs=[f"excerpt:{excerpt_ref}"] if excerpt_ref else [],
                data={
                    "case_id": row.id,
                    "reason": decision.reason_code.value,
                    "automatic": decision.automatic,
                    "proposed": decision.proposed_action.value if decision.proposed_action else None,
                    "ladder_step": decision.ladder_step,
                    "strike": decision.strike,
                    "hide": decision.hide_message,
                    "ends_at": ends_at,
                    "has_note": bool(note),
                    **(data or {}),
                },
            ),
        )
        await self.policies.record_version(session, guild_id, policy)
        await session.flush()
        return Written(to_record(row), tuple(due))

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
        """The second unit of work: what Discord did, and whether the explanation reached the member."""

        values: dict[str, object] = {
            "status": status.value,
            "dm_status": dm_status.value,
            "apply_error": "; ".join(errors)[:200] or None,
        }
        if explanation is not None:
            values["explanation_sent"] = explanation
        if review_message_id is not None:
            values["review_message_id"] = review_message_id

        async def work(session: AsyncSession) -> CaseRecord:
            changed = update(Case).where(Case.id == case_id).values(**values, updated_at=self.clock.now())
            row = (await session.scalars(changed.returning(Case))).one_or_none()  # one statement, no read
            if row is None:
                raise NotFound()
            events = [
                GovEvent(
                    row.guild_id,
                    EntryKind.ACTION_OUTCOME,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={"case_id": row.id, "status": status.value, "errors": list(errors)[:5]},
                )
            ]
            if dm_status is not DmStatus.NOT_NEEDED:
                events.append(
                    GovEvent(
                        row.guild_id,
                        EntryKind.EXPLANATION_DELIVERY,
                        subject_id=row.user_id,
                        rule_id=row.rule_id,
                        action=row.action,
                        data={
                            "case_id": row.id,
                            "dm_status": dm_status.value,
                            "language": row.language,
                            "explanation_sha256": digest(explanation) if explanation else None,
                        },
                    )
                )
            await self.recorder.record_many(session, events)
            return to_record(row)

        return await self.db.grouped(work)

    async def intend(self, case_id: int, effect: str) -> None:
        """Record, before calling Discord, that an at-most-once effect of a case is being carried out."""
        now = self.clock.now()

        async def work(session: AsyncSession) -> None:
            row = await session.get(CaseEffect, (case_id, effect))
            if row is None:
                session.add(CaseEffect(case_id=case_id, effect=effect, state="intent", at=now))
            else:
                row.state, row.at = "intent", now

        await self.db.grouped(work)

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
