"""Explanations and notices that Discord failed to carry (a 5xx answer) are tried again later.

No answer at all (a dropped connection, a timeout) is not retried: the message may have arrived, and an
explanation is sent at most once; the member can still read it with /my-standing.

A failure that is Discord's bad day, not the member's choice (closed DMs are a choice), becomes a
deadline: ``explanation_retry`` for a case's explanation (subject ``case:<id>``), ``notice_retry`` for
any other note to a member (a welcome back, an appeal's answer; the text is in the payload). A retry
that meets Discord's failure again schedules the next one itself: 30 s, then doubling up to one hour
apart, for at most ``GIVE_UP_AFTER`` (24 h) after the first failure, then it logs loudly and stops. (An
unexpected error still goes through the runner's own backoff and ``max_attempts``.)

Handlers are idempotent: an explanation already delivered (or a case that failed, was overturned or
dismissed meanwhile) is not sent again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Case
from bot.governance.chain import EntryKind
from bot.scheduling import deadlines
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline
from bot.services.moderation.deps import Deps
from bot.services.moderation.snapshot import decision_of
from bot.services.moderation.store import digest, subject
from bot.services.moderation.texts import explanation_message, notice_message, review_message
from bot.services.moderation.types import CaseStatus, Delivery, DmStatus, OutMessage
from bot.services.recorder import GovEvent

log = logging.getLogger(__name__)

EXPLANATION_RETRY = "explanation_retry"
NOTICE_RETRY = "notice_retry"
REVIEW_CARD_RETRY = "review_card_retry"  # a review card the queue did not get (subject ``case:<id>``)
QUEUE_POST_RETRY = "queue_post_retry"  # a staff text for the queue (a failure alert), text in the payload
RETRY_AFTER = timedelta(seconds=30)  # the first retry; then doubling
RETRY_MAX_GAP = timedelta(hours=1)
GIVE_UP_AFTER = timedelta(hours=24)
_STILL_TRUE = (CaseStatus.APPLIED, CaseStatus.PROPOSED, CaseStatus.LIFTED, CaseStatus.EXPIRED)


def _case_id(due: DueDeadline) -> int:
    kind, _, ident = due.subject.partition(":")
    if kind != "case" or not ident.isdigit():
        raise ValueError(f"deadline {due.id} has no case subject: {due.subject!r}")
    return int(ident)


class Redelivery:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def register(self, runner: DeadlineRunner) -> None:
        runner.register(EXPLANATION_RETRY, self.explanation)
        runner.register(NOTICE_RETRY, self.notice)
        runner.register(REVIEW_CARD_RETRY, self.review_card)
        runner.register(QUEUE_POST_RETRY, self.queue_post)

    # scheduling -------------------------------------------------------------------------------------

    async def _schedule(self, kind: str, subject_: str, guild_id: int, payload: dict[str, Any]) -> None:
        deps = self.deps
        now = deps.clock.now()
        tries = int(payload.get("tries", 0))
        payload = {**payload, "tries": tries + 1, "since": payload.get("since") or now.isoformat()}
        due = now + min(RETRY_AFTER * 2**tries, RETRY_MAX_GAP)
        async with deps.db.unit_of_work() as session:
            await deadlines.schedule(
                session,
                kind=kind,
                subject=subject_,
                due_at=due,
                now=now,
                guild_id=guild_id,
                payload=payload,
                replace=False,  # a new case's retry, or the next one from inside the fired deadline
            )
        deps.notify((due,))

    async def explanation_later(self, case_id: int, guild_id: int, notice_channel_id: int | None) -> None:
        await self._schedule(
            EXPLANATION_RETRY, subject(case_id), guild_id, {"notice_channel_id": notice_channel_id}
        )

    async def notice_later(
        self, guild_id: int, user_id: int, text: str, *, channel_id: int | None = None, language: str = ""
    ) -> None:
        """A note to a member that Discord failed to carry; ``channel_id``: where to say "your DMs are
        closed" if they turn out to be."""
        payload = {"user_id": user_id, "text": text, "channel_id": channel_id, "language": language}
        await self._schedule(NOTICE_RETRY, f"member:{user_id}", guild_id, payload)

    async def review_card_later(self, case_id: int, guild_id: int) -> None:
        await self._schedule(REVIEW_CARD_RETRY, subject(case_id), guild_id, {})

    async def queue_post_later(self, guild_id: int, channel_id: int, text: str) -> None:
        await self._schedule(
            QUEUE_POST_RETRY, f"channel:{channel_id}", guild_id, {"channel_id": channel_id, "text": text}
        )

    # handlers ---------------------------------------------------------------------------------------

    async def review_card(self, due: DueDeadline) -> None:
        """Post the review card again while the case still waits for a human, and remember where."""
        deps = self.deps
        port = deps.discord()
        case = await deps.store.case(_case_id(due))
        if case.status is CaseStatus.PENDING:
            raise RuntimeError(f"case {case.id} is not settled yet")  # the runner tries again shortly
        if case.status is not CaseStatus.PROPOSED or case.review_message_id is not None:
            return
        settings, policy = await deps.store.policy_for(case.guild_id)
        if settings.mod_queue_channel_id is None:
            return
        excerpt = await deps.store.open_text(case.excerpt_ref) or ""
        decision = decision_of(case, await deps.store.case_signals(case.id))
        card = review_message(case, decision, policy, settings.language, excerpt)
        posted = await port.post(settings.mod_queue_channel_id, card)
        if not posted.ok:
            if posted.transient:
                await self._again(due, f"the review card of case {case.id}")
            return

        async def work(session: AsyncSession) -> None:
            await session.execute(
                update(Case)
                .where(Case.id == case.id, Case.review_message_id.is_(None))
                .values(review_message_id=posted.message_id, updated_at=deps.clock.now())
            )

        await deps.db.run(work)

    async def queue_post(self, due: DueDeadline) -> None:
        posted = await self.deps.discord().post(
            int(due.payload["channel_id"]), OutMessage(str(due.payload["text"]))
        )
        if posted.transient:
            await self._again(due, "a message for the moderators' queue")

    async def explanation(self, due: DueDeadline) -> None:
        from bot.services.moderation.enforce import Enforcer  # the enforcer schedules us: no cycle

        deps = self.deps
        deps.discord()
        case = await deps.store.case(_case_id(due))
        if case.dm_status is not DmStatus.FAILED or case.status not in _STILL_TRUE:
            return  # delivered meanwhile, or the decision no longer stands: nothing to say
        _settings, policy = await deps.store.policy_for(case.guild_id)
        decision = decision_of(case, await deps.store.case_signals(case.id))
        excerpt = await deps.store.open_text(case.excerpt_ref) or ""
        try:
            explanation = explanation_message(case.id, decision, policy, case.language, excerpt)
        except (KeyError, ValueError):
            log.warning("case %s: the explanation can no longer be written (rule gone)", case.id)
            return
        channel = due.payload.get("notice_channel_id") or case.channel_id
        status, transient = await Enforcer(deps).send_explanation(
            case, explanation, channel if isinstance(channel, int) else None, notice=True, policy=policy
        )
        if status is DmStatus.FAILED and transient:
            await self._again(due, f"the explanation of case {case.id}")
            return
        await self._record(case.id, status, explanation.stored)

    async def _again(self, due: DueDeadline, what: str) -> None:
        """Discord failed again: the next try, or give up (loudly) after ``GIVE_UP_AFTER``."""
        since = datetime.fromisoformat(str(due.payload.get("since") or self.deps.clock.now().isoformat()))
        if self.deps.clock.now() - since >= GIVE_UP_AFTER:
            log.error(
                "%s could not be delivered for %s; giving up (guild %s)", what, GIVE_UP_AFTER, due.guild_id
            )
            return
        log.info("%s: Discord failed again, trying later", what)
        await self._schedule(due.kind, due.subject, due.guild_id or 0, dict(due.payload))

    async def _record(self, case_id: int, status: DmStatus, stored: str) -> None:
        deps = self.deps

        async def work(session: AsyncSession) -> None:
            changed = (
                update(Case)
                .where(Case.id == case_id, Case.dm_status == DmStatus.FAILED.value)
                .values(dm_status=status.value, explanation_sent=stored, updated_at=deps.clock.now())
            )
            row = (await session.scalars(changed.returning(Case))).one_or_none()
            if row is None:
                return
            await deps.recorder.record(
                session,
                GovEvent(
                    row.guild_id,
                    EntryKind.EXPLANATION_DELIVERY,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={
                        "case_id": row.id,
                        "dm_status": status.value,
                        "language": row.language,
                        "explanation_sha256": digest(stored),
                        "retried": True,
                    },
                ),
            )

        await deps.db.run(work)

    async def notice(self, due: DueDeadline) -> None:
        port = self.deps.discord()
        user_id = int(due.payload["user_id"])
        sent = await port.send_dm(user_id, OutMessage(str(due.payload["text"])))
        if sent.delivery is Delivery.DELIVERED:
            return
        if sent.transient:
            await self._again(due, "a note to a member")
            return
        channel = due.payload.get("channel_id")
        if sent.delivery is Delivery.CLOSED and isinstance(channel, int):
            language = str(due.payload.get("language") or "en")
            posted = await port.post(channel, notice_message(language, user_id))
            if posted.transient:
                await self._again(due, "a DMs-closed notice")
