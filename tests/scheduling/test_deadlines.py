"""The deadline runner on both databases, with a movable clock."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Deadline
from bot.domain.clock import MovableClock, SystemClock
from bot.scheduling.deadlines import DeadlineRunner, DueDeadline, Postpone, cancel, complete, schedule
from tests.conftest import DatabaseFactory


async def _add(db: Database, clock: MovableClock, kind: str, subject: str, after: timedelta) -> None:
    async with db.unit_of_work() as session:
        await schedule(session, kind=kind, subject=subject, due_at=clock.now() + after, now=clock.now())


async def _status(db: Database, subject: str) -> tuple[str, int]:
    async with db.sessions() as session:
        row = (await session.execute(select(Deadline).where(Deadline.subject == subject))).scalar_one()
        return row.status, row.attempts


async def test_fires_when_due_and_only_then(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock)
    fired: list[str] = []

    async def handler(item: DueDeadline) -> None:
        fired.append(item.subject)

    runner.register("timeout_end", handler)
    await _add(db, clock, "timeout_end", "case:1", timedelta(minutes=10))

    clock.advance(timedelta(minutes=9, seconds=59))
    assert await runner.run_due() == 0
    assert fired == []

    clock.advance(timedelta(seconds=1))
    assert await runner.run_due() == 1
    assert fired == ["case:1"]
    assert await _status(db, "case:1") == ("done", 1)
    assert await runner.run_due() == 0  # done stays done


async def test_failure_retries_with_backoff_then_succeeds(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock)
    calls = 0

    async def flaky(item: DueDeadline) -> None:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise ConnectionError("Discord answered 503")

    runner.register("ticket_sla", flaky)
    await _add(db, clock, "ticket_sla", "ticket:9", timedelta(0))

    assert await runner.run_due() == 0
    assert await _status(db, "ticket:9") == ("pending", 1)
    assert await runner.run_due() == 0  # backing off: not due again yet
    assert calls == 1
    clock.advance(timedelta(seconds=5))
    assert await runner.run_due() == 0
    assert calls == 2
    clock.advance(timedelta(seconds=10))
    assert await runner.run_due() == 1
    assert await _status(db, "ticket:9") == ("done", 3)


async def test_gives_up_after_max_attempts(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock, max_attempts=2)

    async def broken(item: DueDeadline) -> None:
        raise RuntimeError("always")

    runner.register("follow_up", broken)
    await _add(db, clock, "follow_up", "ticket:2", timedelta(0))
    await runner.run_due()
    clock.advance(timedelta(minutes=1))
    await runner.run_due()
    assert await _status(db, "ticket:2") == ("failed", 2)


async def test_cancelled_deadline_never_fires(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock)
    fired: list[str] = []

    async def handler(item: DueDeadline) -> None:
        fired.append(item.subject)

    runner.register("ticket_sla", handler)
    await _add(db, clock, "ticket_sla", "ticket:3", timedelta(minutes=5))
    async with db.unit_of_work() as session:
        assert await cancel(session, kind="ticket_sla", subject="ticket:3") == 1
    clock.advance(timedelta(hours=1))
    assert await runner.run_due() == 0
    assert fired == []


async def test_restart_rehydrates_and_past_deadlines_run_at_once(db_factory: DatabaseFactory) -> None:
    clock = MovableClock()
    first = await db_factory.make()
    await _add(first, clock, "timeout_end", "case:7", timedelta(minutes=10))
    await first.dispose()  # the bot goes down

    clock.advance(timedelta(hours=2))  # ... and comes back long after the deadline
    second = await db_factory.make(migrated=False)
    runner = DeadlineRunner(second, clock)
    woken: list[object] = []
    runner.set_waker(woken.append)
    fired: list[str] = []

    async def handler(item: DueDeadline) -> None:
        fired.append(item.subject)

    runner.register("timeout_end", handler)
    assert await runner.rehydrate() == 1
    assert len(woken) == 1
    assert await runner.run_due() == 1
    assert fired == ["case:7"]


async def test_crashed_runner_lease_expires_and_another_takes_over(db: Database) -> None:
    clock = MovableClock()
    crashed = DeadlineRunner(db, clock, owner="crashed", lease=timedelta(minutes=2))
    await _add(db, clock, "timeout_end", "case:5", timedelta(0))
    claimed = await crashed._claim(clock.now())  # claims, then "dies" before finishing
    assert [c.subject for c in claimed] == ["case:5"]

    survivor = DeadlineRunner(db, clock, owner="survivor", lease=timedelta(minutes=2))
    fired: list[str] = []

    async def handler(item: DueDeadline) -> None:
        fired.append(item.subject)

    survivor.register("timeout_end", handler)
    assert await survivor.run_due() == 0  # the lease is still held
    clock.advance(timedelta(minutes=3))
    assert await survivor.run_due() == 1
    assert fired == ["case:5"]


@pytest.mark.timeout(180)
async def test_two_runners_fire_each_of_200_deadlines_exactly_once(db_factory: DatabaseFactory) -> None:
    clock = MovableClock()
    setup = await db_factory.make()
    async with setup.unit_of_work() as session:
        for n in range(200):
            await schedule(
                session,
                kind="k",
                subject=f"s:{n}",
                due_at=clock.now() - timedelta(seconds=1),
                now=clock.now(),
            )
    fired: Counter[str] = Counter()
    by_runner: Counter[str] = Counter()

    runners = []
    for name in ("a", "b"):
        db = await db_factory.make(migrated=False)  # separate engines, as two processes would have
        runner = DeadlineRunner(db, clock, owner=name, batch=10)

        async def handler(item: DueDeadline, name: str = name) -> None:
            fired[item.subject] += 1
            by_runner[name] += 1
            await asyncio.sleep(0)  # let the other runner interleave

        runner.register("k", handler)
        runners.append(runner)

    results = await asyncio.gather(*(r.run_due() for r in runners))
    assert sum(results) == 200
    assert len(fired) == 200
    assert set(fired.values()) == {1}, "a deadline fired more than once"
    async with setup.sessions() as session:
        statuses = Counter((await session.execute(select(Deadline.status))).scalars())
    assert statuses == {"done": 200}


async def test_close_waits_for_a_sweep_in_progress_and_stops_new_ones(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock)
    started, release = asyncio.Event(), asyncio.Event()
    fired: list[str] = []

    async def slow(item: DueDeadline) -> None:
        started.set()
        await release.wait()
        fired.append(item.subject)

    runner.register("k", slow)
    await _add(db, clock, "k", "a", timedelta(0))
    sweep = asyncio.create_task(runner.run_due())
    await started.wait()
    closing = asyncio.create_task(runner.close())
    await asyncio.sleep(0.05)
    assert not closing.done(), "close() returned while a handler was still running"
    release.set()
    await asyncio.gather(sweep, closing)
    assert fired == ["a"]
    assert await _status(db, "a") == ("done", 1)

    await _add(db, clock, "k", "b", timedelta(0))
    assert await runner.run_due() == 0  # closed: nothing new starts


async def test_a_postponed_deadline_comes_back_without_using_an_attempt(db: Database) -> None:
    clock = MovableClock()
    runner = DeadlineRunner(db, clock, max_attempts=1)
    waits = [True, True, False]
    fired: list[str] = []

    async def handler(item: DueDeadline) -> None:
        if waits.pop(0):
            raise Postpone("the case is still pending", timedelta(seconds=5))
        fired.append(item.subject)

    runner.register("timeout_end", handler)
    await _add(db, clock, "timeout_end", "case:1", timedelta(0))
    assert await runner.run_due() == 0
    assert await _status(db, "case:1") == ("pending", 0)  # waiting, not failing (max_attempts=1)
    clock.advance(timedelta(seconds=5))
    assert await runner.run_due() == 0
    clock.advance(timedelta(seconds=5))
    assert await runner.run_due() == 1
    assert fired == ["case:1"]
    assert await _status(db, "case:1") == ("done", 1)


async def test_a_lost_lease_is_reported_and_the_fenced_effect_rolls_back(db_factory: DatabaseFactory) -> None:
    clock = MovableClock()
    db = await db_factory.make()
    await _add(db, clock, "k", "case:9", timedelta(0))
    slow = DeadlineRunner(db, clock, owner="slow", lease=timedelta(seconds=0.3))
    other = DeadlineRunner(await db_factory.make(migrated=False), clock, owner="other")
    started, effects = asyncio.Event(), Counter[str]()

    async def stalled(item: DueDeadline) -> None:
        started.set()
        clock.advance(timedelta(seconds=1))  # the process stalls past its lease...
        await asyncio.sleep(0.3)  # ... and another runner takes the row meanwhile
        async with db.unit_of_work() as session:
            await complete(session, item, db_now=clock.now())  # fenced: raises LeaseLost
            effects["slow"] += 1

    async def quick(item: DueDeadline) -> None:
        async with other.db.unit_of_work() as session:
            await complete(session, item, db_now=clock.now())
            effects["other"] += 1

    slow.register("k", stalled)
    other.register("k", quick)
    slow._keep_lease = _no_renewal  # type: ignore[method-assign]  # a process frozen: no heartbeat
    sweep = asyncio.create_task(slow.run_due())
    await started.wait()
    assert await other.run_due() == 1
    assert await sweep == 0
    assert effects == {"other": 1}, "the effect happened twice"
    assert slow.leases_lost == 1
    assert await _status(db, "case:9") == ("done", 2)


async def _no_renewal(*_args: object) -> None:
    return None


async def test_the_lease_is_renewed_while_a_slow_handler_runs(db_factory: DatabaseFactory) -> None:
    clock = SystemClock()  # the lease really runs out unless it is renewed
    db = await db_factory.make()
    await _add(db, clock, "k", "case:3", timedelta(0))
    slow = DeadlineRunner(db, clock, owner="slow", lease=timedelta(seconds=0.3))
    other = DeadlineRunner(await db_factory.make(migrated=False), clock, owner="other")
    runs: list[str] = []
    started = asyncio.Event()

    async def handler(item: DueDeadline) -> None:
        runs.append(item.owner)
        started.set()
        await asyncio.sleep(0.5)  # longer than the lease: the heartbeat keeps it

    slow.register("k", handler)
    other.register("k", handler)
    sweep = asyncio.create_task(slow.run_due())
    await started.wait()
    await asyncio.sleep(0.35)
    assert await other.run_due() == 0  # still held
    assert await sweep == 1
    assert runs == ["slow"] and slow.leases_lost == 0
