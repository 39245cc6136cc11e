"""SLA escalation through the emulator: just after the first-response SLO, across a restart."""

from __future__ import annotations

from bot.db.models import GovernanceEntry
from bot.db.models import Ticket as TicketRow
from emulator import Channel
from tests.e2e.conftest import Havre
from tests.e2e.help_support import (
    bot_messages,
    db_rows,
    eventually,
    go_on_duty,
    only_thread,
    queue_alert,
    settle,
    staff_only,
)


async def open_ticket(havre: Havre) -> Channel:
    await go_on_duty(havre)
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1, "the greeting")
    await queue_alert(havre, thread)
    return thread


def escalations(havre: Havre, role_id: int) -> list:  # type: ignore[type-arg]
    """Escalation pings: in the moderation queue, never in the member's space (issue 13, point 2)."""
    queue = havre.channels["mod-queue"]
    return [m for m in queue.bot_messages() if role_id in m.mention_roles and "scala" in m.content]


async def test_an_unanswered_ticket_escalates_just_after_its_slo(havre: Havre) -> None:
    thread = await open_ticket(havre)
    specialist = havre.roles["specialist"].id
    assert await havre.advance(minutes=14, seconds=59) == 0
    assert escalations(havre, specialist) == [] and not havre.guild.can_view(havre.sam, thread)

    assert await havre.advance(seconds=2) == 1
    [alert] = escalations(havre, specialist)
    assert alert.mentions == [] and not alert.mention_everyone
    assert havre.guild.can_view(havre.sam, thread)  # the escalation tier joined the space
    assert not havre.guild.can_view(havre.bob, thread)
    told = [m for m in thread.bot_messages() if "plus de personnes" in m.content]
    assert len(told) == 1 and told[0].mentions == []  # the member hears a human sentence
    staff_only(havre, thread, havre.alice)
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.escalation_level == 1
    [entry] = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "escalation")
    assert '"tier":"specialist"' in entry.data and entry.actor == "auto"
    queue = havre.channels["mod-queue"]
    assert any("Escalade" in m.content or "Escalation" in m.content for m in queue.bot_messages())

    # Still nobody: the next tier (admins), with their role pinged.
    assert await havre.advance(minutes=15) == 1
    admin = havre.roles["admin"].id
    assert escalations(havre, admin)
    await settle(havre)


async def test_escalation_survives_a_restart_in_the_middle(havre: Havre) -> None:
    thread = await open_ticket(havre)
    await havre.advance(minutes=7)
    await settle(havre)
    await havre.restart()
    specialist = havre.roles["specialist"].id
    assert await havre.advance(minutes=7) == 0
    assert escalations(havre, specialist) == []
    assert await havre.advance(minutes=1, seconds=1) == 1
    assert len(escalations(havre, specialist)) == 1
    assert havre.guild.can_view(havre.sam, thread)
    await settle(havre)


async def test_an_answer_in_time_means_no_escalation(havre: Havre) -> None:
    thread = await open_ticket(havre)
    await havre.advance(minutes=10)
    await havre.pia.says(thread, "Bonjour Alice, je suis là.")

    async def answered() -> bool:
        [ticket] = await db_rows(havre, TicketRow)
        return ticket.first_response_at is not None

    await eventually(answered, "the first response")
    assert await havre.advance(minutes=30) == 0
    assert escalations(havre, havre.roles["specialist"].id) == []
