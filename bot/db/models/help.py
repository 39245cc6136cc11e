"""Help tickets, their event history, and who is on duty."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import AutoId, Base, Snowflake, UTCDateTime


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    thread_id: Mapped[int | None] = mapped_column(Snowflake)  # the private space
    dm_channel_id: Mapped[int | None] = mapped_column(Snowflake)  # set when opened by DM (relayed)
    origin: Mapped[str] = mapped_column(String(16))  # slash | button | dm | phrase | crisis
    priority: Mapped[str] = mapped_column(String(16), default="normal")  # normal | high | crisis
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | claimed | resolved | closed
    # Legacy plaintext, never written any more: sealed into topic_ref at start-up, then cleared.
    topic: Mapped[str | None] = mapped_column(String(100))
    topic_ref: Mapped[int | None] = mapped_column(Integer)  # encrypted_content.id: the member's topic
    language: Mapped[str] = mapped_column(String(8), default="en")
    claimed_by: Mapped[int | None] = mapped_column(Snowflake)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    slo_minutes: Mapped[int] = mapped_column(Integer)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    last_reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_comment_ref: Mapped[int | None] = mapped_column(Integer)  # encrypted_content.id
    solved: Mapped[bool | None] = mapped_column(Boolean)
    transcript_ref: Mapped[int | None] = mapped_column(Integer)


Index("ix_tickets_guild_state", Ticket.guild_id, Ticket.state)
Index("ix_tickets_thread", Ticket.thread_id)
Index("ix_tickets_user", Ticket.guild_id, Ticket.user_id)


class TicketEvent(Base):
    """Every transition with time and actor: opened, claimed, first_response, escalated, ..."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[int | None] = mapped_column(Snowflake)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


Index("ix_ticket_events_ticket", TicketEvent.ticket_id)


class Shift(Base):
    """An on-duty period of a peer moderator: manual (/shift start) or from the rota."""

    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual | rota
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


Index("ix_shifts_guild_open", Shift.guild_id, Shift.ended_at)


class RotaEntry(Base):
    """A weekly scheduled shift, in the moderator's own time zone."""

    __tablename__ = "rota_entries"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    end: Mapped[str] = mapped_column(String(5))
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
