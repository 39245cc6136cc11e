"""What the help journey needs from Discord when time moves, as a protocol: the help desk
(``cogs/help/desk.py``) implements it with discord.py; service tests use a fake.

The service decides and records first (one unit of work), then calls the port outside any transaction,
then looks at what the port reports: a lost ping is surfaced to the moderators, never only logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.domain.help.transcript import Spoken
from bot.services.help.types import Escalated, FollowUp, RotaTick, TicketView, Transition


class Reach(StrEnum):
    """Whether a message of a deadline (the follow-up, the rota's) reached Discord."""

    DELIVERED = "delivered"
    FAILED = "failed"  # Discord failed (a 5xx, no answer): the deadline is retried with backoff
    UNREACHABLE = "unreachable"  # the member's DMs are closed and their space is gone: moderators are told


@dataclass(frozen=True, slots=True)
class EscalationDelivery:
    """What reached Discord for one escalation."""

    pinged: bool  # the tier's role was pinged (in the moderation queue)
    queue_told: bool  # the moderation queue got the alert

    @property
    def complete(self) -> bool:
        return self.pinged and self.queue_told


class HelpPort(Protocol):
    async def ready(self) -> None:
        """Wait (bounded) until the gateway is ready: deadlines rehydrated at start-up may fire first."""
        ...

    async def escalate(self, escalated: Escalated) -> EscalationDelivery: ...

    async def escalation_not_delivered(self, escalated: Escalated) -> bool:
        """Tell the moderators (in the moderation queue) that a tier was not reached; True if told."""
        ...

    async def follow_up(self, follow: FollowUp) -> Reach:
        """The check-in after a close, by DM or else in the member's space: ``FAILED`` when Discord failed,
        ``UNREACHABLE`` when the DMs are closed and the space is gone."""
        ...

    async def follow_up_unreachable(self, follow: FollowUp) -> bool:
        """Tell the moderators (in the moderation queue) that a member could not be reached for their
        check-in; True if told."""
        ...

    async def rota_changed(self, tick: RotaTick) -> Reach:
        """The scheduled shift starts and ends, in the moderation queue; ``FAILED`` when one was lost."""
        ...

    async def conversation(self, ticket: TicketView) -> list[Spoken] | None:
        """What the member and the team said in a closed request: the messages of its space, and the
        member's DMs to the bot while it was open (relayed tickets). None when Discord failed: the
        transcript deadline is retried."""
        ...

    async def after_transition(self, change: Transition) -> None:
        """What a ticket's change shows on Discord (its space, the member's notice)."""
        ...


class PortMissing(RuntimeError):
    """A deadline fired before the Discord side was attached: the runner retries it later."""


class NotDelivered(RuntimeError):
    """Discord could not be reached for a deadline's effect, and nobody could be told: retried."""
