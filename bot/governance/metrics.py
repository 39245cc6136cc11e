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
| crisis alerts | ticket ``opened_at`` | requests at crisis priority (opened as a crisis or raised to
  one); time to the first human answer against each alert's own target; unanswered = no answer although
  the target passed before ``period_end`` while it was still open |
| rule breakdown | ``at`` / appeal dates | per rule: actions by kind, appeals opened (by ``opened_at``)
  / actions, appeals granted / decided (by ``decided_at``) |
| peer workload | ticket ``opened_at`` | answered requests per peer (who answered first, pseudonymous) |
| on-duty coverage | shift times | per hour of the day (UTC): share of that hour's slots in the period
  in which at least one peer was on duty, beside the requests opened in that hour |
| open at the end | ``period_end`` | requests opened before the end and not closed at it (a closing
  followed by a reopening before the end counts as open) |
| notices | decision ``at``, appeal ``decided_at`` | the explanation of a decision, and the answer to an
  appeal: delivered (direct message, or a correction that followed), replaced by a short notice in the
  channel, or not delivered (DMs closed and no notice possible, or Discord refused); those that needed
  no notice are left out |

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
HOURS = 24
NOTICE_DELIVERED = frozenset({"delivered", "corrected"})
NOTICE_IN_CHANNEL = frozenset({"dm_closed_notice"})
NOTICE_UNDELIVERED = frozenset({"dm_closed", "failed"})
NOTICE_PENDING = frozenset({"pending"})


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
    notice: str | None = None  # how the explanation reached the member (``cases.dm_status``)

    def __post_init__(self) -> None:
        _aware(self.at)


@dataclass(frozen=True)
class AppealRecord:
    opened_at: datetime
    decided_at: datetime | None = None
    granted: bool | None = None
    rule_id: str | None = None  # the appealed decision's rule
    reply: str | None = None  # how the answer to the appeal reached the member (``appeals.reply_status``)

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
    crisis: bool = False  # opened as a crisis or raised to one
    responder: str | None = None  # pseudonym of the peer who answered first

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
class ShiftRecord:
    """A peer on duty from ``started_at`` to ``ended_at`` (None: still on duty)."""

    started_at: datetime
    ended_at: datetime | None = None

    def __post_init__(self) -> None:
        _aware(self.started_at, self.ended_at)


@dataclass(frozen=True)
class TrustRecords:
    decisions: Sequence[DecisionRecord] = ()
    appeals: Sequence[AppealRecord] = ()
    clarity_votes: Sequence[ClarityVote] = ()
    tickets: Sequence[TicketRecord] = ()
    kb_opens: Sequence[KbOpen] = ()
    audits: Sequence[AuditRecord] = ()
    shifts: Sequence[ShiftRecord] = ()

    def is_empty(self) -> bool:
        return not any(
            (
                self.decisions,
                self.appeals,
                self.clarity_votes,
                self.tickets,
                self.kb_opens,
                self.audits,
                self.shifts,
            )
        )


@dataclass(frozen=True)
class FrtSample:
    """One answered ticket, for the FRT chart."""

    frt_seconds: float
    slo_seconds: float


Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class CrisisPicture:
    """Crisis alerts opened in the period and how fast a person answered them."""

    alerts: int = 0
    answered: int = 0
    answered_in_time: int = 0
    unanswered: int = 0  # no answer although the target passed while it was open
    waiting: int = 0  # no answer yet, target not passed at the end of the period
    closed_unanswered: int = 0  # closed (by the member) before any answer and before the target
    median_answer_seconds: float | None = None
    slowest_answer_seconds: float | None = None
    target_minutes: int | None = None  # the most common target among the alerts
    samples: tuple[FrtSample, ...] = field(default=(), repr=False)

    @property
    def in_time_share(self) -> float | None:
        return ratio(self.answered_in_time, self.answered + self.unanswered)


@dataclass(frozen=True)
class RuleBreakdown:
    rule_id: str  # NO_RULE for decisions without a rule
    actions: int
    by_action: Counts
    appeals_opened: int
    appeals_decided: int
    appeals_granted: int
    appeal_rate: float | None
    overturn_rate: float | None


@dataclass(frozen=True)
class HourCoverage:
    hour: int  # 0..23, UTC
    on_duty_share: float | None  # None when the period has no slot at this hour
    requests_opened: int
    crisis_opened: int


@dataclass(frozen=True)
class OpenAtEnd:
    total: int = 0
    crisis: int = 0
    unanswered: int = 0
    oldest_wait_seconds: float | None = None


@dataclass(frozen=True)
class Notices:
    needed: int = 0
    delivered: int = 0
    in_channel: int = 0
    undelivered: int = 0
    pending: int = 0


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
    # the committee's picture (#18)
    crisis: CrisisPicture = field(default_factory=CrisisPicture)
    rules: tuple[RuleBreakdown, ...] = ()  # most actions first
    peer_workload: Counts = ()  # (peer pseudonym, requests answered first), busiest first
    coverage: tuple[HourCoverage, ...] = ()  # 24 hours, UTC
    open_at_end: OpenAtEnd = field(default_factory=OpenAtEnd)
    notices: Notices = field(default_factory=Notices)
    unanswered_samples: int = 0  # requests missed: drawn as "no answer" beside the answered ones

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period at all (every chart would be empty)."""
        return not (
            self.actions_total
            or self.appeals_opened
            or self.appeals_decided
            or self.tickets_opened
            or self.tickets_closed
            or self.kb_opens
            or self.audits_total
            or self.open_at_end.total
            or any(hour.on_duty_share for hour in self.coverage)
        )


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
        crisis=_crisis([t for t in opened if t.crisis], period_end),
        rules=_rules(decisions, opened_appeals, decided_appeals),
        peer_workload=_counts(Counter(t.responder for t in opened if t.responder and t.first_response_at)),
        coverage=_coverage(records.shifts, opened, period_start, period_end),
        open_at_end=_open_at_end(records.tickets, period_end),
        notices=_notices(decisions, decided_appeals),
        unanswered_samples=frt.missed,
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


def _crisis(alerts: Sequence[TicketRecord], period_end: datetime) -> CrisisPicture:
    if not alerts:
        return CrisisPicture()
    frt = _frt(alerts, period_end)
    waiting = closed_unanswered = 0
    for ticket in alerts:
        if ticket.first_response_at is not None:
            continue
        deadline = ticket.opened_at + timedelta(minutes=ticket.slo_minutes)
        if ticket.closed_at is not None and ticket.closed_at <= deadline:
            closed_unanswered += 1
        elif deadline > period_end:
            waiting += 1
    targets = Counter(ticket.slo_minutes for ticket in alerts)
    seconds = frt.seconds
    return CrisisPicture(
        alerts=len(alerts),
        answered=len(frt.samples),
        answered_in_time=frt.on_time,
        unanswered=frt.missed,
        waiting=waiting,
        closed_unanswered=closed_unanswered,
        median_answer_seconds=statistics.median(seconds) if seconds else None,
        slowest_answer_seconds=max(seconds) if seconds else None,
        target_minutes=min(targets, key=lambda minutes: (-targets[minutes], minutes)),
        samples=tuple(frt.samples),
    )


def _rules(
    decisions: Sequence[DecisionRecord],
    opened: Sequence[AppealRecord],
    decided: Sequence[AppealRecord],
) -> tuple[RuleBreakdown, ...]:
    by_rule: dict[str, Counter[str]] = {}
    for decision in decisions:
        by_rule.setdefault(decision.rule_id or NO_RULE, Counter())[decision.action] += 1
    appeals_opened = Counter(a.rule_id or NO_RULE for a in opened)
    decided_by_rule = Counter(a.rule_id or NO_RULE for a in decided)
    granted_by_rule = Counter(a.rule_id or NO_RULE for a in decided if a.granted)
    for rule in (*appeals_opened, *decided_by_rule):
        by_rule.setdefault(rule, Counter())
    rows = []
    for rule, actions in by_rule.items():
        total = sum(actions.values())
        rows.append(
            RuleBreakdown(
                rule_id=rule,
                actions=total,
                by_action=_counts(actions),
                appeals_opened=appeals_opened[rule],
                appeals_decided=decided_by_rule[rule],
                appeals_granted=granted_by_rule[rule],
                appeal_rate=ratio(appeals_opened[rule], total),
                overturn_rate=ratio(granted_by_rule[rule], decided_by_rule[rule]),
            )
        )
    rows.sort(key=lambda row: (-row.actions, -row.appeals_opened, row.rule_id))
    return tuple(rows)


def _coverage(
    shifts: Sequence[ShiftRecord],
    opened: Sequence[TicketRecord],
    period_start: datetime,
    period_end: datetime,
) -> tuple[HourCoverage, ...]:
    first = period_start.replace(minute=0, second=0, microsecond=0)
    slots: Counter[int] = Counter()
    covered: set[datetime] = set()
    slot = first
    while slot < period_end:
        slots[slot.hour] += 1
        slot += timedelta(hours=1)
    for shift in shifts:
        start = max(shift.started_at, period_start)
        stop = min(shift.ended_at or period_end, period_end)
        if stop <= start:
            continue
        slot = start.replace(minute=0, second=0, microsecond=0)
        while slot < stop:
            covered.add(slot)
            slot += timedelta(hours=1)
    covered_by_hour = Counter(moment.hour for moment in covered)
    requests = Counter(t.opened_at.hour for t in opened)
    crises = Counter(t.opened_at.hour for t in opened if t.crisis)
    return tuple(
        HourCoverage(hour, ratio(covered_by_hour[hour], slots[hour]), requests[hour], crises[hour])
        for hour in range(HOURS)
    )


def _open_at_end(tickets: Sequence[TicketRecord], period_end: datetime) -> OpenAtEnd:
    still_open = []
    for ticket in tickets:
        if ticket.opened_at >= period_end:
            continue
        closed = ticket.closed_at is not None and ticket.closed_at < period_end
        reopened = closed and ticket.reopened_at is not None and ticket.reopened_at < period_end
        if not closed or reopened:
            still_open.append(ticket)
    if not still_open:
        return OpenAtEnd()
    oldest = min(t.opened_at for t in still_open)
    return OpenAtEnd(
        total=len(still_open),
        crisis=sum(1 for t in still_open if t.crisis),
        unanswered=sum(
            1 for t in still_open if t.first_response_at is None or t.first_response_at >= period_end
        ),
        oldest_wait_seconds=(period_end - oldest).total_seconds(),
    )


def _notices(decisions: Sequence[DecisionRecord], decided: Sequence[AppealRecord] = ()) -> Notices:
    states = Counter(d.notice for d in decisions if d.notice is not None)
    states.update(a.reply for a in decided if a.reply is not None)
    delivered = sum(states[s] for s in NOTICE_DELIVERED)
    in_channel = sum(states[s] for s in NOTICE_IN_CHANNEL)
    undelivered = sum(states[s] for s in NOTICE_UNDELIVERED)
    pending = sum(states[s] for s in NOTICE_PENDING)
    return Notices(
        delivered + in_channel + undelivered + pending, delivered, in_channel, undelivered, pending
    )
