"""First-response SLOs and the escalation ladder.

The ladder: when a ticket opens, the on-duty peer moderators (tier 0) are alerted. If nobody answers
before the first-response deadline, the next tier is alerted; after another SLO period without an answer,
the tier after that; and so on, repeating the last tier until a peer moderator answers.

Everything here is a function of the ticket and plain settings; time comes in as an argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.domain.clock import ensure_utc
from bot.domain.help.rules import HelpRulesError, Priority, SloTable, slo_for

if TYPE_CHECKING:
    from bot.domain.help.tickets import Ticket


def first_response_due(opened_at: datetime, priority: Priority | str, slo: SloTable) -> datetime:
    """When a first answer by a peer moderator is due for a ticket opened at ``opened_at``."""
    return ensure_utc(opened_at) + slo_for(priority, slo)


@dataclass(frozen=True, slots=True)
class Escalation:
    level: int  # 1 for the first escalation, 2 for the second, ...
    tier_index: int  # index into the escalation tiers (the last tier repeats)
    tier: str  # the tier's name, e.g. "specialist"
    due_at: datetime

    def is_due(self, now: datetime) -> bool:
        return ensure_utc(now) >= self.due_at


def tier_for_level(level: int, tiers: Sequence[str]) -> tuple[int, str]:
    """The tier alerted at escalation ``level`` (0 is the initial alert); the last tier repeats."""
    if not tiers:
        raise HelpRulesError("escalation_tiers: at least one tier is needed")
    if level < 0:
        raise ValueError("escalation level cannot be negative")
    index = min(level, len(tiers) - 1)
    return index, tiers[index]


def planned_escalation(ticket: Ticket, slo: SloTable, tiers: Sequence[str]) -> Escalation | None:
    """The next escalation of ``ticket`` if nobody answers, whether or not it is due yet.

    None when no answer is awaited (answered, resolved or closed). Use it to schedule a deadline.
    """
    if ticket.response_due_at is None:
        return None
    level = ticket.escalation_level + 1
    if ticket.escalation_level == 0 or ticket.last_escalation_at is None:
        due = ticket.response_due_at
    else:
        due = ticket.last_escalation_at + slo_for(ticket.priority, slo)
    index, tier = tier_for_level(level, tiers)
    return Escalation(level=level, tier_index=index, tier=tier, due_at=ensure_utc(due))


def next_escalation(ticket: Ticket, now: datetime, slo: SloTable, tiers: Sequence[str]) -> Escalation | None:
    """The escalation to send now (its deadline has been reached), or None."""
    plan = planned_escalation(ticket, slo, tiers)
    if plan is None or not plan.is_due(now):
        return None
    return plan


def first_response_time(ticket: Ticket) -> timedelta | None:
    """Opened → first message by a peer moderator (None while unanswered)."""
    if ticket.first_response_at is None:
        return None
    return ticket.first_response_at - ticket.opened_at


def within_slo(ticket: Ticket) -> bool:
    """Whether the first answer came no later than its deadline (an unanswered ticket is not within)."""
    return ticket.first_response_at is not None and ticket.first_response_at <= ticket.first_response_due_at


def is_breached(ticket: Ticket, now: datetime) -> bool:
    """Whether the first-response deadline has passed with no answer yet."""
    return ticket.first_response_at is None and ensure_utc(now) >= ticket.first_response_due_at


def minutes(delta: timedelta) -> int:
    """A duration as whole minutes, rounded up, for member-facing texts ("within {slo} minutes")."""
    seconds = int(delta.total_seconds())
    return max(0, -(-seconds // 60))
