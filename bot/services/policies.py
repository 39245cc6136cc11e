"""The policy in force for each server: a preset plus the server's overrides, validated and versioned.

Every shipped preset is loaded at start-up, so a broken policy file stops the bot with the file, the key
and the reason (``PolicyError``) instead of failing later on a member's message.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import after_commit
from bot.db.models import GuildSettings, PolicyVersion
from bot.domain.clock import Clock
from bot.domain.policy.limits import PolicyLimitError, loads_limited
from bot.domain.policy.loader import PolicyError, Problem, canonical_json, load_policy
from bot.domain.policy.models import Policy

PRESETS = ("patient", "game")


class PolicyRegistry:
    def __init__(self, policies_dir: Path, clock: Clock, *, default: str = "patient") -> None:
        self.policies_dir = policies_dir
        self.clock = clock
        self.default_name = default
        self._cache: dict[tuple[str, str], Policy] = {}  # (preset, overrides text) -> policy
        self._recorded: set[tuple[int | None, str]] = set()  # (server, version) known to be stored
        self.presets = {name: self._load(name, None) for name in PRESETS}
        self.default = self._load(default, None)

    def _load(self, preset: str, overrides: str | None) -> Policy:
        key = (preset, overrides or "")  # read for every message: no digest of the overrides each time
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        data = None
        if overrides:
            try:
                data = loads_limited(overrides)
            except tomllib.TOMLDecodeError as exc:
                raise PolicyError(
                    [Problem("<server overrides>", "", f"not valid TOML: {exc}", None)]
                ) from exc
            except PolicyLimitError as exc:
                raise PolicyError([Problem("<server overrides>", "", str(exc), None)]) from exc
        policy = load_policy(preset, data, policies_dir=self.policies_dir)
        self._cache[key] = policy
        return policy

    def for_settings(self, row: GuildSettings | None) -> Policy:
        if row is None:
            return self.default
        return self._load(row.preset or self.default_name, row.policy_overrides)

    def validate_overrides(self, preset: str, overrides: str) -> Policy:
        """Used before saving an admin's overrides: raises PolicyError naming the key and the reason."""
        return self._load(preset, overrides)

    def message_content_required(self) -> bool:
        return any(bool(getattr(p, "message_content_intent_required", True)) for p in self._cache.values())

    async def record_version(self, session: AsyncSession, guild_id: int | None, policy: Policy) -> bool:
        """Store the exact content a decision was made under (once per server and version).

        Policy versions are never deleted, so once one is known to be committed it is not looked up
        again (it is remembered only after the transaction that saw or wrote it commits).
        """
        key = (guild_id, policy.version)
        if key in self._recorded:
            return False
        after_commit(session, lambda: self._recorded.add(key))
        exists = await session.execute(
            select(PolicyVersion.id).where(
                PolicyVersion.guild_id == guild_id, PolicyVersion.version == policy.version
            )
        )
        if exists.first() is not None:
            return False
        from datetime import UTC, datetime, time

        session.add(
            PolicyVersion(
                guild_id=guild_id,
                version=policy.version,
                preset=policy.preset,
                content=canonical_json(policy.model_dump(mode="json", exclude={"version", "sources"})),
                published_at=datetime.combine(policy.published_at, time(0), tzinfo=UTC),
                recorded_at=self.clock.now(),
            )
        )
        await session.flush()
        return True
