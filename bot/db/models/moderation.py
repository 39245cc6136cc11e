"""Moderation cases (decisions), strikes with decay, and appeals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import AutoId, Base, Snowflake, UTCDateTime


class Case(Base):
    """One moderation decision, automatic or by a moderator, and what became of it.

    Written before Discord is called (status ``pending``), then updated with the outcome: whether the
    action was applied, and whether the explanation reached the member (``dm_status``).
    """

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    channel_id: Mapped[int | None] = mapped_column(Snowflake)
    message_id: Mapped[int | None] = mapped_column(Snowflake)
    rule_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    proposed_action: Mapped[str | None] = mapped_column(String(16))  # for review: what a human confirms
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    automatic: Mapped[bool] = mapped_column(Boolean)
    actor_id: Mapped[int | None] = mapped_column(Snowflake)  # the moderator, None when automatic
    reason_code: Mapped[str] = mapped_column(String(64), default="")
    signals: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    policy_version: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    excerpt_ref: Mapped[int | None] = mapped_column(Integer)  # encrypted_content.id
    note_ref: Mapped[int | None] = mapped_column(Integer)  # moderator's internal note, encrypted
    explanation_sent: Mapped[str | None] = mapped_column(Text)  # the explanation text as sent
    status: Mapped[str] = mapped_column(String(16), default="pending")
    # pending -> applied | failed | proposed ; applied -> lifted | expired | overturned
    apply_error: Mapped[str | None] = mapped_column(String(200))
    dm_status: Mapped[str] = mapped_column(String(24), default="pending")
    # pending | delivered | dm_closed_notice | dm_closed | failed | not_needed | withheld | corrected
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    clarity: Mapped[bool | None] = mapped_column(Boolean)
    review_message_id: Mapped[int | None] = mapped_column(Snowflake)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_cases_guild_user", Case.guild_id, Case.user_id)
Index("ix_cases_guild_created", Case.guild_id, Case.created_at)


class Strike(Base):
    """A breach counted on the ladder; decays after the rule's window, or is pardoned."""

    __tablename__ = "strikes"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    rule_id: Mapped[str] = mapped_column(String(64))
    # A nudge climbs the ladder but is not a strike against the member's standing.
    is_strike: Mapped[bool] = mapped_column(Boolean, default=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    pardoned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pardoned_by: Mapped[int | None] = mapped_column(Snowflake)


Index("ix_strikes_guild_user", Strike.guild_id, Strike.user_id)


class Appeal(Base):
    """A member's appeal of a case; decided by a human, with a reply to the member."""

    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | granted | denied | withdrawn
    text_ref: Mapped[int | None] = mapped_column(Integer)  # encrypted_content.id
    decided_by: Mapped[int | None] = mapped_column(Snowflake)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Legacy plaintext, never written any more: sealed into reply_ref at start-up, then cleared.
    reply: Mapped[str | None] = mapped_column(Text)
    reply_ref: Mapped[int | None] = mapped_column(Integer)  # encrypted_content.id: the moderator's reply
    reply_status: Mapped[str | None] = mapped_column(String(24))
    queue_message_id: Mapped[int | None] = mapped_column(Snowflake)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_appeals_guild_state", Appeal.guild_id, Appeal.state)
Index("ux_appeals_case", Appeal.case_id, unique=True)  # one appeal per decision
