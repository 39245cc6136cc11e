"""Moderators' actions: /warn, /timeout, /kick, /ban and "Moderate this message" with a rule from the
policy (the member gets the same explanation as for an automatic action), /untimeout, /unban, /pardon,
and the review queue's "Apply" / "No action". Every one is logged; a moderator's note stays internal
(sealed, never shown to the member)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Case
from bot.domain.moderation import ManualDecisionError, manual_decision
from bot.domain.moderation.member_notices import WelcomeBack, welcome_back
from bot.domain.policy.models import Action, Policy
from bot.governance.chain import EntryKind
from bot.scheduling.deadlines import DueDeadline, SubjectCodec, in_flight, schedule, subjects_in_flight
from bot.services.errors import InvalidInput, NotAllowed, NotFound
from bot.services.moderation.checks import check
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import Enforcer
from bot.services.moderation.pipeline import message_language
from bot.services.moderation.snapshot import decision_of, to_record
from bot.services.moderation.texts import review_closed, review_message
from bot.services.moderation.types import (
    AppealRecord,
    AppealState,
    CaseOutcome,
    CaseRecord,
    CaseStatus,
    OutMessage,
)
from bot.services.recorder import GovEvent

log = logging.getLogger(__name__)

NOTE_MAX = 1000
REVIEW_DECISION = "review_decision"  # a review answered on the dashboard, carried out here
REVIEW_SUBJECT = SubjectCodec("review")
MANUAL_ACTIONS = (Action.NUDGE, Action.HIDE, Action.WARN, Action.TIMEOUT, Action.KICK, Action.BAN)


@dataclass(frozen=True, slots=True)
class ModeratorRequest:
    guild_id: int
    moderator_id: int
    target_id: int
    action: Action
    rule_id: str
    duration: timedelta | None = None
    note: str = ""
    notice_channel_id: int | None = None  # where to post the notice if the member's DMs are closed
    channel_id: int | None = None  # the moderated message, for "Moderate this message"
    message_id: int | None = None
    excerpt: str = ""
    moderator_name: str | None = None


@dataclass(frozen=True, slots=True)
class Ended:
    cases: tuple[int, ...]
    discord_ok: bool
    error: str = ""


@dataclass(frozen=True, slots=True)
class CaseView:
    """One case as a moderator sees it: the sealed excerpt and note opened, its appeals."""

    record: CaseRecord
    excerpt: str | None
    note: str | None
    appeals: tuple[AppealRecord, ...]


class ModeratorActions:
    def __init__(self, deps: Deps, enforcer: Enforcer) -> None:
        self.deps = deps
        self.enforcer = enforcer

    async def moderate(self, request: ModeratorRequest) -> CaseOutcome:
        deps = self.deps
        if request.target_id == request.moderator_id:
            raise InvalidInput("moderation.refuse.self")
        if request.action not in MANUAL_ACTIONS or (
            request.action is Action.HIDE and request.message_id is None
        ):
            raise InvalidInput("moderation.error.action")
        # Check before acting: nothing is written (no case, no strike) when it cannot be done.
        ranks = await deps.discord().ranks(request.guild_id, request.moderator_id, request.target_id)
        check(request.action, request.moderator_id, request.target_id, ranks)
        settings, policy = await deps.store.policy_for(request.guild_id)
        try:
            decision = manual_decision(
                request.rule_id,
                request.action,
                request.duration,
                policy,
                deps.clock.now(),
                # No message named: nothing is removed, and the explanation must not say otherwise.
                hide_message=request.message_id is not None,
            )
        except ManualDecisionError as exc:
            raise InvalidInput(reason=str(exc)) from exc
        # the case's language for good: the named message's, else the member's known one, else the server's
        lang = await deps.locales.language(request.target_id, settings.language)
        if request.excerpt:
            lang = await message_language(request.excerpt, policy, lang)
        async with deps.db.unit_of_work() as session:
            written = await deps.store.write_decision(
                session,
                guild_id=request.guild_id,
                user_id=request.target_id,
                decision=decision,
                policy=policy,
                language=lang,
                channel_id=request.channel_id,
                message_id=request.message_id,
                actor_id=request.moderator_id,
                notice_channel_id=request.notice_channel_id,
                excerpt=request.excerpt,
                note=request.note.strip()[:NOTE_MAX],
            )
        deps.notify(written.due)
        return await self.enforcer.apply(
            written.case,
            decision,
            policy,
            excerpt=request.excerpt,
            notice_channel_id=request.notice_channel_id,
            moderator_name=request.moderator_name if settings.show_moderator_name else None,
        )

    async def _end(
        self, guild_id: int, moderator_id: int, user_id: int, action: Action, how: str, note: str
    ) -> tuple[int, ...]:
        deps = self.deps
        async with deps.db.unit_of_work() as session:
            rows = (
                (
                    await session.execute(
                        select(Case).where(
                            Case.guild_id == guild_id,
                            Case.user_id == user_id,
                            Case.action == action.value,
                            Case.status == CaseStatus.APPLIED.value,
                        )
                    )
                )
                .scalars()
                .all()
            )
            now = deps.clock.now()
            ended = []
            for row in rows:
                if row.ends_at is not None and row.ends_at <= now:
                    continue
                await deps.store.set_status(session, row, CaseStatus.LIFTED, how=how, actor_id=moderator_id)
                ended.append(row.id)
            if not ended:
                await deps.recorder.record(
                    session,
                    GovEvent(
                        guild_id,
                        EntryKind.SANCTION_ENDED,
                        actor_id=moderator_id,
                        subject_id=user_id,
                        action=action.value,
                        data={
                            "case_id": None,
                            "ended": CaseStatus.LIFTED.value,
                            "how": how,
                            "has_note": bool(note),
                        },
                    ),
                )
        return tuple(ended)

    async def untimeout(self, guild_id: int, moderator_id: int, user_id: int, note: str = "") -> Ended:
        deps = self.deps
        port = deps.discord()
        cases = await self._end(guild_id, moderator_id, user_id, Action.TIMEOUT, "untimeout", note)
        done = await port.set_timeout(
            guild_id, user_id, None, f"Havre /untimeout by moderator {moderator_id}"
        )
        if done.ok:
            settings = await deps.store.settings(guild_id)
            lang = await deps.locales.language(user_id, settings.language)
            if cases:  # the welcome back ends the case's flow: in the case's language
                lang = (await deps.store.case(cases[-1])).language or lang
            _settings, policy = await deps.store.policy_for(guild_id)
            await port.send_dm(
                user_id, OutMessage(welcome_back(policy.member_voice(lang), WelcomeBack.TIMEOUT))
            )
        return Ended(cases, done.ok, done.error)

    async def unban(self, guild_id: int, moderator_id: int, user_id: int, note: str = "") -> Ended:
        port = self.deps.discord()
        cases = await self._end(guild_id, moderator_id, user_id, Action.BAN, "unban", note)
        done = await port.unban(guild_id, user_id, f"Havre /unban by moderator {moderator_id}")
        return Ended(cases, done.ok, done.error)

    async def view_case(self, guild_id: int, moderator_id: int, case_id: int) -> CaseView:
        """/case: the case with its sealed texts opened. Reading a member's sealed content is itself
        logged (who opened which case, and what was opened), so access can be reviewed too."""
        deps = self.deps

        async def work(session: AsyncSession) -> tuple[CaseRecord, str | None, str | None]:
            row = await deps.store.case_row(session, case_id, guild_id)
            excerpt = await deps.vault.open(session, row.excerpt_ref)
            note = await deps.vault.open(session, row.note_ref)
            opened = [name for name, text in (("excerpt", excerpt), ("note", note)) if text is not None]
            await deps.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.CASE_VIEWED,
                    actor_id=moderator_id,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={"case_id": row.id, "opened": opened},
                ),
            )
            return to_record(row), excerpt, note

        record, excerpt, note = await deps.db.run(work)
        appeals = await deps.store.appeals(guild_id, user_id=record.user_id, states=tuple(AppealState))
        return CaseView(record, excerpt, note, tuple(a for a in appeals if a.case_id == record.id))

    async def pardon(self, guild_id: int, moderator_id: int, case_id: int, note: str = "") -> CaseRecord:
        deps = self.deps
        now = deps.clock.now()
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id, guild_id)
            count = await deps.store.pardon_strikes(session, case_id, moderator_id, now)
            if count == 0:
                raise InvalidInput("moderation.error.nothing_to_pardon")
            note_ref = None
            if note.strip():
                note_ref = await deps.vault.seal(
                    session, guild_id, row.user_id, "note", note.strip()[:NOTE_MAX]
                )
            await deps.recorder.record(
                session,
                GovEvent(
                    guild_id,
                    EntryKind.SANCTION_ENDED,
                    actor_id=moderator_id,
                    subject_id=row.user_id,
                    rule_id=row.rule_id,
                    action=row.action,
                    data={
                        "case_id": row.id,
                        "ended": "strike",
                        "how": "pardon",
                        "has_note": note_ref is not None,
                    },
                ),
            )
            return to_record(row)

    async def resolve_review(
        self,
        case_id: int,
        guild_id: int,
        moderator_id: int,
        *,
        apply: bool,
        moderator_name: str | None = None,
    ) -> tuple[CaseRecord, CaseOutcome | None]:
        """A moderator answers a review card: apply the proposed action (a new case, explained to the
        member like any other) or close it without action."""
        deps = self.deps
        deps.discord()
        settings, policy = await deps.store.policy_for(guild_id)
        if apply:
            proposal = await deps.store.case(case_id, guild_id)
            if proposal.status is CaseStatus.PROPOSED:
                ranks = await deps.discord().ranks(guild_id, moderator_id, proposal.user_id)
                check(proposal.proposed_action or Action.HIDE, moderator_id, proposal.user_id, ranks)
        now = deps.clock.now()
        written = None
        decision = None
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id, guild_id)
            if row.status != CaseStatus.PROPOSED.value:
                raise NotAllowed("moderation.error.review_done")
            review = to_record(row)
            row.status = (CaseStatus.CONFIRMED if apply else CaseStatus.DISMISSED).value
            row.actor_id = moderator_id
            row.updated_at = now
            if apply:
                proposed = review.proposed_action or Action.HIDE
                if review.rule_id is None:
                    raise InvalidInput("moderation.error.action")
                try:
                    decision = manual_decision(
                        review.rule_id,
                        proposed,
                        review.duration if proposed in (Action.TIMEOUT, Action.BAN) else None,
                        policy,
                        now,
                        hide_message=bool(review.message_id) and not review.hide_message,
                    )
                except ManualDecisionError as exc:
                    raise InvalidInput(reason=str(exc)) from exc
                written = await deps.store.write_decision(
                    session,
                    guild_id=guild_id,
                    user_id=review.user_id,
                    decision=decision,
                    policy=policy,
                    language=review.language,
                    channel_id=review.channel_id,
                    message_id=review.message_id,
                    actor_id=moderator_id,
                    excerpt_ref=review.excerpt_ref,
                    data={"review_of": review.id},
                )
            else:
                await deps.recorder.record(
                    session,
                    GovEvent(
                        guild_id,
                        EntryKind.MODERATION_ACTION,
                        actor_id=moderator_id,
                        subject_id=review.user_id,
                        rule_id=review.rule_id,
                        action=Action.NONE.value,
                        policy_version=policy.version,
                        data={"case_id": review.id, "review_of": review.id, "outcome": "dismissed"},
                    ),
                )
        excerpt = await deps.store.open_text(review.excerpt_ref) or ""
        outcome = None
        if written is not None and decision is not None:
            deps.notify(written.due)
            outcome = await self.enforcer.apply(
                written.case,
                decision,
                policy,
                excerpt=excerpt,
                notice_channel_id=review.channel_id,
                moderator_name=moderator_name if settings.show_moderator_name else None,
            )
        await self._close_card(
            review,
            policy,
            settings.mod_queue_channel_id,
            settings.language,
            excerpt,
            apply,
            moderator_id,
            outcome,
        )
        return review, outcome

    # -- answered on the dashboard, carried out by the bot --------------------------------------------

    async def queue_review(
        self, case_id: int, guild_id: int, moderator_id: int, *, apply: bool, reason: str
    ) -> None:
        """A review answered outside Discord: the moderator's reason kept as the case's internal note
        (sealed), and a deadline due now that the bot's runner carries out through ``resolve_review``."""
        deps = self.deps
        reason = reason.strip()[:NOTE_MAX]
        if not reason:
            raise InvalidInput("moderation.error.reason_required")
        now = deps.clock.now()
        async with deps.db.unit_of_work() as session:
            row = await session.get(Case, case_id)
            if row is None or row.guild_id != guild_id:
                raise NotFound()
            if row.status != CaseStatus.PROPOSED.value:
                raise NotAllowed("moderation.error.review_done")
            subject = REVIEW_SUBJECT(case_id)
            if await in_flight(session, kind=REVIEW_DECISION, subject=subject):
                raise NotAllowed("moderation.error.review_done")
            row.note_ref = await deps.vault.seal(session, guild_id, row.user_id, "note", reason)
            await schedule(
                session,
                kind=REVIEW_DECISION,
                subject=subject,
                due_at=now,
                now=now,
                guild_id=guild_id,
                payload={"moderator_id": moderator_id, "apply": apply},
                replace=False,
            )
        deps.notify([now])

    async def pending_reviews(self, guild_id: int) -> set[int]:
        async with self.deps.db.reading() as session:
            subjects = await subjects_in_flight(session, kind=REVIEW_DECISION, guild_id=guild_id)
            return {REVIEW_SUBJECT.id_of(subject) for subject in subjects}

    async def carry_out_review(self, due: DueDeadline) -> None:
        if due.guild_id is None:
            return
        try:
            await self.resolve_review(
                REVIEW_SUBJECT.id_of(due.subject),
                due.guild_id,
                int(due.payload["moderator_id"]),
                apply=bool(due.payload["apply"]),
            )
        except (NotAllowed, NotFound) as exc:
            log.info("queued review %s not carried out: %s", due.subject, exc.key)

    async def _close_card(
        self,
        review: CaseRecord,
        policy: Policy,
        channel_id: int | None,
        lang: str,
        excerpt: str,
        applied: bool,
        moderator_id: int,
        outcome: CaseOutcome | None,
    ) -> None:
        if review.review_message_id is None or channel_id is None:
            return
        signals = await self.deps.store.case_signals(review.id)
        try:
            card = review_message(review, decision_of(review, signals), policy, lang, excerpt)
        except KeyError:
            return
        new_case = outcome.case.id if outcome else None
        closed = review_closed(
            card.content, lang, applied=applied, moderator_id=moderator_id, case_id=new_case
        )
        done = await self.deps.discord().edit(channel_id, review.review_message_id, closed)
        if not done.ok:
            log.info("review %s: could not update the card: %s", review.id, done.error)
