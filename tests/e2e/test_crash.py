"""A crash in the middle of a burst (issue #14, point 1 and 2): the real bot runs in an OS process of its
own and is killed with SIGKILL while ~200 rule-breaking messages arrive; the rest of the burst arrives
while it is down. A new bot on the same database then catches up from the channel's history and
repairs what the dead one left pending: every message decided exactly once, nothing pending, no DM
twice, and the sanctions in the database are the ones Discord shows."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.config import Settings
from bot.domain.clock import SystemClock
from bot.runtime import build_context
from bot.sandbox.seed import build_scene
from bot.services.guilds import GuildService
from bot.services.moderation.custom_ids import parse as parse_custom_id
from emulator import Emulator, pointed_at
from emulator.models import MessageState
from tests.e2e.conftest import RAID_OFF, REPO, Havre
from tests.e2e.moderation_helpers import cases, walk

MEMBERS = 67
ROUNDS = 3  # nudge, warn (message hidden), timeout 10 min: members can still speak in every round
INSULT = "ta gueule, connard"
KILL_AFTER = 100  # messages sent before the SIGKILL; the rest of the burst comes while the bot is down
KILL_WHEN_DECIDED = 15  # ... once the bot has written that many cases: it is busy with the others


async def until_decided(settings: Settings, count: int) -> None:
    """Wait until the bot process wrote ``count`` cases (read from the database file directly)."""
    path = settings.effective_database_url.split("///", 1)[1]
    stop = time.monotonic() + 20
    while time.monotonic() < stop:
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM cases").fetchone()[0] >= count:
                return
        await asyncio.sleep(0.02)
    raise TimeoutError(f"the bot process did not decide {count} messages")


def case_ids_of(dm: MessageState) -> set[int]:
    ids = (parse_custom_id(str(c.get("custom_id") or "")) for c in walk(dm.components))
    return {p.id for p in ids if p is not None}


@pytest.mark.timeout(240)
async def test_a_bot_killed_mid_burst_catches_up_once_and_leaves_nothing_pending(tmp_path: Path) -> None:
    clock = SystemClock()  # the bot process has the wall clock: so has Discord here
    emu = Emulator(clock=clock)
    await emu.start()
    scene = build_scene(emu)
    options = {
        "token": emu.bot_token,
        "data_dir": tmp_path / "data",
        "policies_dir": REPO / "bot" / "policies",
        "discord_api_base": emu.api_base,
        "discord_gateway_url": emu.gateway_url,
        "model_enabled": False,
        "pseudonym_secret": "e2e-pseudonym-secret-0123456789",
        "master_key": "e2e-master-key-passphrase-0123456789",
    }
    settings = Settings(**options)
    ctx = await build_context(settings, clock=clock)
    guilds: GuildService = ctx.shared.guilds
    async with ctx.db.unit_of_work() as session:
        # every emulated account is brand new: 67 joins would be a raid (tests/e2e/test_moderation_raid.py)
        await guilds.update(session, scene.guild.id, **scene.settings_changes(), policy_overrides=RAID_OFF)
    await ctx.db.dispose()
    members = [await scene.guild.join(f"member{i}") for i in range(MEMBERS)]
    general = scene.channels["general"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.update({f"HAVRE_{k.upper()}": str(v) for k, v in options.items()})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.bot_process", cwd=REPO, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    havre = Havre(emu, scene.guild, clock, settings, scene.channels, scene.roles, scene.members)  # type: ignore[arg-type]
    try:
        assert proc.stdout is not None
        # the bot process imports the judgement detectors before it connects: ~20 s on a quiet 2-core machine
        # (deriving every rule's clause gates at import), far more beside the suite's other worker
        line = await asyncio.wait_for(proc.stdout.readline(), 150)
        assert line.strip() == b"ready", line
        # The bot was up and working before the burst: it decided a message in the channel already.
        await scene.members["alice"].says(general, INSULT)
        await emu.wait_for(lambda: scene.members["alice"].dms() or None, 30, "the warm-up explanation")
        await asyncio.sleep(1.5)  # its channel's watermark written
        sent: list[int] = []
        for _round in range(ROUNDS):
            for member in members:
                if len(sent) == KILL_AFTER:
                    await until_decided(settings, KILL_WHEN_DECIDED)
                    proc.send_signal(signal.SIGKILL)  # in the middle of the burst, no goodbye
                    await proc.wait()
                sent.append((await member.says(general, INSULT)).id)
        assert proc.returncode == -signal.SIGKILL

        with pointed_at(emu.api_base, emu.gateway_url):
            await havre.start(timeout=15)
            assert havre.bot is not None
            decided_by_the_dead = {c.message_id for c in await cases(havre)} - {None}
            assert len(decided_by_the_dead) < len(sent), "the kill came too late to test anything"

            stop = time.monotonic() + 40
            while True:
                found = [c for c in await cases(havre) if c.user_id != scene.members["alice"].id]
                if len(found) >= len(sent) and all(c.status != "pending" for c in found):
                    break
                assert time.monotonic() < stop, (
                    f"{len(sent) - len({c.message_id for c in found})} undecided, "
                    f"{sum(c.status == 'pending' for c in found)} pending"
                )
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.5)  # anything still running would show up now
            found = [c for c in await cases(havre) if c.user_id != scene.members["alice"].id]
            per_message = Counter(c.message_id for c in found)
            assert sorted(per_message) == sorted(sent), "a message was never decided"
            assert set(per_message.values()) == {1}, "a message was decided twice"
            assert [c.id for c in found if c.status == "pending"] == []
            assert {c.status for c in found} == {"applied"}, Counter(c.status for c in found)

            by_member = {m.id: m for m in members}
            for member in members:
                told = Counter(i for dm in member.dms() for i in case_ids_of(dm))
                assert all(n == 1 for n in told.values()), f"a DM went out twice to {member.name}"
            for case in found:
                member = by_member[case.user_id]
                told = Counter(i for dm in member.dms() for i in case_ids_of(dm))
                assert told[case.id] == 1, f"case {case.id} ({case.action}) explained {told[case.id]} times"
                message = emu.world.messages[case.message_id]
                if case.action == "warn":
                    assert message.deleted, f"case {case.id} hides a message Discord still shows"
                if case.action == "timeout":
                    until = member.timed_out_until
                    assert until is not None and abs((until - case.ends_at).total_seconds()) < 2, (
                        f"case {case.id}: Discord says {until}, the database {case.ends_at}"
                    )
            timed_out = {c.user_id for c in found if c.action == "timeout"}
            assert all(m.timed_out_until is None for m in members if m.id not in timed_out)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await havre.stop()
        await emu.stop()
