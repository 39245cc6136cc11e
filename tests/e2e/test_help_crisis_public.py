"""Issue 13, point 1: crisis words in a public channel. Nothing of the crisis in public but one short
kind line to the member (or nothing, by the server's choice); the helplines and the way to the private
space privately, once: one DM, or (DMs closed) the private space alone, pinging only the member."""

from __future__ import annotations

import pytest

from bot.db.models import Ticket as TicketRow
from emulator import Member
from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.help_support import (
    bot_messages,
    db_rows,
    go_on_duty,
    only_thread,
    queue_alert,
    settle,
    staff_only,
)


async def first_dm(havre: Havre, member: Member) -> MessageState:
    dms = await havre.emu.wait_for(member.dms, 10.0, f"a DM to {member.name}")
    return dms[0]


CASES = {
    # member, words, a mark of the helpline block, a word of the short public line
    "fr": ("alice", "je veux en finir, je n'en peux plus", "3114 —", "là avec vous"),
    "en": ("bob", "I want to end it all", "Help is available", "not alone"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_crisis_in_public_is_one_short_line_there_and_one_dm(havre: Havre, lang: str) -> None:
    await go_on_duty(havre)
    name, words, number, kind = CASES[lang]
    member = havre.members[name]
    said = await member.says(havre.general, words)
    [line] = await havre.emu.wait_for(havre.general.bot_messages, 10.0, "the public line")
    dm = await first_dm(havre, member)
    thread = await only_thread(havre)
    await bot_messages(thread, 1, "the space greeting")
    await settle(havre)

    # Public: one short line, to the member only; no helplines, no repetition of their words.
    public = havre.general.bot_messages()
    assert public == [line] and line.mentions == [member.id] and not line.mention_everyone
    assert kind in line.content and len(line.content) < 120
    assert number not in line.content and words not in line.content and "—" not in line.content
    assert line.reference is not None and int(line.reference["message_id"]) == said.id

    # Private, once: one DM with the helplines and the way to the space; the space does not repeat them.
    assert member.dms() == [dm]
    assert number in dm.content and f"<#{thread.id}>" in dm.content
    assert havre.guild.can_view(member, thread)
    assert not any(number in m.content for m in thread.bot_messages())
    assert not any(member.id in m.mentions for m in thread.bot_messages())  # the DM already told them
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.priority == "crisis" and not said.deleted
    # Staff business with staff: the alert, its ping and the Claim button in the moderation queue only.
    alert = await queue_alert(havre, thread)
    assert alert.mentions == [havre.pia.id] and "help:claim:" in str(alert.components)
    staff_only(havre, thread, member)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_server_can_choose_no_public_line_at_all(havre: Havre, lang: str) -> None:
    await havre.configure(policy_overrides='[help]\ncrisis_public_reply = "none"\n')
    name, words, number, _ = CASES[lang]
    member = havre.members[name]
    await member.says(havre.general, words)
    dm = await first_dm(havre, member)
    assert number in dm.content
    await only_thread(havre)
    await settle(havre)
    assert havre.general.bot_messages() == []


async def test_with_dms_closed_the_private_space_alone_carries_the_helplines(havre: Havre) -> None:
    await go_on_duty(havre)
    carol = havre.carol  # en-GB, DMs closed
    await carol.says(havre.general, "I want to end it all")
    [line] = await havre.emu.wait_for(havre.general.bot_messages, 10.0, "the public line")
    thread = await only_thread(havre)
    first = (await bot_messages(thread, 1, "the helplines in the space"))[0]
    await settle(havre)
    assert havre.general.bot_messages() == [line] and "Help is available" not in line.content
    assert "Help is available" in first.content and "not alone" in first.content
    assert first.mentions == [carol.id]  # pinging only her
    assert sum("Help is available" in m.content for m in thread.bot_messages()) == 1


async def test_french_dms_closed_space_alone_in_french(havre: Havre) -> None:
    await havre.configure(policy_overrides='[help]\ncrisis_public_reply = "none"\n')
    carol = havre.carol
    await carol.says(havre.general, "j'ai envie de mourir, je n'en peux plus")
    thread = await only_thread(havre)
    first = (await bot_messages(thread, 1, "the helplines in the space"))[0]
    await settle(havre)
    assert "3114 —" in first.content and "nous sommes là avec vous" in first.content
    assert first.mentions == [carol.id]
    assert havre.general.bot_messages() == []  # the space reached her: the server's silence is kept


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_without_a_help_channel_the_helplines_go_by_dm_only(havre: Havre, lang: str) -> None:
    await havre.configure(help_channel_id=None)
    name, words, number, kind = CASES[lang]
    member = havre.members[name]
    await member.says(havre.general, words)
    dm = await first_dm(havre, member)
    [line] = await havre.emu.wait_for(havre.general.bot_messages, 10.0, "the public line")
    assert number in dm.content and number not in line.content and kind in line.content
    assert havre.guild.threads() == [] and await db_rows(havre, TicketRow) == []


async def test_without_a_help_channel_and_dms_closed_one_emergency_sentence_in_public(havre: Havre) -> None:
    await havre.configure(help_channel_id=None, policy_overrides='[help]\ncrisis_public_reply = "none"\n')
    await havre.carol.says(havre.general, "I want to end it all")
    [line] = await havre.emu.wait_for(havre.general.bot_messages, 10.0, "the public line")
    assert "emergency number" in line.content and line.mentions == [havre.carol.id]
    assert "Help is available" not in line.content and "—" not in line.content


COUNTRY = {
    "fr": ("alice", "je veux en finir, je n'en peux plus", "BE", "Belgique"),
    "en": ("bob", "I want to end it all", "US", "United States"),
}
LINE = {"BE": "0800 32 123", "US": "988 Suicide & Crisis Lifeline"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_country_is_asked_once_remembered_and_used(havre: Havre, lang: str) -> None:
    """Issue 13, point 5: asked in the crisis DM when unknown; the answer shows the right lines at once
    and every later list uses it, without asking again."""
    name, words, code, label = COUNTRY[lang]
    member = havre.members[name]
    await member.says(havre.general, words)
    dm = await first_dm(havre, member)
    assert f"help:country:{havre.guild.id}:{code}" in str(dm.components) and LINE[code] not in dm.content
    chosen = await (await member.click(dm, label)).reply()
    assert chosen.ephemeral and LINE[code] in chosen.content
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await settle(havre)

    await (await member.slash("ticket close", in_channel=thread)).reply()
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    seen = len(member.dms())
    await member.says(havre.general, words)
    again = await havre.emu.wait_for(
        lambda: [
            m
            for m in member.dms()[seen:]
            if "help:country:" not in str(m.components) and LINE[code] in m.content
        ],
        10,
        "the next crisis DM with the remembered country",
    )
    assert again and not [m for m in member.dms()[seen:] if "help:country:" in str(m.components)]
    await settle(havre)


async def test_the_remembered_country_serves_help_and_dms_too(havre: Havre) -> None:
    """Every list: once bob chose the United States, a DM to the bot shows US lines (a DM has no locale)."""
    bob = havre.bob
    await bob.says(havre.general, "I want to end it all")
    dm = await first_dm(havre, bob)
    await (await bob.click(dm, "United States")).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await (await bob.slash("ticket close", in_channel=thread)).reply()
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    await settle(havre)
    seen = len(bob.dms())
    await bob.dm_bot("Hi, I need someone to talk to. Rough week.")
    answer = await havre.emu.wait_for(
        lambda: [m for m in bob.dms()[seen:] if "988 Suicide" in m.content], 5, "US lines by DM"
    )
    assert answer
    await settle(havre)
