"""Database-owned deadlines: written with the decision that creates them, fired exactly once."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import AutoId, Base, UTCDateTime


class DeadlineStatus(StrEnum):
    """Where a deadline stands; the runner moves it pending -> running -> done (or back to pending with
    backoff, then failed); a replaced one is cancelled."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Deadline(Base):
    __tablename__ = "deadlines"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(48))  # e.g. "timeout_end", "ticket_sla", "follow_up"
    subject: Mapped[str] = mapped_column(String(64))  # e.g. "case:12", "ticket:7"
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default=DeadlineStatus.PENDING)  # a DeadlineStatus
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))
    payload: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


Index("ix_deadlines_status_due", Deadline.status, Deadline.due_at)
Index("ix_deadlines_kind_subject", Deadline.kind, Deadline.subject)
