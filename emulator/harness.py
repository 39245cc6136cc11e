"""The emulator as tests use it.

    emu = Emulator()
    await emu.start()                       # 127.0.0.1, a free port
    guild = emu.add_guild("Havre test", locale="fr")
    general = guild.add_channel("general")
    alice = guild.add_member("alice", locale="fr")
    ... start the bot against emu.api_base / emu.gateway_url with emu.bot_token ...
    msg = await alice.says(general, "hello")
    inter = await alice.slash("warn", user=bob, rule="respect")
    reply = await inter.reply()
    await emu.stop()

Everything runs in the test's event loop; the bot connects over real HTTP and WebSocket.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from emulator.clock import Clock, SystemClock

from .commands import CommandRegistry
from .core import Core
from .errors import ScenarioError
from .events import Events
from .faults import Faults
from .flags import DEFAULT_BOT_PERMISSIONS, PRIVILEGED_INTENTS, Intent, Permission
from .gateway.hub import GatewayHub
from .interactions import InteractionRegistry
from .openapi_hook import Validator, load_validator
from .recorder import Recorder
from .scene import Guild, discord_locale
from .server import EmulatorServer
from .world import Application, World

T = TypeVar("T")


class Emulator:
    def __init__(
        self,
        *,
        validate: bool = True,
        spec_path: Path | None = None,
        shards: int = 1,
        heartbeat_interval: float = 1.0,
        interaction_deadline: float = 3.0,
        clock: Clock | None = None,
        bot_name: str = "Havre",
        privileged_intents: Intent = PRIVILEGED_INTENTS,
        host: str = "127.0.0.1",
        port: int = 0,
        client_secret: str | None = None,
    ) -> None:
        self.clock = clock or SystemClock()
        self.world = World(self.clock)
        owner = self.world.create_user("app-owner")
        bot_user = self.world.create_user(bot_name, bot=True)
        app_id = bot_user.id  # Discord gives a bot user the id of its application
        token = f"{secrets.token_urlsafe(18)}.{secrets.token_urlsafe(6)}.{secrets.token_urlsafe(27)}"
        self.app = Application(
            id=app_id,
            name=bot_name,
            bot_user_id=bot_user.id,
            owner_id=owner.id,
            bot_token=token,
            client_secret=client_secret or secrets.token_urlsafe(24),
        )
        self.recorder = Recorder()
        self.faults = Faults()
        self.hub = GatewayHub(
            self.world,
            self.app,
            self.recorder,
            self.faults,
            heartbeat_interval=heartbeat_interval,
            allowed_privileged=privileged_intents,
        )
        self.faults.attach(self.hub)
        self.events = Events(self.world, self.app, self.hub)
        self.commands = CommandRegistry(self.world.snowflakes, app_id)
        self.interactions = InteractionRegistry(interaction_deadline)
        self.validator: Validator | None = load_validator(spec_path) if validate else None
        self.core = Core(
            world=self.world,
            app=self.app,
            hub=self.hub,
            events=self.events,
            recorder=self.recorder,
            faults=self.faults,
            commands=self.commands,
            interactions=self.interactions,
            validator=self.validator,
            interaction_deadline=interaction_deadline,
            shard_count=shards,
        )
        self.server = EmulatorServer(self.core, host, port)
        self._host = host
        self.guilds: list[Guild] = []

    # lifecycle ---------------------------------------------------------------------------------

    async def start(self) -> Emulator:
        port = await self.server.start()
        self.base_url = f"http://{self._host}:{port}"
        self.world.attachment_base_url = self.base_url
        self.hub.gateway_url = self.gateway_url
        return self

    async def stop(self) -> None:
        await self.server.stop()

    async def __aenter__(self) -> Emulator:
        return await self.start()

    async def __aexit__(self, *_: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def api_base(self) -> str:
        return f"http://{self._host}:{self.server.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self._host}:{self.server.port}/"

    @property
    def bot_token(self) -> str:
        return self.app.bot_token

    @property
    def application_id(self) -> int:
        return self.app.id

    @property
    def bot_user_id(self) -> int:
        return self.app.bot_user_id

    @property
    def internal_errors(self) -> list[str]:
        """Emulator bugs hit while serving requests (answered 400 code -1); tests should expect none."""
        return [*self.core.internal_errors, *self.hub.internal_errors]

    @property
    def validation_note(self) -> str | None:
        """Why requests are not validated, when they are not."""
        if self.validator is None:
            return "request validation disabled"
        return self.validator.skip_note

    # scene -------------------------------------------------------------------------------------

    def add_guild(
        self,
        name: str,
        *,
        locale: str = "en-US",
        owner: str = "guild-owner",
        bot_permissions: Permission | int = DEFAULT_BOT_PERMISSIONS,
        bot_role_name: str | None = None,
    ) -> Guild:
        """A guild with @everyone (id = guild id), an owner, and the bot with its managed role."""
        world = self.world
        owner_user = world.create_user(owner, locale=discord_locale(locale))
        state = world.create_guild(name, owner_user, locale=discord_locale(locale))
        bot_role = world.add_role(
            state, bot_role_name or self.app.name, Permission(bot_permissions), bot_id=self.bot_user_id
        )
        world.add_member(state, world.users[self.bot_user_id], roles=[bot_role.id])
        guild = Guild(state, self, bot_role)
        self.guilds.append(guild)
        return guild

    async def bot_joins(self, guild: Guild) -> None:
        """Announce a guild created after the bot connected: GUILD_CREATE."""
        await self.events.guild_create(guild.state)

    # waiting -----------------------------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[], T | None], timeout: float = 5.0, what: str = "a condition"
    ) -> T:
        """Poll ``predicate`` until it returns something truthy; TimeoutError naming ``what`` otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() >= deadline:
                raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}")
            await asyncio.sleep(0.01)

    async def wait_connected(self, timeout: float = 5.0, *, shards: int | None = None) -> None:
        """Wait until the bot identified on every shard (READY and GUILD_CREATEs sent)."""
        wanted = shards or self.core.shard_count

        def ready() -> bool:
            live = {s.shard_id for s in self.hub.sessions.all() if s.connection is not None}
            return len(live) >= wanted

        await self.wait_for(ready, timeout, f"{wanted} gateway session(s)")

    def registered_commands(self, guild: Guild | None = None) -> list[dict[str, Any]]:
        """The application commands the bot synced (global, or one guild's)."""
        return [c.payload() for c in self.commands.in_scope(None if guild is None else guild.id)]

    def guild(self, name_or_id: str | int) -> Guild:
        for guild in self.guilds:
            if guild.name == name_or_id or guild.id == name_or_id:
                return guild
        raise ScenarioError(f"no guild {name_or_id!r}")
