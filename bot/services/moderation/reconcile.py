"""Reconciliation: the database's sanctions against the members' real state on Discord.

Run on ``on_ready`` / ``on_resumed`` (events missed during an outage are not replayed) and when a member
re-joins: an active timeout missing on Discord is applied again until its recorded end, and a decision
written but never carried out (the process died between the commit and the Discord calls) is carried
out now.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from bot.governance.chain import EntryKind
from bot.services.governance import GovEvent
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import Enforcer, audit_reason
from bot.services.moderation.snapshot import decision_of
from bot.services.moderation.types import CaseRecord

log = logging.getLogger(__name__)

PENDING_GRACE = timedelta(minutes=1)  # younger pending cases may still be in flight
TOLERANCE = timedelta(seconds=2)


@dataclass(frozen=True, slots=True)
class Reconciled:
    reapplied: tuple[int, ...] = ()  # case ids whose timeout was applied again
    resumed: tuple[int, ...] = ()  # pending case ids carried out now


class Reconciler:
    def __init__(self, deps: Deps, enforcer: Enforcer) -> None:
        self.deps = deps
        self.enforcer = enforcer

    async def guild(self, guild_id: int) -> Reconciled:
        reapplied = await self._timeouts(guild_id, None)
        resumed = await self._pending(guild_id)
        if reapplied or resumed:
            log.info(
                "guild %s reconciled: timeouts re-applied %s, pending cases resumed %s",
                guild_id,
                reapplied,
                resumed,
            )
        return Reconciled(reapplied, resumed)

    async def member_joined(self, guild_id: int, user_id: int) -> Reconciled:
        return Reconciled(await self._timeouts(guild_id, user_id))

    async def _timeouts(self, guild_id: int, user_id: int | None) -> tuple[int, ...]:
        deps = self.deps
        port = deps.discord()
        done: list[int] = []
        for case in await deps.store.active_timeouts(guild_id, deps.clock.now(), user_id):
            state = await port.member_state(guild_id, case.user_id)
            assert case.ends_at is not None
            if not state.present:
                continue
            if state.timed_out_until is not None and state.timed_out_until >= case.ends_at - TOLERANCE:
                continue
            result = await port.set_timeout(
                guild_id, case.user_id, case.ends_at, audit_reason(case) + " re-applied"
            )
            await self._log(case, result.ok, result.error)
            if result.ok:
                done.append(case.id)
        return tuple(done)

    async def _pending(self, guild_id: int) -> tuple[int, ...]:
        deps = self.deps
        stale = await deps.store.stale_pending(guild_id, deps.clock.now() - PENDING_GRACE)
        if not stale:
            return ()
        _, policy = await deps.store.policy_for(guild_id)
        resumed: list[int] = []
        for case in stale:
            try:
                decision = decision_of(case, await deps.store.case_signals(case.id))
                excerpt = await deps.store.open_text(case.excerpt_ref) or ""
                await self.enforcer.apply(
                    case, decision, policy, excerpt=excerpt, notice_channel_id=case.channel_id
                )
            except KeyError:
                log.warning(
                    "pending case %s cites a rule the policy no longer has; left for a moderator", case.id
                )
                continue
            resumed.append(case.id)
        return tuple(resumed)

    async def _log(self, case: CaseRecord, ok: bool, error: str) -> None:
        async with self.deps.db.unit_of_work() as session:
            await self.deps.recorder.record(
                session,
                GovEvent(
                    case.guild_id,
                    EntryKind.ACTION_OUTCOME,
                    subject_id=case.user_id,
                    rule_id=case.rule_id,
                    action=case.action.value,
                    data={
                        "case_id": case.id,
                        "status": "reapplied" if ok else "reapply_failed",
                        "errors": [error] if error else [],
                    },
                ),
            )
