"""Fixtures for the emulator's own tests: a started emulator, and real discord.py bots run against it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import pytest
from discord.ext import commands

from emulator import FAST_CLIENT_OPTIONS, Emulator, pointed_at
from emulator.runner import ClientRun

StartBot = Callable[..., Awaitable[commands.Bot]]


def make_bot(
    *, intents: discord.Intents | None = None, sharded: bool = False, **options: Any
) -> commands.Bot:
    """A plain discord.py bot, tuned only for speed (``guild_ready_timeout``)."""
    cls = commands.AutoShardedBot if sharded else commands.Bot
    settings = dict(FAST_CLIENT_OPTIONS)
    settings.update(options)
    return cls(command_prefix="!", intents=intents or discord.Intents.all(), **settings)


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    emulator = Emulator()
    await emulator.start()
    with pointed_at(emulator.api_base, emulator.gateway_url):
        yield emulator
    await emulator.stop()
    assert emulator.internal_errors == []


@pytest.fixture
async def start_bot(emu: Emulator) -> AsyncIterator[StartBot]:
    """``bot = await start_bot(bot)``: runs the bot until ``on_ready``; closed at the end of the test."""
    runs: list[ClientRun] = []

    async def start(bot: commands.Bot | None = None, *, timeout: float = 5.0) -> commands.Bot:
        run = ClientRun(bot or make_bot(), emu)
        runs.append(run)
        await run.start(timeout)
        return run.client

    yield start
    for run in runs:
        await run.stop()
