"""A raid's decisions are written in batches, and each one is still exactly the decision written alone.

Many members breaking rules at once: their decisions, intents and outcomes meet in the group commit and
are written with multi-row statements (``CaseStore.write_decisions``, ``record_outcomes``,
``intend_many``), their records read together (``GroupRead``). Both databases.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Case, CaseEffect, Deadline, Strike
from bot.services.moderation.types import CaseStatus, DmStatus
from tests.services.moderation_fakes import CHANNEL, GUILD, message, moderation

MEMBERS = [900_000 + n for n in range(24)]
TEXTS = ("connard", "ta gueule", "connard")  # nudge, warn, timeout for each member


async def _rows(db: Database, model: type) -> list:  # type: ignore[type-arg]
    async with db.sessions() as session:
        return list((await session.execute(select(model))).scalars())


async def test_a_raid_is_written_in_batches_and_every_case_is_its_own_message(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    outcomes = []
    for text in TEXTS:  # every member at once; each member's messages one after the other
        sent = [message(member, text) for member in MEMBERS]
        outcomes += zip(sent, await asyncio.gather(*(service.pipeline.handle(m) for m in sent)), strict=True)
    commit = db.group_commit
    assert commit.works >= 3 * len(outcomes)  # decision, DM intent, outcome
    assert commit.transactions < commit.works / 4  # shared transactions, not one per work
    assert service.deps.store._histories.reads < len(MEMBERS) * 2  # records read together

    by_member: dict[int, list[str]] = {}
    for msg, outcome in outcomes:
        assert outcome.case is not None
        case = outcome.case.case
        assert (case.message_id, case.user_id, case.channel_id) == (msg.message_id, msg.author_id, CHANNEL)
        assert case.status is CaseStatus.APPLIED and outcome.case.dm_status is DmStatus.DELIVERED
        by_member.setdefault(msg.author_id, []).append(outcome.action.value)
    assert all(actions == ["nudge", "warn", "timeout"] for actions in by_member.values())

    cases = {c.id: c for c in await _rows(db, Case)}
    assert len(cases) == len(outcomes)
    for case in cases.values():  # the sealed excerpt is the member's own message, under their key
        async with db.sessions() as session:
            text = await ctx.vault.open(session, case.excerpt_ref)
        assert text in TEXTS and case.user_id in MEMBERS
    sealed = {(c.message_id, c.excerpt_ref) for c in cases.values()}
    assert len({ref for _m, ref in sealed}) == len(cases)
    strikes = await _rows(db, Strike)
    assert len(strikes) == len(cases)
    assert all(
        cases[s.case_id].user_id == s.user_id and cases[s.case_id].rule_id == s.rule_id for s in strikes
    )
    deadlines = await _rows(db, Deadline)
    timeouts = [d for d in deadlines if d.kind == "timeout_end"]
    assert sorted(int(d.subject.split(":")[1]) for d in timeouts) == sorted(
        c.id for c in cases.values() if c.action == "timeout"
    )
    assert all(d.due_at == cases[int(d.subject.split(":")[1])].ends_at for d in timeouts)
    intents = await _rows(db, CaseEffect)
    assert sorted(e.case_id for e in intents) == sorted(cases)
    assert len(port.dms(MEMBERS[0])) == 3

    result = await ctx.governance.verifier.verify(GUILD)
    assert result.ok, result.reason
    assert result.checked == 3 * len(cases)  # decision, outcome, explanation delivered: each logged once


async def test_a_failing_decision_in_a_batch_fails_alone(db: Database, tmp_path: Path) -> None:
    service, _port, ctx = await moderation(db, tmp_path)
    store = service.deps.store
    real = store.write_decisions
    broken = MEMBERS[3]

    async def write_decisions(session, writes):  # type: ignore[no-untyped-def]
        if any(w.user_id == broken for w in writes):
            raise ValueError("a bug in one decision")
        return await real(session, writes)

    store.write_decisions = write_decisions  # type: ignore[method-assign]
    sent = [message(member, "connard") for member in MEMBERS]
    outcomes = await asyncio.gather(*(service.pipeline.handle(m) for m in sent))
    assert db.group_commit.split >= 1  # the batch that held it was run again, one work at a time
    assert [o.skipped for o in outcomes].count("error") == 1
    assert outcomes[3].skipped == "error"
    cases = await _rows(db, Case)
    assert sorted(c.user_id for c in cases) == sorted(m for m in MEMBERS if m != broken)
    result = await ctx.governance.verifier.verify(GUILD)
    assert result.ok, result.reason


async def test_an_intent_is_one_upsert_and_an_earlier_one_is_set_back_to_intent(
    db: Database, tmp_path: Path
) -> None:
    """``intend_many`` writes a new intent, and sets an earlier one for the same case and effect back
    to ``intent`` with the new time (a repair sends again), even twice in one batch."""
    from datetime import timedelta

    service, _port, _ctx = await moderation(db, tmp_path)
    first, second = await asyncio.gather(
        *(service.pipeline.handle(message(m, "connard")) for m in MEMBERS[:2])
    )
    assert first.case is not None and second.case is not None
    a, b = first.case.case.id, second.case.case.id
    store = service.deps.store
    async with db.unit_of_work() as session:
        await session.execute(CaseEffect.__table__.update().values(state="done"))
    now = service.deps.clock.now()
    later = now + timedelta(seconds=5)
    async with db.unit_of_work() as session:
        done = await store.intend_many(session, [(a, "dm", now), (a, "dm", later), (b, "other", now)])
    assert done == [None, None, None]
    rows = {(e.case_id, e.effect): (e.state, e.at) for e in await _rows(db, CaseEffect)}
    assert rows == {
        (a, "dm"): ("intent", later),
        (b, "dm"): ("done", rows[(b, "dm")][1]),
        (b, "other"): ("intent", now),
    }
    assert await store.intended(a, "dm") and await store.intended(b, "other")
