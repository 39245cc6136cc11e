"""What the help services hand back to the cogs: plain frozen records, never ORM rows.

A service commits its unit of work and returns one of these; the cog then performs the Discord calls it
describes (create the private thread, ping exactly these people, post the recap...) and reports the
outcome back (``TicketService.attach_space`` and friends).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.db.models import GuildSettings
from bot.db.models import Ticket as TicketRow
from bot.domain.help.helplines import Helpline
from bot.domain.help.kb import Article
from bot.domain.help.rules import HelpRules, Priority
from bot.domain.help.ticket_types import Origin, Ticket, TicketEventRecord, TicketState
from bot.domain.i18n import voice
from bot.domain.policy.models import Policy

TIER_ROLE_COLUMNS = {
    "peer": "peer_role_id",
    "specialist": "specialist_role_id",
    "admin": "admin_role_id",
    "moderator": "moderator_role_id",
}


@dataclass(frozen=True, slots=True)
class GuildHelp:
    """The server settings the help journey needs."""

    guild_id: int
    name: str
    language: str
    help_channel_id: int | None
    mod_queue_channel_id: int | None
    peer_role_id: int | None
    specialist_role_id: int | None
    admin_role_id: int | None
    moderator_role_id: int | None
    policy_version: str
    first_tier: str = "specialist"  # alerted at once when nobody is on duty
    reopen_days: int = 14
    follow_up_hours: int = 24
    register: str = "vous"  # how member texts address people: the policy's (issue 16: "tu" in game servers)

    @classmethod
    def of(cls, row: GuildSettings, policy: Policy) -> GuildHelp:
        tiers = policy.help.escalation_tiers
        return cls(
            guild_id=row.id,
            name=row.name or "",
            language=row.language or "en",
            help_channel_id=row.help_channel_id,
            mod_queue_channel_id=row.mod_queue_channel_id,
            peer_role_id=row.peer_role_id,
            specialist_role_id=row.specialist_role_id,
            admin_role_id=row.admin_role_id,
            moderator_role_id=row.moderator_role_id,
            policy_version=policy.version,
            first_tier=tiers[1] if len(tiers) > 1 else tiers[0],
            reopen_days=policy.help.reopen_window_days,
            follow_up_hours=policy.help.follow_up_hours,
            register=policy.member_register,
        )

    def voice(self, lang: str) -> str:
        """``lang`` in this server's register, for a text a member reads (``i18n.t``)."""
        return voice(lang, self.register)

    def tier_role(self, tier: str) -> int | None:
        column = TIER_ROLE_COLUMNS.get(tier)
        return None if column is None else getattr(self, column)


@dataclass(frozen=True, slots=True)
class TicketView:
    """A ticket as the cogs see it: the domain state plus where it lives on Discord."""

    id: int
    guild_id: int
    requester_id: int
    thread_id: int | None
    dm_channel_id: int | None
    origin: Origin
    priority: Priority
    state: TicketState
    language: str
    topic: str | None
    claimer_id: int | None
    opened_at: datetime
    first_response_due_at: datetime
    response_due_at: datetime | None
    escalation_level: int
    slo_minutes: int
    closed_at: datetime | None = None

    @property
    def is_active(self) -> bool:
        return self.state in (TicketState.OPEN, TicketState.CLAIMED)

    @classmethod
    def of(cls, row: TicketRow, ticket: Ticket, rules: HelpRules) -> TicketView:
        return cls(
            id=ticket.id,
            guild_id=ticket.guild_id,
            requester_id=ticket.requester_id,
            thread_id=row.thread_id,
            dm_channel_id=row.dm_channel_id,
            origin=ticket.origin,
            priority=ticket.priority,
            state=ticket.state,
            language=ticket.language,
            topic=row.topic,
            claimer_id=ticket.claimer_id,
            opened_at=ticket.opened_at,
            first_response_due_at=ticket.first_response_due_at,
            response_due_at=ticket.response_due_at,
            escalation_level=ticket.escalation_level,
            slo_minutes=int(rules.slo_for(ticket.priority).total_seconds() // 60),
            closed_at=ticket.closed_at,
        )


@dataclass(frozen=True, slots=True)
class Opened:
    """The result of a help request: a new ticket, or the member's ticket already open."""

    ticket: TicketView
    guild: GuildHelp
    created: bool
    upgraded: bool  # an existing ticket was raised to crisis priority
    on_duty: tuple[int, ...]  # the peer moderators to add to the space and ping
    escalated_tier: str | None  # nobody on duty: this tier was alerted at once
    suggestions: tuple[Article, ...] = ()
    helplines: tuple[Helpline, ...] = ()  # for the member's country (shown at once in a crisis)


@dataclass(frozen=True, slots=True)
class Transition:
    """A ticket changed (claim, transfer, resolve, close, reopen, release, upgrade)."""

    before: TicketView
    after: TicketView
    guild: GuildHelp
    records: tuple[TicketEventRecord, ...]
    on_duty: tuple[int, ...] = ()  # for a reopen: who to add back and ping
    links: tuple[Article, ...] = ()  # self-help links for the recap
    recap: str = ""  # the resolving moderator's recap, if any


@dataclass(frozen=True, slots=True)
class Escalated:
    ticket: TicketView
    guild: GuildHelp
    tier: str
    level: int
    waited_minutes: int


@dataclass(frozen=True, slots=True)
class FollowUp:
    ticket: TicketView
    guild: GuildHelp


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    """A message in a ticket's space: whether it answered the member, and where to relay it."""

    ticket: TicketView
    answered: bool  # the first response (or the answer awaited after a reopen) was recorded
    relay_to_dm: bool  # a DM-opened ticket: the team's words go to the member's DMs


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    ticket: TicketView
    rating: int | None
    solved: bool | None
    commented: bool


@dataclass(frozen=True, slots=True)
class RotaTick:
    """Scheduled shifts that started or ended at a rota change."""

    guild: GuildHelp
    started: tuple[int, ...] = ()
    ended: tuple[int, ...] = ()
    waiting_threads: tuple[int, ...] = ()  # spaces of tickets waiting for a peer moderator
