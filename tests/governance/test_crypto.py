from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.governance import crypto
from bot.governance.chain import EntryKind, LogEntry, build_entry, verify_chain
from bot.governance.crypto import DecryptionError
from tests.governance.builders import GUILD, PSEUDO, T0, checkpoint_for

MASTER = bytes(range(32))


def test_content_round_trips_and_is_bound_to_its_key_and_aad() -> None:
    key = crypto.new_member_key()
    blob = crypto.encrypt(key, "je n'en peux plus de ma maladie", aad=b"c_000001")
    assert blob[0] == crypto.VERSION
    assert b"maladie" not in blob
    assert crypto.decrypt(key, blob, aad=b"c_000001").decode() == "je n'en peux plus de ma maladie"
    with pytest.raises(DecryptionError):
        crypto.decrypt(key, blob, aad=b"c_000002")  # moved to another record
    with pytest.raises(DecryptionError):
        crypto.decrypt(crypto.new_member_key(), blob, aad=b"c_000001")
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(DecryptionError):
        crypto.decrypt(key, bytes(tampered), aad=b"c_000001")
    with pytest.raises(DecryptionError):
        crypto.decrypt(key, b"\x02" + blob[1:], aad=b"c_000001")


def test_wrapped_keys_open_only_with_the_master_key_and_context() -> None:
    member_key = crypto.new_member_key()
    wrapped = crypto.wrap_key(MASTER, member_key, b"m_0123456789ab")
    assert member_key not in wrapped
    assert crypto.unwrap_key(MASTER, wrapped, b"m_0123456789ab") == member_key
    with pytest.raises(DecryptionError):
        crypto.unwrap_key(MASTER, wrapped, b"m_ffffffffffff")
    with pytest.raises(DecryptionError):
        crypto.unwrap_key(bytes(32), wrapped, b"m_0123456789ab")
    new_master = bytes(reversed(range(32)))
    moved = crypto.rewrap_key(MASTER, new_master, wrapped, b"m_0123456789ab")
    assert crypto.unwrap_key(new_master, moved, b"m_0123456789ab") == member_key


def test_erasing_the_wrapped_key_makes_content_unreadable_while_the_chain_verifies() -> None:
    # What the database layer will hold, as plain dicts here: wrapped keys, ciphertexts, the chain.
    signing_key = Ed25519PrivateKey.generate()
    member = PSEUDO.pseudonym(GUILD, 123456789012345678)
    wrapped_keys: dict[str, bytes] = {
        member: crypto.wrap_key(MASTER, crypto.new_member_key(), member.encode())
    }
    contents: dict[str, bytes] = {}
    entries: list[LogEntry] = []
    for i, excerpt in enumerate(["my chemo is killing me", "I need someone to talk to"]):
        content_id = f"c_{i:06d}"
        member_key = crypto.unwrap_key(MASTER, wrapped_keys[member], member.encode())
        contents[content_id] = crypto.encrypt(member_key, excerpt, aad=content_id.encode())
        entries.append(
            build_entry(
                entries[-1] if entries else None,
                guild_id=GUILD,
                at=T0,
                kind=EntryKind.MODERATION_ACTION,
                actor="auto",
                subject=member,
                rule_id="none",
                action="review",
                refs=[content_id],
                data={"excerpt_digest": crypto.content_digest(member_key, excerpt)},
            )
        )
    checkpoint = checkpoint_for(entries[-1], signing_key)
    stored = crypto.unwrap_key(MASTER, wrapped_keys[member], member.encode())
    assert crypto.decrypt(stored, contents["c_000000"], b"c_000000") == b"my chemo is killing me"
    assert b"chemo" not in repr(entries).encode()

    del wrapped_keys[member]  # erasure: the only thing deleted is the wrapped key

    assert member not in wrapped_keys
    for content_id, blob in contents.items():
        for guess in (MASTER, crypto.new_member_key(), bytes(32)):
            with pytest.raises(DecryptionError):
                crypto.decrypt(guess, blob, content_id.encode())
    result = verify_chain(entries, [checkpoint], signing_key.public_key())
    assert result.ok and result.checked == 2
    # the digest cannot be linked to the text without the erased key
    assert entries[0].data["excerpt_digest"] != crypto.content_digest(
        crypto.new_member_key(), "my chemo is killing me"
    )


@pytest.mark.parametrize(
    "value",
    [
        MASTER.hex(),
        "hex:" + MASTER.hex(),
        base64.b64encode(MASTER).decode(),
        "base64:" + base64.urlsafe_b64encode(MASTER).decode(),
        MASTER,
    ],
)
def test_master_key_formats(value: str | bytes) -> None:
    assert crypto.parse_master_key(value) == MASTER


def test_master_key_from_a_passphrase_is_derived_and_stable() -> None:
    derived = crypto.parse_master_key("a long random passphrase 7f3c9")
    assert len(derived) == 32 and derived == crypto.parse_master_key(
        "passphrase:a long random passphrase 7f3c9"
    )
    assert derived != crypto.parse_master_key("a long random passphrase 7f3c8")
    with pytest.raises(ValueError):
        crypto.parse_master_key("short")
    with pytest.raises(ValueError):
        crypto.parse_master_key(b"too short")
    with pytest.raises(ValueError):
        crypto.parse_master_key("hex:abcd")
    assert crypto.master_key_id(MASTER) != crypto.master_key_id(derived)


def test_keys_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        crypto.encrypt(b"short", "x")
    with pytest.raises(ValueError):
        crypto.wrap_key(MASTER, b"short")
