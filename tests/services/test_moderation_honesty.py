"""Issue #14 at the service level, on SQLite and PostgreSQL: two appeals submitted at the same moment
store one (the unique index decides), checks refuse before anything is written, and an explanation that
Discord failed to carry is tried again until delivered (once), for at most a day."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Appeal, Case
from bot.domain.policy.models import Action
from bot.services.moderation import ModeratorRequest
from bot.services.moderation.checks import Ranks, Refused
from bot.services.moderation.types import CaseStatus, DmStatus
from tests.services.moderation_fakes import ALICE, GUILD, MAX, QUEUE, message, moderation, moving


async def test_two_appeals_at_once_store_one_and_post_one_card(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    request = ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", duration=timedelta(hours=2))
    case = (await service.moderators.moderate(request)).case
    first, second = await asyncio.gather(
        service.appeals.open(case.id, ALICE, "I was quoting", "en"),
        service.appeals.open(case.id, ALICE, "I was quoting", "en"),
    )
    assert first.appeal.id == second.appeal.id
    async with db.reading() as session:
        assert len((await session.execute(select(Appeal))).scalars().all()) == 1
    assert len([p for p in port.named("post") if p[0] == QUEUE]) == 1


@pytest.mark.parametrize(
    ("ranks", "key"),
    [
        (Ranks(True, target_is_bot=True, bot_top=5, moderator_top=3), "moderation.refuse.bot"),
        (Ranks(True, target_is_owner=True, bot_top=5, moderator_top=3), "moderation.refuse.owner"),
        (Ranks(True, bot_top=5, target_top=4, moderator_top=3), "moderation.refuse.above_you"),
        (Ranks(True, bot_top=3, target_top=4, moderator_top=5), "moderation.refuse.above_bot"),
        (Ranks(True, target_is_admin=True, bot_top=5, moderator_top=4), "moderation.refuse.admin_timeout"),
        (
            Ranks(True, bot_top=5, moderator_top=4, bot_permissions=frozenset({"kick_members"})),
            "moderation.refuse.permission_moderate_members",
        ),
    ],
)
async def test_a_refused_action_writes_nothing_and_sends_nothing(
    db: Database, tmp_path: Path, ranks: Ranks, key: str
) -> None:
    service, port, _ = await moderation(db, tmp_path)
    port.ranked[ALICE] = ranks
    request = ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", duration=timedelta(hours=1))
    with pytest.raises(Refused) as refused:
        await service.moderators.moderate(request)
    assert refused.value.key == key
    async with db.reading() as session:
        assert (await session.execute(select(Case))).scalars().all() == []
    assert port.calls == []


async def test_an_explanation_is_retried_while_discord_is_down_then_delivered_once(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    port.down = True
    outcome = await service.moderators.moderate(ModeratorRequest(GUILD, MAX, ALICE, Action.WARN, "respect"))
    assert outcome.case.dm_status is DmStatus.FAILED and outcome.case.status is CaseStatus.APPLIED
    assert [p for p in port.named("post") if p[0] != QUEUE] == []  # no "your DMs are closed" notice
    for _ in range(4):  # 30 s, 60 s, 120 s, 240 s apart: each try fails and schedules the next
        moving(ctx).advance(timedelta(minutes=5))
        await ctx.deadlines.run_due()
    assert (
        len(port.dms(ALICE)) == 5 and (await service.store.case(outcome.case.id)).dm_status is DmStatus.FAILED
    )
    port.down = False
    moving(ctx).advance(timedelta(minutes=10))
    await ctx.deadlines.run_due()
    case = await service.store.case(outcome.case.id)
    assert case.dm_status is DmStatus.DELIVERED and case.explanation_sent
    moving(ctx).advance(timedelta(hours=2))
    await ctx.deadlines.run_due()
    assert len(port.dms(ALICE)) == 6  # delivered once, never again


async def test_retries_give_up_after_a_day(db: Database, tmp_path: Path) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    port.down = True
    outcome = await service.moderators.moderate(ModeratorRequest(GUILD, MAX, ALICE, Action.WARN, "respect"))
    for _ in range(40):
        moving(ctx).advance(timedelta(hours=1))
        await ctx.deadlines.run_due()
    tries = len(port.dms(ALICE))
    assert 20 < tries < 40  # hourly at most, and no more after 24 h
    moving(ctx).advance(timedelta(days=2))
    await ctx.deadlines.run_due()
    assert len(port.dms(ALICE)) == tries
    assert (await service.store.case(outcome.case.id)).dm_status is DmStatus.FAILED


async def test_applying_a_review_on_someone_above_the_moderator_is_refused_and_the_card_stays(
    db: Database, tmp_path: Path
) -> None:
    service, port, _ = await moderation(db, tmp_path)
    outcome = await service.pipeline.handle(
        message(ALICE, "arrête ta chimio, le jus de citron guérit le cancer")
    )
    assert outcome.case is not None and outcome.case.case.status is CaseStatus.PROPOSED
    review = outcome.case.case
    port.ranked[ALICE] = Ranks(True, bot_top=5, target_top=4, moderator_top=3)
    calls = len(port.calls)
    with pytest.raises(Refused):
        await service.moderators.resolve_review(review.id, GUILD, MAX, apply=True)
    assert (await service.store.case(review.id)).status is CaseStatus.PROPOSED  # still waiting for someone
    async with db.reading() as session:
        assert len((await session.execute(select(Case))).scalars().all()) == 1
    assert len(port.calls) == calls
