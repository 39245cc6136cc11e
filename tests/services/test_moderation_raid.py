"""Raid mode as a service, with recording fakes of Discord: ending undoes exactly what it changed (an
overwrite and a DM pause the server already had come back), a refused step is reported and not undone,
and removals go out in bulk by 100 with lone and too-old messages deleted one by one."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import GovernanceEntry
from bot.services.moderation.raid import Changed
from bot.services.moderation.resilience import snowflake_at
from bot.services.moderation.types import EffectResult, IncomingMessage
from tests.services.moderation_fakes import CHANNEL, GUILD, MAX, QUEUE, moderation, moving

LOCKED = 900_000_000_000_000_020
RAIDER = 4_000_000_000_000_000_001


@dataclass
class FakeRaidPort:
    calls: list[tuple[str, Any]] = field(default_factory=list)
    overwrites: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    slowmode: dict[int, int] = field(default_factory=dict)
    paused: tuple[datetime | None, datetime | None] = (None, None)
    refuse: set[str] = field(default_factory=set)

    async def bulk_delete(self, channel_id: int, message_ids: Sequence[int], reason: str) -> EffectResult:
        self.calls.append(("bulk_delete", (channel_id, list(message_ids))))
        assert 2 <= len(message_ids) <= 100
        return EffectResult.success()

    async def set_slowmode(self, channel_id: int, seconds: int, reason: str) -> Changed:
        self.calls.append(("slowmode", (channel_id, seconds)))
        previous = self.slowmode.get(channel_id, 0)
        self.slowmode[channel_id] = seconds
        return Changed(True, previous=previous)

    async def lock_channel(self, channel_id: int, reason: str) -> Changed:
        self.calls.append(("lock", channel_id))
        if "lock" in self.refuse:
            return Changed(False, "403 50013 Missing Permissions")
        previous = self.overwrites.get(channel_id)
        self.overwrites[channel_id] = (0, 2048)
        return Changed(True, previous=previous)

    async def restore_lock(self, channel_id: int, previous: Any, reason: str) -> EffectResult:
        self.calls.append(("restore_lock", (channel_id, previous)))
        self.overwrites[channel_id] = previous
        return EffectResult.success()

    async def incident_actions(
        self, guild_id: int, invites_until: datetime | None, dms_until: datetime | None, reason: str
    ) -> EffectResult:
        self.calls.append(("incident", (invites_until, dms_until)))
        self.paused = (invites_until, dms_until)
        return EffectResult.success()

    def incident_state(self, guild_id: int) -> tuple[datetime | None, datetime | None]:
        return self.paused

    def named(self, name: str) -> list[Any]:
        return [payload for called, payload in self.calls if called == name]


async def _kinds(db: Database) -> list[tuple[str, str | None]]:
    async with db.reading() as session:
        rows = await session.execute(select(GovernanceEntry.kind, GovernanceEntry.action))
        return [(kind, action) for kind, action in rows]


async def test_ending_puts_back_the_previous_overwrite_and_the_servers_own_dm_pause(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    raid_port = FakeRaidPort(overwrites={LOCKED: (1024, 0)})
    service.raid.attach(raid_port)
    now = moving(ctx).now()
    admins_dm_pause = now + timedelta(hours=5)
    raid_port.paused = (None, admins_dm_pause)

    report = await service.raid.start(GUILD, MAX, lock_channel_id=LOCKED, minutes=30)
    assert report.changed and report.state is not None
    invites, dms = raid_port.named("incident")[0]
    assert invites == now + timedelta(minutes=30) and dms == admins_dm_pause  # the DM pause is kept
    assert raid_port.overwrites[LOCKED] == (0, 2048)
    again = await service.raid.start(GUILD, MAX)
    assert not again.changed  # already on: nothing applied twice
    assert len(raid_port.named("incident")) == 1

    ended = await service.raid.end(GUILD, MAX)
    assert ended.changed and service.raid.status(GUILD) is None
    assert raid_port.overwrites[LOCKED] == (1024, 0)  # the overwrite it replaced, not none
    assert raid_port.paused == (None, admins_dm_pause)
    queue = [m.content for c, m in port.named("post") if c == QUEUE]
    assert any(text.startswith(f"**Mode raid terminé** (par <@{MAX}>)") for text in queue)
    kinds = await _kinds(db)
    assert ("raid_started", None) in kinds and ("raid_ended", None) in kinds
    assert ("raid_step", "undo_lock") in kinds and ("raid_step", "undo_incident") in kinds
    assert not (await service.raid.end(GUILD, MAX)).changed


async def test_a_refused_lock_is_reported_on_the_summary_and_not_undone(db: Database, tmp_path: Path) -> None:
    service, port, _ctx = await moderation(db, tmp_path)
    raid_port = FakeRaidPort(refuse={"lock"})
    service.raid.attach(raid_port)
    report = await service.raid.start(GUILD, MAX, lock_channel_id=LOCKED)
    assert report.state is not None and report.state.failures == ["lock: 403 50013 Missing Permissions"]
    await asyncio.sleep(0.05)
    summaries = [m.content for c, m in port.named("post") if c == QUEUE]
    assert summaries and "N'a pas abouti : lock: 403 50013" in summaries[0]
    await service.raid.end(GUILD, MAX)
    assert raid_port.named("restore_lock") == []
    async with db.reading() as session:
        steps = (
            await session.execute(select(GovernanceEntry).where(GovernanceEntry.action == "lock"))
        ).scalars()
        assert [json.loads(e.data)["ok"] for e in steps] == [False]


async def test_raid_messages_go_in_bulk_by_100_lone_and_old_ones_one_by_one(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    raid_port = FakeRaidPort()
    service.raid.attach(raid_port)
    clock = moving(ctx)
    old_id = snowflake_at(clock.now() - timedelta(days=15))
    await service.raid.start(GUILD, MAX)
    state = service.raid.status(GUILD)
    assert state is not None
    state.raiders.add(RAIDER)
    base = snowflake_at(clock.now())
    ids = [base + i for i in range(201)]
    for message_id in [old_id, *ids]:
        msg = IncomingMessage(GUILD, CHANNEL, message_id, RAIDER, "spam")
        assert await service.raid.intercept(msg)
    await asyncio.sleep(0.6)  # the last batch waits for more, then goes
    bulks = raid_port.named("bulk_delete")
    removed_in_bulk = [i for _channel, chunk in bulks for i in chunk]
    singles = [m for c, m in port.named("delete") if c == CHANNEL]
    sizes = [len(chunk) for _c, chunk in bulks]
    assert sizes == [99, 100, 2]  # a batch of 100 (one too old, deleted alone), 100, the last 2
    assert sorted(removed_in_bulk + singles) == sorted([old_id, *ids]) and old_id in singles
    assert state.removed == 202
    assert raid_port.named("slowmode") == [(CHANNEL, 30)]  # once per channel
    assert [user for user, _until in port.named("timeout")] == [RAIDER] and len(port.dms(RAIDER)) == 1


async def test_regulars_saying_the_same_thing_start_no_raid_new_accounts_do(
    db: Database, tmp_path: Path
) -> None:
    service, _port, ctx = await moderation(db, tmp_path)
    raid_port = FakeRaidPort()
    service.raid.attach(raid_port)
    now = moving(ctx).now()
    regulars = [snowflake_at(now - timedelta(days=900)) + i for i in range(8)]
    for n, author in enumerate(regulars):
        msg = IncomingMessage(GUILD, CHANNEL, snowflake_at(now) + n, author, "Bonne année à tous !")
        assert not await service.raid.intercept(msg)
    assert service.raid.status(GUILD) is None and raid_port.calls == []
    newcomers = [snowflake_at(now - timedelta(hours=3)) + i for i in range(5)]
    handled = [
        await service.raid.intercept(
            IncomingMessage(GUILD, CHANNEL, snowflake_at(now) + 100 + n, a, "Bonne année à tous !")
        )
        for n, a in enumerate(newcomers)
    ]
    assert handled == [False] * 4 + [True]  # the fifth new account makes it a burst (patient: 5)
    state = service.raid.status(GUILD)
    assert state is not None and state.trigger == "messages" and state.raiders == set(newcomers)
    await service.raid.drain()  # the raiders' handling runs in the background: let it finish first
    await service.raid.end(GUILD, None)
    await service.raid.drain()


async def test_without_auto_start_a_burst_alerts_moderators_once_and_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    async with db.unit_of_work() as session:
        await ctx.guilds.update(session, GUILD, policy_overrides="[raid]\nauto_start = false\n")
    raid_port = FakeRaidPort()
    service.raid.attach(raid_port)
    now = moving(ctx).now()
    for n in range(6):
        author = snowflake_at(now - timedelta(hours=1)) + n
        msg = IncomingMessage(GUILD, CHANNEL, snowflake_at(now) + n, author, "venez sur mon serveur")
        assert not await service.raid.intercept(msg)  # the pipeline decides them as usual
    alerts = [m.content for c, m in port.named("post") if c == QUEUE]
    assert len(alerts) == 1 and alerts[0].startswith("**Raid possible**") and "(5 comptes)" in alerts[0]
    assert service.raid.status(GUILD) is None and raid_port.calls == []
    assert ("raid_detected", None) in await _kinds(db)


@pytest.fixture(autouse=True)
async def _raid_work_done_first(db: Database, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """Raiders are handled in background tasks; the database fixture drops its schema at teardown, so every
    test here waits for that work first (else PostgreSQL may deadlock dropping tables still written to).
    It asks for ``db`` so that it is torn down before the database is."""
    from bot.services.moderation.raid import RaidResponse

    made: list[RaidResponse] = []
    original = RaidResponse.__init__

    def tracked(self: RaidResponse, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(RaidResponse, "__init__", tracked)
    yield
    for raid in made:
        await raid.drain()
