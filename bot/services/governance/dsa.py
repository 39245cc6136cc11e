"""Statements of reasons for a server's decisions, as JSON Lines in the DSA transparency database's field
structure (``bot.governance.dsa``; the mapping is documented in docs/GOVERNANCE.md).

One line per restriction that took effect (``hide``, ``warn``, ``timeout``, ``kick``, ``ban``; status
applied, lifted, expired or overturned) decided in ``[since, until)``. Reminders and held-for-review
proposals restrict nothing and are not statements. Cases are read in id order, in batches, so memory stays
flat; no member id, pseudonym or content is read into a statement. Every export is logged as an
``export`` entry in the governance log (format ``dsa-jsonl``, range, row count).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.db.engine import Database
from bot.db.models import Appeal, Case, ExportRequest, GuildSettings
from bot.domain.clock import Clock, ensure_utc
from bot.domain.policy.models import Policy
from bot.governance.canonical import iso_utc
from bot.governance.chain import EntryKind
from bot.governance.dsa import EFFECTIVE_STATUSES, RESTRICTIONS, DecisionFacts, statement, write_statements
from bot.governance.pseudonym import ActorRole
from bot.services.governance.export import HOST_OPERATOR, ExportState
from bot.services.governance.files import open_private_text
from bot.services.policies import PolicyRegistry
from bot.services.recorder import GovernanceRecorder, GovEvent

FORMAT = "dsa-jsonl"
BATCH = 500
DISCORD_EPOCH_MS = 1_420_070_400_000


def snowflake_date(snowflake: int | None) -> date | None:
    """The UTC day a Discord id (here: a message id) was created."""
    if not snowflake:
        return None
    return datetime.fromtimestamp(((int(snowflake) >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC).date()


@dataclass(frozen=True)
class DsaOutcome:
    rows: int
    skipped: int  # decisions in range that are not restrictions that took effect
    path: Path


class DsaExportService:
    def __init__(
        self, db: Database, clock: Clock, recorder: GovernanceRecorder, policies: PolicyRegistry | None
    ) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder
        self.policies = policies

    def _scope(self, guild_id: int, since: datetime | None, until: datetime | None) -> list[Any]:
        where: list[Any] = [Case.guild_id == guild_id]
        if since is not None:
            where.append(Case.created_at >= since)
        if until is not None:
            where.append(Case.created_at < until)
        return where

    async def count(self, guild_id: int, since: datetime | None, until: datetime | None) -> tuple[int, int]:
        """(statements to write, decisions in range that are not statements)."""
        where = self._scope(guild_id, since, until)
        effective = [Case.action.in_(RESTRICTIONS), Case.status.in_(EFFECTIVE_STATUSES)]
        async with self.db.unit_of_work() as session:
            total = int(
                (await session.execute(select(func.count()).select_from(Case).where(*where))).scalar_one()
            )
            rows = int(
                (
                    await session.execute(select(func.count()).select_from(Case).where(*where, *effective))
                ).scalar_one()
            )
        return rows, total - rows

    async def _policy(self, guild_id: int) -> Policy | None:
        if self.policies is None:
            return None
        async with self.db.unit_of_work() as session:
            row = await session.get(GuildSettings, guild_id)
        try:
            return self.policies.for_settings(row)
        except Exception:
            return self.policies.default

    async def export_file(
        self,
        guild_id: int,
        out: Path,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        lang: str = "en",
        requested_by: int = HOST_OPERATOR,
        progress: Callable[[int], None] | None = None,
    ) -> DsaOutcome:
        policy = await self._policy(guild_id)
        rows, skipped = await self.count(guild_id, since, until)
        out.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        last_id = 0
        where = [
            *self._scope(guild_id, since, until),
            Case.action.in_(RESTRICTIONS),
            Case.status.in_(EFFECTIVE_STATUSES),
        ]
        with open_private_text(out) as fh:
            while True:
                async with self.db.unit_of_work() as session:
                    cases = (
                        (
                            await session.execute(
                                select(Case).where(*where, Case.id > last_id).order_by(Case.id).limit(BATCH)
                            )
                        )
                        .scalars()
                        .all()
                    )
                    if not cases:
                        break
                    found = await session.execute(
                        select(Appeal.case_id, Appeal.state).where(Appeal.case_id.in_([c.id for c in cases]))
                    )
                    appeals: dict[int, str] = {int(case_id): str(state) for case_id, state in found.all()}
                written += write_statements(
                    (statement(self._facts(c, appeals.get(c.id), policy, lang), lang) for c in cases), fh
                )
                last_id = cases[-1].id
                if progress is not None:
                    progress(written)
        await self._log(guild_id, requested_by, since, until, written)
        return DsaOutcome(written, skipped + max(0, rows - written), out)

    @staticmethod
    def _facts(case: Case, appeal: str | None, policy: Policy | None, lang: str) -> DecisionFacts:
        title, reason, url, appeal_allowed = case.rule_id or "-", "", None, True
        if policy is not None and case.rule_id:
            try:
                rule = policy.rule(case.rule_id)
            except KeyError:
                pass
            else:
                title = policy.text(rule.title, lang)
                reason = policy.text(rule.why, lang) or policy.text(rule.description, lang)
                url = policy.rule_link(rule.id)
                appeal_allowed = rule.way_back.appeal
        created = ensure_utc(case.created_at)
        end: date | None = None
        if case.status in ("lifted", "expired", "overturned"):
            end = ensure_utc(case.updated_at).date()
        elif case.ends_at is not None:
            end = ensure_utc(case.ends_at).date()
        return DecisionFacts(
            case_id=case.id,
            action=case.action,
            rule_id=case.rule_id,
            rule_title=title,
            rule_reason=reason,
            rule_url=url,
            automatic=bool(case.automatic),
            confirmed_proposal=not case.automatic and case.proposed_action is not None,
            detected_automatically=bool(case.automatic)
            or case.proposed_action is not None
            or bool(case.signals),
            message_removed=case.message_id is not None,
            content_date=snowflake_date(case.message_id) or created.date(),
            application_date=created.date(),
            end_date=end,
            status=case.status,
            language=case.language or "en",
            appeal_allowed=appeal_allowed,
            appeal=appeal,
        )

    async def _log(
        self, guild_id: int, requested_by: int, since: datetime | None, until: datetime | None, rows: int
    ) -> None:
        params = {
            "format": FORMAT,
            "since": iso_utc(since) if since else None,
            "until": iso_utc(until) if until else None,
        }
        async with self.db.unit_of_work() as session:
            request = ExportRequest(
                guild_id=guild_id,
                requested_by=requested_by,
                real_ids=False,
                params={**params, "kinds": []},
                state=ExportState.DONE,
                created_at=self.clock.now(),
            )
            session.add(request)
            await session.flush()
            await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.EXPORT,
                    actor_id=requested_by or None,
                    actor_role=ActorRole.ADMIN,
                    data={
                        "event": "export",
                        "request": request.id,
                        **params,
                        "kinds": [],
                        "rows": rows,
                        "parts": 1,
                        "real_ids": False,
                        "via": "cli",
                    },
                ),
            )
