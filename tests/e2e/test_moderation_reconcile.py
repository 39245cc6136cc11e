"""Never lose a decision: after a restart or an outage the database's sanctions are re-applied, a
decision written but never carried out is carried out, and buttons sent before a restart still work."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.moderation import manual_decision
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import case_settled, cases, dm_number, log_kinds


async def test_a_timeout_lost_during_an_outage_is_reapplied_on_ready(havre: Havre) -> None:
    await (await havre.max.slash("timeout", member=havre.alice, duration="1h", rule="respect")).reply()
    [case] = await case_settled(havre)
    assert havre.alice.timed_out_until == case.ends_at
    await havre.stop()
    havre.guild.member(havre.alice).communication_disabled_until = None  # lifted by hand while we were away
    await havre.start()
    await havre.emu.wait_for(lambda: havre.alice.timed_out_until is not None, 5, "the timeout to come back")
    assert havre.alice.timed_out_until == case.ends_at
    assert "action_outcome" in await log_kinds(havre)


async def test_a_member_who_rejoins_gets_their_running_timeout_back(havre: Havre) -> None:
    await (await havre.max.slash("timeout", member=havre.bob, duration="2h", rule="respect")).reply()
    [case] = await case_settled(havre)
    await havre.bob.leaves()
    await havre.guild.rejoin(havre.bob)
    assert havre.bob.timed_out_until is None  # Discord gives a fresh member record
    await havre.emu.wait_for(lambda: havre.bob.timed_out_until is not None, 5, "the timeout to be re-applied")
    assert havre.bob.timed_out_until == case.ends_at


async def test_a_decision_written_before_a_crash_is_carried_out_at_start(havre: Havre) -> None:
    assert havre.bot is not None
    service = havre.bot.services.moderation
    _, policy = await service.store.policy_for(havre.guild.id)
    decision = manual_decision("respect", "timeout", timedelta(minutes=20), policy, havre.clock.now())
    async with havre.bot.services.db.unit_of_work() as session:  # written, then the process "died"
        await service.store.write_decision(
            session, guild_id=havre.guild.id, user_id=havre.alice.id, decision=decision, policy=policy,
            language="fr", actor_id=havre.max.id,
        )  # fmt: skip
    [pending] = await cases(havre)
    assert pending.status == "pending" and havre.alice.timed_out_until is None
    havre.clock.advance(timedelta(minutes=2))
    await havre.restart()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    assert case.status == "applied" and case.dm_status == "delivered"
    assert havre.alice.timed_out_until == case.ends_at and "Vos messages sont en pause pour" in dm.content


async def test_buttons_sent_before_a_restart_still_work(havre: Havre) -> None:
    await (await havre.max.slash("warn", member=havre.alice, rule="respect")).reply()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    await havre.restart()
    clicked = await havre.alice.click(dm, f"mod:clear:{case.id}:yes")
    assert "explications plus claires" in (await clicked.reply()).content
    [case] = await cases(havre)
    assert case.clarity is True
