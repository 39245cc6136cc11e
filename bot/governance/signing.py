"""Signed checkpoints of the governance log (Ed25519).

A checkpoint says "for server G, the chain had ``entry_count`` entries and its head (seq N) hashed to H at
time T", signed with an Ed25519 key that lives in a file *outside* the database. Someone who can rewrite
the database (and so re-hash the whole chain) cannot forge the signature, and a chain that no longer
ends in, or passes through, a signed head is caught by :func:`bot.governance.chain.verify_chain`.

Publish the public key (:func:`public_key_pem`) so the governance committee can verify on its own.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from bot.governance.canonical import canonical_json, iso_utc

log = logging.getLogger(__name__)

_DOMAIN = "havre-checkpoint-v1"
DEFAULT_EVERY_N = 100
DEFAULT_EVERY = timedelta(hours=1)


class SigningKeyError(Exception):
    """The signing key file exists but cannot be used (wrong format, wrong key type, bad password)."""


def load_or_create_signing_key(
    path: str | os.PathLike[str], *, password: bytes | None = None
) -> Ed25519PrivateKey:
    """Load the PEM Ed25519 key at ``path``, creating it (mode 0600, folder 0700) if absent.

    A new key is written to a private temporary file, synced, then hard-linked into place, which fails
    if the file appeared meanwhile: two processes starting together never overwrite each other's key,
    and nobody ever reads a half-written file.
    """
    key_path = Path(path)
    if key_path.exists():
        return _load_private_key(key_path, password)
    key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    temporary = key_path.with_name(f".{key_path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(temporary, key_path)
        except FileExistsError:
            return _load_private_key(key_path, password)
    finally:
        temporary.unlink(missing_ok=True)
    log.info("created governance signing key %s (key id %s)", key_path, key_id(key.public_key()))
    return key


def _load_private_key(key_path: Path, password: bytes | None) -> Ed25519PrivateKey:
    mode = stat.S_IMODE(key_path.stat().st_mode)
    if mode & 0o077:
        log.warning(
            "governance signing key %s is readable by others (mode %o); use chmod 600", key_path, mode
        )
    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=password)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError(f"{key_path}: not a usable PEM private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{key_path}: expected an Ed25519 key, found {type(key).__name__}")
    return key


def public_key_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError(f"expected an Ed25519 public key, found {type(key).__name__}")
    return key


def key_id(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """16 hex digits of SHA-256 over the raw public key: names the key in each checkpoint."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement of a server's chain head. ``entry_count`` equals ``seq`` (seq starts at 1)."""

    guild_id: int
    seq: int
    head_hash: str
    entry_count: int
    at: datetime
    signature: str  # hex, 128 digits
    key_id: str


def checkpoint_message(
    guild_id: int, seq: int, head_hash: str, entry_count: int, at: datetime, key: str
) -> bytes:
    """The exact bytes that are signed (canonical JSON with a domain tag)."""
    return canonical_json(
        {
            "domain": _DOMAIN,
            "guild_id": guild_id,
            "seq": seq,
            "head_hash": head_hash,
            "entry_count": entry_count,
            "at": iso_utc(at),
            "key_id": key,
        }
    )


def sign_checkpoint(
    private_key: Ed25519PrivateKey,
    *,
    guild_id: int,
    seq: int,
    head_hash: str,
    at: datetime,
    entry_count: int | None = None,
) -> Checkpoint:
    """Sign the head of ``guild_id``'s chain at ``seq`` (whose hash is ``head_hash``)."""
    if at.tzinfo is None:
        raise ValueError("checkpoint time must be timezone-aware UTC")
    if seq < 1:
        raise ValueError("a checkpoint covers at least one entry")
    count = seq if entry_count is None else entry_count
    kid = key_id(private_key)
    signature = private_key.sign(checkpoint_message(guild_id, seq, head_hash, count, at, kid))
    return Checkpoint(guild_id, seq, head_hash, count, at, signature.hex(), kid)


def verify_checkpoint(
    checkpoint: Checkpoint, public_key: Ed25519PublicKey | Iterable[Ed25519PublicKey]
) -> bool:
    """True when ``checkpoint`` is signed by (one of) ``public_key`` and is internally consistent."""
    keys = [public_key] if isinstance(public_key, Ed25519PublicKey) else list(public_key)
    if checkpoint.entry_count != checkpoint.seq:
        return False
    try:
        signature = bytes.fromhex(checkpoint.signature)
    except ValueError:
        return False
    message = checkpoint_message(
        checkpoint.guild_id,
        checkpoint.seq,
        checkpoint.head_hash,
        checkpoint.entry_count,
        checkpoint.at,
        checkpoint.key_id,
    )
    for key in keys:
        if key_id(key) != checkpoint.key_id:
            continue
        try:
            key.verify(signature, message)
        except InvalidSignature:
            return False
        return True
    return False


def should_checkpoint(
    entries_since: int,
    last_at: datetime | None,
    now: datetime,
    every_n: int = DEFAULT_EVERY_N,
    every: timedelta = DEFAULT_EVERY,
) -> bool:
    """Checkpoint after ``every_n`` new entries, or when new entries are older than ``every``.

    Nothing new since the last checkpoint means nothing to sign. A chain never checkpointed is signed
    as soon as it has an entry.
    """
    if entries_since <= 0:
        return False
    if entries_since >= every_n or last_at is None:
        return True
    return now - last_at >= every
