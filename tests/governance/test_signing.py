from __future__ import annotations

import dataclasses
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.governance.signing import (
    SigningKeyError,
    key_id,
    load_or_create_signing_key,
    load_public_key,
    public_key_pem,
    should_checkpoint,
    sign_checkpoint,
    verify_checkpoint,
)
from tests.governance.builders import GUILD, T0


def test_key_is_created_private_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "governance.pem"
    created = load_or_create_signing_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    again = load_or_create_signing_key(path)
    assert key_id(again) == key_id(created)
    assert [p.name for p in path.parent.iterdir()] == ["governance.pem"]  # no temporary file left


def test_key_with_a_password(tmp_path: Path) -> None:
    path = tmp_path / "governance.pem"
    created = load_or_create_signing_key(path, password=b"correct horse")
    assert b"ENCRYPTED" in path.read_bytes()
    assert key_id(load_or_create_signing_key(path, password=b"correct horse")) == key_id(created)
    with pytest.raises(SigningKeyError):
        load_or_create_signing_key(path, password=b"wrong")


def test_a_key_of_another_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ec.pem"
    ec = generate_private_key(SECP256R1())
    path.write_bytes(
        ec.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    os.chmod(path, 0o600)
    with pytest.raises(SigningKeyError, match="Ed25519"):
        load_or_create_signing_key(path)
    (tmp_path / "junk.pem").write_text("not a key")
    with pytest.raises(SigningKeyError):
        load_or_create_signing_key(tmp_path / "junk.pem")


def test_checkpoint_verifies_only_with_the_right_key_and_content() -> None:
    key = Ed25519PrivateKey.generate()
    checkpoint = sign_checkpoint(key, guild_id=GUILD, seq=100, head_hash="ab" * 32, at=T0)
    assert checkpoint.entry_count == 100 and checkpoint.key_id == key_id(key)
    assert len(checkpoint.signature) == 128
    public = load_public_key(public_key_pem(key))
    assert verify_checkpoint(checkpoint, public)
    assert not verify_checkpoint(checkpoint, Ed25519PrivateKey.generate().public_key())
    for change in (
        {"seq": 101, "entry_count": 101},
        {"head_hash": "cd" * 32},
        {"at": T0 + timedelta(seconds=1)},
        {"guild_id": GUILD + 1},
        {"signature": "00" * 64},
        {"signature": "not hex"},
        {"entry_count": 99},
    ):
        assert not verify_checkpoint(dataclasses.replace(checkpoint, **change), public), change


def test_checkpoint_refuses_naive_time() -> None:
    with pytest.raises(ValueError):
        sign_checkpoint(
            Ed25519PrivateKey.generate(),
            guild_id=GUILD,
            seq=1,
            head_hash="0" * 64,
            at=T0.replace(tzinfo=None),
        )


@pytest.mark.parametrize(
    ("since", "last_minutes_ago", "expected"),
    [
        (0, None, False),  # nothing new to sign
        (0, 600, False),
        (1, None, True),  # never signed before
        (99, 10, False),
        (100, 10, True),  # every 100 entries
        (5, 59, False),
        (5, 60, True),  # and at least hourly while entries come in
    ],
)
def test_when_to_checkpoint(since: int, last_minutes_ago: int | None, expected: bool) -> None:
    last_at = None if last_minutes_ago is None else T0 - timedelta(minutes=last_minutes_ago)
    assert should_checkpoint(since, last_at, T0) is expected
