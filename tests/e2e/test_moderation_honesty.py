"""Issue #14, points 5 to 8, through the emulator and the real bot: failures are honest (no strike, no
false word to the member, the queue alerted, explanations retried after a 503 burst), moderators'
actions are checked before acting (and a refused kick is corrected), one appeal per case whatever the
double taps and restarts, and /warn without a message says what happened."""

from __future__ import annotations

import asyncio

from emulator import Member
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import (
    appeals,
    assert_no_pings,
    case_settled,
    cases,
    dm_number,
    strikes,
)

KICK = "DELETE /guilds/{guild_id}/members/{user_id}"
EDIT_MEMBER = "PATCH /guilds/{guild_id}/members/{user_id}"
POST_MESSAGE = "POST /channels/{channel_id}/messages"


def queue_texts(havre: Havre) -> list[str]:
    return [m.content for m in havre.channels["mod-queue"].bot_messages()]


# -- point 8 --------------------------------------------------------------------------------------


async def test_warn_without_a_message_says_only_what_happened(havre: Havre) -> None:
    await (await havre.bob.slash("rules")).reply()  # bob's client is in English
    await (await havre.max.slash("warn", member=havre.bob, rule="respect")).reply()
    await (await havre.max.slash("warn", member=havre.alice, rule="respect")).reply()
    english = await dm_number(havre, havre.bob, 1)
    french = await dm_number(havre, havre.alice, 1)
    assert english.content.startswith("**A warning about one of your messages")
    assert "removed one of your messages" not in english.content
    assert french.content.startswith("**Un avertissement au sujet d'un de vos messages")
    assert "retiré un de vos messages" not in french.content
    for case in await case_settled(havre, 2):
        assert (case.action, case.status, case.dm_status) == ("warn", "applied", "delivered")


# -- point 6 --------------------------------------------------------------------------------------


async def test_a_moderator_is_refused_at_once_for_the_bot_the_owner_a_higher_role_and_themself(
    havre: Havre,
) -> None:
    lea = havre.guild.add_member("lea", locale="fr", roles=[havre.roles["moderator"]])
    await havre.restart()  # the bot learns lea at its next IDENTIFY
    bot_member = havre.guild.actor(havre.emu.bot_user_id)
    refused = {
        "the bot": await (await havre.max.slash("warn", member=bot_member, rule="respect")).reply(),
        "the owner": await (await havre.max.slash("kick", member=havre.guild.owner, rule="respect")).reply(),
        "an admin": await (await havre.max.slash("kick", member=havre.ada, rule="respect")).reply(),
        "themself": await (await havre.max.slash("warn", member=havre.max, rule="respect")).reply(),
    }
    assert "cannot act on itself" in refused["the bot"].content
    assert "server's owner" in refused["the owner"].content
    assert "at or above yours" in refused["an admin"].content
    assert "on yourself" in refused["themself"].content
    for name, answer in refused.items():
        assert answer.ephemeral and "Nothing was done" in answer.content, name
    # The same in French for a French-speaking moderator, on a peer of the same rank.
    peer = await (await lea.slash("timeout", member=havre.max, duration="1h", rule="respect")).reply()
    assert "au niveau du vôtre" in peer.content and "Rien n'a été fait" in peer.content
    assert await cases(havre) == []  # no case left behind, pending or otherwise
    assert havre.guild.owner.dms() == [] and havre.ada.dms() == [] and havre.max.dms() == []
    assert havre.ada.id in {m.id for m in [havre.ada]} and havre.guild.is_member(havre.ada)
    assert havre.max.timed_out_until is None


async def test_a_member_above_the_bot_is_refused_before_anything_is_sent(havre: Havre) -> None:
    elder_role = havre.guild.add_role("Elder", above=havre.guild.bot_role)
    elder = havre.guild.add_member("elder", locale="en-US", roles=[elder_role])
    await havre.restart()
    owner = havre.guild.owner  # the owner outranks everyone, but the bot does not outrank the elder
    answer = await (await owner.slash("kick", member=elder, rule="respect")).reply()
    assert "at or above the bot's" in answer.content or "au niveau de celui du robot" in answer.content
    assert await cases(havre) == [] and elder.dms() == [] and havre.guild.is_member(elder)


async def test_a_kick_discord_refuses_anyway_is_corrected_never_announced_as_done(havre: Havre) -> None:
    await (await havre.bob.slash("rules")).reply()
    # An admin moves bob above the bot between the bot's check and its kick: Discord refuses (403).
    elder = havre.guild.add_role("Elder", above=havre.guild.bot_role)
    havre.emu.faults.latency(0.5, route=KICK, times=1)
    command = asyncio.create_task(havre.max.slash("kick", member=havre.bob, rule="respect"))
    explanation = await dm_number(havre, havre.bob, 1)
    havre.guild.member(havre.bob).roles = [elder.id]
    answer = await (await command).reply()
    [case] = await case_settled(havre)
    correction = await dm_number(havre, havre.bob, 2)
    assert "removed you from the server" in explanation.content  # sent first: a kicked member is unreachable
    assert correction.content.startswith("A correction: you have not been removed from the server")
    assert havre.guild.is_member(havre.bob)
    assert (case.status, case.dm_status) == ("failed", "corrected") and "403" in (case.apply_error or "")
    assert await strikes(havre) == []
    assert "did not go through" in answer.content and "403" in answer.content  # never "done"
    [alert] = [text for text in queue_texts(havre) if f"Cas n° {case.id}" in text]
    assert "correction" in alert and "403" in alert
    assert_no_pings(havre)


# -- point 5 --------------------------------------------------------------------------------------


async def test_a_timeout_that_fails_leaves_no_strike_tells_nothing_and_alerts_the_queue(havre: Havre) -> None:
    havre.emu.faults.server_error(EDIT_MEMBER, status=503)  # discord.py does not retry a 503
    answer = await (
        await havre.max.slash("timeout", member=havre.alice, duration="1h", rule="respect")
    ).reply()
    [case] = await case_settled(havre)
    assert (case.status, case.dm_status) == ("failed", "withheld")
    assert await strikes(havre) == [] and havre.alice.timed_out_until is None
    assert "refused" in answer.content
    [alert] = [text for text in queue_texts(havre) if f"Cas n° {case.id}" in text]
    assert "503" in alert and "n'a rien reçu" in alert
    await asyncio.sleep(0.2)
    assert havre.alice.dms() == []  # nothing about a pause that did not happen
    assert await havre.advance(hours=2) == 0  # no timeout end, no welcome back for it
    assert havre.alice.dms() == []
    assert_no_pings(havre)


async def test_a_503_burst_on_message_posts_ends_with_every_explanation_delivered(havre: Havre) -> None:
    members: list[Member] = [await havre.guild.join(f"m{i:02d}", locale="fr") for i in range(20)]
    await havre.emu.wait_for(
        lambda: all(havre.bot.get_user(m.id) for m in members),  # type: ignore[union-attr]
        5,
        "the bot to learn the new members",
    )
    havre.emu.faults.server_error(POST_MESSAGE, status=503, times=40)
    for member in members:
        await (await havre.max.slash("warn", member=member, rule="respect")).reply()
    settled = await case_settled(havre, 20)
    assert {c.dm_status for c in settled} == {"failed"}  # every DM hit the burst
    assert all(m.dms() == [] for m in members)
    assert havre.general.bot_messages() == []  # no false "your DMs are closed" notice
    rounds = 0
    while any(c.dm_status != "delivered" for c in await cases(havre)) and rounds < 6:
        rounds += 1
        await havre.advance(seconds=60)
    final = await cases(havre)
    assert {c.dm_status for c in final} == {"delivered"}, [(c.id, c.dm_status) for c in final]
    assert rounds >= 2  # the burst outlasted the first retry, and the runner tried again
    for member in members:
        [dm] = member.dms()  # exactly one explanation each
        assert "avertissement" in dm.content
    assert havre.general.bot_messages() == []
    from bot.services.moderation.redelivery import EXPLANATION_RETRY  # local: the test runs on old code too

    assert havre.bot is not None and EXPLANATION_RETRY in havre.bot.services.deadlines.handlers


# -- point 7 --------------------------------------------------------------------------------------


async def _warned_with_form_open(havre: Havre):  # type: ignore[no-untyped-def]
    await (await havre.max.slash("warn", member=havre.alice, rule="respect")).reply()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    press = await havre.alice.click(dm, f"mod:appeal:{case.id}")
    await press.modal_shown()
    return case, press


async def test_a_double_submit_stores_one_appeal_and_posts_one_card(havre: Havre) -> None:
    case, press = await _warned_with_form_open(havre)
    text = "Je citais quelqu'un d'autre."
    first, second = await asyncio.gather(
        havre.alice.submit(press, reason=text), havre.alice.submit(press, reason=text)
    )
    answers = [(await first.reply()).content, (await second.reply()).content]
    assert all("contestation" in a for a in answers), answers
    await asyncio.sleep(0.3)
    [appeal] = await appeals(havre)
    assert appeal.case_id == case.id
    cards = [t for t in queue_texts(havre) if "Contestation n°" in t]
    assert len(cards) == 1 and "quelqu'un d'autre" in cards[0]


async def test_forms_sent_before_a_restart_are_answered_after_it(havre: Havre) -> None:
    case, _press = await _warned_with_form_open(havre)
    await havre.restart()  # a deploy while alice is writing
    sent = await havre.alice.submit(reason="Je ne visais personne, je parlais d'un film.")
    assert "bien reçu votre contestation" in (await sent.reply()).content
    [appeal] = await appeals(havre)
    assert appeal.case_id == case.id and appeal.text_ref is not None
    queue = havre.channels["mod-queue"]
    card = await queue.next_bot_message(after=0)
    assert "je parlais d'un film" in card.content

    press = await havre.max.click(card, f"mod:appeal-decide:{appeal.id}:grant")
    await press.modal_shown()
    await havre.restart()  # and again while the moderator writes the answer
    decided = await havre.max.submit(reply="Sorry, we misread it.")
    assert f"Appeal #{appeal.id} granted" in (await decided.reply()).content
    [appeal] = await appeals(havre)
    assert appeal.state == "granted"
    answer = await dm_number(havre, havre.alice, 2)
    assert "acceptée" in answer.content


async def test_a_welcome_back_that_meets_a_503_is_sent_again_later(havre: Havre) -> None:
    await (await havre.max.slash("timeout", member=havre.alice, duration="30m", rule="respect")).reply()
    await dm_number(havre, havre.alice, 1)
    havre.emu.faults.server_error(POST_MESSAGE, status=503)  # Discord fails just as the pause ends
    await havre.advance(minutes=31)
    [case] = await cases(havre)
    assert case.status == "expired" and len(havre.alice.dms()) == 1
    await havre.advance(seconds=31)  # the notice's retry
    welcome = await dm_number(havre, havre.alice, 2)
    assert "Bon retour parmi nous" in welcome.content
    await havre.advance(minutes=5)
    assert len(havre.alice.dms()) == 2  # once, not again


async def test_a_moderate_this_message_form_sent_before_a_restart_is_answered_after_it(havre: Havre) -> None:
    message = await havre.bob.says(havre.general, "here is her phone number and address")
    await (await havre.max.context_menu("Moderate this message", message)).modal_shown()
    await havre.restart()
    done = await havre.max.submit(rule="privacy", action="timeout:1h", note="doxxing")
    assert "Case #" in (await done.reply()).content
    [case] = await case_settled(havre)
    assert (case.action, case.message_id, case.status) == ("timeout", message.id, "applied")
    await havre.emu.wait_for(lambda: message.deleted, 3, "the message to be removed")
    dm = await dm_number(havre, havre.bob, 1)
    assert "(UTC)" in dm.content and havre.bob.timed_out_until is not None  # the pause, and its end


async def test_an_automatic_timeout_that_fails_leaves_no_strike_and_tells_nothing(havre: Havre) -> None:
    havre.emu.faults.server_error(EDIT_MEMBER, status=503)
    await havre.alice.says(havre.general, "je vais te tuer")
    [case] = await case_settled(havre)
    assert (case.action, case.automatic) == ("timeout", True)
    assert (case.status, case.dm_status) == ("failed", "withheld")
    assert await strikes(havre) == [] and havre.alice.timed_out_until is None
    [alert] = [text for text in queue_texts(havre) if f"Cas n° {case.id}" in text]
    assert "503" in alert
    await asyncio.sleep(0.2)
    assert havre.alice.dms() == []
    await havre.alice.says(havre.general, "pardon, je m'emporte")  # she can still write: no pause happened


async def test_a_503_burst_on_automatic_reviews_ends_with_every_card_and_explanation_delivered(
    havre: Havre,
) -> None:
    members: list[Member] = [await havre.guild.join(f"r{i}", locale="fr") for i in range(5)]
    await asyncio.sleep(0.3)
    havre.emu.faults.server_error(POST_MESSAGE, status=503, times=20)  # DMs and queue cards alike
    for member in members:
        await member.says(havre.general, "arrête ta chimio, le jus de citron guérit le cancer")
    settled = await case_settled(havre, 5)
    assert {(c.action, c.status) for c in settled} == {("review", "proposed")}
    assert havre.channels["mod-queue"].bot_messages() == [] and all(m.dms() == [] for m in members)
    for _ in range(6):
        await havre.advance(seconds=60)
    final = await cases(havre)
    assert {c.dm_status for c in final} == {"delivered"}
    cards = havre.channels["mod-queue"].bot_messages()
    assert len(cards) == 5 and {c.review_message_id for c in final} == {card.id for card in cards}
    for member in members:
        [dm] = member.dms()
        assert "pour qu'un modérateur le relise" in dm.content
