"""The real bot rides out what Discord does on a bad day: rate limits, server errors, dropped gateways."""

from __future__ import annotations

from tests.e2e.conftest import Havre

CALLBACK = "POST /interactions/{interaction_id}/{interaction_token}/callback"


async def test_a_rate_limited_reply_is_retried_and_arrives(havre: Havre) -> None:
    havre.emu.faults.rate_limit(CALLBACK, retry_after=0.05, times=1)
    answer = await (await havre.bob.slash("about")).reply()
    assert "About Havre" in answer.content
    assert [c.status for c in havre.emu.recorder.requests(CALLBACK)] == [429, 200]


async def test_a_global_rate_limit_is_survived(havre: Havre) -> None:
    havre.emu.faults.global_rate_limit(retry_after=0.05)
    answer = await (await havre.bob.slash("about")).reply()
    assert "About Havre" in answer.content


async def test_a_dropped_gateway_resumes_and_the_missed_message_reaches_the_bot(havre: Havre) -> None:
    assert havre.bot is not None
    [session] = [s.id for s in havre.emu.hub.sessions.all()]
    stats = havre.bot.services.moderation.pipeline.stats
    decided = stats.decided_total  # the bot keeps no message cache: what it read is what it decided
    async with havre.emu.faults.outage():
        await havre.bob.says(havre.general, "said while the bot was away")
    await havre.emu.wait_for(lambda: stats.decided_total == decided + 1, 5, "the replayed message")
    assert [s.id for s in havre.emu.hub.sessions.all()] == [session]  # resumed, not re-identified
    assert havre.emu.recorder.received(6), "the bot sent no RESUME"


async def test_a_refused_resume_leads_to_a_fresh_identify_and_the_bot_keeps_working(havre: Havre) -> None:
    assert havre.bot is not None and havre.run is not None
    [first] = [s.id for s in havre.emu.hub.sessions.all()]
    identifies = len(havre.emu.recorder.received(2))
    havre.emu.faults.refuse_next_resume()
    await havre.emu.faults.drop_gateway()
    await havre.emu.wait_for(
        lambda: len(havre.emu.recorder.received(2)) > identifies and havre.emu.hub.sessions.all(),
        10,
        "a fresh IDENTIFY",
    )
    assert first not in [s.id for s in havre.emu.hub.sessions.all()]
    answer = await (await havre.alice.slash("about")).reply()
    assert "À propos de Havre" in answer.content
