"""Server configuration by an admin: every change recorded in the governance log."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.engine import Database
from bot.domain.policy.loader import PolicyError
from bot.governance.pseudonym import ActorRole
from bot.services.errors import InvalidInput
from bot.services.guilds import GuildService
from bot.services.policies import PolicyRegistry
from bot.services.recorder import GovernanceRecorder, GovEvent


@dataclass(frozen=True, slots=True)
class SetupResult:
    changed: tuple[str, ...]
    policy_version: str


class SetupService:
    def __init__(
        self, db: Database, guilds: GuildService, policies: PolicyRegistry, recorder: GovernanceRecorder
    ) -> None:
        self.db = db
        self.guilds = guilds
        self.policies = policies
        self.recorder = recorder

    async def change(self, guild_id: int, actor_id: int, **changes: object) -> SetupResult:
        """Apply settings; a preset or overrides change is validated first and logged as a policy change."""
        current = await self.guilds.load(guild_id)
        preset = str(changes.get("preset", current.preset))
        overrides = changes.get("policy_overrides", current.policy_overrides)
        try:
            policy = (
                self.policies.validate_overrides(preset, str(overrides))
                if overrides
                else self.policies.presets.get(preset) or self.policies.validate_overrides(preset, "")
            )
        except PolicyError as exc:
            raise InvalidInput(reason=str(exc)[:1500]) from exc

        async with self.db.unit_of_work() as session:
            diff = await self.guilds.update(session, guild_id, **changes)
            if diff:
                policy_changed = bool({"preset", "policy_overrides"} & set(diff))
                shown = {k: (str(old), str(new)) for k, (old, new) in diff.items() if k != "policy_overrides"}
                await self.recorder.record(
                    session,
                    GovEvent(
                        guild_id,
                        "policy_change" if policy_changed else "config_change",
                        actor_id=actor_id,
                        actor_role=ActorRole.ADMIN,
                        policy_version=policy.version,
                        data={"changed": sorted(diff), "values": shown},
                    ),
                )
                if policy_changed:
                    await self.policies.record_version(session, guild_id, policy)
        return SetupResult(tuple(sorted(diff)), policy.version)
