"""Server configuration by an admin: every change recorded in the governance log."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from bot.classify.extract import SignalExtractor
from bot.classify.replaying import language_function, signals_function
from bot.db.engine import Database
from bot.db.models import Case
from bot.domain.moderation.replay import MessageRecord, ReplayResult, replay
from bot.domain.policy.loader import PolicyError
from bot.domain.policy.models import Action, Policy
from bot.governance.pseudonym import ActorRole
from bot.services.errors import InvalidInput
from bot.services.guilds import GuildService
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder, GovEvent

PREVIEW_DAYS = 30
PREVIEW_LIMIT = 1000  # decisions replayed at most (the newest)


@dataclass(frozen=True, slots=True)
class PreviewChange:
    case_id: int
    rule_before: str | None
    action_before: Action
    rule_after: str | None
    action_after: Action


@dataclass(frozen=True, slots=True)
class OverridePreview:
    """What a server override would have changed on the last days' decisions, replayed like
    ``havre replay`` (the same extractor, language detection and ``replay``) under both policies."""

    policy: Policy
    days: int
    replayed: int
    changes: tuple[PreviewChange, ...]


@dataclass(frozen=True, slots=True)
class SetupResult:
    changed: tuple[str, ...]
    policy_version: str


class SetupService:
    def __init__(
        self,
        db: Database,
        guilds: GuildService,
        policies: PolicyRegistry,
        recorder: GovernanceRecorder,
        vault: ContentVault | None = None,
    ) -> None:
        self.db = db
        self.guilds = guilds
        self.policies = policies
        self.recorder = recorder
        self.vault = vault

    def check_overrides(self, preset: str, overrides: str) -> Policy:
        """The policy an override gives, or InvalidInput naming the key and the reason."""
        try:
            return self.policies.validate_overrides(preset, overrides)
        except PolicyError as exc:
            raise InvalidInput(reason=str(exc)[:1500]) from exc

    async def preview_overrides(
        self, guild_id: int, overrides: str, *, days: int = PREVIEW_DAYS
    ) -> OverridePreview:
        """Check an override, then replay the server's recorded decisions of the last ``days`` (their sealed
        messages) under the current policy and under the new one: the decisions that would change."""
        settings = await self.guilds.load(guild_id)
        candidate = self.check_overrides(settings.preset, overrides)
        current = self.policies.for_settings(settings)
        since = self.guilds.clock.now() - timedelta(days=days)
        records: list[MessageRecord] = []
        async with self.db.reading() as session:
            rows = (
                await session.scalars(
                    select(Case)
                    .where(Case.guild_id == guild_id, Case.created_at >= since, Case.excerpt_ref.is_not(None))
                    .order_by(Case.created_at.desc())
                    .limit(PREVIEW_LIMIT)
                )
            ).all()
            for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
                text = await self.vault.open(session, row.excerpt_ref) if self.vault is not None else None
                if text:
                    records.append(
                        MessageRecord(
                            id=row.id,
                            author_id=row.user_id,
                            channel_id=row.channel_id or 0,
                            content=text,
                            timestamp=row.created_at,
                            locale=row.language,
                        )
                    )
        before, after = await asyncio.to_thread(_replay_both, records, current, candidate)
        changes = tuple(
            PreviewChange(old.id, old.rule_id, old.action, new.rule_id, new.action)
            for old, new in zip(before, after, strict=True)
            if (old.action, old.rule_id) != (new.action, new.rule_id)
        )
        return OverridePreview(candidate, days, len(records), changes)

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


def _replay_both(
    records: list[MessageRecord], current: Policy, candidate: Policy
) -> tuple[list[ReplayResult], list[ReplayResult]]:
    def run(policy: Policy) -> list[ReplayResult]:
        extractor = SignalExtractor.from_policy(policy, None)
        return list(
            replay(
                records,
                signals_function(extractor, None),
                policy,
                explain_actions=False,
                language_for=language_function(policy),
            )
        )

    return run(current), run(candidate)
