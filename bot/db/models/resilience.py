"""What lets the bot pick up where it stopped: per-channel watermarks and the intents of case effects.

* ``channel_watermarks``: per channel, the id of a message such that every message up to it that the
  bot received has been decided. After a crash, a refused RESUME or a database outage the bot reads the
  channel's history after it (bounded) and decides what it missed, each message once.
* ``case_effects``: an effect of a case that must happen at most once (the explanation DM) is recorded
  as ``intent`` before Discord is called and ``done`` after; a case repaired after a crash whose
  intent was recorded without its result is checked against Discord instead of being sent again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, Snowflake, UTCDateTime
from bot.db.models.moderation import Case


class ChannelWatermark(Base):
    __tablename__ = "channel_watermarks"

    channel_id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    guild_id: Mapped[int] = mapped_column(Snowflake, index=True)
    message_id: Mapped[int] = mapped_column(BigInteger)  # every message up to this one was decided
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseEffect(Base):
    __tablename__ = "case_effects"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    effect: Mapped[str] = mapped_column(String(16), primary_key=True)  # "dm"
    state: Mapped[str] = mapped_column(String(16))  # intent | done
    at: Mapped[datetime] = mapped_column(UTCDateTime)


# A message caught up or retried after a restart is looked up among the cases by its id.
Index("ix_cases_guild_message", Case.guild_id, Case.message_id)
