"""All tables, designed once for the whole domain (features fill them in over time)."""

from bot.db.base import Base
from bot.db.models.governance import (
    AuditVerdict,
    EncryptedContent,
    ErasureRequest,
    ExportRequest,
    GovernanceCheckpoint,
    GovernanceEntry,
    GovernanceHead,
    KbOpen,
    MemberCopy,
    MemberKey,
    ReportRun,
)
from bot.db.models.help import RotaEntry, Shift, Ticket, TicketEvent
from bot.db.models.moderation import Appeal, Case, Strike
from bot.db.models.resilience import CaseEffect, ChannelWatermark
from bot.db.models.server import GuildSettings, MemberLanguage, PolicyVersion
from bot.db.models.time import Deadline, DeadlineStatus
from bot.db.models.web import WebSession

__all__ = [
    "Appeal",
    "AuditVerdict",
    "Base",
    "Case",
    "CaseEffect",
    "ChannelWatermark",
    "Deadline",
    "DeadlineStatus",
    "EncryptedContent",
    "ErasureRequest",
    "ExportRequest",
    "GovernanceCheckpoint",
    "GovernanceEntry",
    "GovernanceHead",
    "GuildSettings",
    "KbOpen",
    "MemberCopy",
    "MemberKey",
    "MemberLanguage",
    "PolicyVersion",
    "ReportRun",
    "RotaEntry",
    "Shift",
    "Strike",
    "Ticket",
    "TicketEvent",
    "WebSession",
]
