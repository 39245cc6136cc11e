"""Moderators' actions, review decisions, deadlines and reconciliation on both databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Case, Deadline, GovernanceEntry, Strike
from bot.domain.moderation import manual_decision
from bot.domain.policy.models import Action
from bot.services.errors import InvalidInput, NotAllowed
from bot.services.moderation import ModeratorRequest
from bot.services.moderation.types import CaseStatus, MemberState
from tests.services.moderation_fakes import ALICE, BOB, GUILD, MAX, message, moderation, moving


async def test_moderator_actions_are_validated_against_the_policy(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    with pytest.raises(InvalidInput):
        await service.moderators.moderate(ModeratorRequest(GUILD, MAX, ALICE, Action.WARN, "no-such-rule"))
    with pytest.raises(InvalidInput):
        await service.moderators.moderate(ModeratorRequest(GUILD, MAX, MAX, Action.WARN, "respect"))
    with pytest.raises(InvalidInput):
        await service.moderators.moderate(ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect"))
    assert port.calls == []
    async with db.sessions() as session:
        assert (await session.execute(select(Case))).first() is None


async def test_kick_and_ban_write_to_the_member_first(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    await service.moderators.moderate(ModeratorRequest(GUILD, MAX, ALICE, Action.KICK, "privacy"))
    banned = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, BOB, Action.BAN, "privacy", timedelta(days=7))
    )
    assert [name for name, _ in port.calls] == ["dm", "kick", "dm", "ban"]
    assert banned.case.ends_at is not None
    ended = await service.moderators.unban(GUILD, MAX, BOB)
    assert ended.cases == (banned.case.id,) and ended.discord_ok
    async with db.sessions() as session:
        deadlines = {d.kind: d.status for d in (await session.execute(select(Deadline))).scalars()}
    assert deadlines["ban_end"] == "cancelled"


async def test_untimeout_pardon_and_reviews(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    timed = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", timedelta(hours=2))
    )
    ended = await service.moderators.untimeout(GUILD, MAX, ALICE, "context")
    assert ended.cases == (timed.case.id,) and port.named("timeout")[-1] == (ALICE, None)
    assert "Bon retour" in port.dms(ALICE)[-1].content
    record = await service.moderators.pardon(GUILD, MAX, timed.case.id, "was provoked")
    assert record.id == timed.case.id
    with pytest.raises(InvalidInput):
        await service.moderators.pardon(GUILD, MAX, timed.case.id)

    review = await service.pipeline.handle(message(BOB, "arrête ta chimio, remède miracle"))
    assert review.case is not None and review.case.case.status is CaseStatus.PROPOSED
    [closed, outcome] = await service.moderators.resolve_review(review.case.case.id, GUILD, MAX, apply=True)
    assert outcome is not None and outcome.case.action is Action.HIDE and outcome.case.actor_id == MAX
    assert (await service.store.case(closed.id)).status is CaseStatus.CONFIRMED
    with pytest.raises(NotAllowed):
        await service.moderators.resolve_review(closed.id, GUILD, MAX, apply=False)
    async with db.sessions() as session:
        strikes = (await session.execute(select(Strike).order_by(Strike.id))).scalars().all()
    assert [(s.case_id, s.pardoned_at is not None) for s in strikes] == [
        (timed.case.id, True),
        (outcome.case.id, False),
    ]


async def test_deadlines_end_sanctions_and_welcome_members_back(db: Database, tmp_path: Path) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    timed = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", timedelta(minutes=30))
    )
    banned = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, BOB, Action.BAN, "privacy", timedelta(days=3))
    )
    moving(ctx).advance(timedelta(minutes=31))
    assert await ctx.deadlines.run_due() == 1
    assert (await service.store.case(timed.case.id)).status is CaseStatus.EXPIRED
    assert "Bon retour parmi nous" in port.dms(ALICE)[-1].content
    moving(ctx).advance(timedelta(days=3))
    assert await ctx.deadlines.run_due() == 1
    assert (
        port.named("unban") == [BOB]
        and (await service.store.case(banned.case.id)).status is CaseStatus.EXPIRED
    )
    moving(ctx).advance(timedelta(days=8))
    assert await ctx.deadlines.run_due() == 2  # both probations end by themselves
    assert "Tout est redevenu normal" in port.dms(ALICE)[-1].content
    async with db.sessions() as session:
        ended = (
            await session.execute(select(GovernanceEntry).where(GovernanceEntry.kind == "sanction_ended"))
        ).all()
    assert len(ended) == 4


async def test_a_deadline_waits_for_the_discord_side(db: Database, tmp_path: Path) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    timed = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", timedelta(minutes=5))
    )
    service.deps.port = None  # the bot is restarting
    moving(ctx).advance(timedelta(minutes=6))
    assert await ctx.deadlines.run_due() == 0
    assert (await service.store.case(timed.case.id)).status is CaseStatus.APPLIED
    service.attach(port)
    moving(ctx).advance(timedelta(minutes=5))
    assert await ctx.deadlines.run_due() == 1
    assert (await service.store.case(timed.case.id)).status is CaseStatus.EXPIRED


async def test_reconciliation_reapplies_lost_timeouts_and_carries_out_pending_cases(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    timed = await service.moderators.moderate(
        ModeratorRequest(GUILD, MAX, ALICE, Action.TIMEOUT, "respect", timedelta(hours=1))
    )
    port.members[ALICE] = MemberState(True, None)  # someone removed it while the bot was away
    _, policy = await service.store.policy_for(GUILD)
    decision = manual_decision("respect", Action.WARN, None, policy, ctx.clock.now())
    async with db.unit_of_work() as session:
        pending = await service.store.write_decision(
            session,
            guild_id=GUILD,
            user_id=BOB,
            decision=decision,
            policy=policy,
            language="en",
            actor_id=MAX,
        )
    fresh = await service.reconciler.guild(GUILD)
    assert fresh.reapplied == (timed.case.id,) and fresh.resumed == ()  # too young: may be in flight
    assert port.named("timeout")[-1] == (ALICE, timed.case.ends_at)
    moving(ctx).advance(timedelta(minutes=2))
    later = await service.reconciler.guild(GUILD)
    assert later.reapplied == () and later.resumed == (pending.case.id,)
    assert (await service.store.case(pending.case.id)).status is CaseStatus.APPLIED
    assert "A warning about one of your messages" in port.dms(BOB)[-1].content

    port.members[ALICE] = MemberState(True, None)  # re-joined with a fresh member record
    assert (await service.reconciler.member_joined(GUILD, ALICE)).reapplied == (timed.case.id,)
