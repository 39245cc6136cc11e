from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.governance.canonical import canonical_json
from bot.governance.chain import (
    GENESIS_HASH,
    EntryKind,
    LogEntry,
    VerifyProblem,
    build_entry,
    entry_hash,
    verify_chain,
)
from bot.governance.signing import should_checkpoint
from tests.governance.builders import (
    GUILD,
    STORED_FIELDS,
    T0,
    chain,
    checkpoint_for,
    from_row,
    make_entries,
    to_row,
)

KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key()


def test_first_entry_starts_from_genesis_and_links_follow() -> None:
    entries = chain(3)
    assert entries[0].seq == 1 and entries[0].prev_hash == GENESIS_HASH
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[1].prev_hash == entries[0].hash and entries[2].prev_hash == entries[1].hash
    assert all(entry_hash(e) == e.hash for e in entries)


def test_hash_is_sha256_of_prev_hash_and_canonical_payload() -> None:
    import hashlib

    entry = chain(1)[0]
    payload = canonical_json(entry.payload())
    assert b" " not in payload.replace(b"\xc2\xab", b"").split(b'"note"')[0]  # no whitespace separators
    assert b'"at":"2026-01-05T09:00:00.000000Z"' in payload
    assert hashlib.sha256(GENESIS_HASH.encode() + payload).hexdigest() == entry.hash


def test_a_valid_chain_of_1000_entries_verifies_with_its_checkpoints() -> None:
    entries = chain(1000)
    checkpoints = [checkpoint_for(e, KEY) for e in entries if e.seq % 100 == 0]
    result = verify_chain(entries, checkpoints, PUBLIC)
    assert result.ok, result.reason
    assert result.checked == 1000
    assert result.checkpoints_checked == 10
    assert result.head_seq == 1000 and result.head_hash == entries[-1].hash


def test_verify_streams_over_an_iterator_holding_few_entries() -> None:
    alive = 0
    most_alive = 0

    def released() -> None:
        nonlocal alive
        alive -= 1

    def produce() -> Iterator[LogEntry]:
        nonlocal alive, most_alive
        for entry in make_entries(300):
            alive += 1
            weakref.finalize(entry, released)
            most_alive = max(most_alive, alive)
            yield entry

    result = verify_chain(produce(), [], PUBLIC)
    assert result.ok and result.checked == 300
    assert most_alive <= 4  # the producer's previous entry, the current one, one of look-ahead


def test_entries_survive_a_storage_round_trip() -> None:
    entries = [from_row(to_row(e)) for e in chain(30)]
    assert verify_chain(entries, [], PUBLIC).ok


def test_naive_datetimes_read_back_from_sqlite_still_verify() -> None:
    entries = [dataclasses.replace(e, at=e.at.replace(tzinfo=None)) for e in chain(5)]
    assert verify_chain(entries, [], PUBLIC).ok


def _flips(text: str) -> Iterator[str]:
    """Every variant of ``text`` with one byte's lowest bit flipped (kept when still valid UTF-8)."""
    raw = text.encode("utf-8")
    for i in range(len(raw)):
        changed = bytearray(raw)
        changed[i] ^= 1
        try:
            yield changed.decode("utf-8")
        except UnicodeDecodeError:
            continue


@pytest.mark.parametrize("field", STORED_FIELDS)
def test_one_flipped_byte_in_any_stored_field_is_caught(field: str) -> None:
    entries = chain(20)
    rows = [to_row(e) for e in entries]
    target = 10  # seq 10, index 9
    tried = 0
    for variant in _flips(rows[target - 1][field]):
        tampered_row = {**rows[target - 1], field: variant}
        try:
            tampered = from_row(tampered_row)
        except (ValueError, TypeError):
            continue  # a typed database column would have refused this value outright
        tried += 1
        stream = [*entries[: target - 1], tampered, *entries[target:]]
        result = verify_chain(stream, [], PUBLIC)
        assert not result.ok, f"{field}: {variant!r} went unnoticed"
        assert result.checked == target - 1  # the 9 untouched entries before it were fine
        if field == "guild_id":
            assert result.problem is VerifyProblem.WRONG_SERVER
        else:
            assert result.problem is VerifyProblem.HASH_MISMATCH
            assert result.first_bad_seq == tampered.seq
            assert result.reason == f"hash mismatch at seq {tampered.seq} (content changed)"
    assert tried > 0


def test_a_change_in_the_first_entry_is_caught() -> None:
    entries = chain(5)
    entries[0] = dataclasses.replace(entries[0], data={**entries[0].data, "n": 1})
    result = verify_chain(entries, [], PUBLIC)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 1, VerifyProblem.HASH_MISMATCH)


def test_a_changed_then_rehashed_entry_breaks_the_next_link() -> None:
    entries = chain(20)
    forged = dataclasses.replace(entries[11], rule_id="none")
    entries[11] = dataclasses.replace(forged, hash=entry_hash(forged))
    result = verify_chain(entries, [], PUBLIC)
    assert not result.ok
    assert result.problem is VerifyProblem.BROKEN_LINK and result.first_bad_seq == 13
    assert "prev_hash does not match the hash of seq 12" in result.reason


def test_a_deleted_entry_is_caught() -> None:
    entries = chain(20)
    del entries[6]  # seq 7
    result = verify_chain(entries, [], PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.MISSING_ENTRY
    assert result.reason == "missing entry: seq 8 follows 6"
    assert result.first_bad_seq == 8 and result.expected_seq == 7 and result.checked == 6


def test_two_swapped_entries_are_caught() -> None:
    entries = chain(20)
    entries[7], entries[8] = entries[8], entries[7]  # seq 9 now comes before 8
    result = verify_chain(entries, [], PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.ORDER_BROKEN
    assert result.reason == "order broken: seq 9 before 8"


def test_swapped_contents_under_unchanged_seq_numbers_are_caught() -> None:
    entries = chain(20)
    eighth, ninth = entries[7], entries[8]
    entries[7] = dataclasses.replace(ninth, seq=8)
    entries[8] = dataclasses.replace(eighth, seq=9)
    result = verify_chain(entries, [], PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.HASH_MISMATCH and result.first_bad_seq == 8


def test_duplicate_and_backwards_entries_are_caught() -> None:
    entries = chain(10)
    duplicated = [*entries[:5], entries[4], *entries[5:]]
    assert verify_chain(duplicated, [], PUBLIC).problem is VerifyProblem.DUPLICATE
    backwards = [*entries[:5], entries[2], *entries[5:]]
    result = verify_chain(backwards, [], PUBLIC)
    assert result.problem is VerifyProblem.ORDER_BROKEN and result.first_bad_seq == 3


def _rewrite_from(entries: list[LogEntry], index: int) -> list[LogEntry]:
    """What someone holding the database can do: change an entry and re-hash everything after it."""
    rewritten = list(entries[:index])
    prev = rewritten[-1] if rewritten else None
    for i, old in enumerate(entries[index:]):
        changes = {"rule_id": "nothing-to-see"} if i == 0 else {}
        entry = build_entry(
            prev,
            guild_id=old.guild_id,
            at=old.at,
            kind=old.kind,
            actor=old.actor,
            subject=old.subject,
            rule_id=changes.get("rule_id", old.rule_id),
            action=old.action,
            duration_seconds=old.duration_seconds,
            policy_version=old.policy_version,
            signals=old.signals,
            refs=old.refs,
            data=old.data,
        )
        rewritten.append(entry)
        prev = entry
    return rewritten


def test_a_rewritten_and_rehashed_chain_no_longer_matches_its_signed_checkpoint() -> None:
    entries = chain(150)
    checkpoints = [checkpoint_for(entries[99], KEY)]
    rewritten = _rewrite_from(entries, 49)  # seq 50 changed, 50..150 re-hashed
    assert verify_chain(rewritten, [], PUBLIC).ok  # without a checkpoint, a full rewrite is invisible
    result = verify_chain(rewritten, checkpoints, PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.CHECKPOINT_MISMATCH
    assert result.reason == "checkpoint at seq 100 does not match (chain rewritten)"
    assert result.first_bad_seq == 100 and result.checked == 99


def test_entries_removed_from_the_end_are_caught_by_a_later_checkpoint() -> None:
    entries = chain(120)
    checkpoints = [checkpoint_for(entries[99], KEY)]
    result = verify_chain(entries[:95], checkpoints, PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.CHECKPOINT_BEYOND_END
    assert result.first_bad_seq == 100 and result.checked == 95


def test_a_checkpoint_signed_with_another_key_fails() -> None:
    entries = chain(100)
    other = Ed25519PrivateKey.generate()
    result = verify_chain(entries, [checkpoint_for(entries[-1], other)], PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.BAD_SIGNATURE
    assert result.reason == "bad checkpoint signature (checkpoint at seq 100)"


def test_a_checkpoint_edited_to_match_a_rewrite_fails_its_signature() -> None:
    entries = chain(100)
    rewritten = _rewrite_from(entries, 10)
    forged = dataclasses.replace(checkpoint_for(entries[-1], KEY), head_hash=rewritten[-1].hash)
    result = verify_chain(rewritten, [forged], PUBLIC)
    assert not result.ok and result.problem is VerifyProblem.BAD_SIGNATURE


def test_during_a_key_rotation_either_key_is_accepted() -> None:
    entries = chain(200)
    new_key = Ed25519PrivateKey.generate()
    checkpoints = [checkpoint_for(entries[99], KEY), checkpoint_for(entries[199], new_key)]
    assert verify_chain(entries, checkpoints, [PUBLIC, new_key.public_key()]).ok
    assert verify_chain(entries, checkpoints, PUBLIC).problem is VerifyProblem.BAD_SIGNATURE


def test_a_purged_prefix_must_be_vouched_for_by_a_checkpoint() -> None:
    entries = chain(150)
    kept = entries[50:]  # seq 51..150 (older entries purged)
    anchored = verify_chain(kept, [checkpoint_for(entries[49], KEY)], PUBLIC)
    assert anchored.ok and anchored.checked == 100
    unanchored = verify_chain(kept, [], PUBLIC)
    assert not unanchored.ok and unanchored.problem is VerifyProblem.UNANCHORED_START


def test_entries_and_checkpoints_of_another_server_are_refused() -> None:
    ours = chain(5)
    theirs = chain(6, guild_id=GUILD + 1)
    mixed = [*ours, theirs[5]]
    assert verify_chain(mixed, [], PUBLIC).problem is VerifyProblem.WRONG_SERVER
    assert verify_chain(ours, [checkpoint_for(theirs[2], KEY)], PUBLIC).problem is VerifyProblem.WRONG_SERVER


def test_an_empty_chain_is_fine_unless_a_checkpoint_says_otherwise() -> None:
    assert verify_chain([], [], PUBLIC).ok
    entries = chain(3)
    result = verify_chain([], [checkpoint_for(entries[2], KEY)], PUBLIC)
    assert result.problem is VerifyProblem.CHECKPOINT_BEYOND_END


def test_build_entry_refuses_raw_ids_naive_times_and_unknown_kinds() -> None:
    base = {"guild_id": GUILD, "at": T0, "kind": EntryKind.MODERATION_ACTION, "actor": "auto"}
    with pytest.raises(ValueError, match="subject"):
        build_entry(None, **base, subject="123456789012345678")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="actor"):
        build_entry(None, **{**base, "actor": "mod:123456789012345678"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timezone"):
        build_entry(None, **{**base, "at": T0.replace(tzinfo=None)})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        build_entry(None, **{**base, "kind": "made_up"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"data\.blob"):
        build_entry(None, **base, data={"blob": b"bytes"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        build_entry(None, **base, signals={"score": float("nan")})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="another server"):
        build_entry(chain(1)[0], **{**base, "guild_id": GUILD + 1})  # type: ignore[arg-type]


def test_build_entry_copies_and_normalises_json_fields() -> None:
    data: dict[str, object] = {"when": T0 + timedelta(hours=1), "kinds": (EntryKind.RATING,)}
    entry = build_entry(None, guild_id=GUILD, at=T0.astimezone(UTC), kind="rating", actor="system", data=data)
    data["when"] = "changed"
    assert entry.data == {"when": "2026-01-05T10:00:00.000000Z", "kinds": ["rating"]}
    assert entry.kind == EntryKind.RATING


def test_checkpoint_policy_feeds_verification() -> None:
    entries = chain(250)
    checkpoints = []
    since, last_at = 0, None
    for entry in entries:
        since += 1
        if should_checkpoint(since, last_at, entry.at, every_n=100, every=timedelta(hours=1)):
            checkpoints.append(checkpoint_for(entry, KEY))
            since, last_at = 0, entry.at
    assert checkpoints[0].seq == 1  # a chain never signed is signed at once
    assert len(checkpoints) >= 3
    assert verify_chain(entries, checkpoints, PUBLIC).checkpoints_checked == len(checkpoints)


def test_stored_entries_hash_and_store_exactly_what_the_canonical_rules_give() -> None:
    """``build_stored_entry`` puts the hashed payload together from the JSON columns' texts instead of
    encoding the whole entry again: on thousands of random entries (odd text, StrEnum rule ids, non-ASCII
    and lone surrogates, nested values of every kind), the hash is the one ``canonical_json`` of the
    payload gives, and the stored texts are that canonical form of each column."""
    import json
    import random
    from datetime import datetime

    from bot.governance.canonical import canonical_text
    from bot.governance.entry import build_stored_entry
    from tests.governance.test_canonical import _random_value

    rng = random.Random(23)
    texts = [None, "", "plain", "été", "🙂 emoji", 'quote " and \\ slash', "\n\t", EntryKind.RATING, "\ud800"]
    prev = None
    built = refused = 0
    for n in range(3000):
        fields = {
            "guild_id": GUILD,
            "at": T0 + timedelta(microseconds=rng.randrange(10**9)),
            "kind": rng.choice(list(EntryKind)),
            "actor": rng.choice(["auto", "system", "mod:m_3f9a1c2b7d4e"]),
            "subject": rng.choice([None, "m_3f9a1c2b7d4e"]),
            "rule_id": rng.choice(texts),
            "action": rng.choice(texts),
            "duration_seconds": rng.choice([None, 0, 3600, 2**40]),
            "policy_version": rng.choice(texts),
            "signals": {"fired": _random_value(rng), "n": n},
            "refs": rng.choice([(), ("excerpt:12",), ("a", "b.c")]),
            "data": {str(k): _random_value(rng) for k in range(rng.randrange(4))},
        }
        if rng.random() < 0.05:
            fields["at"] = datetime(2026, 1, 5, 9, tzinfo=UTC).astimezone()  # another offset, same instant
        try:
            entry, stored = build_stored_entry(prev, **fields)  # type: ignore[arg-type]
        except TypeError:  # a lone surrogate: refused as the canonical rules refuse it
            with pytest.raises(TypeError):
                canonical_json({k: v for k, v in fields.items() if k not in ("at", "kind")})
            refused += 1
            continue
        assert entry.hash == entry_hash(entry)  # the canonical rules, recomputed from the fields
        assert stored.signals == canonical_text(entry.signals)
        assert stored.data == canonical_text(entry.data)
        assert stored.refs == canonical_text(list(entry.refs))
        assert json.loads(stored.data) == entry.data
        prev = entry
        built += 1
    assert built > 2000 and refused > 0
