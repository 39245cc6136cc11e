"""Servers, their settings, and the policy versions they have used."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import AutoId, Base, Snowflake, UTCDateTime


class GuildSettings(Base):
    """One row per Discord server: preset, language, channels, roles and policy choice."""

    __tablename__ = "guilds"

    id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(100), default="")
    preset: Mapped[str] = mapped_column(String(32), default="patient")
    language: Mapped[str] = mapped_column(String(8), default="en")
    policy_overrides: Mapped[str | None] = mapped_column(Text)  # TOML text chosen by an admin
    rules_url: Mapped[str | None] = mapped_column(String(300))
    show_moderator_name: Mapped[bool] = mapped_column(Boolean, default=False)
    help_channel_id: Mapped[int | None] = mapped_column(Snowflake)
    mod_queue_channel_id: Mapped[int | None] = mapped_column(Snowflake)
    governance_channel_id: Mapped[int | None] = mapped_column(Snowflake)
    peer_role_id: Mapped[int | None] = mapped_column(Snowflake)  # trained peer moderators
    moderator_role_id: Mapped[int | None] = mapped_column(Snowflake)
    specialist_role_id: Mapped[int | None] = mapped_column(Snowflake)  # escalation tier 2
    admin_role_id: Mapped[int | None] = mapped_column(Snowflake)  # escalation tier 3
    committee_role_id: Mapped[int | None] = mapped_column(Snowflake)  # governance committee (issue 18)
    # When the bot said hello to this server's admins (issue 13, point 9): once, never again on restarts.
    arrival_announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PolicyVersion(Base):
    """The exact policy content a decision was made under, by its content hash."""

    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("guild_id", "version"),)

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int | None] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    version: Mapped[str] = mapped_column(String(64))
    preset: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the merged policy
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_policy_versions_version", PolicyVersion.version)


class MemberLanguage(Base):
    """The language of a member's Discord client, learned from their interactions. Message events carry
    no locale, so this is how an explanation reaches a member in their own language, restarts included.
    Deleted with the member's data on erasure."""

    __tablename__ = "member_languages"

    user_id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    country: Mapped[str | None] = mapped_column(String(2))  # chosen once for helplines (issue 13)
