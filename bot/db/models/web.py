"""The dashboard's server-side sessions (the cookie carries only a random token; its hash is the key)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, Snowflake, UTCDateTime


class WebSession(Base):
    __tablename__ = "web_sessions"
    __table_args__ = (Index("ix_web_sessions_expires", "expires_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie's token
    user_id: Mapped[int | None] = mapped_column(Snowflake)  # None until the OAuth2 login completes
    guild_id: Mapped[int | None] = mapped_column(Snowflake)  # the server being looked at
    csrf: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)  # login state, access, name
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
