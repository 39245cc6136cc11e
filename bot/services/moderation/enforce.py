"""Applying a committed case through Discord, then recording what happened (never lose a decision).

Order for every case: the decision is already committed (status ``pending``); then Discord is called —
delete the message, time out, kick or ban, post the review card, send the explanation — and the outcome
is recorded in a second unit of work: ``applied`` / ``failed`` / ``proposed``, and the explanation's
delivery (``delivered``, ``dm_closed_notice`` when DMs are closed and a notice went to the channel...).
Kicked and banned members are written to first: once they are gone the bot can no longer reach them.
"""

from __future__ import annotations

import logging

from bot.domain.moderation.decision import Decision
from bot.domain.policy.models import Action, Policy
from bot.services.moderation.deps import Deps
from bot.services.moderation.failures import alert_queue, send_correction, withdraw
from bot.services.moderation.redelivery import Redelivery
from bot.services.moderation.texts import (
    ExplanationMessage,
    case_notice_message,
    explanation_message,
    notice_message,
    review_message,
)
from bot.services.moderation.types import CaseOutcome, CaseRecord, CaseStatus, Delivery, DmStatus

log = logging.getLogger(__name__)

UNKNOWN_MESSAGE = 10008  # already deleted: nothing left to hide
_PRIMARY = (Action.TIMEOUT, Action.KICK, Action.BAN)


def audit_reason(case: CaseRecord) -> str:
    """The reason shown in Discord's audit log: the case, never the member's words."""
    return f"Havre case #{case.id}" + (f" ({case.rule_id})" if case.rule_id else "")


def needs_explanation(decision: Decision) -> bool:
    """Every sanction is explained; a review only when the member's message was removed meanwhile."""
    if decision.rule_id is None:
        return False
    return decision.is_sanction or (decision.action is Action.REVIEW and decision.hide_message)


class Enforcer:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.redelivery = Redelivery(deps)

    async def deliver(
        self,
        case: CaseRecord,
        explanation: ExplanationMessage,
        notice_channel_id: int | None,
        *,
        notice: bool,
    ) -> DmStatus:
        status, _transient = await self.send_explanation(case, explanation, notice_channel_id, notice=notice)
        return status

    async def send_explanation(
        self,
        case: CaseRecord,
        explanation: ExplanationMessage,
        notice_channel_id: int | None,
        *,
        notice: bool,
        policy: Policy | None = None,
    ) -> tuple[DmStatus, bool]:
        """The explanation by DM, or the DMs-closed notice in the channel. Returns the delivery and
        whether a failure was Discord's bad day (a 5xx: worth a retry later). A DM that failed
        on Discord's side is not answered with "your DMs are closed": that would not be true."""
        port = self.deps.discord()
        await self.deps.store.intend(case.id, "dm")  # at most once: the intent first (resilience.py)
        sent = await port.send_dm(case.user_id, explanation.message)
        if sent.delivery is Delivery.DELIVERED:
            return DmStatus.DELIVERED, False
        log.info("case %s: explanation DM not delivered (%s %s)", case.id, sent.delivery, sent.error)
        if sent.transient:
            return DmStatus.FAILED, True
        closed = sent.delivery is Delivery.CLOSED
        if notice and notice_channel_id is not None:
            out = (
                case_notice_message(case, policy)
                if policy is not None
                else notice_message(case.language, case.user_id, case.id)
            )
            posted = await port.post(notice_channel_id, out)
            if posted.ok:
                return DmStatus.DM_CLOSED_NOTICE, False
            log.warning("case %s: the DM-closed notice failed too: %s", case.id, posted.error)
            if posted.transient:
                return DmStatus.FAILED, True
        return (DmStatus.DM_CLOSED if closed else DmStatus.FAILED), False

    async def apply(
        self,
        case: CaseRecord,
        decision: Decision,
        policy: Policy,
        *,
        excerpt: str = "",
        notice_channel_id: int | None = None,
        moderator_name: str | None = None,
    ) -> CaseOutcome:
        port = self.deps.discord()
        action = decision.action
        reason = audit_reason(case)
        errors: list[str] = []
        explanation = (
            explanation_message(
                case.id, decision, policy, case.language, excerpt, moderator_name=moderator_name
            )
            if needs_explanation(decision)
            else None
        )
        notice_at = notice_channel_id if notice_channel_id is not None else case.channel_id
        dm: DmStatus | None = None
        retry = False
        explained_first = False
        if action in (Action.KICK, Action.BAN) and explanation is not None:
            # A removed member cannot be written to: explain first (the moderator's action was checked
            # beforehand), and correct it below if Discord refuses anyway.
            dm, retry = await self.send_explanation(case, explanation, None, notice=False)
            explained_first = dm is DmStatus.DELIVERED
        # A failed removal, timeout, kick or ban means the decision did not happen: nothing after it is
        # done, the member is told nothing that did not happen, and the strike is withdrawn.
        primary_failed = False
        if decision.hide_message and case.message_id and case.channel_id:
            deleted = await port.delete_message(case.channel_id, case.message_id, reason)
            if not deleted.ok and deleted.code != UNKNOWN_MESSAGE:
                errors.append(f"delete: {deleted.error}")
                primary_failed = True
        if action in _PRIMARY and not primary_failed:
            if action is Action.TIMEOUT:
                done = await port.set_timeout(case.guild_id, case.user_id, case.ends_at, reason)
            elif action is Action.KICK:
                done = await port.kick(case.guild_id, case.user_id, reason)
            else:
                done = await port.ban(case.guild_id, case.user_id, reason)
            if not done.ok:
                primary_failed = True
                errors.append(f"{action.value}: {done.error}")
        review_id: int | None = None
        if action is Action.REVIEW:
            review_id = await self._post_review(case, decision, policy, excerpt, errors)
        if explanation is not None and dm is None and not primary_failed:
            dm, retry = await self.send_explanation(case, explanation, notice_at, notice=True, policy=policy)
        corrected = False
        if primary_failed and action is not Action.REVIEW:
            await withdraw(self.deps, case.id)
            if explained_first:
                corrected = await send_correction(self.deps, case)
                dm = DmStatus.CORRECTED
            elif explanation is not None:
                dm = DmStatus.WITHHELD
            retry = False
        if action is Action.REVIEW:
            status = CaseStatus.PROPOSED
        else:
            status = CaseStatus.FAILED if primary_failed or errors else CaseStatus.APPLIED
        record = await self.deps.store.record_outcome(
            case.id,
            status=status,
            dm_status=dm or DmStatus.NOT_NEEDED,
            errors=errors,
            explanation=(
                explanation.stored
                if explanation is not None and dm is not None and dm is not DmStatus.WITHHELD
                else None
            ),
            review_message_id=review_id,
        )
        if retry and dm is DmStatus.FAILED:
            await self.redelivery.explanation_later(case.id, case.guild_id, notice_at)
        if errors:
            log.warning("case %s (%s) partly failed: %s", case.id, action.value, "; ".join(errors))
        if status is CaseStatus.FAILED:
            await alert_queue(self.deps, record, errors, corrected=corrected)
        return CaseOutcome(record, not errors, record.dm_status, tuple(errors))

    async def _post_review(
        self, case: CaseRecord, decision: Decision, policy: Policy, excerpt: str, errors: list[str]
    ) -> int | None:
        settings = await self.deps.store.settings(case.guild_id)
        if settings.mod_queue_channel_id is None:
            errors.append("review: no moderation queue channel configured (/setup channels)")
            return None
        card = review_message(case, decision, policy, settings.language, excerpt)
        posted = await self.deps.discord().post(settings.mod_queue_channel_id, card)
        if not posted.ok:
            errors.append(f"review card: {posted.error}")
            if posted.transient:  # Discord's bad day: the card goes to the queue later
                await self.redelivery.review_card_later(case.id, case.guild_id)
            return None
        return posted.message_id
