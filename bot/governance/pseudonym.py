"""Pseudonymous ids for the governance log: keyed HMAC-SHA256 of (server, user).

The log never holds a raw Discord user id. A member appears as ``m_3f9a1c2b7d4e`` and a moderator as
``mod:m_…`` (the same pseudonym, with a role prefix in the ``actor`` field). The pseudonym is stable for
one server and one secret, differs between servers (so logs of two servers cannot be joined), and
cannot be reversed without the secret: resolving a pseudonym back to a member means recomputing it
for known members, which only the bot (holding the secret) can do.

The secret comes from configuration and must stay outside the database; rotating it changes every
pseudonym, so it is effectively permanent for a deployment.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from enum import StrEnum

MIN_SECRET_BYTES = 16
DEFAULT_LENGTH = 12
KNOWN_PSEUDONYMS = 4096  # pseudonyms kept in memory per pseudonymizer (then forgotten all at once)
_DOMAIN = b"havre-pseudonym-v1"

PSEUDONYM_RE = re.compile(r"^[a-z]_[0-9a-f]{8,64}$")
ACTOR_RE = re.compile(r"^(auto|system|[a-z]+:[a-z]_[0-9a-f]{8,64})$")


class ActorRole(StrEnum):
    """Who acted, as written before the colon in an ``actor`` field."""

    MOD = "mod"
    ADMIN = "admin"
    MEMBER = "member"
    COMMITTEE = "committee"


AUTO_ACTOR = "auto"
SYSTEM_ACTOR = "system"


def is_pseudonym(value: str) -> bool:
    return PSEUDONYM_RE.fullmatch(value) is not None


def is_actor(value: str) -> bool:
    """``auto``, ``system`` or ``<role>:<pseudonym>``."""
    return ACTOR_RE.fullmatch(value) is not None


class Pseudonymizer:
    """Stable, keyed, per-server pseudonyms for members and moderators."""

    def __init__(self, secret: bytes, *, length: int = DEFAULT_LENGTH, prefix: str = "m") -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the pseudonym secret needs at least {MIN_SECRET_BYTES} bytes")
        if not 8 <= length <= 64:
            raise ValueError("pseudonym length must be between 8 and 64 hex digits")
        if not re.fullmatch(r"[a-z]", prefix):
            raise ValueError("pseudonym prefix must be one lowercase letter")
        self._secret = bytes(secret)
        self._length = length
        self._prefix = prefix
        # The pseudonyms computed lately: a decision's three log entries name the same member.
        self._known: dict[tuple[int, int], str] = {}

    def __repr__(self) -> str:  # never show the secret
        return f"Pseudonymizer(length={self._length}, prefix={self._prefix!r})"

    def pseudonym(self, guild_id: int, user_id: int) -> str:
        """``m_`` + the first ``length`` hex digits of HMAC-SHA256(secret, domain|guild|user)."""
        key = (int(guild_id), int(user_id))
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= KNOWN_PSEUDONYMS:
                self._known.clear()  # bounded: a raid's members, not every member ever seen
            found = self._known[key] = self._compute(*key)
        return found

    def _compute(self, guild_id: int, user_id: int) -> str:
        message = b"|".join((_DOMAIN, str(int(guild_id)).encode(), str(int(user_id)).encode()))
        digest = hmac.new(self._secret, message, hashlib.sha256).hexdigest()
        return f"{self._prefix}_{digest[: self._length]}"

    def actor(self, role: ActorRole, guild_id: int, user_id: int) -> str:
        """``mod:m_…`` — the ``actor`` field for a person acting in ``role``."""
        return f"{ActorRole(role).value}:{self.pseudonym(guild_id, user_id)}"

    def resolve(self, guild_id: int, pseudonym: str, candidates: Iterable[int]) -> int | None:
        """The candidate user id whose pseudonym is ``pseudonym`` (constant-time compare), if any."""
        found: int | None = None
        for user_id in candidates:
            if hmac.compare_digest(self.pseudonym(guild_id, user_id), pseudonym):
                found = user_id
        return found


def actor_pseudonym(actor: str) -> str | None:
    """The pseudonym inside ``mod:m_…``; None for ``auto``/``system``."""
    if ":" not in actor:
        return None
    return actor.split(":", 1)[1]
