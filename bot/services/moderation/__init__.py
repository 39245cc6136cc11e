"""Moderation use cases: the message pipeline, moderators' actions, the way back (acknowledgements,
appeals, clarity, standing), reconciliation and the deadlines that end sanctions. See docs/MODERATION.md."""

from bot.services.moderation.moderators import ModeratorRequest
from bot.services.moderation.ports import DiscordPort
from bot.services.moderation.service import ModerationService
from bot.services.moderation.types import (
    AppealState,
    CaseOutcome,
    CaseRecord,
    CaseStatus,
    DmStatus,
    IncomingMessage,
    MessageOutcome,
)

__all__ = [
    "AppealState",
    "CaseOutcome",
    "CaseRecord",
    "CaseStatus",
    "DiscordPort",
    "DmStatus",
    "IncomingMessage",
    "MessageOutcome",
    "ModerationService",
    "ModeratorRequest",
]
