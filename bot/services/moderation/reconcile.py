"""Reconciliation: the database's sanctions against the members' real state on Discord.

Run on ``on_ready`` / ``on_resumed`` (events missed during an outage are not replayed) and when a member
re-joins: an active timeout missing on Discord is applied again until its recorded end, and a decision
written but never carried out (the process died between the commit and the Discord calls) is carried
out now (``resilience.CaseRepair``: Discord's state is checked first, the explanation is never sent
twice). At start-up every pending case is repaired, whatever its age; later (a resume, a periodic
sweep) only those older than ``PENDING_GRACE``, which cannot be in flight any more.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from bot.governance.chain import EntryKind
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import Enforcer, audit_reason
from bot.services.moderation.resilience import CaseRepair
from bot.services.moderation.types import CaseRecord
from bot.services.recorder import GovEvent

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
        self.repair = CaseRepair(deps, enforcer)  # the service shares the pipeline's (one per process)

    async def guild(self, guild_id: int, *, startup: bool = False) -> Reconciled:
        resumed = await self.repair.pending(guild_id, older_than=None if startup else PENDING_GRACE)
        reapplied = await self._timeouts(guild_id, None)
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
