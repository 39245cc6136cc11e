"""Issue #14 at the service level, on SQLite and PostgreSQL: two appeals submitted at the same moment
store one (the unique index decides), and checks refuse before anything is written."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Appeal, Case
from bot.domain.policy_models import Action
from bot.services.moderation import ModeratorRequest
from bot.services.moderation.checks import Ranks, Refused
from tests.services.moderation_fakes import ALICE, GUILD, MAX, QUEUE, moderation


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
