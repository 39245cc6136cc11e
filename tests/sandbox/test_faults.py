"""A bad day at Discord: rate limits, server errors, latency, dropped and refused gateway sessions."""

from __future__ import annotations

import time

import discord

from emulator import Emulator
from emulator.gateway.hub import IDENTIFY, INVALID_SESSION, RESUME

from .conftest import StartBot

SEND = "POST /channels/{channel_id}/messages"


async def _scene(emu: Emulator, start_bot: StartBot) -> tuple:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    bot = await start_bot()
    heard: list[str] = []
    lifecycle: list[str] = []

    async def on_message(message: discord.Message) -> None:
        heard.append(message.content)

    async def on_resumed() -> None:
        lifecycle.append("resumed")

    async def on_ready() -> None:
        lifecycle.append("ready")

    bot.add_listener(on_message)
    bot.add_listener(on_resumed)
    bot.add_listener(on_ready)
    return bot, general, alice, heard, lifecycle


async def test_a_rate_limited_send_is_retried_and_succeeds(emu: Emulator, start_bot: StartBot) -> None:
    bot, general, _, _, _ = await _scene(emu, start_bot)
    emu.faults.rate_limit(SEND, retry_after=0.05, times=2)

    sent = await bot.get_channel(general.id).send("after the storm")

    statuses = [call.status for call in emu.recorder.requests(SEND)]
    assert statuses == [429, 429, 200]
    limited = emu.recorder.requests(SEND)[0]
    assert limited.response["retry_after"] == 0.05 and limited.response["global"] is False
    assert [m.id for m in general.messages()] == [sent.id]


async def test_a_global_rate_limit_is_survived(emu: Emulator, start_bot: StartBot) -> None:
    bot, general, _, _, _ = await _scene(emu, start_bot)
    emu.faults.global_rate_limit(retry_after=0.05)

    await bot.get_channel(general.id).send("still here")

    first, second = emu.recorder.requests(SEND)
    assert (first.status, second.status) == (429, 200)
    assert first.response["global"] is True
    assert [m.content for m in general.messages()] == ["still here"]


async def test_a_server_error_burst_is_retried(emu: Emulator, start_bot: StartBot) -> None:
    bot, general, _, _, _ = await _scene(emu, start_bot)
    emu.faults.server_error(SEND, status=502, times=1)  # discord.py waits 1 s before retrying a 502

    await bot.get_channel(general.id).send("after the outage")

    assert [c.status for c in emu.recorder.requests(SEND)] == [502, 200]
    assert [m.content for m in general.messages()] == ["after the outage"]


async def test_latency_is_added_to_matching_routes_only(emu: Emulator, start_bot: StartBot) -> None:
    bot, general, _, _, _ = await _scene(emu, start_bot)
    emu.faults.latency(0.2, route=SEND, times=1)

    started = time.monotonic()
    await bot.get_channel(general.id).send("slow")
    slow = time.monotonic() - started
    started = time.monotonic()
    await bot.get_channel(general.id).send("fast")
    fast = time.monotonic() - started

    assert slow >= 0.2 > fast


async def test_a_dropped_gateway_resumes_and_replays_what_was_missed(
    emu: Emulator, start_bot: StartBot
) -> None:
    bot, general, alice, heard, lifecycle = await _scene(emu, start_bot)
    session_id = bot.ws.session_id

    async with emu.faults.outage():
        missed = await alice.says(general, "while you were away")
        assert heard == []
    await emu.wait_for(lambda: "resumed" in lifecycle, 3, "RESUMED")
    await emu.wait_for(lambda: heard, 2, "the replayed message")

    assert heard == ["while you were away"]
    assert lifecycle == ["resumed"]
    assert bot.ws.session_id == session_id
    [resume] = emu.recorder.received(RESUME)
    [created] = emu.recorder.events("MESSAGE_CREATE")
    assert created.data["id"] == str(missed.id)
    assert created.connection_id == resume.connection_id  # sent only once: replayed on the resumed socket
    assert created.seq is not None and resume.data["seq"] < created.seq
    await alice.says(general, "welcome back")
    await emu.wait_for(lambda: len(heard) == 2, 2, "a live message after the resume")


async def test_a_refused_resume_leads_to_a_fresh_identify(emu: Emulator, start_bot: StartBot) -> None:
    bot, general, alice, heard, lifecycle = await _scene(emu, start_bot)
    first_session = bot.ws.session_id
    emu.faults.refuse_next_resume()

    await emu.faults.drop_gateway()
    await emu.wait_for(lambda: "ready" in lifecycle, 3, "a second READY")
    await alice.says(general, "hello again")
    await emu.wait_for(lambda: heard, 2, "a message on the new session")

    assert len(emu.recorder.received(RESUME)) == 1
    assert [f.data for f in emu.recorder.gateway if f.direction == "sent" and f.op == INVALID_SESSION] == [
        False
    ]
    assert len(emu.recorder.received(IDENTIFY)) == 2
    assert bot.ws.session_id != first_session
    assert "resumed" not in lifecycle
    assert heard == ["hello again"]


async def test_a_reconnect_request_is_followed_by_a_resume(emu: Emulator, start_bot: StartBot) -> None:
    _, general, alice, heard, lifecycle = await _scene(emu, start_bot)

    assert await emu.faults.request_reconnect() == 1
    await emu.wait_for(lambda: "resumed" in lifecycle, 3, "RESUMED after op 7")
    await alice.says(general, "still connected")
    await emu.wait_for(lambda: heard, 2, "a message after the reconnect")

    assert len(emu.recorder.received(RESUME)) == 1
    assert len(emu.recorder.received(IDENTIFY)) == 1
