"""The help journey through the emulator with the real bot: opening, privacy, pings, the panel, DMs."""

from __future__ import annotations

from bot.db.models import GovernanceEntry, TicketEvent
from bot.db.models import Ticket as TicketRow
from tests.e2e.conftest import Havre
from tests.e2e.help_support import (
    bot_messages,
    db_rows,
    eventually,
    go_on_duty,
    only_thread,
    queue_alert,
    staff_only,
)


async def test_help_opens_a_private_space_only_the_right_people_see(havre: Havre) -> None:
    alice, bob, carol, pia, sam = havre.alice, havre.bob, havre.carol, havre.pia, havre.sam
    await go_on_duty(havre)
    interaction = await alice.slash("help", in_channel=havre.general, topic="douleur")
    answer = await interaction.reply()
    thread = await only_thread(havre)
    assert answer.ephemeral and f"<#{thread.id}>" in answer.content
    assert thread.state.is_private_thread and thread.state.invitable is False
    assert thread.state.parent_id == havre.channels["help"].id

    # Visible to the member and the on-duty peer moderator; not to other members, nor (yet) to the
    # escalation tier, which joins when escalated (test_help_sla.py).
    assert havre.guild.can_view(alice, thread) and havre.guild.can_view(pia, thread)
    assert not havre.guild.can_view(bob, thread) and not havre.guild.can_view(carol, thread)
    assert not havre.guild.can_view(sam, thread)

    greeting = (await bot_messages(thread, 1))[0]
    assert "Bonjour alice" in greeting.content and "15 minutes" in greeting.content
    assert greeting.mentions == [alice.id] and not greeting.mention_everyone
    alert = await queue_alert(havre, thread)  # staff business stays with staff (issue 13, point 2)
    assert "douleur" not in alert.content  # the team alert carries no member words
    assert alert.mentions == [pia.id] and alert.mention_roles == [] and not alert.mention_everyone
    assert "help:claim:" in str(alert.components)
    staff_only(havre, thread, alice)

    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.user_id, ticket.thread_id, ticket.state, ticket.origin) == (
        alice.id,
        thread.id,
        "open",
        "slash",
    )
    log = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "ticket_transition")
    assert [e.action for e in log] == ["opened"]

    again = await (await alice.slash("help", in_channel=havre.general)).reply()
    assert f"<#{thread.id}>" in again.content and len(havre.guild.threads()) == 1


async def test_first_peer_message_is_the_first_response(havre: Havre) -> None:
    await go_on_duty(havre)
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await havre.alice.says(thread, "je ne sais pas par où commencer")
    await havre.pia.says(thread, "Je suis là, prends ton temps.")

    async def answered() -> list[TicketEvent]:
        return await db_rows(havre, TicketEvent, TicketEvent.kind == "first_response")

    [event] = await eventually(answered, "the first response")
    assert event.actor_id == havre.pia.id
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.first_response_at is not None


async def test_nobody_on_duty_pings_the_escalation_tier_at_once(havre: Havre) -> None:
    await (await havre.bob.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    greeting = (await bot_messages(thread, 1))[0]
    alert = await queue_alert(havre, thread)
    assert "nobody from the help team is on duty" in greeting.content.lower() and "988" in greeting.content
    assert "to answer you by <t:" in greeting.content  # honest about when
    specialist = havre.roles["specialist"].id
    assert alert.mention_roles == [specialist] and alert.mentions == []
    assert havre.guild.can_view(havre.sam, thread)  # the specialist tier was added
    assert not havre.guild.can_view(havre.pia, thread)  # off duty
    queue = havre.channels["mod-queue"]
    assert any("Nobody is on duty" in m.content or "Personne" in m.content for m in queue.bot_messages())


async def test_crisis_words_in_the_space_raise_the_priority(havre: Havre) -> None:
    await go_on_duty(havre)
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await queue_alert(havre, thread)
    await havre.alice.says(thread, "en fait je veux mourir")
    helplines = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "3114 —" in m.content], 2, "the helplines in the space"
    )
    assert helplines[0].mentions == [havre.alice.id]

    async def crisis() -> list[TicketRow]:
        return await db_rows(havre, TicketRow, TicketRow.priority == "crisis")

    [ticket] = await eventually(crisis, "the crisis upgrade")
    assert ticket.slo_minutes == 5
    queue = havre.channels["mod-queue"]
    alert = await havre.emu.wait_for(
        lambda: [m for m in queue.bot_messages() if havre.pia.id in m.mentions and "crise" in m.content],
        5,
        "alert",
    )
    assert alert and not alert[0].mention_everyone
    staff_only(havre, thread, havre.alice)
