"""Issue 13, point 6 (part): a resolved request closes by itself after the policy's delay
([help] auto_close_hours, 48 h by default); then the follow-up is sent, and the rating given before
the close counts. In French and English."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import EncryptedContent
from bot.db.models import Ticket as TicketRow
from bot.db.models import TicketEvent as TicketEventRow
from bot.governance.metrics import compute_report
from bot.services.governance.metrics import MetricsLoader
from bot.services.governance.period import Period
from emulator import Channel
from emulator.actors import Member
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, go_on_duty, only_thread, queue_alert, settle


async def csat_count(havre: Havre) -> int:
    assert havre.bot is not None
    now = havre.clock.now()
    period = Period(now - timedelta(days=30), now + timedelta(days=1), "test")
    records = await MetricsLoader(havre.bot.services.db, None).load(havre.guild.id, period)
    return compute_report(records, period.start, period.end).csat_count


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
    assert await csat_count(havre) == 0  # a resolved request left open: its rating not yet in the report
    # the policy's delay: closed by itself (and the close's transcript kept: two deadlines)
    assert await havre.advance(minutes=1, seconds=1) == 2
    await havre.emu.wait_for(lambda: thread.state.archived and thread.state.locked, 5, "the space archived")
    [row] = await db_rows(havre, TicketRow)
    assert (row.state, row.rating) == ("closed", 4)  # the rating counts, closed by the bot
    assert await csat_count(havre) == 1  # and the trust report counts it (CSAT is over closed tickets)
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


CRISIS = {
    "fr": ("alice", "je veux en finir, je n'en peux plus"),
    "en": ("bob", "I want to end it all"),
}


async def crisis_claimed(havre: Havre, lang: str) -> tuple[Member, Member, Channel]:
    """A member's crisis words in #general, their private space opened and claimed by pia."""
    await go_on_duty(havre)
    name, words = CRISIS[lang]
    member, pia = havre.members[name], havre.pia
    await member.says(havre.general, words)
    await havre.emu.wait_for(member.dms, 10, "the crisis DM")
    thread = await only_thread(havre)
    await queue_alert(havre, thread)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    return member, pia, thread


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_crisis_request_needs_a_note_and_a_confirmation_and_the_survey_waits(
    havre: Havre, lang: str
) -> None:
    member, pia, thread = await crisis_claimed(havre, lang)

    refused = await (await pia.slash("ticket resolve", in_channel=thread)).reply()
    assert refused.ephemeral and "/demande resoudre" in refused.content  # pia's client is French
    asked = await (
        await pia.slash("ticket resolve", in_channel=thread, recap="Safe, talked it through.")
    ).reply()
    assert asked.ephemeral and "help:resolve:" in str(asked.components)
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "claimed"  # nothing resolved without the confirmation
    assert (await (await pia.click(asked, "help:resolve:")).reply()).ephemeral
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Safe, talked it through." in m.content], 5, "the recap"
    )
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "resolved"
    everywhere = [*thread.bot_messages(), *member.dms()]
    assert not [m for m in everywhere if "help:rate:" in str(m.components)]  # no survey right after a crisis

    await havre.advance(hours=48, seconds=1)  # closes by itself
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    seen = len(member.dms())
    await havre.advance(hours=24, seconds=1)
    survey = await havre.emu.wait_for(
        lambda: [m for m in member.dms()[seen:] if "help:rate:" in str(m.components)], 5, "the survey"
    )
    assert (await (await member.click(survey[0], "5")).reply()).ephemeral
    [row] = await db_rows(havre, TicketRow)
    assert (row.state, row.rating) == ("closed", 5)
    assert await csat_count(havre) == 1  # a rating given after the close counts in the trust report too
    await settle(havre)


UNREACHABLE = {"fr": "Je n'ai pas pu joindre", "en": "could not be reached for the check-in"}


@pytest.mark.parametrize(("lang", "name"), [("fr", "alice"), ("en", "bob")])
async def test_a_follow_up_nobody_can_receive_is_surfaced_to_the_moderators(
    havre: Havre, lang: str, name: str
) -> None:
    member, pia = havre.members[name], havre.pia
    await havre.configure(language=lang)  # the queue speaks the server's language
    await go_on_duty(havre)
    await (await member.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    await (await pia.slash("ticket close", in_channel=thread)).reply()
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "the space archived")
    member.state.dms_open = False  # DMs closed
    havre.emu.world.remove_channel(thread.state)  # and the space gone

    await havre.advance(hours=24, seconds=1)
    queue = havre.channels["mod-queue"]
    [told] = await havre.emu.wait_for(
        lambda: [m for m in queue.bot_messages() if UNREACHABLE[lang] in m.content], 5, "the queue told"
    )
    assert f"<@{member.id}>" in told.content and member.dms() == []
    events = [e for e in await db_rows(havre, TicketEventRow) if e.kind.startswith("follow_up")]
    assert [e.kind for e in events] == ["follow_up", "follow_up_unreachable"]
    await settle(havre)


CLOSE_REFUSED = {"fr": "courte note", "en": "short note"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_crisis_request_is_not_closed_by_a_helper_without_a_note_and_a_confirmation(
    havre: Havre, lang: str
) -> None:
    """By any path: the Close button of the space, /ticket close without a recap, /ticket close with one
    (then the confirmation). The member gets the recap, and no survey the day it ended."""
    havre.pia.user.locale = (
        "fr" if lang == "fr" else "en-US"
    )  # the helper reads the refusals in their language
    member, pia, thread = await crisis_claimed(havre, lang)

    [greeting] = [m for m in thread.bot_messages() if "help:close:" in str(m.components)]
    by_button = await (await pia.click(greeting, "help:close:")).reply()
    assert by_button.ephemeral and CLOSE_REFUSED[lang] in by_button.content
    by_command = await (await pia.slash("ticket close", in_channel=thread)).reply()
    assert by_command.ephemeral and CLOSE_REFUSED[lang] in by_command.content
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "claimed"

    asked = await (await pia.slash("ticket close", in_channel=thread, recap="Safe at home now.")).reply()
    assert asked.ephemeral and "help:resolve:" in str(asked.components)
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "claimed"  # nothing ended before the confirmation
    assert (await (await pia.click(asked, "help:resolve:")).reply()).ephemeral
    await havre.emu.wait_for(lambda: thread.state.archived and thread.state.locked, 5, "the space closed")
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "closed"
    assert [m for m in thread.bot_messages() if "Safe at home now." in m.content]  # the recap, for them
    everywhere = [*thread.bot_messages(), *member.dms()]
    assert not [m for m in everywhere if "help:rate:" in str(m.components)]  # no survey after crisis words

    seen = len(member.dms())
    await havre.advance(hours=24, seconds=1)  # the check-in, and the survey with it
    await havre.emu.wait_for(
        lambda: [m for m in member.dms()[seen:] if "help:rate:" in str(m.components)], 5, "the survey"
    )
    await settle(havre)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_with_dms_closed_a_crisis_survey_comes_with_the_check_in_in_the_space(
    havre: Havre, lang: str
) -> None:
    await go_on_duty(havre)
    name, words = CRISIS[lang]
    member, pia = havre.members[name], havre.pia
    member.state.dms_open = False
    await member.says(havre.general, words)
    thread = await only_thread(havre)
    await queue_alert(havre, thread)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    asked = await (
        await pia.slash("ticket resolve", in_channel=thread, recap="Safe, talked it through.")
    ).reply()
    await (await pia.click(asked, "help:resolve:")).reply()
    await havre.advance(hours=48, seconds=1)  # closes by itself
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    assert not [m for m in thread.bot_messages() if "help:rate:" in str(m.components)]  # not yet
    await settle(havre)

    await havre.advance(hours=24, seconds=1)  # the check-in, in the space, and the survey with it
    [survey] = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "help:rate:" in str(m.components)], 5, "the survey"
    )
    assert member.dms() == [] and not survey.mentions  # the check-in just before pinged them, once
    assert (await (await member.click(survey, "3")).reply()).ephemeral
    assert await csat_count(havre) == 1
    await settle(havre)


CLOSED_BY_MEMBER = {"fr": "a fermé lui-même son espace urgent", "en": "closed their urgent space"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_member_closing_their_crisis_space_is_free_to_and_the_team_is_told(
    havre: Havre, lang: str
) -> None:
    await havre.configure(language=lang)  # the queue speaks the server's language
    await go_on_duty(havre)
    name, words = CRISIS[lang]
    member = havre.members[name]
    await member.says(havre.general, words)
    await havre.emu.wait_for(member.dms, 10, "the crisis DM")
    thread = await only_thread(havre)
    await queue_alert(havre, thread)
    closed = await (await member.slash("ticket close", in_channel=thread)).reply()
    assert closed.ephemeral
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed by the member")
    queue = havre.channels["mod-queue"]
    [told] = await havre.emu.wait_for(
        lambda: [m for m in queue.bot_messages() if CLOSED_BY_MEMBER[lang] in m.content], 5, "the team told"
    )
    assert f"<#{thread.id}>" in told.content and not told.mentions and not told.mention_roles
    everywhere = [*thread.bot_messages(), *member.dms()]
    assert not [m for m in everywhere if "help:rate:" in str(m.components)]  # no survey right after
    await settle(havre)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_crisis_end_asked_before_a_restart_is_confirmed_after_it_with_its_note(
    havre: Havre, lang: str
) -> None:
    """The helper's recap is not lost when the bot restarts between the question and the click: the
    confirmation applies what they asked, with their note; a second click finds nothing left to confirm."""
    _member, pia, thread = await crisis_claimed(havre, lang)
    asked = await (await pia.slash("ticket resolve", in_channel=thread, recap="Called her sister.")).reply()
    assert asked.ephemeral and "help:resolve:" in str(asked.components)

    await havre.restart()
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "claimed"  # the restart ended nothing
    assert (await (await pia.click(asked, "help:resolve:")).reply()).ephemeral
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Called her sister." in m.content], 5, "the recap"
    )
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "resolved"
    again = await (await pia.click(asked, "help:resolve:")).reply()
    assert again.ephemeral and "help:resolve:" not in str(again.components)  # expired: nothing twice
    assert "expir" in again.content
    events = await db_rows(havre, TicketEventRow)
    kinds = [e.kind for e in events]
    assert kinds.count("resolved") == 1 and kinds.count("crisis_end_asked") == 1
    # the recap is sealed once: the resolution points at the text kept when the end was asked
    [asked_event] = [e for e in events if e.kind == "crisis_end_asked"]
    [resolved_event] = [e for e in events if e.kind == "resolved"]
    assert resolved_event.data["recap_ref"] == asked_event.data["note_ref"]
    assert [c.kind for c in await db_rows(havre, EncryptedContent)].count("recap") == 1
    await settle(havre)
