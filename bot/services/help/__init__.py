"""The 24/7 help journey: tickets, shifts and the rota, crisis phrases, the knowledge base, and the
deadline-driven escalations and follow-ups. ``build_help`` wires them; ``bot.services.help`` holds
the result (see docs/HELP.md)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.context import AppContext
from bot.services.help.actions import TicketActions
from bot.services.help.core import TICKET_FOLLOW_UP, TICKET_SLA, HelpCore, HelpRefused
from bot.services.help.kb import KbService
from bot.services.help.phrases import PhraseDetector
from bot.services.help.shifts import ROTA_CHANGE, ShiftService
from bot.services.help.tickets import TicketService
from bot.services.help.timers import TicketTimers

__all__ = [
    "ROTA_CHANGE",
    "TICKET_FOLLOW_UP",
    "TICKET_SLA",
    "HelpRefused",
    "HelpServices",
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
    return HelpServices(
        core=core,
        tickets=TicketService(core),
        actions=TicketActions(core),
        timers=TicketTimers(core),
        shifts=shifts,
        kb=kb,
        phrases=PhraseDetector(),
    )
