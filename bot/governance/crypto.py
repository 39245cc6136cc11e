"""Per-member content encryption, so erasing a member is deleting one small key.

Message excerpts and ticket transcripts are encrypted (AES-256-GCM) with a random 32-byte *member key*.
The member key is stored only *wrapped* (itself AES-256-GCM encrypted) under the *master key* from
configuration. Erasing a member deletes the wrapped key: every ciphertext of that member becomes noise,
while the governance chain — which holds only content ids and keyed digests — still verifies.

Formats (all bytes, version first so formats can evolve):

- wrapped key: ``0x01 | nonce(12) | AESGCM(master, member_key, aad="havre-wrap-v1|" + context)``
- ciphertext:  ``0x01 | nonce(12) | AESGCM(member_key, plaintext, aad="havre-content-v1|" + aad)``

Pass the content id as ``aad`` and the member pseudonym as wrap ``context`` so blobs cannot be swapped
between records or members unnoticed. Nothing in this module stores anything.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_PASSPHRASE_CHARS = 16
_WRAP_AAD = b"havre-wrap-v1|"
_CONTENT_AAD = b"havre-content-v1|"
_DIGEST_TAG = b"havre-digest-v1|"
_HKDF_SALT = b"havre-master-key-v1"
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")


class DecryptionError(Exception):
    """The blob cannot be opened: wrong or erased key, wrong context/aad, or altered bytes."""


def parse_master_key(value: str | bytes) -> bytes:
    """The 32-byte master key from a configuration value.

    Accepted: 32 raw bytes; ``hex:<64 hex>`` or bare 64 hex digits; ``base64:<…>`` or bare base64
    (standard or URL-safe) decoding to exactly 32 bytes; ``passphrase:<text>`` or any other string of at
    least 16 characters, stretched with HKDF-SHA256. HKDF does not slow down guessing, so a passphrase
    must itself be a long random secret (generate one with ``secrets.token_urlsafe(32)``), not a word.
    """
    if isinstance(value, bytes):
        if len(value) != KEY_BYTES:
            raise ValueError(f"a raw master key must be {KEY_BYTES} bytes")
        return value
    text = value.strip()
    scheme, _, rest = text.partition(":")
    if scheme == "hex":
        return _from_hex(rest)
    if scheme == "base64":
        decoded = _from_base64(rest)
        if decoded is None:
            raise ValueError("base64 master key must decode to 32 bytes")
        return decoded
    if scheme == "passphrase":
        return _from_passphrase(rest)
    if _HEX_KEY.fullmatch(text):
        return _from_hex(text)
    decoded = _from_base64(text)
    if decoded is not None:
        return decoded
    return _from_passphrase(text)


def _from_hex(text: str) -> bytes:
    if not _HEX_KEY.fullmatch(text):
        raise ValueError("hex master key must be 64 hex digits")
    return bytes.fromhex(text)


def _from_base64(text: str) -> bytes | None:
    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        return None
    for candidate in (raw, raw.replace(b"-", b"+").replace(b"_", b"/")):  # standard, then URL-safe
        try:
            decoded = base64.b64decode(candidate, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(decoded) == KEY_BYTES:
            return decoded
    return None


def _from_passphrase(text: str) -> bytes:
    if len(text) < MIN_PASSPHRASE_CHARS:
        raise ValueError(f"a master passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")
    kdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=_HKDF_SALT, info=b"havre master key")
    return kdf.derive(text.encode("utf-8"))


def master_key_id(master_key: bytes) -> str:
    """A short public name for a master key (to tell which key wrapped what during a rotation)."""
    return hashlib.sha256(b"havre-master-key-id|" + master_key).hexdigest()[:16]


def new_member_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    _check_key(key)
    nonce = os.urandom(NONCE_BYTES)
    return bytes([VERSION]) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, blob: bytes, aad: bytes) -> bytes:
    _check_key(key)
    if len(blob) < 1 + NONCE_BYTES + TAG_BYTES or blob[0] != VERSION:
        raise DecryptionError("unknown or truncated format")
    nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except InvalidTag as exc:
        raise DecryptionError("wrong key, wrong context or altered data") from exc


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"keys are {KEY_BYTES} bytes")


def wrap_key(master_key: bytes, member_key: bytes, context: bytes = b"") -> bytes:
    """``member_key`` encrypted under ``master_key`` (store this; never the bare member key)."""
    _check_key(member_key)
    return _seal(master_key, member_key, _WRAP_AAD + context)


def unwrap_key(master_key: bytes, wrapped: bytes, context: bytes = b"") -> bytes:
    return _open(master_key, wrapped, _WRAP_AAD + context)


def rewrap_key(old_master: bytes, new_master: bytes, wrapped: bytes, context: bytes = b"") -> bytes:
    """Move a wrapped key to a new master key (master key rotation)."""
    return wrap_key(new_master, unwrap_key(old_master, wrapped, context), context)


def encrypt(member_key: bytes, plaintext: bytes | str, aad: bytes = b"") -> bytes:
    data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
    return _seal(member_key, data, _CONTENT_AAD + aad)


def decrypt(member_key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    return _open(member_key, blob, _CONTENT_AAD + aad)


def content_digest(member_key: bytes, plaintext: bytes | str) -> str:
    """A keyed digest of content, safe to put in the chain: after erasure it can no longer be
    linked to any text, because the key it was computed with is gone."""
    _check_key(member_key)
    data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
    return hmac.new(member_key, _DIGEST_TAG + data, hashlib.sha256).hexdigest()[:32]


# --- Member keys, format 2: independent of the pseudonym secret, tagged with the master key's id -----
#
# wrapped key v2: ``0x02 | key_id(8) | nonce(12) | AESGCM(master, member_key, aad)`` with
# ``aad = "havre-wrap-v2|" + key_id + "|<guild id>|<user id>"``. The context is the member's Discord ids,
# not their pseudonym: changing ``HAVRE_PSEUDONYM_SECRET`` no longer makes keys unreadable. ``key_id``
# (``master_key_id``) tells which master key wrapped a row, so a start-up check can name the key that
# is missing and a rotation can resume where it stopped. Format 1 rows (pseudonym context) stay readable;
# ``havre run`` moves them to format 2 after its key check (``bot.services.keys.upgrade_legacy_keys``),
# and so does ``havre keys rotate``.

WRAP_V2 = 2
_WRAP_V2_AAD = b"havre-wrap-v2|"
_KEY_ID_BYTES = 8


class WrongMasterKey(DecryptionError):
    """A format-2 key wrapped under another master key than the one given."""

    def __init__(self, wrapped_id: str, given_id: str) -> None:
        self.wrapped_id, self.given_id = wrapped_id, given_id
        super().__init__(f"wrapped under master key {wrapped_id}, not {given_id}")


def _member_aad(key_id: bytes, guild_id: int, user_id: int) -> bytes:
    return _WRAP_V2_AAD + key_id.hex().encode() + f"|{int(guild_id)}|{int(user_id)}".encode()


def wrap_member_key(master_key: bytes, member_key: bytes, guild_id: int, user_id: int) -> bytes:
    """``member_key`` wrapped (format 2) for the member (guild, user) under ``master_key``."""
    _check_key(member_key)
    key_id = bytes.fromhex(master_key_id(master_key))
    return (
        bytes([WRAP_V2]) + key_id + _seal(master_key, member_key, _member_aad(key_id, guild_id, user_id))[1:]
    )


def wrapped_key_id(wrapped: bytes) -> str | None:
    """The master key id a format-2 wrapped key names; None for format 1 (which names none)."""
    if len(wrapped) > 1 + _KEY_ID_BYTES and wrapped[0] == WRAP_V2:
        return wrapped[1 : 1 + _KEY_ID_BYTES].hex()
    return None


def unwrap_member_key(
    master_key: bytes, wrapped: bytes, guild_id: int, user_id: int, legacy_context: bytes = b""
) -> bytes:
    """Open a member key in either format. Format 1 needs its ``legacy_context`` (the pseudonym).
    Raises ``WrongMasterKey`` when a format-2 key names another master key, ``DecryptionError``
    otherwise."""
    if wrapped[:1] != bytes([WRAP_V2]):
        return unwrap_key(master_key, wrapped, legacy_context)
    named = wrapped_key_id(wrapped)
    given = master_key_id(master_key)
    if named != given:
        raise WrongMasterKey(named or "?", given)
    key_id = wrapped[1 : 1 + _KEY_ID_BYTES]
    body = bytes([VERSION]) + wrapped[1 + _KEY_ID_BYTES :]
    return _open(master_key, body, _member_aad(key_id, guild_id, user_id))
