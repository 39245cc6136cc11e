"""Exports of a server's governance log, for admins (Discord attachments) and operators (CLI files).

- Streaming: entries come out of the database in batches and go through ``export_rows`` and the CSV /
  JSON Lines writers (or ``iter_export_parts`` for Discord-sized files) in a worker thread.
- Pseudonymised by default. Real Discord ids need an ``ExportRequest`` approved by a *second* admin; the
  approval is logged as an ``export`` entry, and so is every export (format, range, kinds, row count).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import ExportRequest, GovernanceEntry
from bot.domain.clock import Clock
from bot.governance.canonical import iso_utc, parse_iso_utc
from bot.governance.chain import EntryKind, LogEntry
from bot.governance.export import (
    LOG_COLUMNS,
    RESOLVED_COLUMNS,
    ExportFormat,
    ExportPart,
    IdResolver,
    export_rows,
    iter_export_parts,
    write_csv,
    write_jsonl,
)
from bot.governance.pseudonym import ActorRole
from bot.services.errors import InvalidInput
from bot.services.governance.errors import (
    ReasonRequired,
    RequestNotFound,
    RequestNotPending,
    SecondAdminRequired,
)
from bot.services.governance.files import open_private_text
from bot.services.governance.ids import pseudonym_map
from bot.services.governance.stream import EntryFilter, consume_in_thread, counted, iter_entry_batches
from bot.services.recorder import GovernanceRecorder, GovEvent

HOST_OPERATOR = 0  # ExportRequest.requested_by for exports run from the command line
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
ProgressFn = Callable[[int], None]


class ExportState(StrEnum):
    """Where a request for real ids stands (``export_requests.state``)."""

    PENDING = "pending"
    APPROVED = "approved"
    RUNNING = "running"  # an export without real ids, while it is written
    DONE = "done"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class RealIdsRequest:
    """A request for an export with real ids, as the cogs see it (never the database row)."""

    id: int
    guild_id: int
    requested_by: int
    approved_by: int | None
    params: Mapping[str, object]
    state: ExportState

    @classmethod
    def of(cls, row: ExportRequest) -> RealIdsRequest:
        return cls(
            row.id, row.guild_id, row.requested_by, row.approved_by, dict(row.params), ExportState(row.state)
        )


@dataclass(frozen=True)
class ExportQuery:
    guild_id: int
    fmt: ExportFormat = ExportFormat.CSV
    since: datetime | None = None
    until: datetime | None = None
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        known = {kind.value for kind in EntryKind}
        unknown = [kind for kind in self.kinds if kind not in known]
        if unknown:
            raise InvalidInput("governance.error_kinds", kinds=", ".join(unknown)[:200])
        for moment in (self.since, self.until):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("export bounds must be timezone-aware UTC")
        if self.since and self.until and self.until <= self.since:
            raise InvalidInput("governance.error_range")

    @property
    def where(self) -> EntryFilter:
        return EntryFilter(self.guild_id, self.since, self.until, self.kinds)

    def params(self) -> dict[str, object]:
        return {
            "format": ExportFormat(self.fmt).value,
            "since": iso_utc(self.since) if self.since else None,
            "until": iso_utc(self.until) if self.until else None,
            "kinds": list(self.kinds),
        }

    @classmethod
    def from_params(cls, guild_id: int, params: dict[str, object]) -> ExportQuery:
        since, until = params.get("since"), params.get("until")
        kinds = params.get("kinds") or []
        return cls(
            guild_id,
            ExportFormat(str(params.get("format", "csv"))),
            parse_iso_utc(since) if isinstance(since, str) else None,
            parse_iso_utc(until) if isinstance(until, str) else None,
            tuple(str(kind) for kind in kinds) if isinstance(kinds, list) else (),
        )


@dataclass(frozen=True)
class ExportOutcome:
    request_id: int
    rows: int
    real_ids: bool
    parts: tuple[ExportPart, ...] = field(default=(), repr=False)
    path: Path | None = None


class ExportService:
    def __init__(self, db: Database, clock: Clock, recorder: GovernanceRecorder) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder

    # -- counting and streaming -------------------------------------------------------------------

    async def count(self, query: ExportQuery) -> int:
        async with self.db.unit_of_work() as session:
            stmt = query.where.apply(select(func.count()).select_from(GovernanceEntry))
            return int((await session.execute(stmt)).scalar_one())

    async def _resolver(self, query: ExportQuery, request: ExportRequest) -> IdResolver:
        mapping = await pseudonym_map(self.db, self.recorder.pseudonyms, query.guild_id)
        approver = self.recorder.actor(query.guild_id, request.approved_by, ActorRole.ADMIN)
        reason = str(request.params.get("reason", "")) or "approved"
        return IdResolver(resolve=mapping.get, approved_by=approver, reason=reason)

    def _rows(self, entries: Iterator[LogEntry], resolver: IdResolver | None) -> Iterator[dict[str, object]]:
        if resolver is None:
            return export_rows(entries)
        return export_rows(entries, pseudonymize=False, id_resolver=resolver)

    # -- exports ----------------------------------------------------------------------------------

    async def export_parts(
        self,
        query: ExportQuery,
        *,
        requested_by: int,
        max_bytes: int = DEFAULT_MAX_BYTES,
        approved_request: int | None = None,
    ) -> ExportOutcome:
        """Discord-sized files (gzip and split when large). Real ids only through an approved request."""
        request, resolver = await self._prepare(query, requested_by, approved_request)
        columns = RESOLVED_COLUMNS if resolver else LOG_COLUMNS
        basename = f"havre-log-{query.guild_id if resolver else 'pseudonymised'}"

        def produce(entries: Iterator[LogEntry]) -> list[ExportPart]:
            rows = self._rows(entries, resolver)
            return list(iter_export_parts(rows, query.fmt, max_bytes, columns=columns, basename=basename))

        parts = await consume_in_thread(iter_entry_batches(self.db, query.where), produce)
        rows = sum(part.rows for part in parts)
        await self._finish(query, request, requested_by, rows, via="discord", parts=len(parts))
        return ExportOutcome(request.id, rows, resolver is not None, tuple(parts))

    async def export_file(
        self,
        query: ExportQuery,
        out: Path,
        *,
        requested_by: int = HOST_OPERATOR,
        approved_request: int | None = None,
        progress: ProgressFn | None = None,
    ) -> ExportOutcome:
        """Write the export to ``out`` (gzip when it ends in ``.gz``), streaming with constant memory."""
        request, resolver = await self._prepare(query, requested_by, approved_request)
        columns = RESOLVED_COLUMNS if resolver else LOG_COLUMNS
        out.parent.mkdir(parents=True, exist_ok=True)

        def write(entries: Iterator[LogEntry]) -> int:
            rows = self._rows(counted(entries, progress), resolver)
            with open_private_text(out) as fh:
                if ExportFormat(query.fmt) is ExportFormat.CSV:
                    return write_csv(rows, fh, columns)
                return write_jsonl(rows, fh)

        rows = await consume_in_thread(iter_entry_batches(self.db, query.where), write)
        await self._finish(query, request, requested_by, rows, via="cli", parts=1)
        return ExportOutcome(request.id, rows, resolver is not None, path=out)

    async def _prepare(
        self, query: ExportQuery, requested_by: int, approved_request: int | None
    ) -> tuple[ExportRequest, IdResolver | None]:
        if approved_request is None:
            async with self.db.unit_of_work() as session:
                request = ExportRequest(
                    guild_id=query.guild_id,
                    requested_by=requested_by,
                    real_ids=False,
                    params=query.params(),
                    state=ExportState.RUNNING,
                    created_at=self.clock.now(),
                )
                session.add(request)
                await session.flush()
            return request, None
        async with self.db.unit_of_work() as session:
            request = await self._get(session, approved_request, query.guild_id)
            if request.requested_by != requested_by:
                raise RequestNotFound()
            if request.state != ExportState.APPROVED or request.approved_by is None:
                raise RequestNotPending()
        return request, await self._resolver(query, request)

    async def _finish(
        self,
        query: ExportQuery,
        request: ExportRequest,
        requested_by: int,
        rows: int,
        *,
        via: str,
        parts: int,
    ) -> None:
        async with self.db.unit_of_work() as session:
            expected = ExportState.APPROVED if request.real_ids else ExportState.RUNNING
            done = await session.execute(
                update(ExportRequest)
                .where(ExportRequest.id == request.id, ExportRequest.state == expected)
                .values(state=ExportState.DONE)
            )
            if int(done.rowcount or 0) != 1:  # type: ignore[attr-defined]
                raise RequestNotPending()  # an approved real-id export is delivered once
            await self.recorder.record(
                session,
                GovEvent(
                    query.guild_id,
                    EntryKind.EXPORT,
                    actor_id=requested_by or None,
                    actor_role=ActorRole.ADMIN,
                    data={
                        "event": "export",
                        "request": request.id,
                        **query.params(),
                        "rows": rows,
                        "parts": parts,
                        "real_ids": request.real_ids,
                        "via": via,
                    },
                ),
            )

    # -- real ids: a second admin's approval ------------------------------------------------------

    async def request_real_ids(self, query: ExportQuery, requested_by: int, reason: str) -> int:
        reason = reason.strip()
        if not reason:
            raise ReasonRequired()
        async with self.db.unit_of_work() as session:
            request = ExportRequest(
                guild_id=query.guild_id,
                requested_by=requested_by,
                real_ids=True,
                params={**query.params(), "reason": reason[:300]},
                state=ExportState.PENDING,
                created_at=self.clock.now(),
            )
            session.add(request)
            await session.flush()
            return request.id

    async def approve_real_ids(self, guild_id: int, request_id: int, approver_id: int) -> RealIdsRequest:
        """A second admin approves: recorded on the request and logged as an ``export`` entry."""
        async with self.db.unit_of_work() as session:
            request = await self._get(session, request_id, guild_id)
            if request.state != ExportState.PENDING:
                raise RequestNotPending()
            if approver_id == request.requested_by:
                raise SecondAdminRequired()
            request.state, request.approved_by = ExportState.APPROVED, approver_id
            await self._log_decision(session, request, approver_id, "real_ids_approved")
            return RealIdsRequest.of(request)

    async def refuse_real_ids(self, guild_id: int, request_id: int, admin_id: int) -> RealIdsRequest:
        async with self.db.unit_of_work() as session:
            request = await self._get(session, request_id, guild_id)
            if request.state != ExportState.PENDING:
                raise RequestNotPending()
            request.state = ExportState.REFUSED
            await self._log_decision(session, request, admin_id, "real_ids_refused")
            return RealIdsRequest.of(request)

    async def approve_directly(
        self, query: ExportQuery, *, requested_by: int, approved_by: int, reason: str
    ) -> int:
        """The command line's path: the approving admin is named on the command line (and logged)."""
        request_id = await self.request_real_ids(query, requested_by, reason)
        await self.approve_real_ids(query.guild_id, request_id, approved_by)
        return request_id

    async def request(self, guild_id: int, request_id: int) -> RealIdsRequest:
        async with self.db.unit_of_work() as session:
            return RealIdsRequest.of(await self._get(session, request_id, guild_id))

    async def _get(self, session: AsyncSession, request_id: int, guild_id: int) -> ExportRequest:
        request = await session.get(ExportRequest, request_id)
        if request is None or request.guild_id != guild_id:
            raise RequestNotFound()
        return request

    async def _log_decision(
        self, session: AsyncSession, request: ExportRequest, admin_id: int, event: str
    ) -> None:
        await self.recorder.record(
            session,
            GovEvent(
                request.guild_id,
                EntryKind.EXPORT,
                actor_id=admin_id,
                actor_role=ActorRole.ADMIN,
                data={
                    "event": event,
                    "request": request.id,
                    "requested_by": self.recorder.actor(
                        request.guild_id, request.requested_by or None, ActorRole.ADMIN
                    ),
                    **{k: v for k, v in request.params.items()},
                },
            ),
        )
