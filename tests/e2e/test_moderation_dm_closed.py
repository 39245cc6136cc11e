"""Closed DMs fall back to a notice in the channel that pings only that member; a message full of
@everyone and role mentions makes the bot ping nobody; "Details" and /my-standing show the explanation
privately."""

from __future__ import annotations

from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import assert_no_pings, bot_messages, button_ids, case_settled, dm_number


def _mass_mention(havre: Havre) -> str:
    roles = " ".join(f"<@&{role.id}>" for role in havre.roles.values())
    users = " ".join(m.mention for m in (havre.bob, havre.pia, havre.max))
    return f"@everyone @here {roles} {users} come look at this!!"


async def test_closed_dms_fall_back_to_a_channel_notice_that_pings_only_the_member(havre: Havre) -> None:
    text = _mass_mention(havre)
    message = await havre.carol.says(havre.general, text)
    notice = await havre.general.next_bot_message(after=message.id)
    await havre.emu.wait_for(lambda: message.deleted, 3, "the mass mention to be hidden")
    [case] = await case_settled(havre)

    assert (case.rule_id, case.action, case.dm_status) == ("mention_spam", "hide", "dm_closed_notice")
    assert havre.carol.dms() == []
    assert notice.content.startswith(f"<@{havre.carol.id}>") and "Details" in notice.content
    assert button_ids(notice)[0] == f"mod:why:{case.id}"  # not timed out: she can press it here
    details = await (await havre.carol.click(notice, f"mod:why:{case.id}")).reply()
    assert details.ephemeral and details.visible_to == havre.carol.id
    assert "Your message: “@\u200beveryone @\u200bhere" in details.content  # only she sees her words
    assert notice.mentions == [havre.carol.id] and notice.mention_roles == [] and not notice.mention_everyone
    allowed = notice.allowed_mentions or {}
    assert allowed.get("parse") == [] and [int(u) for u in allowed["users"]] == [havre.carol.id]
    assert not allowed.get("roles") and not allowed.get("replied_user")
    assert "@everyone" not in notice.content and "come look" not in notice.content  # nothing quoted here
    assert_no_pings(havre, allowed_user=havre.carol.id)

    standing = await havre.carol.slash("my-standing")
    summary = await standing.reply()
    note = await standing.followup(2) if len(standing.followups) > 1 else await standing.followup(1)
    assert summary.ephemeral and note.ephemeral
    assert "Your standing" in summary.content
    assert "We removed one of your messages" in note.content  # in carol's language, now it is known
    assert "Your message: “@\u200beveryone @\u200bhere" in note.content  # what she wrote, defused
    assert f"mod:ack:{case.id}" in button_ids(note) and f"mod:appeal:{case.id}" in button_ids(note)
    ack = await havre.carol.click(note, f"mod:ack:{case.id}")
    assert "Thank you for taking the time" in (await ack.reply()).content
    assert_no_pings(havre, allowed_user=havre.carol.id)


async def test_a_mass_mention_with_dms_open_pings_nobody_at_all(havre: Havre) -> None:
    message = await havre.alice.says(havre.general, _mass_mention(havre))
    dm = await dm_number(havre, havre.alice, 1)
    await havre.emu.wait_for(lambda: message.deleted, 3, "the mass mention to be hidden")
    assert not dm.mention_everyone and dm.mentions == [] and "@everyone" not in dm.content
    assert havre.general.bot_messages() == []  # nothing posted in the channel
    assert bot_messages(havre)
    assert_no_pings(havre)


async def test_rules_show_the_published_rules_with_version_and_date(havre: Havre) -> None:
    policy = havre.bot.services.policies.presets["patient"]  # type: ignore[union-attr]
    answer = await (await havre.alice.slash("rules")).reply()
    assert answer.ephemeral and policy.version in answer.content
    assert policy.published_at.isoformat() in answer.content
    assert "Respect entre membres" in answer.content and policy.rule_link("respect") in answer.content
