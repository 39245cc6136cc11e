"""Failures are honest: when Discord refuses or fails an action after its retries, nothing of it stays.

The case is recorded ``failed``; its strike (or nudge) is withdrawn, so it never climbs the ladder; its
deadlines (timeout end, ban end, probation end) are cancelled; the member is told nothing that did not
happen — or, when a kick or ban was explained first, receives a correction; and a moderator is alerted
in the queue with Discord's answer, so a person can act.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete

from bot.db.models import Strike
from bot.domain.i18n import t
from bot.domain.policy.models import Action
from bot.scheduling import deadlines
from bot.services.moderation.deps import Deps
from bot.services.moderation.store import DEADLINE_KINDS, subject
from bot.services.moderation.types import CaseRecord, Delivery, OutMessage

log = logging.getLogger(__name__)


async def withdraw(deps: Deps, case_id: int) -> int:
    """Remove the case's strike and cancel its deadlines; returns how many strikes were removed."""
    async with deps.db.unit_of_work() as session:
        result = await session.execute(delete(Strike).where(Strike.case_id == case_id))
        for kind in DEADLINE_KINDS:
            await deadlines.cancel(session, kind=kind, subject=subject(case_id))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def correction_text(action: Action, lang: str) -> str:
    return t(f"moderation.notice.correction_{action.value}", lang)


async def send_correction(deps: Deps, case: CaseRecord) -> bool:
    """A kick or ban was explained, then Discord refused it: say so to the member, plainly."""
    sent = await deps.discord().send_dm(case.user_id, OutMessage(correction_text(case.action, case.language)))
    if sent.delivery is not Delivery.DELIVERED:
        log.warning("case %s: the correction could not be delivered: %s", case.id, sent.delivery)
    return sent.delivery is Delivery.DELIVERED


async def alert_queue(deps: Deps, case: CaseRecord, errors: list[str], *, corrected: bool) -> bool:
    """Tell the team in the moderators' queue (the server's language); never pings anyone."""
    settings = await deps.store.settings(case.guild_id)
    if settings.mod_queue_channel_id is None:
        log.warning("case %s failed and no moderation queue is configured to say so", case.id)
        return False
    lang = settings.language
    key = "moderation.alert.action_failed_corrected" if corrected else "moderation.alert.action_failed"
    text = t(
        key,
        lang,
        id=case.id,
        action=t(f"moderation.action.{case.action.value}", lang),
        member=f"<@{case.user_id}>",
        error="; ".join(errors)[:300],
    )
    posted = await deps.discord().post(settings.mod_queue_channel_id, OutMessage(text[:2000]))
    if not posted.ok:
        log.warning("case %s: the failure alert could not be posted: %s", case.id, posted.error)
        if posted.transient:  # the queue itself met Discord's bad day: the alert goes out later
            from bot.services.moderation.redelivery import Redelivery

            await Redelivery(deps).queue_post_later(case.guild_id, settings.mod_queue_channel_id, text[:2000])
    return posted.ok
