"""What a member does with an explanation: "I understand", "Was this clear?", and ``/my-standing``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.domain.i18n import t
from bot.domain.moderation.decision import MemberHistory
from bot.domain.moderation.member_notices import (
    acknowledgement_thanks,
    appeal_decided,
    clarity_prompt,
    standing_view,
)
from bot.domain.policy.models import Action, Policy
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import ActorRole
from bot.services.errors import NotAllowed
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import audit_reason
from bot.services.moderation.snapshot import decision_of, to_record
from bot.services.moderation.texts import (
    explanation_details,
    full_explanation,
    way_back_buttons,
    with_excerpt,
)
from bot.services.moderation.types import AppealState, CaseRecord, CaseStatus, OutMessage
from bot.services.recorder import GovEvent

NOT_YOURS = "moderation.error.not_yours"
# Decisions that cannot be appealed (appeals.py holds the same list; it imports this module).
_NOT_APPEALABLE = (CaseStatus.OVERTURNED, CaseStatus.DISMISSED, CaseStatus.PROPOSED, CaseStatus.CONFIRMED)


@dataclass(frozen=True, slots=True)
class AckResult:
    case: CaseRecord
    lifted: bool
    text: str


@dataclass(frozen=True, slots=True)
class StandingResult:
    summary: str
    last_note: OutMessage | None  # the last explanation, with its buttons, for the member's eyes only


class MemberActions:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def acknowledge(self, case_id: int, user_id: int, lang: str) -> AckResult:
        """Record "I understand"; end the timeout early where the rule's way back allows it."""
        deps = self.deps
        now = deps.clock.now()
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id)
            if row.user_id != user_id:
                raise NotAllowed(NOT_YOURS)
            case = to_record(row)
            first = row.acknowledged_at is None
            lifts = (
                first
                and case.action is Action.TIMEOUT
                and case.way_back.acknowledge_lifts
                and case.status is CaseStatus.APPLIED
                and case.ends_at is not None
                and case.ends_at > now
            )
            if first:
                row.acknowledged_at = now
                row.updated_at = now
                await deps.recorder.record(
                    session,
                    GovEvent(
                        row.guild_id,
                        EntryKind.ACKNOWLEDGEMENT,
                        actor_id=user_id,
                        actor_role=ActorRole.MEMBER,
                        subject_id=user_id,
                        rule_id=row.rule_id,
                        action=row.action,
                        data={"case_id": row.id, "lifts_timeout": lifts},
                    ),
                )
            if lifts:
                await deps.store.set_status(
                    session,
                    row,
                    CaseStatus.LIFTED,
                    how="acknowledged",
                    actor_id=user_id,
                    actor_role=ActorRole.MEMBER,
                )
            case = to_record(row)
        if lifts:
            done = await deps.discord().set_timeout(case.guild_id, user_id, None, audit_reason(case))
            if not done.ok:
                lifts = False
                async with deps.db.unit_of_work() as session:
                    row = await deps.store.case_row(session, case_id)
                    row.apply_error = f"lift on acknowledgement: {done.error}"[:200]
        ends = case.ends_at if case.action is Action.TIMEOUT and case.status is CaseStatus.APPLIED else None
        if ends is not None and ends <= now:
            ends = None
        _settings, policy = await deps.store.policy_for(case.guild_id)
        text = acknowledgement_thanks(
            policy.member_voice(lang), lifted=lifts, ends_at=ends, tz=policy.timezone
        )
        return AckResult(case, lifts, text)

    async def clarity(self, case_id: int, user_id: int, clear: bool, lang: str) -> str:
        """Record the answer to "Was this explanation clear?" (the CLARITY signal); the last answer counts."""
        deps = self.deps
        async with deps.db.unit_of_work() as session:
            row = await deps.store.case_row(session, case_id)
            if row.user_id != user_id:
                raise NotAllowed(NOT_YOURS)
            changed = row.clarity is not clear
            row.clarity = clear
            row.updated_at = deps.clock.now()
            if changed:
                await deps.recorder.record(
                    session,
                    GovEvent(
                        row.guild_id,
                        EntryKind.CLARITY_VOTE,
                        actor_id=user_id,
                        actor_role=ActorRole.MEMBER,
                        subject_id=user_id,
                        rule_id=row.rule_id,
                        action=row.action,
                        data={"case_id": row.id, "clear": clear, "language": row.language},
                    ),
                )
        return clarity_prompt(lang).thanks  # the same in both registers

    async def details(self, case_id: int, user_id: int, lang: str) -> str:
        """What "Details" shows, for the member's eyes only: their words, why, the rule in full, how
        appeals work, when it stops counting; and the answer to their appeal when there is one."""
        deps = self.deps
        case = await deps.store.case(case_id)
        if case.user_id != user_id:
            raise NotAllowed(NOT_YOURS)
        _settings, policy = await deps.store.policy_for(case.guild_id)
        lang = policy.member_voice(lang)
        excerpt = await deps.store.open_text(case.excerpt_ref)
        try:
            decision = decision_of(case, await deps.store.case_signals(case.id))
            text = explanation_details(decision, policy, lang, excerpt or "")
        except (KeyError, ValueError):  # the rule left the policy since: the note as it was sent
            text = with_excerpt(case.explanation_sent or "", excerpt, lang)
        for appeal in await deps.store.appeals(case.guild_id, user_id=user_id, states=tuple(AppealState)):
            if appeal.case_id == case.id and appeal.state in (AppealState.GRANTED, AppealState.DENIED):
                answer = appeal_decided(lang, granted=appeal.state is AppealState.GRANTED, reply=appeal.reply)
                text = f"{answer}\n\n{text}"
        return text[:2000]

    async def appeal_from_dm(self, user_id: int, lang: str) -> OutMessage:
        """``/appeal`` in a private message with the bot: the way a timed-out member (who can neither press
        a button nor run a command in the server) reads their note and appeals. Their newest decision that
        can still be appealed, in full, with its "Appeal" button; or a kind "nothing to appeal"."""
        deps = self.deps
        for case in await deps.store.latest_cases_of_user(user_id):
            if not case.way_back.appeal_allowed or case.status in _NOT_APPEALABLE or case.rule_id is None:
                continue
            every = await deps.store.appeals(case.guild_id, user_id=user_id, states=tuple(AppealState))
            if any(a.case_id == case.id for a in every):
                continue
            _settings, policy = await deps.store.policy_for(case.guild_id)
            voice_ = policy.member_voice(lang)
            excerpt = await deps.store.open_text(case.excerpt_ref)
            try:
                decision = decision_of(case, await deps.store.case_signals(case.id))
                body = full_explanation(decision, policy, voice_, excerpt or "")
            except (KeyError, ValueError):
                body = with_excerpt(case.explanation_sent or "", excerpt, voice_)
            text = f"{t('moderation.notice.appeal_pick', voice_)}\n\n{body}"
            buttons = way_back_buttons(
                case.id, voice_, acknowledge=False, appeal=True, clarity=False, details=False
            )
            return OutMessage(text[:2000], buttons)
        return OutMessage(t("moderation.notice.appeal_none", lang))

    async def standing(self, guild_id: int, user_id: int, lang: str) -> StandingResult:
        """``/my-standing``: strikes, pause, probation, open appeals and how each ends; the last note."""
        deps = self.deps
        now = deps.clock.now()
        _, policy = await deps.store.policy_for(guild_id)
        cases = await deps.store.cases_of(guild_id, user_id)
        window = max((r.decay for r in policy.rules), default=None)
        async with deps.db.reading() as session:
            history = (
                await deps.store.history(session, guild_id, user_id, now, window)
                if window
                else MemberHistory()
            )
        paused = _latest(c.ends_at for c in cases if _active_timeout(c, now))
        probation = _latest(
            c.way_back.probation_ends_at
            for c in cases
            if c.status in (CaseStatus.APPLIED, CaseStatus.EXPIRED, CaseStatus.LIFTED)
        )
        appeals = await deps.store.appeals(guild_id, user_id=user_id)
        view = standing_view(
            history,
            policy,
            lang,
            now,
            paused_until=paused,
            probation_until=probation,
            open_appeals=len(appeals),
        )
        note = await self._last_note(cases, {a.case_id for a in appeals}, policy, lang)
        return StandingResult(view.as_text(), note)

    async def _last_note(
        self, cases: list[CaseRecord], appealed: set[int], policy: Policy, lang: str
    ) -> OutMessage | None:
        """The newest explanation, written again in the reader's language (the DM may have gone out in
        the server's language), with the buttons still useful: the member reads it here when their DMs
        were closed."""
        for case in cases:  # newest first
            if not case.explanation_sent or case.status in (CaseStatus.OVERTURNED, CaseStatus.DISMISSED):
                continue
            excerpt = await self.deps.store.open_text(case.excerpt_ref)
            try:
                decision = decision_of(case, await self.deps.store.case_signals(case.id))
                body = full_explanation(decision, policy, lang, excerpt or "")
            except (KeyError, ValueError):  # the rule left the policy since: show the note as it was sent
                body = with_excerpt(case.explanation_sent, excerpt, case.language)
            text = f"**{t('moderation.standing.last_note', policy.member_voice(lang))}**\n{body}"
            buttons = way_back_buttons(
                case.id,
                lang,
                acknowledge=case.way_back.can_acknowledge and case.acknowledged_at is None,
                appeal=case.way_back.appeal_allowed and case.id not in appealed,
                clarity=case.clarity is None,
                details=False,
            )
            return OutMessage(text[:2000], buttons)
        return None


def _active_timeout(case: CaseRecord, now: datetime) -> bool:
    return (
        case.action is Action.TIMEOUT
        and case.status is CaseStatus.APPLIED
        and case.ends_at is not None
        and case.ends_at > now
    )


def _latest(values: Iterable[datetime | None]) -> datetime | None:
    found = [v for v in values if v is not None]
    return max(found) if found else None
