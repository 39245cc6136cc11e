"""The way back on both databases: "I understand", CLARITY, appeals decided by a human, /my-standing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Appeal, Deadline, GovernanceEntry, Strike
from bot.domain.policy.models import Action
from bot.services.errors import NotAllowed
from bot.services.moderation import ModeratorRequest
from bot.services.moderation.types import AppealState, CaseStatus, DmStatus
from tests.services.moderation_fakes import ALICE, BOB, GUILD, MAX, QUEUE, message, moderation, moving


async def _timeout(service, minutes: int, rule: str = "respect", target: int = ALICE):  # type: ignore[no-untyped-def]
    return await service.moderators.moderate(
        ModeratorRequest(
            GUILD, MAX, target, Action.TIMEOUT, rule, timedelta(minutes=minutes), note="internal"
        )
    )


async def test_i_understand_lifts_a_short_timeout_once(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    outcome = await _timeout(service, 10)
    case = outcome.case
    assert case.way_back.acknowledge_lifts and "internal" not in port.dms(ALICE)[0].content
    with pytest.raises(NotAllowed):
        await service.members.acknowledge(case.id, BOB, "en")
    result = await service.members.acknowledge(case.id, ALICE, "en")
    assert result.lifted and "lifted" in result.text
    assert port.named("timeout")[-1] == (ALICE, None)
    assert result.case.status is CaseStatus.LIFTED and result.case.acknowledged_at is not None
    async with db.sessions() as session:
        statuses = {d.kind: d.status for d in (await session.execute(select(Deadline))).scalars()}
    assert statuses == {"timeout_end": "cancelled", "probation_end": "pending"}
    again = await service.members.acknowledge(case.id, ALICE, "en")  # idempotent: nothing more happens
    assert not again.lifted and len(port.named("timeout")) == 2


async def test_i_understand_does_not_lift_a_long_timeout(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    case = (await _timeout(service, 24 * 60)).case
    result = await service.members.acknowledge(case.id, ALICE, "fr")
    assert not result.lifted and "se termine d'elle-même" in result.text
    assert result.case.status is CaseStatus.APPLIED and len(port.named("timeout")) == 1


async def test_clarity_votes_are_recorded_and_logged(db: Database, tmp_path: Path) -> None:
    service, _, _ = await moderation(db, tmp_path)
    outcome = await service.pipeline.handle(message(ALICE, "connard"))
    assert outcome.case is not None
    case_id = outcome.case.case.id
    assert "clearer" in await service.members.clarity(case_id, ALICE, False, "en")
    await service.members.clarity(case_id, ALICE, True, "en")
    await service.members.clarity(case_id, ALICE, True, "en")  # the same answer again is not logged again
    assert (await service.store.case(case_id)).clarity is True
    async with db.sessions() as session:
        votes = (
            await session.execute(select(GovernanceEntry).where(GovernanceEntry.kind == "clarity_vote"))
        ).all()
    assert len(votes) == 2


async def test_a_granted_appeal_overturns_the_case(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    case = (await _timeout(service, 120)).case
    opened = await service.appeals.open(case.id, ALICE, "I was quoting the film", "en")
    assert opened.queued and "received your appeal" in opened.text
    [(_channel, card)] = [p for p in port.named("post") if p[0] == QUEUE]
    assert "I was quoting the film" in card.content and len(card.buttons) == 2
    again = await service.appeals.open(case.id, ALICE, "again", "en")  # idempotent: one per case
    assert again.appeal.id == opened.appeal.id and "already have your appeal" in again.text
    assert len([p for p in port.named("post") if p[0] == QUEUE]) == 1  # no second card
    assert [a.id for a in await service.store.appeals(GUILD)] == [opened.appeal.id]

    decided = await service.appeals.decide(opened.appeal.id, GUILD, MAX, granted=True, reply="Sorry!")
    assert decided.granted and decided.reply_status is DmStatus.DELIVERED
    assert port.named("timeout")[-1] == (ALICE, None)  # the running timeout is lifted
    assert "accepted" in port.dms(ALICE)[-1].content or "acceptée" in port.dms(ALICE)[-1].content
    assert "Sorry!" in port.dms(ALICE)[-1].content
    assert (await service.store.case(case.id)).status is CaseStatus.OVERTURNED
    async with db.sessions() as session:
        strike = (await session.execute(select(Strike))).scalar_one()
        deadlines = {d.kind: d.status for d in (await session.execute(select(Deadline))).scalars()}
        appeal = (await session.execute(select(Appeal))).scalar_one()
    assert strike.pardoned_at is not None and strike.pardoned_by == MAX
    assert deadlines == {"timeout_end": "cancelled", "probation_end": "cancelled"}
    assert (appeal.state, appeal.reply_status) == (AppealState.GRANTED.value, "delivered")
    assert port.named("edit")  # the queue card shows the decision
    with pytest.raises(NotAllowed):
        await service.appeals.decide(opened.appeal.id, GUILD, MAX, granted=False)


async def test_what_cannot_be_appealed(db: Database, tmp_path: Path) -> None:
    service, _, _ = await moderation(db, tmp_path)
    nudge = await service.pipeline.handle(message(ALICE, "connard"))
    assert nudge.case is not None
    with pytest.raises(NotAllowed) as no_appeal:
        await service.appeals.check(nudge.case.case.id, ALICE)
    assert no_appeal.value.key == "moderation.error.no_appeal"
    warn = await service.pipeline.handle(message(ALICE, "connard"))
    assert warn.case is not None
    with pytest.raises(NotAllowed) as not_yours:
        await service.appeals.check(warn.case.case.id, BOB)
    assert not_yours.value.key == "moderation.error.not_yours"


async def test_my_standing_lists_strikes_pause_probation_and_appeals(db: Database, tmp_path: Path) -> None:
    service, _, ctx = await moderation(db, tmp_path)
    good = await service.members.standing(GUILD, BOB, "en")
    assert "good standing" in good.summary and good.last_note is None
    case = (await _timeout(service, 30)).case
    await service.appeals.open(case.id, ALICE, "please", "en")
    standing = await service.members.standing(GUILD, ALICE, "en")
    assert "paused until" in standing.summary and "1 strike" in standing.summary
    assert "stays recent on your history" in standing.summary and "1 appeal waiting" in standing.summary
    assert "probation" not in standing.summary.lower()
    assert standing.last_note is not None and "We paused your messages" in standing.last_note.content
    ids = [b.custom_id for b in standing.last_note.buttons]
    assert f"mod:ack:{case.id}" in ids and f"mod:appeal:{case.id}" not in ids  # already appealed
    moving(ctx).advance(timedelta(days=40))
    later = await service.members.standing(GUILD, ALICE, "en")
    assert "strike" not in later.summary and "paused" not in later.summary  # faded, ended
