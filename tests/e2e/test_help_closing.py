"""Issue 13, point 6 (part): a resolved request closes by itself after the policy's delay
([help] auto_close_hours, 48 h by default); then the follow-up is sent, and the rating given before
the close counts. In French and English."""

from __future__ import annotations

import pytest

from bot.db.models import Ticket as TicketRow
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, go_on_duty, only_thread, settle

FOLLOW_UP = {"fr": "Comment allez-vous", "en": "How are you"}


@pytest.mark.parametrize(("lang", "name"), [("fr", "alice"), ("en", "bob")])
async def test_a_resolved_request_closes_by_itself_then_the_follow_up_comes(
    havre: Havre, lang: str, name: str
) -> None:
    member, pia = havre.members[name], havre.pia
    await go_on_duty(havre)
    await (await member.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    await (await pia.slash("ticket resolve", in_channel=thread, recap="OK")).reply()
    survey = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "help:rate:" in str(m.components)], 5, "the survey"
    )
    assert (await (await member.click(survey[0], "4")).reply()).ephemeral

    assert await havre.advance(hours=47, minutes=59) == 0  # not yet
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "resolved" and not thread.state.archived
    assert await havre.advance(minutes=1, seconds=1) == 1  # the policy's delay: closed by itself
    await havre.emu.wait_for(lambda: thread.state.archived and thread.state.locked, 5, "the space archived")
    [row] = await db_rows(havre, TicketRow)
    assert (row.state, row.rating) == ("closed", 4)  # the rating counts, closed by the bot
    assert member.dms() == []

    assert await havre.advance(hours=24, seconds=1) == 1
    [follow_up] = await havre.emu.wait_for(member.dms, 5, "the follow-up")
    assert FOLLOW_UP[lang] in follow_up.content
    await settle(havre)


async def test_a_request_reopened_before_the_delay_is_not_closed(havre: Havre) -> None:
    await go_on_duty(havre)
    alice, pia = havre.alice, havre.pia
    await (await alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    await (await pia.slash("ticket resolve", in_channel=thread)).reply()
    await (await alice.slash("ticket reopen", in_channel=thread)).reply()
    await havre.advance(hours=49)
    [row] = await db_rows(havre, TicketRow)
    assert row.state != "closed"
    await settle(havre)
