"""Helpers for the help journey's end-to-end tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select

from emulator import Channel
from emulator.models import MessageState
from tests.e2e.conftest import Havre


async def db_rows(havre: Havre, model: Any, *where: Any) -> list[Any]:
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        query = select(model).where(*where).order_by(model.id) if hasattr(model, "id") else select(model)
        return list((await session.execute(query)).scalars())


async def eventually(check: Callable[[], Awaitable[Any]], what: str, timeout: float = 5.0) -> Any:
    """Poll an async check until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def only_thread(havre: Havre) -> Channel:
    threads = await havre.emu.wait_for(lambda: havre.guild.threads(), 5, "a help thread")
    assert len(threads) == 1
    return threads[0]


async def bot_messages(channel: Channel, count: int, what: str = "bot messages") -> list[MessageState]:
    return await channel._emu.wait_for(
        lambda: channel.bot_messages() if len(channel.bot_messages()) >= count else None, 5, what
    )


async def go_on_duty(havre: Havre, who: str = "pia") -> None:
    answer = await (await havre.members[who].slash("shift start", in_channel=havre.general)).reply()
    assert answer.ephemeral and ("permanence" in answer.content or "on duty" in answer.content)


async def settle(havre: Havre) -> None:
    """Let a deadline sweep the scheduler started in the background finish (the runner runs one sweep at
    a time, so an empty sweep of our own returns only after it), before a restart or the teardown."""
    await asyncio.sleep(0.05)
    assert havre.bot is not None
    await havre.bot.services.deadlines.run_due()


async def queue_alert(havre: Havre, thread: Channel, what: str = "the team alert") -> MessageState:
    """The team's alert for a space: in the moderation queue (staff-only), naming the space."""
    queue = havre.channels["mod-queue"]
    found = await havre.emu.wait_for(
        lambda: [m for m in queue.bot_messages() if f"<#{thread.id}>" in m.content], 5, what
    )
    return found[0]


def staff_only(havre: Havre, thread: Channel, member: Any) -> None:
    """Nothing of the staff's business in the member's space or DMs: no peer or role pings, no Claim."""
    for message in [*thread.bot_messages(), *member.dms()]:
        assert not message.mention_roles, message.content
        assert set(message.mentions) <= {member.id}, message.content
        assert "help:claim:" not in str(message.components), message.content
