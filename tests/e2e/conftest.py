"""End-to-end fixture: the Discord emulator, a seeded server, and the real Havre bot connected to it.

The bot is built by ``bot.runtime.build_bot`` (the production wiring) on a per-test SQLite database,
with a ``MovableClock`` shared by the bot and the emulator so tests can move time: ``await
havre.advance(minutes=16)`` moves the clock and fires every deadline that became due. ``await
havre.restart()`` stops the bot and starts a new one on the same database, as a deploy or a crash would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import EXTENSIONS, HavreBot
from bot.config import Settings
from bot.domain.clock import MovableClock
from bot.runtime import build_bot, build_context
from bot.sandbox.seed import build_scene
from bot.services.guilds import GuildService
from emulator import FAST_CLIENT_OPTIONS, Channel, Emulator, Guild, Member, pointed_at
from emulator.runner import ClientRun

REPO = Path(__file__).resolve().parents[2]
RAID_OFF = "[raid]\nenabled = false\n"  # for a bot run in a process of its own (test_crash.py)


@dataclass
class Havre:
    emu: Emulator
    guild: Guild
    clock: MovableClock
    settings: Settings
    channels: dict[str, Channel]
    roles: dict[str, Any]
    members: dict[str, Member]
    bot: HavreBot | None = None
    run: ClientRun | None = None
    runs: list[ClientRun] = field(default_factory=list)
    extensions: tuple[str, ...] = EXTENSIONS
    raid: bool = False  # raid detection (every emulated account is brand new: off unless a test asks)

    # shortcuts --------------------------------------------------------------------------------
    @property
    def general(self) -> Channel:
        return self.channels["general"]

    def __getattr__(self, name: str) -> Any:
        members = self.__dict__.get("members", {})
        if name in members:
            return members[name]
        raise AttributeError(name)

    # lifecycle --------------------------------------------------------------------------------
    async def start(self, *, timeout: float = 10.0) -> HavreBot:
        bot = await build_bot(
            self.settings, clock=self.clock, client_options=FAST_CLIENT_OPTIONS, extensions=self.extensions
        )
        self.bot = bot
        moderation = bot.services.moderation
        if moderation is not None:
            moderation.raid.detecting = self.raid
        self.run = ClientRun(bot, self.emu)
        self.runs.append(self.run)
        await self.run.start(timeout)
        return bot

    async def stop(self) -> None:
        if self.run is not None:
            await self.run.stop()
            await self.bot.services.db.dispose()  # type: ignore[union-attr]
            self.run = None

    async def restart(self) -> HavreBot:
        await self.stop()
        return await self.start()

    async def advance(self, **delta: float) -> int:
        """Move the bot's (and Discord's) clock, then fire every deadline now due."""
        self.clock.advance(timedelta(**delta))
        assert self.bot is not None
        return await self.bot.services.deadlines.run_due()

    async def configure(self, **changes: object) -> None:
        assert self.bot is not None
        guilds: GuildService = self.bot.services.guilds
        async with self.bot.services.db.unit_of_work() as session:
            await guilds.update(session, self.guild.id, **changes)


@asynccontextmanager
async def running_havre(
    tmp_path: Path, *, emulator: Mapping[str, Any] | None = None, raid: bool = False, **settings: Any
) -> AsyncIterator[Havre]:
    """The emulator, the seeded server and the real bot; ``emulator`` and ``settings`` adjust them.

    Every emulated account is brand new, so a test joining a handful of members would look like a raid:
    raid detection is off (``RaidResponse.detecting``; the policy and its version are untouched) unless
    ``raid=True``."""
    clock = MovableClock()
    emu = Emulator(clock=clock, **dict(emulator or {}))
    await emu.start()
    scene = build_scene(emu)
    options: dict[str, Any] = {
        "token": emu.bot_token,
        "data_dir": tmp_path / "data",
        "policies_dir": REPO / "bot" / "policies",
        "discord_api_base": emu.api_base,
        "discord_gateway_url": emu.gateway_url,
        "model_enabled": False,
        "pseudonym_secret": "e2e-pseudonym-secret-0123456789",
        "master_key": "e2e-master-key-passphrase-0123456789",
    }
    options.update(settings)
    conf = Settings(**options)
    # Seed the server's settings the way an admin's /setup would, before the bot first connects.
    ctx = await build_context(conf, clock=clock)
    guilds: GuildService = ctx.shared.guilds
    async with ctx.db.unit_of_work() as session:
        await guilds.update(session, scene.guild.id, **scene.settings_changes())
    await ctx.db.dispose()
    state = Havre(emu, scene.guild, clock, conf, scene.channels, scene.roles, scene.members, raid=raid)
    with pointed_at(emu.api_base, emu.gateway_url):
        await state.start()
        try:
            yield state
        finally:
            await state.stop()
            await emu.stop()


@pytest.fixture
async def havre(tmp_path: Path) -> AsyncIterator[Havre]:
    async with running_havre(tmp_path) as state:
        yield state
