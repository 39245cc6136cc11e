"""Appeals: a member's form becomes a record and a card in the moderators' queue; a human decides, the
member is told. A granted appeal overturns the case: the strike is pardoned, a running timeout lifted,
a ban undone, and the pending deadlines cancelled."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from bot.db.models import Appeal
from bot.domain.i18n import t
from bot.domain.moderation.member_notices import appeal_decided, appeal_received
from bot.domain.policy.models import Action
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.scheduling.deadlines import DueDeadline, SubjectCodec, in_flight, schedule, subjects_in_flight
from bot.services.errors import InvalidInput, NotAllowed, NotFound
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import audit_reason
from bot.services.moderation.member import NOT_YOURS
from bot.services.moderation.redelivery import Redelivery
from bot.services.moderation.snapshot import to_record
from bot.services.moderation.store import appeal_record
from bot.services.moderation.texts import appeal_card, appeal_closed, notice_message
from bot.services.moderation.types import (
    AppealRecord,
    AppealState,
    CaseRecord,
    CaseStatus,
    Delivery,
    DmStatus,
    OutMessage,
)
from bot.services.recorder import GovEvent

log = logging.getLogger(__name__)

APPEAL_DECISION = "appeal_decision"  # a decision taken away from Discord (the dashboard), carried out here
APPEAL_SUBJECT = SubjectCodec("appeal")

APPEAL_TEXT_MAX = 1500
_NOT_APPEALABLE = (CaseStatus.OVERTURNED, CaseStatus.DISMISSED, CaseStatus.PROPOSED, CaseStatus.CONFIRMED)


@dataclass(frozen=True, slots=True)
class AppealOpened:
    appeal: AppealRecord
    text: str  # the reply to the member
    queued: bool  # the card reached the moderators' queue


@dataclass(frozen=True, slots=True)
class AppealDecided:
    appeal: AppealRecord
    case: CaseRecord
    granted: bool
    reply_status: DmStatus


class Appeals:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def check(self, case_id: int, user_id: int) -> CaseRecord:
        """May this member appeal this case now? Raises a member-safe error when not."""
        case = await self.deps.store.case(case_id)
        if case.user_id != user_id:
            raise NotAllowed(NOT_YOURS)  # someone else's case: told in their own language
        _settings, policy = await self.deps.store.policy_for(case.guild_id)
        voice = policy.member_voice(case.language)  # the case's flow: its language, the server's register
        if not case.way_back.appeal_allowed or case.status in _NOT_APPEALABLE:
            raise NotAllowed("moderation.error.no_appeal").in_voice(voice)
        if await self.existing(case_id, case.guild_id, user_id) is not None:
            raise NotAllowed("moderation.error.appeal_exists").in_voice(voice)
        return case

    async def existing(self, case_id: int, guild_id: int, user_id: int) -> AppealRecord | None:
        """The appeal of this case, whatever its state (one appeal per decision)."""
        every = await self.deps.store.appeals(guild_id, user_id=user_id, states=tuple(AppealState))
        return next((a for a in every if a.case_id == case_id), None)

    async def open(self, case_id: int, user_id: int, text: str, lang: str) -> AppealOpened:
        """Record the appeal and post its card. Idempotent: a second submit of the same form (a double
        tap, a retry after a restart) stores nothing more, posts no second card, and is answered."""
        deps = self.deps
        try:
            await self.check(case_id, user_id)
        except NotAllowed as exc:
            if exc.key != "moderation.error.appeal_exists":
                raise
            return await self._already(case_id, user_id, lang)
        now = deps.clock.now()
        text = text.strip()[:APPEAL_TEXT_MAX]
        try:
            record, case = await self._write(case_id, user_id, text, now)
        except IntegrityError:  # the same form submitted twice at once: the other one was recorded
            return await self._already(case_id, user_id, lang)
        queued = await self._queue(record, case, text)
        _settings, policy = await deps.store.policy_for(case.guild_id)
        return AppealOpened(record, appeal_received(policy.member_voice(lang)), queued)

    async def _already(self, case_id: int, user_id: int, lang: str) -> AppealOpened:
        case = await self.deps.store.case(case_id)
        found = await self.existing(case_id, case.guild_id, user_id)
        if found is None:
            raise NotAllowed("moderation.error.no_appeal")
        return AppealOpened(
            found, t("moderation.error.appeal_exists", lang), found.queue_message_id is not None
        )

    async def _write(
        self, case_id: int, user_id: int, text: str, now: datetime
    ) -> tuple[AppealRecord, CaseRecord]:
        deps = self.deps
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id)
            text_ref = await deps.vault.seal(session, row.guild_id, user_id, "appeal", text) if text else None
            appeal = Appeal(
                guild_id=row.guild_id,
                case_id=row.id,
                user_id=user_id,
                state=AppealState.OPEN.value,
                text_ref=text_ref,
                created_at=now,
            )
            session.add(appeal)
            await session.flush()
            await deps.recorder.record(
                session,
                GovEvent(
                    row.guild_id,
                    EntryKind.APPEAL_OPENED,
                    actor_id=user_id,
                    actor_role=ActorRole.MEMBER,
                    subject_id=user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    refs=[f"appeal:{text_ref}"] if text_ref else [],
                    data={"case_id": row.id, "appeal_id": appeal.id},
                ),
            )
            return appeal_record(appeal), to_record(row)

    async def _queue(self, appeal: AppealRecord, case: CaseRecord, text: str) -> bool:
        deps = self.deps
        settings, policy = await deps.store.policy_for(case.guild_id)
        if settings.mod_queue_channel_id is None:
            log.warning("appeal %s: no moderation queue channel configured", appeal.id)
            return False
        posted = await deps.discord().post(
            settings.mod_queue_channel_id, appeal_card(appeal, case, policy, settings.language, text)
        )
        if not posted.ok:
            log.warning("appeal %s: the queue card failed: %s", appeal.id, posted.error)
            return False
        async with deps.db.unit_of_work() as session:
            row = await session.get(Appeal, appeal.id)
            if row is not None:
                row.queue_message_id = posted.message_id
        return True

    async def decide(
        self, appeal_id: int, guild_id: int, moderator_id: int, *, granted: bool, reply: str = ""
    ) -> AppealDecided:
        deps = self.deps
        deps.discord()  # fail before writing anything when Discord is not attached
        now = deps.clock.now()
        async with deps.db.unit_of_work() as session:
            appeal = await session.get(Appeal, appeal_id)
            if appeal is None or appeal.guild_id != guild_id:
                raise NotFound()
            if appeal.state != AppealState.OPEN.value:
                raise NotAllowed("moderation.error.appeal_decided")
            appeal.state = (AppealState.GRANTED if granted else AppealState.DENIED).value
            appeal.decided_by = moderator_id
            appeal.decided_at = now
            reply = reply.strip()[:APPEAL_TEXT_MAX]
            if reply:  # sealed with the member's key: erasing them makes it unreadable (issue #15)
                appeal.reply_ref = await deps.vault.seal(session, guild_id, appeal.user_id, "reply", reply)
            row = await deps.store.case_row(session, appeal.case_id)
            before = to_record(row)
            if granted:
                await deps.store.pardon_strikes(session, row.id, moderator_id, now)
                await deps.store.set_status(
                    session, row, CaseStatus.OVERTURNED, how="appeal", actor_id=moderator_id
                )
            await deps.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.APPEAL_DECIDED,
                    actor_id=moderator_id,
                    subject_id=appeal.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={
                        "case_id": row.id,
                        "appeal_id": appeal.id,
                        "granted": granted,
                        "replied": bool(reply),
                    },
                ),
            )
            record, case = replace(appeal_record(appeal), reply=reply or None), to_record(row)
        if granted:
            await self._undo(before)
        status = await self._tell_member(record, case, granted)
        async with deps.db.unit_of_work() as session:
            row_appeal = await session.get(Appeal, appeal_id)
            if row_appeal is not None:
                row_appeal.reply_status = status.value
        await self._close_card(record, case, granted, moderator_id)
        return AppealDecided(record, case, granted, status)

    # -- decided elsewhere (the dashboard), carried out by the bot ------------------------------------

    async def queue_decision(
        self, appeal_id: int, guild_id: int, moderator_id: int, *, granted: bool, reply: str
    ) -> None:
        """Record a decision taken outside Discord (the dashboard, perhaps in another process) as a deadline
        due now: the bot's deadline runner carries it out through ``decide``, the slash commands' path (the
        case overturned, the member told, the card closed, the governance entry written). The reply is
        sealed with the member's key, never kept in clear in the queue. Raises when the appeal is not
        open or a decision is already on its way."""
        deps = self.deps
        reply = reply.strip()[:APPEAL_TEXT_MAX]
        if not reply:
            raise InvalidInput("moderation.error.reason_required")
        now = deps.clock.now()
        async with deps.db.unit_of_work() as session:
            appeal = await session.get(Appeal, appeal_id)
            if appeal is None or appeal.guild_id != guild_id:
                raise NotFound()
            if appeal.state != AppealState.OPEN.value:
                raise NotAllowed("moderation.error.appeal_decided")
            subject = APPEAL_SUBJECT(appeal_id)
            if await in_flight(session, kind=APPEAL_DECISION, subject=subject):
                raise NotAllowed("moderation.error.appeal_decided")
            reply_ref = await deps.vault.seal(session, guild_id, appeal.user_id, "reply", reply)
            await schedule(
                session,
                kind=APPEAL_DECISION,
                subject=subject,
                due_at=now,
                now=now,
                guild_id=guild_id,
                payload={"moderator_id": moderator_id, "granted": granted, "reply_ref": reply_ref},
                replace=False,
            )
        deps.notify([now])

    async def pending_decisions(self, guild_id: int) -> set[int]:
        """The appeals whose decision is queued and not carried out yet."""
        async with self.deps.db.reading() as session:
            subjects = await subjects_in_flight(session, kind=APPEAL_DECISION, guild_id=guild_id)
            return {APPEAL_SUBJECT.id_of(subject) for subject in subjects}

    async def carry_out(self, due: DueDeadline) -> None:
        """The deadline handler: the queued decision, through ``decide``. Without Discord attached it
        raises and the runner retries; an appeal decided meanwhile (a slash command) is left alone."""
        deps = self.deps
        payload = due.payload
        guild_id = due.guild_id
        if guild_id is None:
            return
        reply_ref = payload.get("reply_ref")
        async with deps.db.reading() as session:
            reply = await deps.vault.open(session, reply_ref if isinstance(reply_ref, int) else None)
        try:
            await self.decide(
                APPEAL_SUBJECT.id_of(due.subject),
                guild_id,
                int(payload["moderator_id"]),
                granted=bool(payload["granted"]),
                reply=reply or "",
            )
        except (NotAllowed, NotFound) as exc:
            log.info("queued appeal decision %s not carried out: %s", due.subject, exc.key)

    async def _undo(self, before: CaseRecord) -> None:
        deps = self.deps
        now = deps.clock.now()
        discord = deps.discord()
        reason = audit_reason(before) + " overturned on appeal"
        if (
            before.action is Action.TIMEOUT
            and before.status is CaseStatus.APPLIED
            and before.ends_at
            and before.ends_at > now
        ):
            done = await discord.set_timeout(before.guild_id, before.user_id, None, reason)
            if not done.ok:
                log.warning("case %s: could not lift the timeout after the appeal: %s", before.id, done.error)
        if before.action is Action.BAN and before.status is CaseStatus.APPLIED:
            done = await discord.unban(before.guild_id, before.user_id, reason)
            if not done.ok:
                log.warning("case %s: could not unban after the appeal: %s", before.id, done.error)

    async def _tell_member(self, appeal: AppealRecord, case: CaseRecord, granted: bool) -> DmStatus:
        discord = self.deps.discord()
        _settings, policy = await self.deps.store.policy_for(case.guild_id)
        text = appeal_decided(policy.member_voice(case.language), granted=granted, reply=appeal.reply)
        sent = await discord.send_dm(appeal.user_id, OutMessage(text))
        if sent.delivery is Delivery.DELIVERED:
            return DmStatus.DELIVERED
        if sent.transient:  # Discord's bad day, not closed DMs: the answer is sent again later
            await Redelivery(self.deps).notice_later(
                case.guild_id, appeal.user_id, text, channel_id=case.channel_id, language=case.language
            )
            return DmStatus.FAILED
        if case.channel_id is not None:
            posted = await discord.post(
                case.channel_id, notice_message(case.language, appeal.user_id, case.id)
            )
            if posted.ok:
                return DmStatus.DM_CLOSED_NOTICE
        return DmStatus.DM_CLOSED if sent.delivery is Delivery.CLOSED else DmStatus.FAILED

    async def _close_card(
        self, appeal: AppealRecord, case: CaseRecord, granted: bool, moderator_id: int
    ) -> None:
        deps = self.deps
        settings, policy = await deps.store.policy_for(case.guild_id)
        if appeal.queue_message_id is None or settings.mod_queue_channel_id is None:
            return
        async with deps.db.reading() as session:
            row = await session.get(Appeal, appeal.id)
            text = (await deps.vault.open(session, row.text_ref)) if row is not None else None
        card = appeal_card(appeal, case, policy, settings.language, text or "")
        closed = appeal_closed(card.content, settings.language, granted=granted, moderator_id=moderator_id)
        done = await deps.discord().edit(settings.mod_queue_channel_id, appeal.queue_message_id, closed)
        if not done.ok:
            log.info("appeal %s: could not update the queue card: %s", appeal.id, done.error)
