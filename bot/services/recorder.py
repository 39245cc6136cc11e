"""Recording into the governance log, inside the caller's unit of work.

Every feature calls ``GovernanceRecorder.record(session, GovEvent(...))`` in the same transaction as the
decision it records, so a decision and its log entry are committed together or not at all. Appends are
serialised per server (the head row is locked ``FOR UPDATE`` on PostgreSQL; SQLite has one writer), and
the unique ``(guild_id, seq)`` constraint is the backstop: the chain never forks.

Health data never enters the log: subjects and moderators appear as keyed pseudonyms, and message
excerpts or transcripts are sealed by ``ContentVault`` with the member's own key; the log holds only
their reference.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import ROW_ID, bulk_insert, core_columns, draw_ids, insert_ids, one_of, update_by_id
from bot.db.models import EncryptedContent, GovernanceCheckpoint, GovernanceEntry, GovernanceHead, MemberKey
from bot.domain.clock import Clock, ensure_utc
from bot.governance import crypto
from bot.governance.chain import GENESIS_HASH, EntryKind, LogEntry
from bot.governance.entry import ChainTip, build_stored_entry
from bot.governance.pseudonym import AUTO_ACTOR, ActorRole, Pseudonymizer
from bot.governance.signing import key_id, load_or_create_signing_key, should_checkpoint, sign_checkpoint


@dataclass(frozen=True, slots=True)
class GovEvent:
    guild_id: int
    kind: EntryKind | str
    actor_id: int | None = None  # None: the bot acting on its own
    actor_role: ActorRole = ActorRole.MOD
    subject_id: int | None = None  # the member concerned
    rule_id: str | None = None
    action: str | None = None
    duration_seconds: int | None = None
    policy_version: str | None = None
    signals: Mapping[str, object] = field(default_factory=dict)
    refs: Sequence[str] = ()
    data: Mapping[str, object] = field(default_factory=dict)


class UnreadableJson:
    """Stands in for a JSON column that no longer parses: hashing it fails, so verify reports the entry."""

    def __init__(self, raw: str) -> None:
        self.raw = raw


def _loads(raw: str, strict: bool) -> Any:
    if strict:
        return json.loads(raw)
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return UnreadableJson(raw)


def row_to_entry(row: GovernanceEntry, *, strict: bool = True) -> LogEntry:
    """A stored row as a log entry. With ``strict=False`` a damaged row still loads (and then fails
    verification) instead of raising, which is what ``verify`` and audits need."""
    refs = _loads(row.refs, strict)
    return LogEntry(
        guild_id=row.guild_id,
        seq=row.seq,
        at=ensure_utc(row.at),
        kind=row.kind,
        actor=row.actor,
        subject=row.subject,
        rule_id=row.rule_id,
        action=row.action,
        duration_seconds=row.duration_seconds,
        policy_version=row.policy_version,
        signals=cast(Any, _loads(row.signals, strict)),
        refs=tuple(refs) if isinstance(refs, list) else cast(Any, refs),
        data=cast(Any, _loads(row.data, strict)),
        prev_hash=row.prev_hash,
        hash=row.hash,
        shredded=row.shredded_at is not None,
    )


class GovernanceRecorder:
    def __init__(
        self,
        clock: Clock,
        pseudonymizer: Pseudonymizer,
        signing_key_path: Path,
        *,
        checkpoint_every_n: int = 100,
        dialect: str = "sqlite",
    ) -> None:
        self.clock = clock
        self.pseudonyms = pseudonymizer
        self.signing_key = load_or_create_signing_key(signing_key_path)
        self.key_id = key_id(self.signing_key)
        self.checkpoint_every_n = checkpoint_every_n
        self.dialect = dialect

    def subject(self, guild_id: int, user_id: int | None) -> str | None:
        return None if user_id is None else self.pseudonyms.pseudonym(guild_id, user_id)

    def actor(self, guild_id: int, user_id: int | None, role: ActorRole = ActorRole.MOD) -> str:
        return AUTO_ACTOR if user_id is None else self.pseudonyms.actor(role, guild_id, user_id)

    async def _lock_head(self, session: AsyncSession, guild_id: int) -> GovernanceHead:
        held = _heads_held(session)
        if held is not None and guild_id in held:  # locked by this transaction already: no round trip
            return held[guild_id]
        head = await self._read_head(session, guild_id)
        if held is not None:
            held[guild_id] = head
        return head

    async def _read_head(self, session: AsyncSession, guild_id: int) -> GovernanceHead:
        query = select(GovernanceHead).where(GovernanceHead.guild_id == guild_id)
        if self.dialect == "postgresql":
            # Locked for the rest of the transaction. The head exists but for a server's very first
            # entry: then it is inserted (two first writers meet on the key: one inserts, both lock).
            query = query.with_for_update()
            head = (await session.execute(query)).scalar_one_or_none()
            if head is None:
                from sqlalchemy.dialects.postgresql import insert as pg_insert

                await session.execute(
                    pg_insert(GovernanceHead)
                    .values(guild_id=guild_id, seq=0, hash=GENESIS_HASH, entries_since_checkpoint=0)
                    .on_conflict_do_nothing(index_elements=["guild_id"])
                )
                head = (await session.execute(query)).scalar_one()
            return head
        head = (await session.execute(query)).scalar_one_or_none()
        if head is None:
            head = GovernanceHead(guild_id=guild_id, seq=0, hash=GENESIS_HASH, entries_since_checkpoint=0)
            session.add(head)
            await session.flush()
        return head

    async def record(self, session: AsyncSession, event: GovEvent) -> LogEntry:
        """Append one entry in the caller's transaction."""
        [entry] = await self.record_many(session, [event])
        return entry

    async def record_many(self, session: AsyncSession, events: Sequence[GovEvent]) -> list[LogEntry]:
        """Append several entries in the caller's transaction: group commit for the log.

        The same chain and the same checkpoints as ``record`` called once per event in order, but each
        server's head is locked and read once and the entries are written with one multi-row insert, so
        a batch costs one transaction (one fsync on SQLite with ``synchronous=FULL``) and a few round
        trips instead of several per entry. Servers are locked in id order (two batch writers never
        deadlock); each server's events keep their order. Returns the entries in the order of ``events``.
        """
        now = self.clock.now()
        out: list[LogEntry | None] = [None] * len(events)
        by_guild: dict[int, list[int]] = {}
        for index, event in enumerate(events):
            by_guild.setdefault(event.guild_id, []).append(index)
        rows: list[dict[str, object]] = []
        for guild_id in sorted(by_guild):
            head = await self._lock_head(session, guild_id)
            prev: ChainTip | None = head if head.seq else None  # the head holds the last seq and hash
            for index in by_guild[guild_id]:
                prev = out[index] = self._append(session, head, prev, events[index], now, rows)
        await bulk_insert(session, GovernanceEntry, rows)  # one multi-row insert
        await session.flush()
        return [entry for entry in out if entry is not None]

    def _append(
        self,
        session: AsyncSession,
        head: GovernanceHead,
        prev: ChainTip | None,
        event: GovEvent,
        now: datetime,
        rows: list[dict[str, object]],
    ) -> LogEntry:
        entry, texts = build_stored_entry(
            prev,
            guild_id=event.guild_id,
            at=now,
            kind=event.kind,
            actor=self.actor(event.guild_id, event.actor_id, event.actor_role),
            subject=self.subject(event.guild_id, event.subject_id),
            rule_id=event.rule_id,
            action=event.action,
            duration_seconds=event.duration_seconds,
            policy_version=event.policy_version,
            signals=dict(event.signals),
            refs=tuple(event.refs),
            data=dict(event.data),
        )
        rows.append(
            {
                "guild_id": entry.guild_id,
                "seq": entry.seq,
                "at": entry.at,
                "kind": entry.kind,
                "actor": entry.actor,
                "subject": entry.subject,
                "rule_id": entry.rule_id,
                "action": entry.action,
                "duration_seconds": entry.duration_seconds,
                "policy_version": entry.policy_version,
                "signals": texts.signals,  # the canonical texts the hash was computed over
                "refs": texts.refs,
                "data": texts.data,
                "prev_hash": entry.prev_hash,
                "hash": entry.hash,
            }
        )
        head.seq, head.hash = entry.seq, entry.hash
        head.entries_since_checkpoint += 1
        if should_checkpoint(
            head.entries_since_checkpoint, head.last_checkpoint_at, now, every_n=self.checkpoint_every_n
        ):
            checkpoint = sign_checkpoint(
                self.signing_key, guild_id=entry.guild_id, seq=entry.seq, head_hash=entry.hash, at=now
            )
            session.add(
                GovernanceCheckpoint(
                    guild_id=checkpoint.guild_id,
                    seq=checkpoint.seq,
                    head_hash=checkpoint.head_hash,
                    entry_count=checkpoint.entry_count,
                    at=checkpoint.at,
                    signature=checkpoint.signature,
                    key_id=checkpoint.key_id,
                )
            )
            head.entries_since_checkpoint, head.last_checkpoint_at = 0, now
        return entry


_HEADS = "havre.governance_heads"


def _heads_held(session: AsyncSession) -> dict[int, GovernanceHead] | None:
    """The heads this transaction has locked and read, for its next appends (a raid's decisions and
    their outcomes are logged in one transaction by two ``record_many`` calls). Not inside a
    savepoint: one rolled back would undo what the held head says, so none is kept past one."""
    sync = session.sync_session
    if sync.in_nested_transaction():
        sync.info.pop(_HEADS, None)
        return None
    transaction = sync.get_transaction()
    found = sync.info.get(_HEADS)
    if found is None or found[0] is not transaction:
        found = sync.info[_HEADS] = (transaction, {})
    heads: dict[int, GovernanceHead] = found[1]
    return heads


class ContentVault:
    """Seals member content (excerpts, transcripts, appeal texts) with a per-member key.

    Erasing a member deletes their key and their rows: what remains anywhere else is unreadable.
    """

    def __init__(self, clock: Clock, master_key: bytes, pseudonymizer: Pseudonymizer) -> None:
        self.clock = clock
        self.master_key = master_key
        self.pseudonyms = pseudonymizer

    def _context(self, guild_id: int, user_id: int) -> bytes:
        return self.pseudonyms.pseudonym(guild_id, user_id).encode()

    async def _member_key(
        self, session: AsyncSession, guild_id: int, user_id: int, *, create: bool
    ) -> bytes | None:
        found = await session.execute(
            select(MemberKey.wrapped_key).where(MemberKey.guild_id == guild_id, MemberKey.user_id == user_id)
        )
        wrapped = found.scalar_one_or_none()
        context = self._context(guild_id, user_id)
        if wrapped is not None:  # format 2, or format 1 (pseudonym context) until `havre keys rotate`
            return crypto.unwrap_member_key(self.master_key, wrapped, guild_id, user_id, context)
        if not create:
            return None
        key = crypto.new_member_key()
        await session.execute(  # a plain insert, no ORM flush: this runs for every decision
            insert(MemberKey).values(
                guild_id=guild_id,
                user_id=user_id,
                wrapped_key=crypto.wrap_member_key(self.master_key, key, guild_id, user_id),
                created_at=self.clock.now(),
            )
        )
        return key

    async def seal(self, session: AsyncSession, guild_id: int, user_id: int, kind: str, text: str) -> int:
        [content_id] = await self.seal_many(session, [(guild_id, user_id, kind, text)])
        return content_id

    async def seal_many(self, session: AsyncSession, items: Sequence[tuple[int, int, str, str]]) -> list[int]:
        """Seal several texts ``(guild_id, user_id, kind, text)``; their ids, in order.

        A few statements for the lot, not per text (no ORM flush: this runs for every decision): the
        members' keys read at once (the missing ones made with one insert), then the rows. A row's id is
        the additional authenticated data of its ciphertext: on PostgreSQL the ids are drawn from the
        sequence first and each row is inserted once, with its ciphertext; on SQLite (no sequence to draw
        from) the rows are inserted, then their ciphertexts written."""
        if not items:
            return []
        keys = await self._member_keys(session, {(guild_id, user_id) for guild_id, user_id, _k, _t in items})
        now = self.clock.now()
        if session.sync_session.get_bind().dialect.name == "postgresql":
            drawn = await draw_ids(session, EncryptedContent, len(items))
            await bulk_insert(
                session,
                EncryptedContent,
                [
                    {
                        "id": content_id,
                        "guild_id": g,
                        "user_id": u,
                        "kind": kind,
                        "created_at": now,
                        "ciphertext": crypto.encrypt(keys[(g, u)], text, str(content_id).encode()),
                    }
                    for content_id, (g, u, kind, text) in zip(drawn, items, strict=True)
                ],
            )
            return drawn
        ids = await insert_ids(
            session,
            EncryptedContent,
            [
                {"guild_id": guild_id, "user_id": user_id, "kind": kind, "created_at": now, "ciphertext": b""}
                for guild_id, user_id, kind, _text in items
            ],
        )
        await session.execute(
            update_by_id(EncryptedContent),
            [
                {
                    ROW_ID: content_id,
                    "ciphertext": crypto.encrypt(keys[(g, u)], text, str(content_id).encode()),
                }
                for content_id, (g, u, _kind, text) in zip(ids, items, strict=True)
            ],
        )
        return ids

    async def _member_keys(
        self, session: AsyncSession, members: set[tuple[int, int]]
    ) -> dict[tuple[int, int], bytes]:
        """The members' keys, the missing ones created (one read per server, one insert)."""
        keys: dict[tuple[int, int], bytes] = {}
        by_guild: dict[int, list[int]] = {}
        for guild_id, user_id in members:
            by_guild.setdefault(guild_id, []).append(user_id)
        member_keys = core_columns(MemberKey)
        for guild_id, users in sorted(by_guild.items()):
            found = await session.execute(
                select(member_keys.user_id, member_keys.wrapped_key).where(
                    member_keys.guild_id == guild_id, one_of(session, member_keys.user_id, users)
                )
            )
            for (
                user_id,
                wrapped,
            ) in found:  # format 2, or format 1 (pseudonym context) until `havre keys rotate`
                context = self._context(guild_id, user_id)
                keys[(guild_id, user_id)] = crypto.unwrap_member_key(
                    self.master_key, wrapped, guild_id, user_id, context
                )
        missing = sorted(members - keys.keys())
        if missing:
            now = self.clock.now()
            rows = []
            for guild_id, user_id in missing:
                key = keys[(guild_id, user_id)] = crypto.new_member_key()
                rows.append(
                    {
                        "guild_id": guild_id,
                        "user_id": user_id,
                        "wrapped_key": crypto.wrap_member_key(self.master_key, key, guild_id, user_id),
                        "created_at": now,
                    }
                )
            await bulk_insert(session, MemberKey, rows)
        return keys

    async def open(self, session: AsyncSession, content_id: int | None) -> str | None:
        """The plaintext, or None when it was erased, purged or never existed."""
        if content_id is None:
            return None
        row = await session.get(EncryptedContent, content_id)
        if row is None:
            return None
        key = await self._member_key(session, row.guild_id, row.user_id, create=False)
        if key is None:
            return None
        try:
            return crypto.decrypt(key, row.ciphertext, str(row.id).encode()).decode("utf-8")
        except crypto.DecryptionError:
            return None

    async def erase_member(self, session: AsyncSession, guild_id: int, user_id: int) -> int:
        """Delete the member's key and sealed rows; returns how many rows were deleted."""
        result = await session.execute(
            delete(EncryptedContent).where(
                EncryptedContent.guild_id == guild_id, EncryptedContent.user_id == user_id
            )
        )
        await session.execute(
            delete(MemberKey).where(MemberKey.guild_id == guild_id, MemberKey.user_id == user_id)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
