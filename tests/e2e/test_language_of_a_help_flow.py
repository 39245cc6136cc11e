"""One language per help request (#16 point 2): a request opened from words in a channel lives in the
language those words are written in — its private thread's name, the welcome, the country question and
its answer, the recap, the survey, the check-in — whatever the server's language and whatever client
the member clicks from; the team's alert stays in the team's language (the server's), never mixed."""

from __future__ import annotations

import re

from bot.db.models import Ticket as TicketRow
from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, go_on_duty, only_thread, queue_alert, settle
from tests.e2e.test_one_language_per_flow import assert_english

_ENGLISH = re.compile(r"\b(you|your|the|please|help|thank|with|is|are)\b", re.IGNORECASE)


def assert_french(text: str, where: str) -> None:
    assert not _ENGLISH.findall(text), f"English in {where}: {_ENGLISH.findall(text)!r} in {text!r}"


def shown(message: MessageState) -> str:
    """What a reader sees of a message: its text, embeds and button labels (not the custom ids)."""
    labels = [
        str(part.get("label", ""))
        for row in message.components or []
        for part in (row.get("components") or [])
    ]
    return " ".join([message.content, str(message.embeds), *labels])


async def test_english_crisis_words_in_a_french_server_get_an_english_request_and_a_french_alert(
    havre: Havre,
) -> None:
    """bob never used a command: the bot does not know his client's language, only his words'."""
    await go_on_duty(havre, "pia")  # pia's client and the server are French
    bob, pia = havre.bob, havre.pia
    await bob.says(havre.general, "I want to end it all")
    dm = (await havre.emu.wait_for(bob.dms, 10, "the crisis DM"))[0]
    thread = await only_thread(havre)
    [line] = await havre.emu.wait_for(havre.general.bot_messages, 5, "the public line")
    alert = await queue_alert(havre, thread, "the crisis alert")
    await bot_messages(thread, 1, "the space greeting")

    assert thread.name == f"Help #{(await db_rows(havre, TicketRow))[0].id}"
    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.language, ticket.priority) == ("en", "crisis")
    assert_english(shown(dm), "the crisis DM and its country question")
    assert_english(line.content, "the public line")
    for message in thread.bot_messages():
        assert_english(shown(message), "the private space")
    assert "Urgent : un membre" in alert.content  # the team reads the server's language, all of it
    assert_french(shown(alert), "the team alert")

    # the country question, answered: in the request's language
    answered = await (await bob.click(dm, "help:country:")).reply()
    assert answered.ephemeral
    assert_english(answered.content, "the answer to the country question")

    # pia works it in French; what bob reads stays English, to the check-in and the survey
    claimed = await (await pia.slash("ticket claim", in_channel=thread)).reply()
    assert "prise en charge" in claimed.content.lower() or "demande" in claimed.content.lower()
    asked = await (
        await pia.slash("ticket resolve", in_channel=thread, recap="Safe, talked it through.")
    ).reply()
    await (await pia.click(asked, "help:resolve:")).reply()
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "Safe, talked it through." in m.content], 5, "the recap"
    )
    for message in thread.bot_messages():
        assert_english(shown(message).replace("Safe, talked it through.", ""), "the space after the recap")
    await havre.advance(hours=48, seconds=1)  # closes by itself
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    for message in thread.bot_messages():
        assert_english(shown(message).replace("Safe, talked it through.", ""), "the closing note")
    seen = len(bob.dms())
    await havre.advance(hours=24, seconds=1)  # the check-in, and the survey with it
    later = await havre.emu.wait_for(
        lambda: [m for m in bob.dms()[seen:] if "help:rate:" in str(m.components)], 5, "the survey"
    )
    for message in bob.dms()[seen:]:
        assert_english(shown(message), "the check-in and the survey")
    thanks = await (await bob.click(later[0], "4")).reply()
    assert_english(thanks.content, "the thanks for the rating")
    await settle(havre)


async def test_a_french_client_writing_english_gets_its_request_in_english(havre: Havre) -> None:
    """alice's client is French but she wrote in English: the offer, the request opened by her click
    (from a French client), its thread's name and every answer to her own clicks are English; pia's
    confirmations follow pia's client."""
    await go_on_duty(havre, "pia")
    alice, pia = havre.alice, havre.pia
    await alice.says(havre.general, "honestly I need someone to talk to")
    offer = await alice.next_dm()
    assert_english(shown(offer), "the offer")
    opened = await (await alice.click(offer, "help:offer:")).reply()  # a French client clicks
    assert_english(opened.content, "the answer to the click")
    thread = await only_thread(havre)
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.language == "en" and thread.name == f"Help #{ticket.id}"
    [greeting] = await bot_messages(thread, 1, "the welcome")
    assert_english(shown(greeting), "the welcome")

    await (await pia.slash("ticket claim", in_channel=thread)).reply()
    resolved = await (await pia.slash("ticket resolve", in_channel=thread, recap="We talked.")).reply()
    assert_french(resolved.content, "pia's own confirmation")
    survey = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "help:rate:" in str(m.components)], 5, "the survey"
    )
    assert_english(shown(survey[0]), "the survey")
    for answer in (
        await (await alice.click(survey[0], "5")).reply(),
        await (await alice.click(survey[0], "help:solved:")).reply(),
    ):
        assert_english(answer.content, "the answers to the survey")
    closed = await (await alice.slash("ticket close", in_channel=thread)).reply()
    assert_english(closed.content, "the answer to her own /ticket close")
    await havre.emu.wait_for(lambda: thread.state.archived, 5, "closed")
    last = thread.bot_messages()[-1]
    assert_english(shown(last), "the closing note")
    await settle(havre)


async def test_a_request_opened_by_dm_speaks_the_language_of_the_dm(havre: Havre) -> None:
    """bob writes to the bot in English, with no help words, from a French server: the answer, the
    space's name, its welcome and the relayed words in it are English; the alert French."""
    await go_on_duty(havre, "pia")
    bob = havre.bob
    await bob.dm_bot("Hello, could someone talk with me about my week at the hospital?")
    thread = await only_thread(havre)
    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.language, ticket.origin) == ("en", "dm")
    assert thread.name == f"Help #{ticket.id}"
    answer = await havre.emu.wait_for(
        lambda: [m for m in bob.dms() if f"<#{thread.id}>" in m.content], 5, "the answer by DM"
    )
    assert_english(shown(answer[0]), "the answer by DM")
    await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "my week at the hospital" in m.content], 5, "the relay"
    )
    for message in thread.bot_messages():
        assert_english(shown(message).replace("my week at the hospital", ""), "the space")
    assert_french(shown(await queue_alert(havre, thread)), "the team alert")
    await settle(havre)


async def test_without_a_queue_each_peer_on_duty_reads_the_alert_in_their_own_language(
    havre: Havre,
) -> None:
    """No moderation queue: the alert goes to each peer on duty by DM, whole, in the language their
    client showed the bot (pia French, lee English), in a French server."""
    await havre.configure(mod_queue_channel_id=None)
    havre.members["lee"] = havre.guild.add_member("lee", locale="en-US", roles=[havre.roles["peer"]])
    await go_on_duty(havre, "pia")
    await go_on_duty(havre, "lee")
    await (await havre.bob.slash("help", topic="a rough night")).reply()
    thread = await only_thread(havre)
    alerts = []
    for member in (havre.pia, havre.lee):
        alerts.append(
            await havre.emu.wait_for(
                lambda m=member: [d for d in m.dms() if f"<#{thread.id}>" in d.content],
                5,
                f"{member.name}'s alert",
            )
        )
    to_pia, to_lee = alerts
    assert_french(shown(to_pia[0]), "pia's alert")
    assert_english(shown(to_lee[0]), "lee's alert")
    await settle(havre)
