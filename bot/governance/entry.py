"""The governance log entry: one append-only hash chain per server.

Each entry's hash is ``sha256(prev_hash_utf8 || canonical_json(entry without "hash"))`` as lowercase hex;
the first entry's ``prev_hash`` is 64 zeros (:data:`GENESIS_HASH`). Entries carry pseudonyms, rule ids,
reason codes, signals and *references* to encrypted content (never the content), so erasing a member's
key leaves the chain intact and verifiable. See :mod:`bot.governance.chain` for verification.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from json.encoder import encode_basestring
from typing import Protocol

from bot.governance.canonical import JsonValue, canonical_json, iso_utc, to_json_value
from bot.governance.pseudonym import is_actor, is_pseudonym

GENESIS_HASH = "0" * 64
_REF_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,128}$")


class EntryKind(StrEnum):
    MODERATION_ACTION = "moderation_action"
    ACTION_OUTCOME = "action_outcome"  # applied or not, DM delivered or not and why
    EXPLANATION_DELIVERY = "explanation_delivery"
    ACKNOWLEDGEMENT = "acknowledgement"
    SANCTION_ENDED = "sanction_ended"  # timeout lifted, probation over, strike decayed
    APPEAL_OPENED = "appeal_opened"
    APPEAL_DECIDED = "appeal_decided"
    CLARITY_VOTE = "clarity_vote"
    TICKET_TRANSITION = "ticket_transition"
    ESCALATION = "escalation"
    CRISIS_ALERT = "crisis_alert"
    RATING = "rating"
    KB_OPEN = "kb_open"
    POLICY_CHANGE = "policy_change"
    CONFIG_CHANGE = "config_change"
    EXPORT = "export"
    ERASURE = "erasure"
    AUDIT_SAMPLE = "audit_sample"
    AUDIT_VERDICT = "audit_verdict"
    RETENTION_PURGE = "retention_purge"
    KEY_ROTATION = "key_rotation"
    CASE_VIEWED = "case_viewed"  # a moderator opened a case, its sealed excerpt and note included
    TRANSCRIPT_VIEWED = "transcript_viewed"  # a helper or an admin read a closed request's transcript
    RAID_DETECTED = "raid_detected"  # a burst seen while [raid] auto_start is off
    RAID_STARTED = "raid_started"
    RAID_STEP = "raid_step"  # slowmode, lock, paused invites, a bulk delete, and each undo
    RAID_MEMBER = "raid_member"  # a raider timed out and told, once
    RAID_ENDED = "raid_ended"


SHREDDED_ACTOR = "shredded"  # the actor of an entry whose payload retention shredded


@dataclass(frozen=True)
class LogEntry:
    """One log entry, exactly as stored. ``kind`` is an :class:`EntryKind` value.

    ``kind`` is typed ``str`` so that a stored row whose kind was tampered with (or written by a newer
    version) still loads and is reported by :func:`verify_chain` instead of crashing the loader.
    Database layer: store ``signals``/``data``/``refs`` as :func:`~bot.governance.canonical.canonical_text`
    and read them back with ``json.loads``; pass ``at`` through ``ensure_utc``.
    """

    guild_id: int
    seq: int
    at: datetime
    kind: str
    actor: str
    subject: str | None
    rule_id: str | None
    action: str | None
    duration_seconds: int | None
    policy_version: str | None
    signals: Mapping[str, JsonValue]
    refs: tuple[str, ...]
    data: Mapping[str, JsonValue]
    prev_hash: str
    hash: str
    # Retention shredded the payload: only guild, seq, time, kind and the two hashes are left. Not part
    # of the hash; the verifier then checks links and checkpoints, and that nothing else is left.
    shredded: bool = False

    def payload(self) -> dict[str, object]:
        """Every field but ``hash``: what the hash covers."""
        return {
            "guild_id": self.guild_id,
            "seq": self.seq,
            "at": self.at,
            "kind": str(self.kind),
            "actor": self.actor,
            "subject": self.subject,
            "rule_id": self.rule_id,
            "action": self.action,
            "duration_seconds": self.duration_seconds,
            "policy_version": self.policy_version,
            "signals": self.signals,
            "refs": list(self.refs),
            "data": self.data,
            "prev_hash": self.prev_hash,
        }


def compute_hash(prev_hash: str, payload: Mapping[str, object]) -> str:
    return hashlib.sha256(prev_hash.encode("utf-8") + canonical_json(payload)).hexdigest()


def entry_hash(entry: LogEntry) -> str:
    """The hash ``entry`` should carry, recomputed from its other fields."""
    return compute_hash(entry.prev_hash, entry.payload())


class ChainTip(Protocol):
    """What the next entry needs of the one before it: a ``LogEntry``, or a server's chain head."""

    @property
    def guild_id(self) -> int: ...

    @property
    def seq(self) -> int: ...

    @property
    def hash(self) -> str: ...


def build_entry(
    prev: ChainTip | None,
    *,
    guild_id: int,
    at: datetime,
    kind: EntryKind | str,
    actor: str,
    subject: str | None = None,
    rule_id: str | None = None,
    action: str | None = None,
    duration_seconds: int | None = None,
    policy_version: str | None = None,
    signals: Mapping[str, object] | None = None,
    refs: Iterable[str] = (),
    data: Mapping[str, object] | None = None,
) -> LogEntry:
    """The next entry after ``prev`` (``None`` for a server's first entry), validated and hashed.

    Raises ``ValueError``/``TypeError`` on anything that could not be stored and re-verified exactly,
    and on anything that looks like a raw Discord id where a pseudonym belongs.
    """
    entry, _texts = build_stored_entry(
        prev,
        guild_id=guild_id,
        at=at,
        kind=kind,
        actor=actor,
        subject=subject,
        rule_id=rule_id,
        action=action,
        duration_seconds=duration_seconds,
        policy_version=policy_version,
        signals=signals,
        refs=refs,
        data=data,
    )
    return entry


@dataclass(frozen=True, slots=True)
class StoredTexts:
    """An entry's JSON columns as stored: the canonical text of ``signals``, ``refs`` and ``data``."""

    signals: str
    refs: str
    data: str


def build_stored_entry(
    prev: ChainTip | None,
    *,
    guild_id: int,
    at: datetime,
    kind: EntryKind | str,
    actor: str,
    subject: str | None = None,
    rule_id: str | None = None,
    action: str | None = None,
    duration_seconds: int | None = None,
    policy_version: str | None = None,
    signals: Mapping[str, object] | None = None,
    refs: Iterable[str] = (),
    data: Mapping[str, object] | None = None,
) -> tuple[LogEntry, StoredTexts]:
    """``build_entry``, and the canonical text of its JSON columns, for the database layer.

    Each JSON field is converted once and written once: the hashed canonical payload is put together
    from those texts (``_payload_text``) instead of converting and encoding the whole entry again. The
    bytes are the same as ``canonical_json(entry.payload())`` (a test compares both on thousands of
    random entries), so the chain's hashes do not change."""
    if prev is None:
        seq, prev_hash = 1, GENESIS_HASH
    else:
        if prev.guild_id != guild_id:
            raise ValueError("an entry cannot follow an entry of another server")
        seq, prev_hash = prev.seq + 1, prev.hash
    if at.tzinfo is None:
        raise ValueError("entry time must be timezone-aware UTC")
    kind_value = EntryKind(kind).value
    if not is_actor(actor):
        raise ValueError(f"actor must be 'auto', 'system' or '<role>:<pseudonym>', got {actor!r}")
    if subject is not None and not is_pseudonym(subject):
        raise ValueError(f"subject must be a pseudonym such as 'm_3f9a1c2b7d4e', got {subject!r}")
    if duration_seconds is not None and (isinstance(duration_seconds, bool) or duration_seconds < 0):
        raise ValueError("duration_seconds must be a non-negative int")
    ref_tuple = tuple(refs)
    for ref in ref_tuple:
        if not isinstance(ref, str) or not _REF_RE.fullmatch(ref):
            raise ValueError(f"content reference must be a short id, got {ref!r}")
    signals_json = _json_object(signals, "signals")
    data_json = _json_object(data, "data")
    texts = StoredTexts(_dumps(signals_json), _dumps(list(ref_tuple)), _dumps(data_json))
    fields = {
        "guild_id": int(guild_id),
        "seq": seq,
        "at": at,
        "kind": kind_value,
        "actor": actor,
        "subject": subject,
        "rule_id": rule_id,
        "action": action,
        "duration_seconds": None if duration_seconds is None else int(duration_seconds),
        "policy_version": policy_version,
        "signals": signals_json,
        "refs": ref_tuple,
        "data": data_json,
        "prev_hash": prev_hash,
    }
    payload = _payload_text(fields, texts)
    if payload is None:  # an unusual scalar (a str subclass as rule id...): the general rules
        digest = compute_hash(prev_hash, {**fields, "refs": list(ref_tuple)})
    else:
        digest = hashlib.sha256(prev_hash.encode("utf-8") + payload.encode("utf-8")).hexdigest()
    return LogEntry(**fields, hash=digest), texts  # type: ignore[arg-type]


_SCALAR_KEYS = ("guild_id", "seq", "kind", "actor", "subject", "rule_id", "action", "duration_seconds",
                "policy_version", "prev_hash")  # fmt: skip
_PAYLOAD_KEYS = tuple(sorted((*_SCALAR_KEYS, "at", "signals", "refs", "data")))


# ``json.dumps`` with these options builds an encoder per call: one, made once, encodes every value.
_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def _payload_text(fields: Mapping[str, object], texts: StoredTexts) -> str | None:
    """``canonical_json`` of the payload, as text, from the already-encoded JSON columns: keys sorted,
    no whitespace, exactly as ``json.dumps(..., sort_keys=True)`` nests them. None when a scalar is not
    exactly a ``str``, an ``int`` or ``None`` (then the general conversion decides)."""
    parts: dict[str, str] = {"signals": texts.signals, "refs": texts.refs, "data": texts.data}
    for key in _SCALAR_KEYS:
        value = fields[key]
        kind = type(value)
        if value is None:
            parts[key] = "null"
        elif kind is int:
            parts[key] = str(value)
        elif isinstance(value, str) and kind is str:
            if not value.isascii() and not _encodable(value):
                return None  # lone surrogates: the general rules refuse them, saying where
            parts[key] = encode_basestring(value)  # what that encoder writes for a string
        else:
            return None
    at = fields["at"]
    if type(at) is not datetime:
        return None
    parts["at"] = '"' + iso_utc(at) + '"'
    return "{" + ",".join(f'"{key}":{parts[key]}' for key in _PAYLOAD_KEYS) + "}"


def _encodable(text: object) -> bool:
    try:
        str(text).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _json_object(value: Mapping[str, object] | None, name: str) -> dict[str, JsonValue]:
    converted = to_json_value(dict(value or {}), name)
    assert isinstance(converted, dict)
    return converted
