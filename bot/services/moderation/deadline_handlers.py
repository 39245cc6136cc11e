"""When a sanction ends by itself: the timeout's end, the probation's end, a temporary ban's end.

Handlers are idempotent (they look at the case's status first) and call Discord only after their
database work is committed; without the Discord side attached they raise, and the runner retries.
A deadline never ends a sanction that is still ``pending`` (decided, not yet carried out or recorded):
it waits for the case (``Postpone``, no attempt used), so a temporary sanction cannot become permanent
because its end came first. The case's ``expired`` status is committed together with the deadline's
completion, fenced by the runner's claim, so two runners never end one case twice.
"""

from __future__ import annotations

import logging

from bot.domain.moderation.member_notices import WelcomeBack, welcome_back, welcome_back_in_channel
from bot.governance.chain import EntryKind
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline, Postpone, complete
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import audit_reason
from bot.services.moderation.redelivery import Redelivery
from bot.services.moderation.snapshot import to_record
from bot.services.moderation.store import BAN_END, CASE_SUBJECT, PROBATION_END, TIMEOUT_END
from bot.services.moderation.types import CaseRecord, CaseStatus, Delivery, OutMessage
from bot.services.recorder import GovEvent

log = logging.getLogger(__name__)


def case_id_of(due: DueDeadline) -> int:
    return CASE_SUBJECT.id_of(due.subject)


def wait_if_pending(status: str, due: DueDeadline) -> None:
    """The case was decided but not carried out yet (or the process died in between): its end waits."""
    if status == CaseStatus.PENDING.value:
        raise Postpone(f"case of {due.subject} is still pending")


class DeadlineHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def register(self, runner: DeadlineRunner) -> None:
        runner.register(TIMEOUT_END, self.timeout_end)
        runner.register(PROBATION_END, self.probation_end)
        runner.register(BAN_END, self.ban_end)

    async def _expire(self, due: DueDeadline) -> int | None:
        """Mark the case expired; returns the member's id, or None when nothing is left to do."""
        deps = self.deps
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id_of(due))
            wait_if_pending(row.status, due)
            if row.status != CaseStatus.APPLIED.value:
                return None
            await deps.store.set_status(session, row, CaseStatus.EXPIRED, how="ended")
            await complete(session, due, db_now=deps.clock.now())  # fenced: rolls back if not ours
            return row.user_id

    async def _welcome(self, case: CaseRecord, kind: WelcomeBack, channel_id: int | None = None) -> None:
        """The welcome back, once: by DM in the community's register; DMs closed and a pause over, a brief
        line in the case's channel pinging only the member. The case's end is committed before this runs
        and a handler never ends a case twice, so a restart cannot send it again (at most once)."""
        guild_id, user_id = case.guild_id, case.user_id
        port = self.deps.discord()
        _settings, policy = await self.deps.store.policy_for(guild_id)
        language = policy.member_voice(case.language)
        text = welcome_back(language, kind)
        sent = await port.send_dm(user_id, OutMessage(text))
        if sent.delivery is not Delivery.DELIVERED:
            log.info("welcome-back note to a member of guild %s not delivered: %s", guild_id, sent.delivery)
        if sent.transient:  # Discord's bad day, not closed DMs: try again later
            await Redelivery(self.deps).notice_later(guild_id, user_id, text, language=language)
        elif sent.delivery is Delivery.CLOSED and kind is WelcomeBack.TIMEOUT and channel_id is not None:
            line = OutMessage(welcome_back_in_channel(language, user_id), mention_user=user_id)
            posted = await port.post(channel_id, line)
            if not posted.ok:
                log.info("welcome back in the channel of guild %s not posted: %s", guild_id, posted.error)

    async def timeout_end(self, due: DueDeadline) -> None:
        self.deps.discord()
        case = await self.deps.store.case(case_id_of(due))
        if await self._expire(due) is not None:
            channel = due.payload.get("channel_id")
            where = case.channel_id or (channel if isinstance(channel, int) else None)
            await self._welcome(case, WelcomeBack.TIMEOUT, where)

    async def ban_end(self, due: DueDeadline) -> None:
        port = self.deps.discord()
        case = await self.deps.store.case(case_id_of(due))
        wait_if_pending(case.status.value, due)
        if case.status is not CaseStatus.APPLIED:
            return
        # The deadline itself is the decision: unban first (a retry is harmless), then record it.
        done = await port.unban(case.guild_id, case.user_id, audit_reason(case) + " ended")
        if not done.ok and done.code != 10026:  # 10026: Unknown Ban, someone unbanned by hand
            raise RuntimeError(f"unban at the end of case {case.id} failed: {done.error}")
        if await self._expire(due) is not None:
            await self._welcome(case, WelcomeBack.BAN)

    async def probation_end(self, due: DueDeadline) -> None:
        deps = self.deps
        deps.discord()
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id_of(due))
            wait_if_pending(row.status, due)
            if row.status in (CaseStatus.OVERTURNED.value, CaseStatus.DISMISSED.value):
                return
            case = to_record(row)
            await deps.recorder.record(
                session,
                GovEvent(
                    row.guild_id,
                    EntryKind.SANCTION_ENDED,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={"case_id": row.id, "ended": "probation", "how": "ended"},
                ),
            )
            await complete(session, due, db_now=deps.clock.now())
        await self._welcome(case, WelcomeBack.PROBATION)
