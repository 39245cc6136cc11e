"""The help journey's deadlines, owned by the service (registered at construction, as moderation does):
the SLA escalation to the next tier, the follow-up check-in a day after a close, rota changes, and the
automatic close of a resolved request.

Each handler records first (``TicketTimers``/``ShiftService``, one unit of work), then calls the help port.
Without the Discord side attached it raises ``PortMissing`` before any work, and the runner retries. An
escalation that did not fully reach Discord (the tier's ping or the queue's alert refused) is recorded as
an ``ESCALATION_NOTICE`` deadline, whose handler tells the moderators (queue, else the help channel) and
raises ``NotDelivered`` while nobody could be told: the runner retries it with backoff and, after its last
attempt, marks it failed.

The follow-up and the rota's messages are never only logged either. When Discord failed (a 5xx, no
answer), the handler records it (the ticket's ``follow_up_failed`` event; the deadline's ``last_error``)
and raises ``NotDelivered``: the runner retries it with backoff. When the member cannot be reached (DMs
closed and their space gone), the moderators are told in the queue and that is recorded
(``follow_up_unreachable``); while nobody could be told, it is retried as a failure.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.domain.clock import ensure_utc
from bot.domain.help.ticket_types import Actor, ActorRole, TicketState
from bot.domain.help.tickets import Close
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline
from bot.services.help.actions import TicketActions
from bot.services.help.core import (
    ESCALATION_NOTICE,
    TICKET_AUTO_CLOSE,
    TICKET_FOLLOW_UP,
    TICKET_SLA,
    TICKET_TRANSCRIPT,
    subject_ticket_id,
)
from bot.services.help.ports import HelpPort, NotDelivered, PortMissing, Reach
from bot.services.help.shifts import ROTA_CHANGE, ShiftService
from bot.services.help.tickets import TicketService
from bot.services.help.timers import TicketTimers
from bot.services.help.transcripts import TicketTranscripts

log = logging.getLogger(__name__)


class HelpDeadlines:
    def __init__(
        self,
        timers: TicketTimers,
        shifts: ShiftService,
        tickets: TicketService,
        actions: TicketActions,
        transcripts: TicketTranscripts,
        runner: DeadlineRunner,
    ) -> None:
        self.timers = timers
        self.shifts = shifts
        self.tickets = tickets
        self.actions = actions
        self.transcripts = transcripts
        self._port: HelpPort | None = None
        runner.register(TICKET_SLA, self.sla)
        runner.register(TICKET_FOLLOW_UP, self.follow_up)
        runner.register(ROTA_CHANGE, self.rota_change)
        runner.register(ESCALATION_NOTICE, self.escalation_notice)
        runner.register(TICKET_AUTO_CLOSE, self.auto_close)
        runner.register(TICKET_TRANSCRIPT, self.transcript)

    def attach(self, port: HelpPort) -> None:
        self._port = port

    def detach(self) -> None:
        self._port = None

    def port(self) -> HelpPort:
        if self._port is None:
            raise PortMissing("help: the Discord side is not attached yet")
        return self._port

    async def sla(self, due: DueDeadline) -> None:
        port = self.port()
        escalated = await self.timers.escalate(subject_ticket_id(due.subject))
        if escalated is None:
            return
        await port.ready()
        delivery = await port.escalate(escalated)
        if delivery.complete:
            return
        log.warning(
            "help: escalation of ticket %s to %s not fully delivered (pinged=%s, queue=%s)",
            escalated.ticket.id,
            escalated.tier,
            delivery.pinged,
            delivery.queue_told,
        )
        await self.timers.escalation_not_delivered(escalated)

    async def escalation_notice(self, due: DueDeadline) -> None:
        port = self.port()
        ticket_id = subject_ticket_id(due.subject)
        payload = due.payload
        escalated = await self.timers.escalation(
            ticket_id, str(payload["tier"]), int(payload["level"]), int(payload["waited"])
        )
        if escalated is None:
            return
        await port.ready()
        if not await port.escalation_not_delivered(escalated):
            raise NotDelivered(f"help: nobody could be told about the escalation of ticket {ticket_id}")

    async def follow_up(self, due: DueDeadline) -> None:
        port = self.port()
        follow = await self.timers.follow_up(subject_ticket_id(due.subject))
        if follow is None:
            return
        await port.ready()
        reach = await port.follow_up(follow)
        if reach is Reach.DELIVERED:
            return
        unreachable = reach is Reach.UNREACHABLE
        told = unreachable and await port.follow_up_unreachable(follow)
        await self.timers.follow_up_missed(follow, unreachable=unreachable, told=told)
        if not told:
            raise NotDelivered(
                f"help: the follow-up of ticket {follow.ticket.id} was not delivered"
                + (" and nobody could be told" if unreachable else " (Discord failed)")
            )

    async def rota_change(self, due: DueDeadline) -> None:
        port = self.port()
        if due.guild_id is None:
            return
        since = ensure_utc(datetime.fromisoformat(str(due.payload.get("after") or due.due_at.isoformat())))
        tick = await self.shifts.rota_tick(due.guild_id, since)
        if not (tick.started or tick.ended):
            return
        await port.ready()
        if await port.rota_changed(tick) is not Reach.DELIVERED:
            # the tick is read again from the same ``after`` on the retry, so no change is lost
            raise NotDelivered(f"help: the rota message of server {due.guild_id} was not delivered")

    async def auto_close(self, due: DueDeadline) -> None:
        """A resolved request closes by itself after the policy's delay (then the follow-up is planned);
        one reopened or closed meanwhile is left alone."""
        port = self.port()
        ticket_id = subject_ticket_id(due.subject)
        found = await self.tickets.get(ticket_id)
        if found is None or found[0].state is not TicketState.RESOLVED:
            return
        change = await self.actions.act(ticket_id, Actor(0, ActorRole.SYSTEM), Close())
        await port.ready()
        await port.after_transition(change)

    async def transcript(self, due: DueDeadline) -> None:
        """A request closed: read its conversation from Discord and keep it sealed. Discord failing is
        retried by the runner; a request reopened meanwhile is left to its next close."""
        port = self.port()
        ticket_id = subject_ticket_id(due.subject)
        found = await self.tickets.get(ticket_id)
        if found is None or found[0].state is not TicketState.CLOSED:
            return
        await port.ready()
        spoken = await port.conversation(found[0])
        if spoken is None:
            raise NotDelivered(f"help: the conversation of ticket {ticket_id} could not be read")
        await self.transcripts.keep(ticket_id, spoken)
