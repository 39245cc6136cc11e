"""Mapping between the ``tickets`` / ``ticket_events`` rows and the pure domain ``Ticket``.

The ``tickets`` table holds what reports and queries need (state, priority, claimer, times, rating). A few
fields of the domain state machine have no column of their own (the precise first-response deadline, the
answer awaited after a reopen, the time of the last escalation, who closed, ...): every ``ticket_events``
row carries a snapshot of them under ``data["state"]``, and the ticket's latest event is the source of
truth for them. Every change of a ticket appends at least one event, so the snapshot is always current.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Ticket as TicketRow
from bot.db.models import TicketEvent
from bot.domain.clock import ensure_utc
from bot.domain.help.rules import Priority
from bot.domain.help.sla import minutes
from bot.domain.help.ticket_types import (
    ACTIVE_STATES,
    Origin,
    Survey,
    Ticket,
    TicketEventKind,
    TicketEventRecord,
    TicketState,
)

# Event kinds the service adds on top of the domain's (``TicketEventKind``).
NOTE = "note"
FOLLOW_UP = "follow_up"
FOLLOW_UP_FAILED = "follow_up_failed"  # Discord failed, or nobody could be told: the follow-up is due again
FOLLOW_UP_UNREACHABLE = "follow_up_unreachable"  # DMs closed, space gone: the moderators were told
SPACE = "space"  # the private thread was created (or re-created)
DM_ATTACHED = "dm_attached"  # the member wrote by DM: their DMs are relayed into the ticket
# A helper asked to end a crisis request and was asked to confirm: what they asked (resolve or close) and
# their recap (sealed), kept until they confirm, so that a restart in between loses neither.
CRISIS_END_ASKED = "crisis_end_asked"

_SNAPSHOT_TIMES = (
    "first_response_due_at",
    "claimed_at",
    "response_due_at",
    "last_escalation_at",
    "survey_at",
)
_SNAPSHOT_IDS = ("first_responder_id", "closed_by")


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    return ensure_utc(datetime.fromisoformat(value))


def _id(value: object) -> int | None:
    if value is None or value == "":
        return None
    return int(str(value))


def snapshot(ticket: Ticket) -> dict[str, Any]:
    """The domain fields without a column, as JSON-safe values (ids as text: 64-bit safe everywhere)."""
    survey_at = ticket.survey.at if ticket.survey else None
    values: dict[str, Any] = {
        "first_response_due_at": ticket.first_response_due_at,
        "claimed_at": ticket.claimed_at,
        "response_due_at": ticket.response_due_at,
        "last_escalation_at": ticket.last_escalation_at,
        "survey_at": survey_at,
        "first_responder_id": ticket.first_responder_id,
        "closed_by": ticket.closed_by,
        "reopened_within_window": ticket.reopened_within_window,
    }
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, datetime):
            out[key] = ensure_utc(value).isoformat()
        elif key in _SNAPSHOT_IDS and value is not None:
            out[key] = str(value)
        else:
            out[key] = value
    return out


def _origin(value: str) -> Origin:
    try:
        return Origin(value)
    except ValueError:
        return Origin.PHRASE


def to_domain(row: TicketRow, state: Mapping[str, Any] | None) -> Ticket:
    """The domain ticket for a row and its latest snapshot (None: derive what is missing)."""
    snap = dict(state or {})
    opened = ensure_utc(row.opened_at)
    derived_due = opened + _slo(row)
    first_due = _time(snap.get("first_response_due_at")) or derived_due
    status = TicketState(row.state)
    if "response_due_at" in snap:
        response_due = _time(snap.get("response_due_at"))
    else:
        awaiting = status in ACTIVE_STATES and row.first_response_at is None
        response_due = first_due if awaiting else None
    survey = None
    if row.rating is not None or row.solved is not None or row.rating_comment_ref is not None:
        at = _time(snap.get("survey_at")) or ensure_utc(row.closed_at or row.resolved_at or opened)
        survey = Survey(at=at, rating=row.rating, solved=row.solved, comment="")
    return Ticket(
        id=row.id,
        guild_id=row.guild_id,
        requester_id=row.user_id,
        origin=_origin(row.origin),
        priority=Priority(row.priority),
        opened_at=opened,
        first_response_due_at=first_due,
        state=status,
        language=row.language,
        claimer_id=row.claimed_by,
        claimed_at=_time(snap.get("claimed_at")),
        first_response_at=None if row.first_response_at is None else ensure_utc(row.first_response_at),
        first_responder_id=_id(snap.get("first_responder_id")),
        response_due_at=response_due,
        escalation_level=row.escalation_level,
        last_escalation_at=_time(snap.get("last_escalation_at")),
        resolved_at=None if row.resolved_at is None else ensure_utc(row.resolved_at),
        closed_at=None if row.closed_at is None else ensure_utc(row.closed_at),
        closed_by=_id(snap.get("closed_by")),
        reopen_count=row.reopened_count,
        reopened_within_window=bool(snap.get("reopened_within_window", False)),
        survey=survey,
    )


def _slo(row: TicketRow) -> timedelta:
    return timedelta(minutes=max(1, row.slo_minutes or 1))


def apply(row: TicketRow, ticket: Ticket, records: Sequence[TicketEventRecord] = ()) -> None:
    """Copy the domain ticket's columns onto its row."""
    row.state = ticket.state.value
    row.priority = ticket.priority.value
    row.language = ticket.language
    row.claimed_by = ticket.claimer_id
    row.first_response_at = ticket.first_response_at
    row.escalation_level = ticket.escalation_level
    row.resolved_at = ticket.resolved_at
    row.closed_at = ticket.closed_at
    row.reopened_count = ticket.reopen_count
    row.slo_minutes = max(1, minutes(ticket.first_response_due_at - ticket.opened_at))
    if ticket.survey is not None:
        row.rating = ticket.survey.rating
        row.solved = ticket.survey.solved
    for record in records:
        if record.kind is TicketEventKind.REOPENED:
            row.last_reopened_at = record.at


def event_row(
    ticket: Ticket, kind: str, actor_id: int | None, at: datetime, data: Mapping[str, Any] | None = None
) -> TicketEvent:
    payload: dict[str, Any] = {**(data or {}), "state": snapshot(ticket)}
    return TicketEvent(ticket_id=ticket.id, kind=kind, actor_id=actor_id, at=at, data=payload)


def record_rows(ticket: Ticket, records: Sequence[TicketEventRecord]) -> list[TicketEvent]:
    rows = []
    for record in records:
        data: dict[str, Any] = {"from": record.from_state.value, "to": record.to_state.value}
        if record.target_id is not None:
            data["target_id"] = str(record.target_id)
        if record.tier is not None:
            data["tier"] = record.tier
        if record.level is not None:
            data["level"] = record.level
        rows.append(event_row(ticket, record.kind.value, record.actor_id, record.at, data))
    return rows


async def latest_state(session: AsyncSession, ticket_id: int) -> dict[str, Any] | None:
    found = await session.execute(
        select(TicketEvent.data)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(TicketEvent.id.desc())
        .limit(1)
    )
    data = found.scalar_one_or_none()
    if not isinstance(data, Mapping):
        return None
    state = data.get("state")
    return dict(state) if isinstance(state, Mapping) else None


async def load(
    session: AsyncSession, ticket_id: int, *, lock: bool = False
) -> tuple[TicketRow, Ticket] | None:
    """The row (locked ``FOR UPDATE`` on PostgreSQL when asked) and its domain ticket."""
    query = select(TicketRow).where(TicketRow.id == ticket_id)
    if lock:
        query = query.with_for_update()
    row = (await session.execute(query)).scalar_one_or_none()
    if row is None:
        return None
    return row, to_domain(row, await latest_state(session, ticket_id))
