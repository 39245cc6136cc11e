"""Never lose a decision, never do one twice (issue #14, points 1 to 3), with the real bot and the
emulator: a refused RESUME, a database outage, a case repaired after a crash, a sanction's end that
comes while its case is still pending."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event, select

from bot.db.models import Case, Deadline
from bot.domain.moderation import manual_decision
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import case_settled, cases, dm_number

INSULT = "ta gueule, connard"
PATCH_MEMBER = "PATCH /guilds/{guild_id}/members/{user_id}"


async def wait_until(check: Any, timeout: float, what: str) -> None:
    stop = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > stop:
            raise TimeoutError(what)
        await asyncio.sleep(0.05)


async def cases_for(havre: Havre, message_ids: set[int]) -> list[Case]:
    return [c for c in await cases(havre) if c.message_id in message_ids]


async def test_messages_sent_while_a_refused_resume_forced_a_new_session_are_all_moderated(
    havre: Havre,
) -> None:
    members = [await havre.guild.join(f"member{i}") for i in range(10)]
    havre.emu.faults.refuse_next_resume()
    sent = set()
    async with havre.emu.faults.outage():  # the gateway is down; the RESUME that follows is refused
        for member in members:
            sent.add((await member.says(havre.general, INSULT)).id)

    async def all_moderated() -> bool:
        found = await cases_for(havre, sent)
        return len(found) == 10 and all(c.status != "pending" for c in found)

    await wait_until(all_moderated, 15, "10 of 10 messages moderated after a fresh IDENTIFY")
    found = await cases_for(havre, sent)
    assert sorted(c.message_id for c in found) == sorted(sent)  # one case per message, none twice
    assert all(len(m.dms()) == 1 for m in members)  # each told once


@contextmanager
def database_down(havre: Havre) -> Iterator[list[int]]:
    """Every statement on the bot's database fails as a lost SQLite file would (disk I/O error)."""
    assert havre.bot is not None
    engine = havre.bot.services.db.engine.sync_engine
    refused: list[int] = []

    def fail(*_args: Any, **_kwargs: Any) -> None:
        refused.append(1)
        raise sqlite3.OperationalError("disk I/O error")

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield refused
    finally:
        event.remove(engine, "before_cursor_execute", fail)


async def test_a_ten_second_database_outage_drops_no_message(havre: Havre) -> None:
    assert havre.bot is not None
    members = [await havre.guild.join(f"member{i}") for i in range(5)]
    sent = set()
    with database_down(havre) as refused:
        for member in members:
            sent.add((await member.says(havre.general, INSULT)).id)
        await asyncio.sleep(10)
        assert refused, "the outage was not felt"
        assert await_nothing_decided(havre)

    async def all_decided() -> bool:
        found = await cases_for(havre, sent)
        return len(found) == 5 and all(c.status == "applied" for c in found)

    await wait_until(all_decided, 15, "the 5 messages decided once the database is back")
    pipeline = havre.bot.services.moderation.pipeline
    assert pipeline.waited_for_database >= 5  # they did meet the outage, and waited
    assert all(len(m.dms()) == 1 for m in members)
    assert len(pipeline.retry) == 0


def await_nothing_decided(havre: Havre) -> bool:
    """During the outage nothing could be written (read straight from the file, not through the bot)."""
    path = havre.settings.effective_database_url.split("///", 1)[1]
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


async def _pending_timeout(havre: Havre, minutes: int = 20) -> int:
    """A timeout decided and committed, then the process "died" before carrying it out."""
    assert havre.bot is not None
    service = havre.bot.services.moderation
    _, policy = await service.store.policy_for(havre.guild.id)
    decision = manual_decision("respect", "timeout", timedelta(minutes=minutes), policy, havre.clock.now())
    async with havre.bot.services.db.unit_of_work() as session:
        written = await service.store.write_decision(
            session, guild_id=havre.guild.id, user_id=havre.alice.id, decision=decision, policy=policy,
            language="fr", actor_id=havre.max.id,
        )  # fmt: skip
    havre.bot.services.deadlines.notify(written.due[0]) if written.due else None
    return written.case.id


async def test_a_timeout_end_waits_for_its_pending_case_and_the_case_still_ends(havre: Havre) -> None:
    assert havre.bot is not None
    case_id = await _pending_timeout(havre)
    await havre.stop()  # down for longer than the timeout itself
    havre.clock.advance(timedelta(minutes=30))
    await havre.start()
    # The end came while the case was pending (the bot was down): it waited for the case, which the
    # start-up repair carried out; then the end fires and the member is welcomed back.
    first = await dm_number(havre, havre.alice, 1)
    assert "Vos messages sont en pause pour" in first.content
    await case_settled(havre)
    fired = await havre.advance(seconds=10)
    assert fired >= 1
    [case] = await cases(havre)
    assert case.id == case_id and case.status == "expired"
    assert len(havre.alice.dms()) == 2  # the explanation once, then the welcome back
    async with havre.bot.services.db.reading() as session:
        [deadline] = (
            await session.execute(
                select(Deadline).where(Deadline.subject == f"case:{case_id}", Deadline.kind == "timeout_end")
            )
        ).scalars()
    assert deadline.status == "done"


async def test_the_end_of_a_pending_case_is_postponed_not_consumed(havre: Havre) -> None:
    assert havre.bot is not None
    case_id = await _pending_timeout(havre)
    havre.clock.advance(timedelta(minutes=30))
    assert await havre.bot.services.deadlines.run_due() == 0
    async with havre.bot.services.db.reading() as session:
        [deadline] = (
            await session.execute(
                select(Deadline).where(Deadline.subject == f"case:{case_id}", Deadline.kind == "timeout_end")
            )
        ).scalars()
    assert deadline.status == "pending" and deadline.attempts == 0  # waiting is not failing
    [case] = await cases(havre)
    assert case.status == "pending"


async def test_a_case_cut_off_after_its_dm_is_repaired_without_a_second_dm_or_timeout(havre: Havre) -> None:
    assert havre.bot is not None
    service = havre.bot.services.moderation

    async def died(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the process died before recording the outcome")

    service.store.record_outcome = died  # Discord was called, the outcome never recorded
    await (await havre.max.slash("timeout", member=havre.alice, duration="1h", rule="respect")).reply()
    await dm_number(havre, havre.alice, 1)
    [case] = await cases(havre)
    assert case.status == "pending" and havre.alice.timed_out_until is not None
    patches = len(havre.emu.recorder.requests(PATCH_MEMBER))
    await havre.restart()  # a start-up repairs every pending case, whatever its age
    [case] = await case_settled(havre)
    assert case.status == "applied" and case.dm_status == "delivered"
    await asyncio.sleep(0.3)
    assert len(havre.alice.dms()) == 1, "the explanation went out twice"
    assert len(havre.emu.recorder.requests(PATCH_MEMBER)) == patches, "the timeout was applied again"
    assert havre.alice.timed_out_until == case.ends_at


async def test_a_case_cut_off_between_the_intent_and_the_dm_sends_it_once_on_repair(havre: Havre) -> None:
    assert havre.bot is not None
    service = havre.bot.services.moderation

    async def died(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the process died while sending the explanation")

    service.deps.port.send_dm = died  # the intent is recorded, the DM never leaves
    await (await havre.max.slash("timeout", member=havre.alice, duration="1h", rule="respect")).reply()
    [case] = await cases(havre)
    assert case.status == "pending" and havre.alice.dms() == []
    await havre.restart()
    [case] = await case_settled(havre)
    assert case.status == "applied" and case.dm_status == "delivered"
    await asyncio.sleep(0.3)
    assert len(havre.alice.dms()) == 1  # checked in the DMs, not found, sent once
