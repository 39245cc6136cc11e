"""Shared builders for governance tests: chains, keys and a stand-in for the database row format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.governance.canonical import canonical_text, iso_utc
from bot.governance.chain import EntryKind, LogEntry, build_entry
from bot.governance.packaging import RESOLVED_COLUMNS
from bot.governance.pseudonym import ActorRole, Pseudonymizer
from bot.governance.signing import Checkpoint, sign_checkpoint

GUILD = 424242424242424242
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PSEUDO = Pseudonymizer(b"test-secret-0123456789abcdef")
KINDS = list(EntryKind)


def make_entries(count: int, *, guild_id: int = GUILD) -> Iterator[LogEntry]:
    """A valid chain of ``count`` varied entries, built lazily."""
    prev: LogEntry | None = None
    for i in range(count):
        member = 100000000000000000 + i % 7
        moderator = 200000000000000000 + i % 3
        entry = build_entry(
            prev,
            guild_id=guild_id,
            at=T0 + timedelta(seconds=37 * i, microseconds=i),
            kind=KINDS[i % len(KINDS)],
            actor="auto" if i % 2 else PSEUDO.actor(ActorRole.MOD, guild_id, moderator),
            subject=PSEUDO.pseudonym(guild_id, member),
            rule_id=f"rule-{i % 4}",
            action=("nudge", "hide", "warn", "timeout")[i % 4],
            duration_seconds=600 * (i % 5),
            policy_version=f"sha256:{i % 2:064d}",
            signals={"toxicity": round(0.1 + (i % 9) / 10, 3), "words": ["w1", "été"], "flood": i % 3 == 0},
            refs=(f"c_{i:06d}",),
            data={"note": f"entry {i} — «ok»", "n": i, "nested": {"a": [1, 2.5, None]}},
        )
        yield entry
        prev = entry


def chain(count: int, **kwargs: int) -> list[LogEntry]:
    return list(make_entries(count, **kwargs))


def checkpoint_for(entry: LogEntry, key: Ed25519PrivateKey) -> Checkpoint:
    return sign_checkpoint(
        key, guild_id=entry.guild_id, seq=entry.seq, head_hash=entry.hash, at=entry.at + timedelta(seconds=1)
    )


# A stand-in for how the database layer stores an entry: every field as text, JSON as canonical text.
STORED_FIELDS = RESOLVED_COLUMNS  # the same fields, in the same order, as a resolved export


def to_row(entry: LogEntry) -> dict[str, str]:
    return {
        "guild_id": str(entry.guild_id),
        "seq": str(entry.seq),
        "at": iso_utc(entry.at),
        "kind": entry.kind,
        "actor": entry.actor,
        "subject": entry.subject or "",
        "rule_id": entry.rule_id or "",
        "action": entry.action or "",
        "duration_seconds": str(entry.duration_seconds),
        "policy_version": entry.policy_version or "",
        "signals": canonical_text(entry.signals),
        "refs": canonical_text(list(entry.refs)),
        "data": canonical_text(entry.data),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def from_row(row: dict[str, str]) -> LogEntry:
    """Raises ValueError when a stored value no longer parses (which a real column type would refuse)."""
    refs = json.loads(row["refs"])
    signals = json.loads(row["signals"])
    data = json.loads(row["data"])
    if not isinstance(refs, list) or not isinstance(signals, dict) or not isinstance(data, dict):
        raise ValueError("wrong JSON shape")
    return LogEntry(
        guild_id=int(row["guild_id"]),
        seq=int(row["seq"]),
        at=datetime.strptime(row["at"], "%Y-%m-%dT%H:%M:%S.%f%z").astimezone(UTC),
        kind=row["kind"],
        actor=row["actor"],
        subject=row["subject"] or None,
        rule_id=row["rule_id"] or None,
        action=row["action"] or None,
        duration_seconds=int(row["duration_seconds"]),
        policy_version=row["policy_version"] or None,
        signals=signals,
        refs=tuple(refs),
        data=data,
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )
