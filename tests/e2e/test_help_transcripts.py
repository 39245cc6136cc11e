"""Issue 13, point 7: when a request closes, its conversation (the member's and the team's messages, in
the space and by DM) is kept sealed with the member's key; the helpers who handled it and the admins read
it with /ticket transcript (privately, in their language; a long one as a file); nobody else; erased with
the member's data. In French and English."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.db.models import EncryptedContent, GovernanceEntry
from bot.db.models import Ticket as TicketRow
from emulator import Channel
from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, eventually, go_on_duty, only_thread, settle

WORDS = {
    "fr": ("alice", "Je n'arrive plus à dormir depuis une semaine.", "Merci de me l'avoir dit"),
    "en": ("bob", "I have not slept properly for a week.", "Thank you for telling me"),
}
ROLE = {"fr": ("**Membre**", "**Modérateur pair 1**"), "en": ("**Member**", "**Peer moderator 1**")}
NOT_ALLOWED = {"fr": "Seules les personnes de l'équipe", "en": "Only the team members who handled"}
MISSING = {"fr": "Aucune conversation n'est conservée", "en": "No conversation is kept"}
LOCALE = {"fr": "fr", "en": "en-US"}


async def kept(havre: Havre) -> TicketRow:
    async def check() -> TicketRow | None:
        [row] = await db_rows(havre, TicketRow)
        return row if row.transcript_ref is not None else None

    return await eventually(check, "the transcript kept")


async def close_a_conversation(havre: Havre, lang: str) -> tuple[Channel, TicketRow]:
    name, said, answer = WORDS[lang]
    member, pia = havre.members[name], havre.pia
    await go_on_duty(havre)
    await (await member.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await member.says(thread, said)
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    await pia.says(thread, f"{answer}, <@{member.id}>.")
    await (await pia.slash("ticket close", in_channel=thread)).reply()
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "the space closed")
    return thread, await kept(havre)


async def transcript_of(
    havre: Havre, who: str, number: int, lang: str | None = None, where: str = "mod-queue"
) -> MessageState:
    reader = havre.members[who]
    if lang is not None:
        reader.user.locale = LOCALE[lang]
    answer = await (
        await reader.slash("ticket transcript", in_channel=havre.channels[where], number=number)
    ).reply()
    assert answer.ephemeral  # never in the channel
    return answer


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_closed_request_is_kept_sealed_and_read_by_who_handled_it_and_admins(
    havre: Havre, lang: str
) -> None:
    name, said, answer = WORDS[lang]
    member, pia = havre.members[name], havre.pia
    _thread, row = await close_a_conversation(havre, lang)

    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        sealed = await session.get(EncryptedContent, row.transcript_ref)
    assert sealed is not None and sealed.kind == "transcript" and sealed.user_id == member.id
    assert said.encode() not in sealed.ciphertext and answer.encode() not in sealed.ciphertext

    read = await transcript_of(havre, "pia", row.id, lang)  # pia handled it
    member_role, helper_role = ROLE[lang]
    assert said in read.content and answer in read.content
    assert member_role in read.content and helper_role in read.content
    assert str(member.id) not in read.content and str(pia.id) not in read.content  # roles, never ids
    assert "@member" in read.content  # pia's mention of the member, as a label

    assert NOT_ALLOWED[lang] in (await transcript_of(havre, "sam", row.id, lang)).content  # not handled
    assert NOT_ALLOWED[lang] in (await transcript_of(havre, name, row.id, lang, "general")).content
    by_admin = await transcript_of(havre, "ada", row.id, lang)  # an admin of the server
    assert said in by_admin.content

    async with havre.bot.services.db.sessions() as session:
        viewed = (
            await session.execute(select(GovernanceEntry).where(GovernanceEntry.kind == "transcript_viewed"))
        ).scalars()
        assert len(list(viewed)) == 2  # each reading is logged; the refused ones read nothing
    await settle(havre)


@pytest.mark.parametrize(("lang", "name"), [("fr", "alice"), ("en", "bob")])
async def test_a_relayed_request_keeps_the_dms_once_and_a_long_one_comes_as_a_file(
    havre: Havre, lang: str, name: str
) -> None:
    member, pia = havre.members[name], havre.pia
    await go_on_duty(havre)
    first = "J'ai besoin de parler à quelqu'un." if lang == "fr" else "I need to talk to someone."
    await member.says(havre.emu.world.dm_channel(member.id), first)
    thread = await only_thread(havre)
    await bot_messages(thread, 2, "the greeting and the relayed DM")
    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    for n in range(12):  # a long conversation, both ways
        await pia.says(thread, f"Question {n}: " + "how was your day, and what helped you most? " * 2)
        await member.says(havre.emu.world.dm_channel(member.id), f"Answer {n}: " + "a little better. " * 6)
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Answer 11:" in m.content], 5, "the last DM relayed"
    )
    await (await pia.slash("ticket close", in_channel=thread)).reply()
    row = await kept(havre)

    read = await transcript_of(havre, "ada", row.id, lang)
    assert f"{'n°' if lang == 'fr' else '#'}{row.id} (25 messages)" in read.content
    (attachment,) = read.attachments
    assert attachment.filename == f"help-{row.id}-transcript.txt"
    document = attachment.data.decode("utf-8")
    assert document.count(first) == 1  # the member's DM, once (the bot's relay of it is left out)
    assert document.count("Answer 11:") == 1 and document.count("Question 11:") == 1
    assert document.index("Question 3:") < document.index("Answer 3:") < document.index("Question 4:")
    assert str(member.id) not in document
    await settle(havre)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_transcript_is_erased_with_the_members_data(havre: Havre, lang: str) -> None:
    name, said, _answer = WORDS[lang]
    _thread, row = await close_a_conversation(havre, lang)
    assert said in (await transcript_of(havre, "ada", row.id, lang)).content

    member, ada = havre.members[name], havre.ada
    offer = await (await member.slash("privacy erase")).reply()
    await (await member.click(offer, "gov:erase:ask")).response()
    request = havre.channels["governance"].bot_messages()[-1]
    await (await ada.click(request, "gov:erase:confirm")).response()

    async def erased() -> bool:
        [found] = await db_rows(havre, TicketRow)
        return found.transcript_ref is None and found.user_id == 0

    await eventually(erased, "the member erased")
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        assert await session.get(EncryptedContent, row.transcript_ref) is None
    assert MISSING[lang] in (await transcript_of(havre, "ada", row.id, lang)).content
    await settle(havre)
