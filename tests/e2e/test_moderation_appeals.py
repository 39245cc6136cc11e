"""The way back through the emulator: an appeal reaches the queue and its decision reaches the member;
a review card is decided by a human."""

from __future__ import annotations

from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import (
    appeals,
    assert_no_pings,
    button_ids,
    case_settled,
    cases,
    dm_number,
    log_kinds,
    strikes,
)


async def test_an_appeal_reaches_the_queue_and_the_decision_reaches_the_member(havre: Havre) -> None:
    queue = havre.channels["mod-queue"]
    await (
        await havre.max.slash("timeout", member=havre.alice, duration="2h", rule="respect", note="x")
    ).reply()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    assert havre.alice.timed_out_until is not None

    press = await havre.alice.click(dm, f"mod:appeal:{case.id}")
    form = await press.modal_shown()
    assert form["title"] == "Contester cette décision"
    sent = await havre.alice.submit(reason="Je citais quelqu'un d'autre, je n'insultais personne.")
    assert "bien reçu votre contestation" in (await sent.reply()).content
    card = await queue.next_bot_message(after=0)
    [appeal] = await appeals(havre)
    assert appeal.state == "open" and appeal.queue_message_id == card.id and appeal.text_ref is not None
    assert f"Contestation n° {appeal.id}" in card.content and "je n'insultais personne" in card.content
    assert set(button_ids(card)) == {
        f"mod:appeal-decide:{appeal.id}:grant",
        f"mod:appeal-decide:{appeal.id}:deny",
    }

    again = await havre.alice.click(dm, f"mod:appeal:{case.id}")  # one appeal per decision
    assert "déjà votre contestation" in (await again.reply()).content
    listed = await (await havre.max.slash("appeals")).reply()
    assert f"Appeal #{appeal.id}" in listed.content

    grant = await havre.max.click(card, f"mod:appeal-decide:{appeal.id}:grant")
    await grant.modal_shown()
    decided = await havre.max.submit(reply="Sorry, we misread the context. Welcome back!")
    assert f"Appeal #{appeal.id} granted" in (await decided.reply()).content

    answer = await dm_number(havre, havre.alice, 2)
    assert "Votre contestation est acceptée" in answer.content and "misread the context" in answer.content
    assert havre.alice.timed_out_until is None  # the timeout was lifted
    [appeal] = await appeals(havre)
    [case] = await cases(havre)
    assert (appeal.state, appeal.decided_by, appeal.reply_status) == ("granted", havre.max.id, "delivered")
    assert case.status == "overturned"
    assert all(s.pardoned_at is not None for s in await strikes(havre))
    assert button_ids(queue.messages()[-1]) == [] and "Acceptée par" in queue.messages()[-1].content
    kinds = await log_kinds(havre)
    assert {"appeal_opened", "appeal_decided", "sanction_ended"} <= set(kinds)
    assert_no_pings(havre)


async def test_only_moderators_decide_appeals_and_a_denial_is_explained(havre: Havre) -> None:
    queue = havre.channels["mod-queue"]
    await (await havre.max.slash("warn", member=havre.bob, rule="respect")).reply()
    dm = await dm_number(havre, havre.bob, 1)
    [case] = await case_settled(havre)
    await (await havre.bob.click(dm, f"mod:appeal:{case.id}")).modal_shown()
    await (await havre.bob.submit(reason="It was a joke between friends")).reply()
    card = await queue.next_bot_message(after=0)
    [appeal] = await appeals(havre)

    refused = await havre.pia.click(card, f"mod:appeal-decide:{appeal.id}:grant")  # a peer, not a moderator
    assert "modération" in (await refused.reply()).content
    deny = await havre.max.click(card, f"mod:appeal-decide:{appeal.id}:deny")
    await deny.modal_shown()
    await (await havre.max.submit()).reply()  # no reply text: the standard answer
    answer = await dm_number(havre, havre.bob, 2)
    assert "maintenons la décision" in answer.content  # bob never told the bot his locale
    [appeal] = await appeals(havre)
    [case] = await cases(havre)
    assert appeal.state == "denied" and case.status == "applied"
    assert [s.pardoned_at for s in await strikes(havre)] == [None]


async def test_a_review_card_is_decided_by_a_human(havre: Havre) -> None:
    queue = havre.channels["mod-queue"]
    message = await havre.alice.says(havre.general, "arrête ta chimio, le jus de citron guérit le cancer")
    await havre.emu.wait_for(lambda: message.deleted, 3, "the message to be set aside")
    [review] = await case_settled(havre)
    assert (review.action, review.proposed_action, review.status) == ("review", "hide", "proposed")
    assert "pour qu'un modérateur le relise" in (await dm_number(havre, havre.alice, 1)).content
    card = await queue.next_bot_message(after=0)
    assert review.review_message_id == card.id and "jus de citron" in card.content
    assert f"<@{havre.alice.id}>" in card.content and card.mentions == []  # shown, never pinged

    refused = await havre.pia.click(card, f"mod:review:{review.id}:apply")
    assert "modération" in (await refused.reply()).content
    applied = await havre.max.click(card, f"mod:review:{review.id}:apply")
    assert "Case #" in (await applied.reply()).content
    [review, confirmed] = await case_settled(havre, 2)
    assert review.status == "confirmed" and review.actor_id == havre.max.id
    assert (confirmed.action, confirmed.status, confirmed.automatic) == ("hide", "applied", False)
    assert confirmed.excerpt_ref == review.excerpt_ref
    assert "Nous avons retiré un de vos messages" in (await dm_number(havre, havre.alice, 2)).content
    assert button_ids(queue.messages()[-1]) == []
    assert_no_pings(havre)
