"""A running sandbox: the emulator, a seeded community and the real bot connected to it."""

from __future__ import annotations

import asyncio
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.app import HavreBot
from bot.config import Settings
from bot.domain.clock import Clock, SystemClock
from bot.runtime import build_bot, build_services
from bot.sandbox.seed import Scene, build_scene
from bot.sandbox.transcript import Transcript
from bot.services.guilds import GuildService
from emulator import FAST_CLIENT_OPTIONS, Emulator, point_discord_py_at
from emulator.discordpy import DiscordEndpoints
from emulator.runner import ClientRun

if TYPE_CHECKING:
    from bot.web import WebServer


@dataclass
class Sandbox:
    emu: Emulator
    scene: Scene
    settings: Settings
    bot: HavreBot
    run: ClientRun
    transcript: Transcript
    _tmp: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)
    _previous: DiscordEndpoints | None = field(default=None, repr=False)
    dashboard: WebServer | None = None
    dashboard_url: str | None = None

    @classmethod
    async def start(
        cls, *, data_dir: Path | None = None, clock: Clock | None = None, dashboard: bool = False
    ) -> Sandbox:
        """``dashboard``: also serve the web dashboard on a free local port, its login through the
        emulator's OAuth2 (pick any seeded person: ada is an admin, max a moderator)."""
        clock = clock or SystemClock()
        tmp = None
        if data_dir is None:
            tmp = tempfile.TemporaryDirectory(prefix="havre-sandbox-")
            data_dir = Path(tmp.name)
        secret = secrets.token_urlsafe(24)
        emu = Emulator(clock=clock, client_secret=secret)
        await emu.start()
        previous = point_discord_py_at(emu.api_base, emu.gateway_url)
        scene = build_scene(emu, "Havre sandbox")
        settings = Settings(
            token=emu.bot_token,  # type: ignore[arg-type]
            data_dir=data_dir,
            discord_api_base=emu.api_base,
            discord_gateway_url=emu.gateway_url,
            model_enabled=False,
            oauth_client_secret=secret,  # type: ignore[arg-type]
            web_port=0,
        )
        services = await build_services(settings, clock=clock)
        guilds: GuildService = services.guilds
        async with services.db.unit_of_work() as session:
            await guilds.update(session, scene.guild.id, **scene.settings_changes())
        bot = await build_bot(settings, clock=clock, client_options=FAST_CLIENT_OPTIONS, services=services)
        run = ClientRun(bot, emu)
        await run.start(15)
        sandbox = cls(emu, scene, settings, bot, run, Transcript(emu), tmp, previous)
        if dashboard:
            from bot.web import WebServer  # only here: the sandbox runs without the dashboard's packages

            sandbox.dashboard = WebServer(services, port=0)
            sandbox.dashboard_url = await sandbox.dashboard.start()
            emu.app.redirect_uris.append(f"{sandbox.dashboard_url}/auth/callback")
        return sandbox

    def _activity(self) -> tuple[int, int, int]:
        world = self.emu.world
        deleted = sum(1 for message in world.messages.values() if message.deleted)
        audit = sum(len(guild.audit_log) for guild in self.emu.guilds)
        return len(world.messages), deleted, audit

    async def settle(self, seconds: float = 0.5, *, wait_for_reaction: float = 0.0) -> list[str]:
        """Give the bot a moment to react, then return what people saw since the last call.

        Waits at least ``seconds``; with ``wait_for_reaction``, up to that long for the bot to do
        something visible (a message, a removal, a timeout), then until it has been quiet for a moment:
        on a busy machine a fixed pause would cut a reaction in half.
        """
        loop = asyncio.get_running_loop()
        started = loop.time()
        before = self._activity()
        await asyncio.sleep(seconds)
        for _ in range(int(max(0.0, wait_for_reaction - seconds) * 10)):
            if self._activity() != before:
                break
            await asyncio.sleep(0.1)
        last, quiet_since = self._activity(), loop.time()
        while loop.time() - quiet_since < 0.4 and loop.time() - started < max(seconds, wait_for_reaction) + 5:
            await asyncio.sleep(0.1)
            if (now := self._activity()) != last:
                last, quiet_since = now, loop.time()
        return self.transcript.new_lines()

    async def stop(self) -> None:
        if self.dashboard is not None:
            await self.dashboard.stop()
        await self.run.stop()
        await self.bot.ctx.db.dispose()
        await self.emu.stop()
        if self._previous is not None:
            point_discord_py_at(self._previous.api_base, self._previous.gateway_url)
        if self._tmp is not None:
            self._tmp.cleanup()
