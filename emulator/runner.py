"""Running a discord.py client against the emulator until it is ready, and stopping it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Generic, TypeVar

import discord

from .discordpy import skip_identify_delay

if TYPE_CHECKING:
    from .harness import Emulator

ClientT = TypeVar("ClientT", bound=discord.Client)


class ClientRun(Generic[ClientT]):
    """A client started with ``client.start(token)`` in a task."""

    def __init__(self, client: ClientT, emu: Emulator) -> None:
        self.client = client
        self.emu = emu
        self.task: asyncio.Task[None] | None = None

    async def start(self, timeout: float = 5.0) -> ClientT:
        """Start the client and wait for ``on_ready`` (every shard, for an auto-sharded client)."""
        skip_identify_delay(self.client)
        self.task = asyncio.create_task(self.client.start(self.emu.bot_token))
        deadline = time.monotonic() + timeout
        while not self.client.is_ready():
            if self.task.done():
                self.task.result()  # raises the client's error
                raise RuntimeError("the client stopped before it was ready")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the client did not reach on_ready within {timeout}s")
            await asyncio.sleep(0.005)
        return self.client

    async def stop(self) -> None:
        if not self.client.is_closed():
            await self.client.close()
        if self.task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self.task, timeout=5)


@asynccontextmanager
async def running(client: ClientT, emu: Emulator, timeout: float = 5.0) -> AsyncIterator[ClientRun[ClientT]]:
    """``async with running(bot, emu) as run:`` -- the bot is ready inside, closed after."""
    run = ClientRun(client, emu)
    try:
        await run.start(timeout)
        yield run
    finally:
        await run.stop()
