"""Issue 13, point 3: honest waiting where the member is. The DM of a DM-opened ticket says the truth
(on duty or not, the expected time), carries the helplines when nobody is there and for a crisis (once),
and a short human update reaches the member's DMs when the response target passes and it is escalated."""

from __future__ import annotations

import pytest

from bot.db.models import Ticket as TicketRow
from tests.e2e.conftest import Havre
from tests.e2e.help_support import db_rows, go_on_duty, only_thread, queue_alert, settle, staff_only

CASES = {
    # member, words, nobody on duty, a mark of the helplines, the escalation update
    "fr": ("alice", "Bonjour, j'ai besoin de parler à quelqu'un, semaine difficile.", "personne de l'équipe"),
    "en": ("bob", "Hi, I need someone to talk to. Rough week.", "nobody from the help team"),
}
HELPLINES = {"fr": "3114 —", "en": "Help is available"}
UPDATE = {"fr": "plus de personnes", "en": "more people"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_nobody_on_duty_is_said_in_the_dm_with_the_time_and_an_update_comes(
    havre: Havre, lang: str
) -> None:
    name, words, nobody = CASES[lang]
    member = havre.members[name]
    await member.dm_bot(words)
    [opened] = await havre.emu.wait_for(member.dms, 5, "the DM answer")
    thread = await only_thread(havre)
    assert f"<#{thread.id}>" in opened.content and nobody in opened.content
    assert "<t:" in opened.content and HELPLINES[lang] in opened.content  # when, and who answers now
    await queue_alert(havre, thread)

    [ticket] = await db_rows(havre, TicketRow)
    assert not [m for m in member.dms() if UPDATE[lang] in m.content]
    assert await havre.advance(minutes=ticket.slo_minutes, seconds=5) >= 1  # the target passes: escalated
    update = await havre.emu.wait_for(
        lambda: [m for m in member.dms() if UPDATE[lang] in m.content], 5, "the update by DM"
    )
    assert len(update) == 1 and len(update[0].content) < 200
    staff_only(havre, thread, member)
    await settle(havre)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_someone_on_duty_is_said_with_the_usual_time(havre: Havre, lang: str) -> None:
    await go_on_duty(havre)
    name, words, nobody = CASES[lang]
    member = havre.members[name]
    await member.dm_bot(words)
    [opened] = await havre.emu.wait_for(member.dms, 5, "the DM answer")
    assert "15 minutes" in opened.content and nobody not in opened.content
    thread = await only_thread(havre)
    await queue_alert(havre, thread)
    staff_only(havre, thread, member)


async def test_a_crisis_by_dm_with_nobody_on_duty_gets_the_helplines_once_and_the_truth(havre: Havre) -> None:
    bob = havre.bob
    await bob.dm_bot("I want to end it all")
    first, opened = await havre.emu.wait_for(lambda: bob.dms() if len(bob.dms()) >= 2 else None, 5, "2 DMs")
    thread = await only_thread(havre)
    assert "Help is available" in first.content
    assert "nobody from the help team" in opened.content and "Help is available" not in opened.content
    assert f"<#{thread.id}>" in opened.content
    await queue_alert(havre, thread)
    assert not any("Help is available" in m.content for m in thread.bot_messages())
    staff_only(havre, thread, bob)
