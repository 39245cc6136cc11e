"""Raid detection, pure: join bursts and message bursts per server, from the policy's ``[raid]`` section.

* A **join burst**: ``join_count`` accounts younger than ``new_account_days`` join within ``join_seconds``.
* A **message burst**: ``message_authors`` different members post the same text (compared by
  ``content_key``: case, spacing, digits and punctuation ignored), or break a rule, within
  ``message_seconds``.

The detector holds only ids, times and keys of recent events (never the text), forgets what left its
windows, and reports a burst once: the accounts in it are the raid's first suspects.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.domain.policy.models import RaidPolicy

DISCORD_EPOCH_MS = 1420070400000


def account_created(user_id: int) -> datetime:
    """When a Discord account (any snowflake) was created."""

    return datetime.fromtimestamp(((user_id >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)


def is_new_account(user_id: int, now: datetime, policy: RaidPolicy) -> bool:
    return now - account_created(user_id) < timedelta(days=policy.new_account_days)


def content_key(text: str) -> str:
    """What makes two messages "the same" in a raid: letters only, casefolded, accents removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha())[:200]


@dataclass(frozen=True, slots=True)
class Burst:
    kind: str  # "joins" | "messages" | "violations"
    accounts: frozenset[int]
    count: int
    key: str = ""  # for "messages": the repeated content's key (kept in memory only)
    messages: tuple[tuple[int, int], ...] = ()  # for "messages": (channel id, message id) of the burst


@dataclass(slots=True)
class _GuildWindows:
    joins: deque[tuple[datetime, int]] = field(default_factory=deque)
    messages: deque[tuple[datetime, int, str, int, int]] = field(default_factory=deque)
    violations: deque[tuple[datetime, int]] = field(default_factory=deque)


class RaidDetector:
    """Sliding windows per server; ``join``/``message``/``violation`` return a ``Burst`` when one starts."""

    def __init__(self) -> None:
        self._guilds: dict[int, _GuildWindows] = {}

    def _windows(self, guild_id: int) -> _GuildWindows:
        found = self._guilds.get(guild_id)
        if found is None:
            found = self._guilds[guild_id] = _GuildWindows()
        return found

    def join(self, guild_id: int, user_id: int, now: datetime, policy: RaidPolicy) -> Burst | None:
        if not policy.enabled or not is_new_account(user_id, now, policy):
            return None
        joins = self._windows(guild_id).joins
        joins.append((now, user_id))
        _trim(joins, now - timedelta(seconds=policy.join_seconds))
        accounts = frozenset(user for _at, user in joins)
        if len(accounts) >= policy.join_count:
            joins.clear()  # reported once; a new burst needs new joins
            return Burst("joins", accounts, len(accounts))
        return None

    def message(
        self,
        guild_id: int,
        author_id: int,
        text: str,
        now: datetime,
        policy: RaidPolicy,
        where: tuple[int, int] = (0, 0),
    ) -> Burst | None:
        """``where``: the message's (channel id, message id), handed back with the burst it starts."""
        key = content_key(text)
        if not policy.enabled or len(key) < 3:  # "ok", "lol", emoji: ordinary chatter repeats itself
            return None
        messages = self._windows(guild_id).messages
        messages.append((now, author_id, key, *where))
        _trim(messages, now - timedelta(seconds=policy.message_seconds))
        authors = frozenset(m[1] for m in messages if m[2] == key)
        if len(authors) >= policy.message_authors:
            found = tuple((m[3], m[4]) for m in messages if m[2] == key)
            self._guilds[guild_id].messages = deque(m for m in messages if m[2] != key)
            return Burst("messages", authors, len(found), key, found)
        return None

    def violation(self, guild_id: int, author_id: int, now: datetime, policy: RaidPolicy) -> Burst | None:
        if not policy.enabled:
            return None
        violations = self._windows(guild_id).violations
        violations.append((now, author_id))
        _trim(violations, now - timedelta(seconds=policy.message_seconds))
        authors = frozenset(a for _at, a in violations)
        if len(authors) >= policy.message_authors:
            count = len(violations)
            violations.clear()
            return Burst("violations", authors, count)
        return None

    def forget(self, guild_id: int) -> None:
        self._guilds.pop(guild_id, None)


def _trim(window: deque[Any], before: datetime) -> None:
    while window and window[0][0] <= before:
        window.popleft()
