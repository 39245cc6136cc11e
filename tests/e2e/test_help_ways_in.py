"""Ways into the help journey: the panel button (across a restart), a DM (relayed both ways), help and
crisis phrases in a public channel."""

from __future__ import annotations

from bot.db.models import Case, GovernanceEntry
from bot.db.models import Ticket as TicketRow
from tests.e2e.conftest import Havre
from tests.e2e.help_support import (
    db_rows,
    eventually,
    go_on_duty,
    only_thread,
    queue_alert,
    staff_only,
)


async def test_the_panel_button_works_after_a_restart(havre: Havre) -> None:
    posted = await (await havre.ada.slash("help-panel", in_channel=havre.general)).reply()
    assert posted.ephemeral and f"<#{havre.general.id}>" in posted.content
    panel = havre.general.last_message
    assert panel is not None and "Besoin de parler" in panel.content

    await havre.restart()  # a deploy: the panel must keep working without being posted again

    clicked = await havre.bob.click(panel, "help:open:panel")
    answer = await clicked.reply()
    thread = await only_thread(havre)
    assert answer.ephemeral and f"<#{thread.id}>" in answer.content
    assert havre.guild.can_view(havre.bob, thread) and not havre.guild.can_view(havre.alice, thread)
    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.origin, ticket.user_id, ticket.language) == ("button", havre.bob.id, "en")


async def test_a_dm_opens_a_ticket_relayed_both_ways(havre: Havre) -> None:
    await go_on_duty(havre)
    bob, pia = havre.bob, havre.pia
    await bob.dm_bot("Hi, I need someone to talk to. Rough week.")
    opened_dm = await bob.next_dm()
    thread = await only_thread(havre)
    assert f"<#{thread.id}>" in opened_dm.content and "Havre test" in opened_dm.content
    relayed = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Rough week" in m.content], 5, "the DM relayed"
    )
    assert "(by direct message)" in relayed[0].content or "(par message privé)" in relayed[0].content
    assert not havre.guild.can_view(havre.alice, thread) and havre.guild.can_view(pia, thread)

    seen = len(bob.dms())
    await pia.says(thread, "Hello Bob, I'm here. Tell me more?")
    answer = await havre.emu.wait_for(lambda: bob.dms()[seen] if len(bob.dms()) > seen else None, 5, "relay")
    assert "Hello Bob, I'm here" in answer.content and "pia" in answer.content

    await bob.dm_bot("Thanks. Work is too much.")
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Work is too much" in m.content], 5, "second relay"
    )
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.origin == "dm" and ticket.dm_channel_id is not None and ticket.first_response_at is not None


async def test_a_french_crisis_phrase_shows_3114_at_once_and_alerts_the_team(havre: Havre) -> None:
    await go_on_duty(havre)
    alice = havre.alice
    said = await alice.says(havre.general, "je veux en finir, je n'en peux plus")
    # (the first judgement of a process is slow while the detector warms up: no timing asserted here)
    [dm] = await havre.emu.wait_for(alice.dms, 10.0, "the helplines by DM")
    assert "3114 —" in dm.content and "112" in dm.content  # privately, at once

    thread = await only_thread(havre)
    alert = await queue_alert(havre, thread)  # staff-only, in the server's language
    assert alert.mentions == [havre.pia.id] and "en crise" in alert.content
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.priority == "crisis" and ticket.slo_minutes == 5
    crisis = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "crisis_alert")
    assert len(crisis) == 1 and "suicidal_ideation" in crisis[0].signals
    staff_only(havre, thread, alice)

    # Never sanctioned: the message stays, no timeout, no moderation case.
    assert not said.deleted and alice.timed_out_until is None
    assert await db_rows(havre, Case) == []


async def test_a_help_phrase_asks_privately_first(havre: Havre) -> None:
    bob = havre.bob
    await bob.says(havre.general, "honestly I need someone to talk to")
    offer = await bob.next_dm()
    assert "private space" in offer.content and havre.guild.threads() == []
    clicked = await bob.click(offer, "help:offer:")
    answer = await clicked.reply()
    thread = await only_thread(havre)
    assert f"<#{thread.id}>" in answer.content
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.origin == "phrase" and ticket.priority == "normal"


async def test_with_dms_closed_the_offer_is_a_reply_that_pings_only_the_member(havre: Havre) -> None:
    carol = havre.carol
    await carol.says(havre.general, "I'm struggling today")
    offer = await havre.general.next_bot_message()
    assert offer.mentions == [carol.id] and "private space" in offer.content
    refused = await (await havre.bob.click(offer, "help:offer:")).reply()  # not bob's offer
    assert refused.ephemeral and "Only the member who asked" in refused.content
    opened = await (await carol.click(offer, "help:offer:")).reply()
    thread = await only_thread(havre)
    assert f"<#{thread.id}>" in opened.content

    async def carol_ticket() -> list[TicketRow]:
        return await db_rows(havre, TicketRow, TicketRow.user_id == carol.id)

    assert await eventually(carol_ticket, "carol's ticket")


async def test_crisis_words_by_dm_show_helplines_and_open_a_priority_ticket(havre: Havre) -> None:
    await go_on_duty(havre)
    bob = havre.bob
    await bob.dm_bot("I want to end it all")
    first = await bob.next_dm(timeout=2.0)
    assert "112" in first.content or "911" in first.content  # a DM has no locale: the clear default lines
    thread = await only_thread(havre)
    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.priority, ticket.origin) == ("crisis", "dm")
    alert = await queue_alert(havre, thread, "the crisis alert")
    assert havre.pia.id in alert.mentions and "crise" in alert.content
    staff_only(havre, thread, bob)


async def test_crisis_helplines_are_shown_even_without_a_help_channel(havre: Havre) -> None:
    await havre.configure(help_channel_id=None)
    said = await havre.alice.says(havre.general, "j'ai envie de mourir")
    [helplines] = await havre.emu.wait_for(havre.alice.dms, 10.0, "the helplines by DM")
    assert "3114 —" in helplines.content
    assert not said.deleted and havre.guild.threads() == []
    assert await db_rows(havre, TicketRow) == []
