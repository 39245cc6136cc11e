"""Committee audits: a random but reproducible sample of decisions, rated one by one.

The seed is derived from (server, period, n, kind), so the same request always draws the same decisions
(the log is append-only, so a past period's population never changes) and anyone can re-draw a sample
to check it was not cherry-picked. A sample is taken from ``moderation_action`` entries; ``kind`` narrows
it to one action (``timeout``…), or to ``automatic`` / ``human`` decisions. Each item carries what the
moderators had: the rule, action, duration, signals, policy version and, while it still exists, the
decrypted excerpt. Each verdict is stored (``audit_verdicts``) and logged (``audit_verdict``).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.models import AuditVerdict, Case, GovernanceEntry
from bot.domain.clock import Clock
from bot.governance.chain import EntryKind, LogEntry
from bot.governance.metrics import AuditVerdict as Verdict
from bot.governance.pseudonym import AUTO_ACTOR, ActorRole
from bot.services.errors import InvalidInput, NotFound
from bot.services.governance.errors import NothingToSample
from bot.services.governance.period import Period
from bot.services.governance.stream import row_to_entry_safe
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent

MAX_SAMPLE = 50
EXCERPT_LIMIT = 900
COMMENT_LIMIT = 1000
ACTIONS = ("nudge", "hide", "warn", "timeout", "kick", "ban", "review")
_CONTENT_REF = re.compile(r"^(?:[A-Za-z_]+[:_])?(\d{1,18})$")


class SampleKind(StrEnum):
    ALL = "all"
    AUTOMATIC = "automatic"
    HUMAN = "human"


class ExcerptState(StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"  # erased with the member's key, or past retention
    NONE = "none"  # the decision had no excerpt (e.g. a moderator's manual action)


def sample_seed(guild_id: int, period: Period, n: int, kind: str) -> str:
    material = f"havre-audit-v1|{guild_id}|{period.label}|{n}|{kind}".encode()
    return hashlib.sha256(material).hexdigest()[:16]


def draw(population: list[int], n: int, seed: str) -> tuple[int, ...]:
    """``n`` items of ``population`` (sorted first), drawn with a PRNG seeded by ``seed``."""
    ordered = sorted(population)
    return tuple(random.Random(int(seed, 16)).sample(ordered, min(n, len(ordered))))


@dataclass(frozen=True)
class AuditSample:
    guild_id: int
    period: Period
    kind: str
    n: int
    seed: str
    population: int
    seqs: tuple[int, ...]


@dataclass(frozen=True)
class Evidence:
    excerpt: str | None
    excerpt_state: ExcerptState
    case_id: int | None
    case_status: str | None


@dataclass(frozen=True)
class AuditItem:
    entry: LogEntry
    evidence: Evidence
    verdicts_so_far: int


class AuditService:
    def __init__(self, db: Database, clock: Clock, recorder: GovernanceRecorder, vault: ContentVault) -> None:
        self.db = db
        self.clock = clock
        self.recorder = recorder
        self.vault = vault

    @staticmethod
    def normalise_kind(kind: str | None) -> str:
        value = (kind or SampleKind.ALL.value).strip().lower()
        if value not in {k.value for k in SampleKind} and value not in ACTIONS:
            raise InvalidInput("governance.error_sample_kind", value=value[:30])
        return value

    def _population_query(self, guild_id: int, period: Period, kind: str) -> Select[tuple[int]]:
        query = select(GovernanceEntry.seq).where(
            GovernanceEntry.guild_id == guild_id,
            GovernanceEntry.kind == EntryKind.MODERATION_ACTION.value,
            GovernanceEntry.at >= period.start,
            GovernanceEntry.at < period.end,
        )
        if kind == SampleKind.AUTOMATIC:
            return query.where(GovernanceEntry.actor == AUTO_ACTOR)
        if kind == SampleKind.HUMAN:
            return query.where(GovernanceEntry.actor != AUTO_ACTOR)
        if kind != SampleKind.ALL:
            return query.where(GovernanceEntry.action == kind)
        return query

    async def _draw(
        self, session: AsyncSession, guild_id: int, period: Period, n: int, kind: str
    ) -> AuditSample:
        if not 1 <= n <= MAX_SAMPLE:
            raise InvalidInput("governance.error_sample_size", max=MAX_SAMPLE)
        kind_value = self.normalise_kind(kind)
        population = list((await session.scalars(self._population_query(guild_id, period, kind_value))).all())
        if not population:
            raise NothingToSample()
        seed = sample_seed(guild_id, period, n, kind_value)
        return AuditSample(guild_id, period, kind_value, n, seed, len(population), draw(population, n, seed))

    async def sample(
        self, guild_id: int, period: Period, n: int, kind: str | None, reviewer_id: int | None
    ) -> AuditSample:
        """Draw a sample and log it (``audit_sample``: seed, population size, the sampled entries)."""
        async with self.db.unit_of_work() as session:
            drawn = await self._draw(session, guild_id, period, n, kind or SampleKind.ALL.value)
            await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.AUDIT_SAMPLE,
                    actor_id=reviewer_id,
                    actor_role=ActorRole.COMMITTEE,
                    data={
                        "period": period.label,
                        "n": n,
                        "kind": drawn.kind,
                        "seed": drawn.seed,
                        "population": drawn.population,
                        "sampled": list(drawn.seqs),
                    },
                ),
            )
        return drawn

    async def redraw(self, guild_id: int, period: Period, n: int, kind: str | None) -> AuditSample:
        """The same sample again (a review session moving on), without logging it twice."""
        async with self.db.unit_of_work() as session:
            return await self._draw(session, guild_id, period, n, kind or SampleKind.ALL.value)

    async def item(self, guild_id: int, seq: int) -> AuditItem:
        async with self.db.unit_of_work() as session:
            row = (
                await session.scalars(
                    select(GovernanceEntry).where(
                        GovernanceEntry.guild_id == guild_id, GovernanceEntry.seq == seq
                    )
                )
            ).first()
            if row is None:
                raise NotFound()
            entry = row_to_entry_safe(row)
            evidence = await self._evidence(session, guild_id, entry)
            rated = (
                await session.scalars(
                    select(AuditVerdict.id).where(
                        AuditVerdict.guild_id == guild_id, AuditVerdict.entry_seq == seq
                    )
                )
            ).all()
        return AuditItem(entry, evidence, len(rated))

    async def _evidence(self, session: AsyncSession, guild_id: int, entry: LogEntry) -> Evidence:
        data = entry.data if isinstance(entry.data, dict) else {}
        raw_case = data.get("case_id", data.get("case"))
        case = None
        if isinstance(raw_case, int) and not isinstance(raw_case, bool):
            case = await session.get(Case, raw_case)
            if case is not None and case.guild_id != guild_id:
                case = None
        content_ids = [int(m.group(1)) for ref in entry.refs if (m := _CONTENT_REF.fullmatch(str(ref)))]
        if not content_ids and case is not None and case.excerpt_ref is not None:
            content_ids = [case.excerpt_ref]
        excerpt, state = None, ExcerptState.NONE
        for content_id in content_ids:
            text = await self.vault.open(session, content_id)
            if text is not None:
                excerpt, state = text[:EXCERPT_LIMIT], ExcerptState.AVAILABLE
                break
            state = ExcerptState.UNAVAILABLE
        return Evidence(excerpt, state, case.id if case else None, case.status if case else None)

    async def record_verdict(
        self,
        guild_id: int,
        seq: int,
        reviewer_id: int,
        verdict: Verdict | str,
        comment: str | None = None,
        seed: str | None = None,
    ) -> AuditVerdict:
        value = Verdict(verdict)
        text = (comment or "").strip()[:COMMENT_LIMIT] or None
        async with self.db.unit_of_work() as session:
            row = (
                await session.scalars(
                    select(GovernanceEntry).where(
                        GovernanceEntry.guild_id == guild_id, GovernanceEntry.seq == seq
                    )
                )
            ).first()
            if row is None or row.kind != EntryKind.MODERATION_ACTION.value:
                raise NotFound()
            entry = row_to_entry_safe(row)
            data = entry.data if isinstance(entry.data, dict) else {}
            raw_case = data.get("case_id", data.get("case"))
            verdict_row = AuditVerdict(
                guild_id=guild_id,
                entry_seq=seq,
                case_id=raw_case if isinstance(raw_case, int) and not isinstance(raw_case, bool) else None,
                reviewer=self.recorder.actor(guild_id, reviewer_id, ActorRole.COMMITTEE),
                verdict=value.value,
                comment=text,
                sample_seed=seed,
                at=self.clock.now(),
            )
            session.add(verdict_row)
            await self.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.AUDIT_VERDICT,
                    actor_id=reviewer_id,
                    actor_role=ActorRole.COMMITTEE,
                    rule_id=entry.rule_id,
                    action=entry.action,
                    policy_version=entry.policy_version,
                    data={"entry_seq": seq, "verdict": value.value, "seed": seed, "commented": bool(text)},
                ),
            )
            await session.flush()
            return verdict_row

    async def counts(self, guild_id: int, period: Period | None = None) -> tuple[tuple[str, int], ...]:
        query = select(AuditVerdict.verdict).where(AuditVerdict.guild_id == guild_id)
        if period is not None:
            query = query.where(AuditVerdict.at >= period.start, AuditVerdict.at < period.end)
        async with self.db.unit_of_work() as session:
            counter = Counter((await session.scalars(query)).all())
        return tuple((v.value, counter[v.value]) for v in Verdict)
