"""The 24/7 help journey: tickets, shifts and the rota, crisis phrases, the knowledge base, and the
deadline-driven escalations and follow-ups. ``build_help`` wires them; ``bot.services.help`` holds
the result (see docs/HELP.md)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.context import AppContext
from bot.services.help.actions import TicketActions
from bot.services.help.core import TICKET_FOLLOW_UP, TICKET_SLA, HelpCore, HelpRefused
from bot.services.help.deadlines import HelpDeadlines
from bot.services.help.kb import KbService
from bot.services.help.phrases import PhraseDetector
from bot.services.help.ports import EscalationDelivery, HelpPort, PortMissing, Reach
from bot.services.help.shifts import ROTA_CHANGE, ShiftService
from bot.services.help.tickets import TicketService
from bot.services.help.timers import TicketTimers
from bot.services.help.transcripts import TicketTranscripts, TranscriptMissing, TranscriptNotAllowed, Viewer

__all__ = [
    "ROTA_CHANGE",
    "TICKET_FOLLOW_UP",
    "TICKET_SLA",
    "EscalationDelivery",
    "HelpDeadlines",
    "HelpPort",
    "HelpRefused",
    "HelpServices",
    "PortMissing",
    "Reach",
    "TranscriptMissing",
    "TranscriptNotAllowed",
    "Viewer",
    "build_help",
]


@dataclass(frozen=True)
class HelpServices:
    core: HelpCore
    tickets: TicketService
    actions: TicketActions
    timers: TicketTimers
    shifts: ShiftService
    kb: KbService
    phrases: PhraseDetector
    transcripts: TicketTranscripts  # closed requests' conversations, sealed; ``read`` checks access
    deadlines: HelpDeadlines  # owns the SLA, follow-up and rota handlers; the desk attaches as its port


def build_help(ctx: AppContext) -> HelpServices:
    kb = KbService(
        ctx.db,
        ctx.clock,
        ctx.settings.policies_dir,
        ctx.shared.guilds,
        ctx.shared.policies,
        ctx.shared.recorder,
    )
    shifts = ShiftService(ctx)
    core = HelpCore(ctx, shifts, kb)
    timers = TicketTimers(core)
    tickets, actions = TicketService(core), TicketActions(core)
    transcripts = TicketTranscripts(core)
    return HelpServices(
        core=core,
        tickets=tickets,
        actions=actions,
        timers=timers,
        shifts=shifts,
        kb=kb,
        phrases=PhraseDetector(),
        transcripts=transcripts,
        deadlines=HelpDeadlines(timers, shifts, tickets, actions, transcripts, ctx.deadlines),
    )
