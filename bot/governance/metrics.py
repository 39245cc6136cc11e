"""The trust report, computed from plain typed records (the database layer fills them).

Every record is counted in the period ``[period_start, period_end)`` by one timestamp, named per metric
below. A ratio whose denominator is zero is ``None`` (shown as "n/a"), never 0.

| metric | in the period by | definition |
|---|---|---|
| actions | ``at`` | decisions, by rule, by action kind, automatic vs by a moderator |
| appeal rate | appeal ``opened_at`` | appeals opened / actions |
| overturn rate | appeal ``decided_at`` | appeals granted / appeals decided |
| CLARITY | vote ``at`` | "yes" votes / votes on "Was this explanation clear?" |
| FRT median, p90 | ticket ``opened_at`` | opened → first moderator message, over answered tickets; p90 is the
  nearest-rank 90th percentile (the ⌈0.9·n⌉-th smallest), the median the usual middle value |
| FRT within SLO | ticket ``opened_at`` | answered within the ticket's SLO / (answered + *missed*), where a
  missed ticket got no answer although its SLO deadline passed before ``period_end`` and it was still
  open at that deadline; unanswered tickets are never silently dropped |
| FCR | ticket ``closed_at`` | closed tickets marked solved by the member and never reopened / closed |
| reopen rate | ticket ``closed_at`` | closed tickets reopened within 14 days of closing / closed |
| CSAT | ticket ``closed_at`` | mean 1–5 rating over rated tickets; with the distribution and comments |
| escalations | ticket ``opened_at`` | sum of escalations, and tickets escalated at least once |
| self-help usage | open ``at`` | knowledge-base articles opened |
| audit verdicts | verdict ``at`` | committee ratings of sampled decisions, per verdict |

``closed_at`` is a ticket's first closing and ``reopened_at`` the first reopening after it.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

REOPEN_WINDOW = timedelta(days=14)
NO_RULE = "-"


class AuditVerdict(StrEnum):
    APPROPRIATE = "appropriate"
    TOO_HARSH = "too_harsh"
    TOO_LENIENT = "too_lenient"
    WRONG = "wrong"


def _aware(*values: datetime | None) -> None:
    for value in values:
        if value is not None and value.tzinfo is None:
            raise ValueError("metric records need timezone-aware UTC datetimes")


@dataclass(frozen=True)
class DecisionRecord:
    at: datetime
    rule_id: str | None
    action: str
    automatic: bool
    overturned: bool = False

    def __post_init__(self) -> None:
        _aware(self.at)


@dataclass(frozen=True)
class AppealRecord:
    opened_at: datetime
    decided_at: datetime | None = None
    granted: bool | None = None

    def __post_init__(self) -> None:
        _aware(self.opened_at, self.decided_at)
        if (self.decided_at is None) != (self.granted is None):
            raise ValueError("a decided appeal has both decided_at and granted; an open one has neither")


@dataclass(frozen=True)
class ClarityVote:
    at: datetime
    clear: bool

    def __post_init__(self) -> None:
        _aware(self.at)


@dataclass(frozen=True)
class TicketRecord:
    opened_at: datetime
    slo_minutes: int
    first_response_at: datetime | None = None
    closed_at: datetime | None = None
    solved: bool | None = None
    reopened_at: datetime | None = None
    rating: int | None = None
    comment: str | None = None
    escalations: int = 0

    def __post_init__(self) -> None:
        _aware(self.opened_at, self.first_response_at, self.closed_at, self.reopened_at)
        if self.rating is not None and not 1 <= self.rating <= 5:
            raise ValueError("a rating is 1 to 5")
        if self.slo_minutes <= 0 or self.escalations < 0:
            raise ValueError("slo_minutes must be positive and escalations non-negative")


@dataclass(frozen=True)
class KbOpen:
    at: datetime
    article_id: str

    def __post_init__(self) -> None:
        _aware(self.at)


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    verdict: AuditVerdict

    def __post_init__(self) -> None:
        _aware(self.at)


@dataclass(frozen=True)
class TrustRecords:
    decisions: Sequence[DecisionRecord] = ()
    appeals: Sequence[AppealRecord] = ()
    clarity_votes: Sequence[ClarityVote] = ()
    tickets: Sequence[TicketRecord] = ()
    kb_opens: Sequence[KbOpen] = ()
    audits: Sequence[AuditRecord] = ()


@dataclass(frozen=True)
class FrtSample:
    """One answered ticket, for the FRT chart."""

    frt_seconds: float
    slo_seconds: float


Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class TrustReport:
    period_start: datetime
    period_end: datetime
    # moderation
    actions_total: int
    actions_by_rule: Counts  # most frequent first
    actions_by_kind: Counts
    automatic_actions: int
    human_actions: int
    overturned_actions: int
    # appeals
    appeals_opened: int
    appeals_decided: int
    appeals_granted: int
    appeal_rate: float | None
    overturn_rate: float | None
    # explanations
    clarity_votes: int
    clarity_yes: int
    clarity: float | None
    # help tickets
    tickets_opened: int
    tickets_answered: int
    tickets_missed: int  # unanswered past their SLO
    frt_median_seconds: float | None
    frt_p90_seconds: float | None
    frt_within_slo: float | None
    tickets_closed: int
    fcr: float | None
    reopen_rate: float | None
    csat_mean: float | None
    csat_count: int
    csat_distribution: tuple[int, int, int, int, int]  # ratings 1..5
    comments: tuple[str, ...]
    escalations: int
    escalated_tickets: int
    # self-help and audit
    kb_opens: int
    kb_top_articles: Counts
    audit_verdicts: Counts  # every verdict, in AuditVerdict order
    audits_total: int
    frt_samples: tuple[FrtSample, ...] = field(default=(), repr=False)


def ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


def nearest_rank(values: Sequence[float], share: float) -> float | None:
    """The ⌈share·n⌉-th smallest value (nearest-rank percentile); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def _counts(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def compute_report(records: TrustRecords, period_start: datetime, period_end: datetime) -> TrustReport:
    """The trust report for ``[period_start, period_end)``; see the module docstring for definitions."""
    _aware(period_start, period_end)
    if period_end <= period_start:
        raise ValueError("the period must end after it starts")

    def within(moment: datetime | None) -> bool:
        return moment is not None and period_start <= moment < period_end

    decisions = [d for d in records.decisions if within(d.at)]
    opened_appeals = [a for a in records.appeals if within(a.opened_at)]
    decided_appeals = [a for a in records.appeals if within(a.decided_at)]
    granted = sum(1 for a in decided_appeals if a.granted)
    votes = [v for v in records.clarity_votes if within(v.at)]
    yes = sum(1 for v in votes if v.clear)

    opened = [t for t in records.tickets if within(t.opened_at)]
    frt = _frt(opened, period_end)
    closed = [t for t in records.tickets if within(t.closed_at)]
    closed.sort(key=lambda t: t.closed_at or period_end)
    first_contact = sum(1 for t in closed if t.solved is True and t.reopened_at is None)
    reopened = sum(1 for t in closed if _reopened_within(t))
    rated = [t.rating for t in closed if t.rating is not None]
    distribution = Counter(rated)
    comments = tuple(t.comment.strip() for t in closed if t.comment and t.comment.strip())

    kb = [k for k in records.kb_opens if within(k.at)]
    audits = Counter(a.verdict for a in records.audits if within(a.at))

    return TrustReport(
        period_start=period_start,
        period_end=period_end,
        actions_total=len(decisions),
        actions_by_rule=_counts(Counter(d.rule_id or NO_RULE for d in decisions)),
        actions_by_kind=_counts(Counter(d.action for d in decisions)),
        automatic_actions=sum(1 for d in decisions if d.automatic),
        human_actions=sum(1 for d in decisions if not d.automatic),
        overturned_actions=sum(1 for d in decisions if d.overturned),
        appeals_opened=len(opened_appeals),
        appeals_decided=len(decided_appeals),
        appeals_granted=granted,
        appeal_rate=ratio(len(opened_appeals), len(decisions)),
        overturn_rate=ratio(granted, len(decided_appeals)),
        clarity_votes=len(votes),
        clarity_yes=yes,
        clarity=ratio(yes, len(votes)),
        tickets_opened=len(opened),
        tickets_answered=len(frt.samples),
        tickets_missed=frt.missed,
        frt_median_seconds=statistics.median(frt.seconds) if frt.seconds else None,
        frt_p90_seconds=nearest_rank(frt.seconds, 0.9),
        frt_within_slo=ratio(frt.on_time, len(frt.samples) + frt.missed),
        tickets_closed=len(closed),
        fcr=ratio(first_contact, len(closed)),
        reopen_rate=ratio(reopened, len(closed)),
        csat_mean=statistics.fmean(rated) if rated else None,
        csat_count=len(rated),
        csat_distribution=(
            distribution[1],
            distribution[2],
            distribution[3],
            distribution[4],
            distribution[5],
        ),
        comments=comments,
        escalations=sum(t.escalations for t in opened),
        escalated_tickets=sum(1 for t in opened if t.escalations > 0),
        kb_opens=len(kb),
        kb_top_articles=_counts(Counter(k.article_id for k in kb))[:10],
        audit_verdicts=tuple((verdict.value, audits[verdict]) for verdict in AuditVerdict),
        audits_total=sum(audits.values()),
        frt_samples=tuple(frt.samples),
    )


@dataclass
class _Frt:
    samples: list[FrtSample] = field(default_factory=list)
    on_time: int = 0
    missed: int = 0

    @property
    def seconds(self) -> list[float]:
        return [s.frt_seconds for s in self.samples]


def _frt(opened: Iterable[TicketRecord], period_end: datetime) -> _Frt:
    result = _Frt()
    for ticket in opened:
        slo = timedelta(minutes=ticket.slo_minutes)
        if ticket.first_response_at is not None:
            waited = max(ticket.first_response_at - ticket.opened_at, timedelta(0))
            result.samples.append(FrtSample(waited.total_seconds(), slo.total_seconds()))
            if waited <= slo:
                result.on_time += 1
            continue
        deadline = ticket.opened_at + slo
        still_open_at_deadline = ticket.closed_at is None or ticket.closed_at > deadline
        if deadline <= period_end and still_open_at_deadline:
            result.missed += 1
    return result


def _reopened_within(ticket: TicketRecord) -> bool:
    if ticket.reopened_at is None or ticket.closed_at is None:
        return False
    return ticket.reopened_at - ticket.closed_at <= REOPEN_WINDOW
