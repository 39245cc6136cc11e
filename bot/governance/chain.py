"""The governance log: one append-only hash chain per server, and its verifier.

The entry format lives in :mod:`bot.governance.entry` (re-exported here): each entry's hash is
``sha256(prev_hash_utf8 || canonical_json(entry without "hash"))``; the first ``prev_hash`` is 64 zeros.

What verification catches, and what it cannot:

- one changed byte in any field of any entry (the recomputed hash differs) — "hash mismatch";
- an entry re-hashed after a change (the next entry's ``prev_hash`` no longer matches) — "broken link";
- a deleted entry (a gap in ``seq``) and entries out of order;
- a chain rewritten and fully re-hashed: it no longer passes through a signed checkpoint;
- entries deleted from the end: a signed checkpoint lies beyond the new end.

Entries written after the latest checkpoint can be rewritten undetectably by someone holding the
database, until the next checkpoint; :func:`bot.governance.signing.should_checkpoint` bounds that window.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from bot.governance.entry import (
    GENESIS_HASH,
    SHREDDED_ACTOR,
    EntryKind,
    LogEntry,
    build_entry,
    compute_hash,
    entry_hash,
)
from bot.governance.signing import Checkpoint, verify_checkpoint

__all__ = [
    "GENESIS_HASH",
    "EntryKind",
    "LogEntry",
    "VerifyProblem",
    "VerifyResult",
    "build_entry",
    "compute_hash",
    "entry_hash",
    "verify_chain",
]


class VerifyProblem(StrEnum):
    HASH_MISMATCH = "hash_mismatch"
    BROKEN_LINK = "broken_link"
    MISSING_ENTRY = "missing_entry"
    ORDER_BROKEN = "order_broken"
    DUPLICATE = "duplicate"
    WRONG_SERVER = "wrong_server"
    BAD_GENESIS = "bad_genesis"
    UNANCHORED_START = "unanchored_start"
    UNREADABLE = "unreadable"
    CHECKPOINT_MISMATCH = "checkpoint_mismatch"
    CHECKPOINT_BEYOND_END = "checkpoint_beyond_end"
    BAD_SIGNATURE = "bad_signature"
    BAD_SHREDDING = "bad_shredding"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""
    problem: VerifyProblem | None = None
    head_seq: int | None = None
    head_hash: str | None = None
    checkpoints_checked: int = 0
    # for "missing entry" / "order broken": the seq that was expected at first_bad_seq's place
    expected_seq: int | None = field(default=None)


class _Peekable:
    def __init__(self, items: Iterable[LogEntry]) -> None:
        self._it: Iterator[LogEntry] = iter(items)
        self._buffer: list[LogEntry] = []

    def __iter__(self) -> _Peekable:
        return self

    def __next__(self) -> LogEntry:
        if self._buffer:
            return self._buffer.pop()
        return next(self._it)

    def peek(self) -> LogEntry | None:
        if not self._buffer:
            try:
                self._buffer.append(next(self._it))
            except StopIteration:
                return None
        return self._buffer[0]


class _Failure(Exception):
    def __init__(self, problem: VerifyProblem, seq: int | None, reason: str, expected: int | None = None):
        super().__init__(reason)
        self.problem, self.seq, self.reason, self.expected = problem, seq, reason, expected


def verify_chain(
    entries: Iterable[LogEntry],
    checkpoints: Sequence[Checkpoint],
    public_key: Ed25519PublicKey | Iterable[Ed25519PublicKey] | None,
) -> VerifyResult:
    """Walk one server's chain in ``seq`` order and report the first bad entry.

    ``entries`` may be a lazy iterator (e.g. rows streamed from the database); only one entry of
    look-ahead is held. ``checkpoints`` are that server's signed checkpoints; every one must carry a
    valid signature from ``public_key`` (one key, or several during a key rotation). The chain may start
    after seq 1 (older entries purged) only if a checkpoint vouches for the entry just before it.
    """
    keys: list[Ed25519PublicKey] = []
    if isinstance(public_key, Ed25519PublicKey):
        keys = [public_key]
    elif public_key is not None:
        keys = list(public_key)
    by_seq: dict[int, list[Checkpoint]] = {}
    for checkpoint in sorted(checkpoints, key=lambda c: c.seq):
        if not verify_checkpoint(checkpoint, keys):
            return VerifyResult(
                ok=False,
                checked=0,
                first_bad_seq=checkpoint.seq,
                reason=f"bad checkpoint signature (checkpoint at seq {checkpoint.seq})",
                problem=VerifyProblem.BAD_SIGNATURE,
            )
        by_seq.setdefault(checkpoint.seq, []).append(checkpoint)

    state = _Walk(by_seq)
    try:
        state.run(_Peekable(entries))
    except _Failure as failure:
        return VerifyResult(
            ok=False,
            checked=state.checked,
            first_bad_seq=failure.seq,
            reason=failure.reason,
            problem=failure.problem,
            head_seq=state.prev.seq if state.prev else None,
            head_hash=state.prev.hash if state.prev else None,
            checkpoints_checked=state.checkpoints_checked,
            expected_seq=failure.expected,
        )
    return VerifyResult(
        ok=True,
        checked=state.checked,
        head_seq=state.prev.seq if state.prev else None,
        head_hash=state.prev.hash if state.prev else None,
        checkpoints_checked=state.checkpoints_checked,
    )


class _Walk:
    def __init__(self, by_seq: dict[int, list[Checkpoint]]) -> None:
        self.by_seq = by_seq
        self.prev: LogEntry | None = None
        self.guild_id: int | None = None
        self.checked = 0
        self.checkpoints_checked = 0
        self.whole_seen = False  # a whole (not shredded) entry was met: no shredded one may follow

    def run(self, entries: _Peekable) -> None:
        for entry in entries:
            self._check_entry(entry, entries)
            self.checked += 1
            self.prev = entry
        last_seq = self.prev.seq if self.prev else 0
        beyond = [seq for seq in self.by_seq if seq > last_seq]
        if beyond:
            seq = min(beyond)
            raise _Failure(
                VerifyProblem.CHECKPOINT_BEYOND_END,
                seq,
                f"chain ends at seq {last_seq} but a signed checkpoint covers seq {seq} (entries removed)",
            )

    def _check_entry(self, entry: LogEntry, rest: _Peekable) -> None:
        if self.guild_id is None:
            self.guild_id = entry.guild_id
            for checkpoints in self.by_seq.values():
                for checkpoint in checkpoints:
                    if checkpoint.guild_id != entry.guild_id:
                        raise _Failure(
                            VerifyProblem.WRONG_SERVER,
                            checkpoint.seq,
                            f"checkpoint at seq {checkpoint.seq} belongs to another server",
                        )
        elif entry.guild_id != self.guild_id:
            raise _Failure(
                VerifyProblem.WRONG_SERVER, entry.seq, f"entry at seq {entry.seq} is from another server"
            )
        if entry.shredded:
            self._check_shredded(entry)
            recomputed = entry.hash  # the payload is gone: the links and checkpoints still hold it
        else:
            self.whole_seen = True
            try:
                recomputed = entry_hash(entry)
            except (TypeError, ValueError, AttributeError) as exc:
                raise _Failure(
                    VerifyProblem.UNREADABLE, entry.seq, f"entry at seq {entry.seq} cannot be read ({exc})"
                ) from exc
        if recomputed != entry.hash:
            raise _Failure(
                VerifyProblem.HASH_MISMATCH, entry.seq, f"hash mismatch at seq {entry.seq} (content changed)"
            )
        if self.prev is None:
            self._check_start(entry)
        else:
            self._check_link(self.prev, entry, rest)
        for checkpoint in self.by_seq.get(entry.seq, ()):
            if checkpoint.head_hash != entry.hash:
                raise _Failure(
                    VerifyProblem.CHECKPOINT_MISMATCH,
                    entry.seq,
                    f"checkpoint at seq {entry.seq} does not match (chain rewritten)",
                )
            self.checkpoints_checked += 1

    def _check_shredded(self, entry: LogEntry) -> None:
        """Retention shreds the oldest payloads: a shredded entry comes before every whole one, and
        nothing of its payload is left (so marking an entry shredded can hide it, never forge it)."""
        emptied = (
            entry.actor == SHREDDED_ACTOR
            and entry.subject is None
            and entry.rule_id is None
            and entry.action is None
            and entry.duration_seconds is None
            and entry.policy_version is None
            and not entry.signals
            and not entry.refs
            and not entry.data
        )
        if self.whole_seen or not emptied:
            raise _Failure(
                VerifyProblem.BAD_SHREDDING,
                entry.seq,
                f"entry at seq {entry.seq} is marked shredded but "
                + ("follows a whole entry" if self.whole_seen else "still holds a payload"),
            )

    def _check_start(self, entry: LogEntry) -> None:
        if entry.seq == 1:
            if entry.prev_hash != GENESIS_HASH:
                raise _Failure(
                    VerifyProblem.BAD_GENESIS, 1, "the first entry does not start the chain (seq 1)"
                )
            return
        anchors = self.by_seq.get(entry.seq - 1)
        if not anchors:
            raise _Failure(
                VerifyProblem.UNANCHORED_START,
                entry.seq,
                f"missing entry: chain starts at seq {entry.seq}"
                f" and no checkpoint vouches for seq {entry.seq - 1}",
                expected=1,
            )
        for anchor in anchors:
            if anchor.head_hash != entry.prev_hash:
                raise _Failure(
                    VerifyProblem.CHECKPOINT_MISMATCH,
                    anchor.seq,
                    f"checkpoint at seq {anchor.seq} does not match (chain rewritten)",
                )
            self.checkpoints_checked += 1

    def _check_link(self, prev: LogEntry, entry: LogEntry, rest: _Peekable) -> None:
        expected = prev.seq + 1
        if entry.seq == expected:
            if entry.prev_hash != prev.hash:
                raise _Failure(
                    VerifyProblem.BROKEN_LINK,
                    entry.seq,
                    f"broken link at seq {entry.seq}: prev_hash does not match the hash of seq {prev.seq}",
                )
            return
        if entry.seq == prev.seq:
            raise _Failure(VerifyProblem.DUPLICATE, entry.seq, f"seq {entry.seq} appears twice")
        if entry.seq < prev.seq:
            raise _Failure(
                VerifyProblem.ORDER_BROKEN,
                entry.seq,
                f"order broken: seq {prev.seq} before {entry.seq}",
                expected=expected,
            )
        upcoming = rest.peek()
        if upcoming is not None and upcoming.seq == expected:
            raise _Failure(
                VerifyProblem.ORDER_BROKEN,
                entry.seq,
                f"order broken: seq {entry.seq} before {expected}",
                expected=expected,
            )
        raise _Failure(
            VerifyProblem.MISSING_ENTRY,
            entry.seq,
            f"missing entry: seq {entry.seq} follows {prev.seq}",
            expected=expected,
        )
