"""A member's own data: export it to them, and erase it when they ask and an admin confirms.

Export: their cases (with the explanation they were sent and the excerpt, decrypted), appeals, tickets
(transcript and rating comment, decrypted), strikes and the log entries about them. Moderators' internal
notes and moderator identities are left out. The export itself is logged.

Erasure (requested by the member, confirmed by an admin other than the member): their key and every
sealed content row are deleted, so whatever still refers to them is unreadable; the rows the statistics
need (cases, appeals, tickets, strikes) are kept but anonymised: the Discord id becomes 0, content
references and free text are cleared. The log is untouched — it only ever held a pseudonym and content
references — so the chain still verifies. The erasure is logged with counts only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import Appeal, AuditVerdict, Case, ErasureRequest, GovernanceEntry, Strike, Ticket
from bot.domain.clock import Clock
from bot.governance.canonical import iso_utc
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.services.governance.copies import MemberTraces, member_traces
from bot.services.governance.errors import RequestNotFound, RequestNotPending, SecondAdminRequired
from bot.services.governance.ids import ERASED_USER_ID
from bot.services.guilds import GuildService
from bot.services.locales import LocaleBook
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent


def _t(value: datetime | None) -> str | None:
    return iso_utc(value) if value is not None else None


@dataclass(frozen=True)
class MemberExport:
    filename: str
    content: bytes
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ErasureOutcome:
    request_id: int
    user_id: int
    content_deleted: int
    anonymised: tuple[tuple[str, int], ...]
    log_seq: int
    traces: MemberTraces = field(default_factory=lambda: MemberTraces((), 0))  # copies on Discord


@dataclass(frozen=True)
class DiscordCleanup:
    """What erasure did on Discord: counts by kind of copy, and what it could not reach."""

    removed: tuple[tuple[str, int], ...]
    unreached: tuple[tuple[str, int], ...]
    direct_messages: int  # the bot's DMs to the member: not found again (their ids are not kept)


class PrivacyService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        recorder: GovernanceRecorder,
        vault: ContentVault,
        guilds: GuildService,
        locales: LocaleBook,
    ) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder
        self.vault = vault
        self.guilds = guilds
        self.locales = locales

    # -- export -------------------------------------------------------------------------------------

    async def export_member(self, guild_id: int, user_id: int) -> MemberExport:
        subject = self.recorder.subject(guild_id, user_id)
        async with self.db.unit_of_work() as session:
            cases = await self._cases(session, guild_id, user_id)
            appeals = await self._appeals(session, guild_id, user_id)
            tickets = await self._tickets(session, guild_id, user_id)
            strikes = await self._strikes(session, guild_id, user_id)
            entries = await self._entries(session, guild_id, subject)
            counts = (
                ("cases", len(cases)),
                ("appeals", len(appeals)),
                ("tickets", len(tickets)),
                ("strikes", len(strikes)),
                ("log_entries", len(entries)),
            )
            await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.EXPORT,
                    actor_id=user_id,
                    actor_role=ActorRole.MEMBER,
                    subject_id=user_id,
                    data={"event": "member_export", **dict(counts)},
                ),
            )
        document = {
            "about": "Everything Havre keeps about you on this server.",
            "generated_at": _t(self.clock.now()),
            "server_id": str(guild_id),
            "member": {"discord_id": str(user_id), "pseudonym_in_log": subject},
            "cases": cases,
            "appeals": appeals,
            "tickets": tickets,
            "strikes": strikes,
            "log_entries": entries,
        }
        content = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        stamp = self.clock.now().strftime("%Y-%m-%d")
        return MemberExport(f"havre-my-data-{stamp}.json", content, counts)

    async def _cases(self, session: AsyncSession, guild_id: int, user_id: int) -> list[dict[str, Any]]:
        rows = await _member_rows(session, Case, guild_id, user_id)
        return [
            {
                "case": row.id,
                "at": _t(row.created_at),
                "rule": row.rule_id,
                "action": row.action,
                "duration_seconds": row.duration_seconds,
                "ends_at": _t(row.ends_at),
                "automatic": row.automatic,
                "status": row.status,
                "explanation_sent": row.explanation_sent,
                "excerpt": await self.vault.open(session, row.excerpt_ref),
                "acknowledged_at": _t(row.acknowledged_at),
                "found_explanation_clear": row.clarity,
            }
            for row in rows
        ]

    async def _appeals(self, session: AsyncSession, guild_id: int, user_id: int) -> list[dict[str, Any]]:
        rows = await _member_rows(session, Appeal, guild_id, user_id)
        return [
            {
                "appeal": row.id,
                "case": row.case_id,
                "at": _t(row.created_at),
                "state": row.state,
                "text": await self.vault.open(session, row.text_ref),
                "decided_at": _t(row.decided_at),
                "reply": await self.vault.open(session, row.reply_ref) or row.reply,
            }
            for row in rows
        ]

    async def _tickets(self, session: AsyncSession, guild_id: int, user_id: int) -> list[dict[str, Any]]:
        rows = await _member_rows(session, Ticket, guild_id, user_id)
        return [
            {
                "ticket": row.id,
                "opened_at": _t(row.opened_at),
                "state": row.state,
                "priority": row.priority,
                "topic": await self.vault.open(session, row.topic_ref) or row.topic,
                "first_response_at": _t(row.first_response_at),
                "closed_at": _t(row.closed_at),
                "solved": row.solved,
                "rating": row.rating,
                "comment": await self.vault.open(session, row.rating_comment_ref),
                "transcript": await self.vault.open(session, row.transcript_ref),
            }
            for row in rows
        ]

    async def _strikes(self, session: AsyncSession, guild_id: int, user_id: int) -> list[dict[str, Any]]:
        rows = await _member_rows(session, Strike, guild_id, user_id)
        return [
            {
                "rule": row.rule_id,
                "at": _t(row.at),
                "expires_at": _t(row.expires_at),
                "pardoned_at": _t(row.pardoned_at),
            }
            for row in rows
        ]

    async def _entries(
        self, session: AsyncSession, guild_id: int, subject: str | None
    ) -> list[dict[str, Any]]:
        rows = (
            await session.execute(
                select(
                    GovernanceEntry.seq,
                    GovernanceEntry.at,
                    GovernanceEntry.kind,
                    GovernanceEntry.rule_id,
                    GovernanceEntry.action,
                    GovernanceEntry.duration_seconds,
                )
                .where(GovernanceEntry.guild_id == guild_id, GovernanceEntry.subject == subject)
                .order_by(GovernanceEntry.seq)
            )
        ).all()
        return [
            {"seq": seq, "at": _t(at), "kind": kind, "rule": rule, "action": action, "duration_seconds": d}
            for seq, at, kind, rule, action, d in rows
        ]

    # -- erasure ------------------------------------------------------------------------------------

    async def request_erasure(self, guild_id: int, user_id: int) -> tuple[ErasureRequest, bool]:
        """The member's request (one open request at a time); returns (request, newly created)."""
        async with self.db.unit_of_work() as session:
            await self.guilds.get(session, guild_id)
            existing = (
                await session.scalars(
                    select(ErasureRequest).where(
                        ErasureRequest.guild_id == guild_id,
                        ErasureRequest.user_id == user_id,
                        ErasureRequest.state == "requested",
                    )
                )
            ).first()
            if existing is not None:
                return existing, False
            request = ErasureRequest(
                guild_id=guild_id, user_id=user_id, state="requested", requested_at=self.clock.now()
            )
            session.add(request)
            await session.flush()
            return request, True

    async def pending_erasures(self, guild_id: int) -> Sequence[ErasureRequest]:
        async with self.db.unit_of_work() as session:
            query = select(ErasureRequest).where(
                ErasureRequest.guild_id == guild_id, ErasureRequest.state == "requested"
            )
            return (await session.scalars(query.order_by(ErasureRequest.id))).all()

    async def refuse_erasure(self, guild_id: int, request_id: int, admin_id: int) -> ErasureRequest:
        async with self.db.unit_of_work() as session:
            request = await self._claim(session, guild_id, request_id, admin_id, "refused")
            return request

    async def confirm_erasure(self, guild_id: int, request_id: int, admin_id: int) -> ErasureOutcome:
        async with self.db.unit_of_work() as session:
            request = await self._claim(session, guild_id, request_id, admin_id, "done")
            uid = request.user_id
            traces = await member_traces(session, guild_id, uid)  # before the rows lose the member
            # The committee's free-text comments on their cases may describe them: cleared too.
            their_cases = select(Case.id).where(Case.guild_id == guild_id, Case.user_id == uid)
            await session.execute(
                update(AuditVerdict)
                .where(AuditVerdict.guild_id == guild_id, AuditVerdict.case_id.in_(their_cases))
                .values(comment=None)
            )
            deleted = await self.vault.erase_member(session, guild_id, uid)
            await self.locales.erase(session, uid)
            anonymised = (
                ("cases", await self._anonymise(session, Case, guild_id, uid, _CASE_CLEAR)),
                ("appeals", await self._anonymise(session, Appeal, guild_id, uid, _APPEAL_CLEAR)),
                ("tickets", await self._anonymise(session, Ticket, guild_id, uid, _TICKET_CLEAR)),
                ("strikes", await self._anonymise(session, Strike, guild_id, uid, {})),
            )
            entry = await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.ERASURE,
                    actor_id=admin_id,
                    actor_role=ActorRole.ADMIN,
                    subject_id=uid,
                    data={
                        "request": request.id,
                        "content_deleted": deleted,
                        **dict(anonymised),
                        "discord_copies": len(traces.copies),
                    },
                ),
            )
        await self.db.checkpoint()  # the erased rows' old pages leave the -wal file too
        return ErasureOutcome(request.id, uid, deleted, anonymised, entry.seq, traces)

    async def record_discord_cleanup(
        self, guild_id: int, request_id: int, admin_id: int, cleanup: DiscordCleanup
    ) -> None:
        """Log what the erasure reached on Discord, and what it could not (counts only)."""
        async with self.db.unit_of_work() as session:
            await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.ERASURE,
                    actor_id=admin_id,
                    actor_role=ActorRole.ADMIN,
                    data={
                        "request": request_id,
                        "discord_removed": dict(cleanup.removed),
                        "discord_unreached": dict(cleanup.unreached),
                        "direct_messages_not_reached": cleanup.direct_messages,
                    },
                ),
            )

    async def _claim(
        self, session: AsyncSession, guild_id: int, request_id: int, admin_id: int, state: str
    ) -> ErasureRequest:
        request = await session.get(ErasureRequest, request_id)
        if request is None or request.guild_id != guild_id:
            raise RequestNotFound()
        if state == "done" and admin_id == request.user_id:
            raise SecondAdminRequired()
        claimed = await session.execute(
            update(ErasureRequest)
            .where(ErasureRequest.id == request_id, ErasureRequest.state == "requested")
            .values(state=state, confirmed_by=admin_id, done_at=self.clock.now())
        )
        if int(claimed.rowcount or 0) != 1:  # type: ignore[attr-defined]
            raise RequestNotPending()
        await session.refresh(request)
        return request

    @staticmethod
    async def _anonymise(
        session: AsyncSession, model: Any, guild_id: int, user_id: int, clear: dict[str, None]
    ) -> int:
        result = await session.execute(
            update(model)
            .where(model.guild_id == guild_id, model.user_id == user_id)
            .values(user_id=ERASED_USER_ID, **clear)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


_Row = TypeVar("_Row", Case, Appeal, Ticket, Strike)


async def _member_rows(
    session: AsyncSession, model: type[_Row], guild_id: int, user_id: int
) -> Sequence[_Row]:
    """One member's rows of ``model`` in one server, oldest first (what the data export lists)."""
    query = select(model).where(model.guild_id == guild_id, model.user_id == user_id).order_by(model.id)
    return (await session.scalars(query)).all()


_CASE_CLEAR: dict[str, None] = {
    "channel_id": None,
    "message_id": None,
    "excerpt_ref": None,
    "note_ref": None,
    "explanation_sent": None,
    "apply_error": None,
}
_APPEAL_CLEAR: dict[str, None] = {"text_ref": None, "reply": None, "reply_ref": None}
_TICKET_CLEAR: dict[str, None] = {
    "dm_channel_id": None,
    "topic": None,
    "topic_ref": None,
    "rating_comment_ref": None,
    "transcript_ref": None,
}
