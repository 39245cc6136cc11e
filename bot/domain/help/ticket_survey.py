"""The member's survey after a resolution, and the per-ticket facts the trust dashboard counts.

A survey arrives in pieces (a rating button, then "did this solve your problem?", then maybe a comment in
a form), so each answer merges into the ticket's survey; a later answer replaces an earlier one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.domain.clock import ensure_utc
from bot.domain.help.ticket_types import (
    Actor,
    Survey,
    Ticket,
    TicketError,
    TicketErrorCode,
    TicketEventKind,
    TicketEventRecord,
    TicketState,
)

RATING_MIN = 1
RATING_MAX = 5
COMMENT_MAX_CHARS = 1000  # a Discord modal paragraph allows up to 4000; we keep comments short


def record_survey(
    ticket: Ticket,
    actor: Actor,
    now: datetime,
    *,
    rating: int | None = None,
    solved: bool | None = None,
    comment: str | None = None,
) -> tuple[Ticket, list[TicketEventRecord]]:
    """Merge the member's answers into the ticket's survey. Only the member who asked, once the ticket
    is resolved or closed."""
    now = ensure_utc(now)
    if actor.user_id != ticket.requester_id:
        raise TicketError(TicketErrorCode.NOT_REQUESTER)
    if ticket.state not in (TicketState.RESOLVED, TicketState.CLOSED):
        raise TicketError(TicketErrorCode.SURVEY_NOT_READY)
    if rating is None and solved is None and comment is None:
        raise TicketError(TicketErrorCode.SURVEY_EMPTY)
    if rating is not None and (
        isinstance(rating, bool) or not isinstance(rating, int) or not RATING_MIN <= rating <= RATING_MAX
    ):
        raise TicketError(TicketErrorCode.RATING_RANGE, low=RATING_MIN, high=RATING_MAX)
    before = ticket.survey or Survey(at=now)
    survey = Survey(
        at=now,
        rating=before.rating if rating is None else rating,
        solved=before.solved if solved is None else solved,
        comment=before.comment if comment is None else comment.strip()[:COMMENT_MAX_CHARS],
    )
    after = replace(ticket, survey=survey)
    record = TicketEventRecord(
        ticket_id=ticket.id,
        kind=TicketEventKind.SURVEY,
        at=now,
        actor_id=actor.user_id,
        from_state=ticket.state,
        to_state=after.state,
    )
    return after, [record]


def first_contact_resolved(ticket: Ticket) -> bool:
    """FCR: closed, marked solved by the member, and never reopened."""
    return (
        ticket.state is TicketState.CLOSED
        and ticket.survey is not None
        and ticket.survey.solved is True
        and ticket.reopen_count == 0
    )


def counts_as_reopened(ticket: Ticket) -> bool:
    """Reopen rate: the ticket was reopened within the reopen window after a close."""
    return ticket.reopened_within_window


def rating_of(ticket: Ticket) -> int | None:
    """CSAT: the member's 1–5 rating, if given."""
    return ticket.survey.rating if ticket.survey else None
