"""The governance log (hash chain per server), checkpoints, privacy keys and committee records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import AutoId, Base, Snowflake, UTCDateTime


class GovernanceEntry(Base):
    """One append-only log entry. Content fields are stored as text so the hash is reproducible."""

    __tablename__ = "governance_entries"
    __table_args__ = (UniqueConstraint("guild_id", "seq"),)

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))  # "auto" or "mod:<pseudonym>"
    subject: Mapped[str | None] = mapped_column(String(64))  # pseudonymous member id
    rule_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str | None] = mapped_column(String(16))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    policy_version: Mapped[str | None] = mapped_column(String(64))
    signals: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    refs: Mapped[str] = mapped_column(Text, default="[]")  # canonical JSON: encrypted content ids
    data: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Retention shredded the payload (actor, subject, signals, refs, data); hashes and links are kept.
    shredded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


Index("ix_governance_entries_guild_at", GovernanceEntry.guild_id, GovernanceEntry.at)
Index("ix_governance_entries_guild_kind", GovernanceEntry.guild_id, GovernanceEntry.kind)


class GovernanceHead(Base):
    """The head of each server's chain; locked while appending so the chain never forks."""

    __tablename__ = "governance_heads"

    guild_id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))
    entries_since_checkpoint: Mapped[int] = mapped_column(Integer, default=0)
    last_checkpoint_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class GovernanceCheckpoint(Base):
    __tablename__ = "governance_checkpoints"
    __table_args__ = (UniqueConstraint("guild_id", "seq"),)

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    entry_count: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    signature: Mapped[str] = mapped_column(String(256))
    key_id: Mapped[str] = mapped_column(String(64))


class MemberKey(Base):
    """A member's data key, wrapped by the master key. Erasure deletes this row."""

    __tablename__ = "member_keys"

    guild_id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(Snowflake, primary_key=True, autoincrement=False)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EncryptedContent(Base):
    """Message excerpts, ticket transcripts, appeal texts, comments: encrypted with the member key."""

    __tablename__ = "encrypted_content"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    user_id: Mapped[int] = mapped_column(Snowflake)
    kind: Mapped[str] = mapped_column(String(24))  # excerpt | transcript | appeal | comment | note
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_encrypted_content_member", EncryptedContent.guild_id, EncryptedContent.user_id)
Index("ix_encrypted_content_created", EncryptedContent.created_at)


class AuditVerdict(Base):
    __tablename__ = "audit_verdicts"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    entry_seq: Mapped[int] = mapped_column(Integer)  # the sampled governance entry
    case_id: Mapped[int | None] = mapped_column(Integer)
    reviewer: Mapped[str] = mapped_column(String(64))  # pseudonymous
    verdict: Mapped[str] = mapped_column(String(16))  # appropriate | too_harsh | too_lenient | wrong
    comment: Mapped[str | None] = mapped_column(Text)
    sample_seed: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class KbOpen(Base):
    """A knowledge-base article opened (self-help usage); counts only, no member id."""

    __tablename__ = "kb_opens"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int | None] = mapped_column(Snowflake)
    article_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReportRun(Base):
    """One monthly report per server and period: the unique key makes the job run exactly once."""

    __tablename__ = "report_runs"
    __table_args__ = (UniqueConstraint("guild_id", "period"),)

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    period: Mapped[str] = mapped_column(String(16))  # "2026-10"
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | posted | failed
    owner: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ExportRequest(Base):
    """An export; real ids need a second admin's approval, which is logged."""

    __tablename__ = "export_requests"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    requested_by: Mapped[int] = mapped_column(Snowflake)
    approved_by: Mapped[int | None] = mapped_column(Snowflake)
    real_ids: Mapped[bool] = mapped_column(default=False)
    params: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending|approved|done|refused
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ErasureRequest(Base):
    __tablename__ = "erasure_requests"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guilds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(Snowflake)
    state: Mapped[str] = mapped_column(String(16), default="requested")  # requested | done | refused
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[int | None] = mapped_column(Snowflake)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MemberCopy(Base):
    """A message the bot posted that quotes a member (a ticket note in the queue, ...): erasing the member
    deletes it from Discord too. Appeal and review cards are found through their own rows."""

    __tablename__ = "member_copies"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True)
    guild_id: Mapped[int] = mapped_column(Snowflake)
    user_id: Mapped[int] = mapped_column(Snowflake)
    kind: Mapped[str] = mapped_column(String(24))  # ticket_note | ...
    channel_id: Mapped[int] = mapped_column(Snowflake)
    message_id: Mapped[int] = mapped_column(Snowflake)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_member_copies_member", MemberCopy.guild_id, MemberCopy.user_id)
