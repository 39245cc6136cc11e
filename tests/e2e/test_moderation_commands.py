"""Moderators' commands through the emulator: same explanations, real permission checks, every one logged."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from emulator import ScenarioError
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import (
    assert_no_pings,
    button_ids,
    case_settled,
    cases,
    dm_number,
    entries_of,
    log_kinds,
    strikes,
)


async def test_a_moderators_timeout_is_explained_and_i_understand_lifts_it(havre: Havre) -> None:
    await (await havre.bob.slash("rules")).reply()  # bob's client is in English: the bot learns it
    answer = await (
        await havre.max.slash(
            "timeout", member=havre.bob, duration="10m", rule="respect", note="keeps baiting"
        )
    ).reply()
    dm = await dm_number(havre, havre.bob, 1)
    [case] = await case_settled(havre)
    assert f"Case #{case.id}" in answer.content and "delivered by DM" in answer.content

    until = havre.bob.timed_out_until
    assert until is not None and until - havre.clock.now() == timedelta(minutes=10)
    # The same quality as an automatic action, in bob's language, without the moderator's name.
    assert dm.content.startswith("**We paused your messages for")
    assert "We paused your messages for 10 minutes" in dm.content
    assert "Rule: **Respect between members**" in dm.content
    assert "max" not in dm.content
    end = until.strftime("%A %-d %B, %H:%M") + " (UTC)"
    assert f"You can write again on {end}." in dm.content  # the end, as a person reads it
    assert "the pause ends" in dm.content  # "I understand" lifts it: the rule allows it for short timeouts
    assert "baiting" not in dm.content  # the note stays internal
    assert {f"mod:ack:{case.id}", f"mod:appeal:{case.id}", f"mod:clear:{case.id}:yes"} <= set(button_ids(dm))
    assert case.actor_id == havre.max.id and not case.automatic and case.note_ref is not None

    ack = await havre.bob.click(dm, "I understand")
    assert "lifted" in (await ack.reply()).content
    assert havre.bob.timed_out_until is None
    [case] = await cases(havre)
    assert case.status == "lifted" and case.acknowledged_at is not None
    assert {"acknowledgement", "sanction_ended"} <= set(await log_kinds(havre))
    await havre.bob.says(havre.general, "sorry everyone")  # bob can write again
    assert_no_pings(havre)


async def test_a_timeout_that_ends_by_itself_welcomes_the_member_back(havre: Havre) -> None:
    await (await havre.max.slash("timeout", member=havre.alice, duration="30m", rule="respect")).reply()
    await dm_number(havre, havre.alice, 1)
    assert await havre.advance(minutes=31) == 1
    welcome = await dm_number(havre, havre.alice, 2)
    assert "Bon retour parmi nous" in welcome.content
    [case] = await cases(havre)
    assert case.status == "expired"
    assert await havre.advance(days=8) == 1  # then the probation ends by itself
    assert "Tout est redevenu normal" in (await dm_number(havre, havre.alice, 3)).content


async def test_members_cannot_use_moderator_commands_even_when_the_server_opens_them(havre: Havre) -> None:
    with pytest.raises(ScenarioError):  # Discord hides it: default_member_permissions
        await havre.alice.slash("warn", member=havre.bob, rule="respect")
    havre.guild.override_command_permissions("warn")  # an admin opened /warn to everyone
    havre.guild.override_command_permissions("timeout")
    refused = await (await havre.alice.slash("warn", member=havre.bob, rule="respect")).reply()
    assert refused.ephemeral and "modération" in refused.content
    again = await (await havre.pia.slash("timeout", member=havre.bob, duration="1h", rule="respect")).reply()
    assert "modération" in again.content  # a peer supporter is not a moderator either
    message = await havre.bob.says(havre.general, "hello")
    havre.guild.override_command_permissions("Moderate this message")
    menu = await (await havre.alice.context_menu("Moderate this message", message)).reply()
    assert "modération" in menu.content and menu.ephemeral and not message.deleted
    assert await cases(havre) == [] and havre.bob.dms() == [] and havre.bob.timed_out_until is None


async def test_case_history_pardon_and_appeals_for_moderators(havre: Havre) -> None:
    await (await havre.max.slash("warn", member=havre.alice, rule="privacy", note="shared a photo")).reply()
    await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    shown = await (await havre.max.slash("case", id=case.id)).reply()
    assert shown.ephemeral and f"#{case.id}" in shown.content and "shared a photo" in shown.content
    [viewed] = await entries_of(havre, "case_viewed")  # reading a member's sealed note is logged too
    assert viewed.actor.startswith("mod:") and viewed.subject and viewed.subject.startswith("m_")
    assert json.loads(viewed.data) == {"case_id": case.id, "opened": ["note"]}
    listed = await (await havre.max.slash("history", member=havre.alice)).reply()
    assert f"#{case.id}" in listed.content
    empty = await (await havre.max.slash("appeals")).reply()
    assert "No appeal is waiting" in empty.content

    assert [s.pardoned_at for s in await strikes(havre)] == [None]
    pardoned = await (await havre.max.slash("pardon", case=case.id, note="context")).reply()
    assert f"#{case.id}" in pardoned.content
    [strike] = await strikes(havre)
    assert strike.pardoned_at is not None and strike.pardoned_by == havre.max.id
    again = await (await havre.max.slash("pardon", case=case.id)).reply()
    assert "no strike left" in again.content
    assert (await log_kinds(havre)).count("sanction_ended") == 1


async def test_moderate_this_message_hides_it_and_explains(havre: Havre) -> None:
    message = await havre.bob.says(havre.general, "here is her phone number and address")
    menu = await havre.max.context_menu("Moderate this message", message)
    form = await menu.modal_shown()
    assert form["custom_id"].startswith("mod:message-form:")
    done = await havre.max.submit(rule="privacy", action="timeout:1h", note="doxxing")
    assert "Case #" in (await done.reply()).content
    dm = await dm_number(havre, havre.bob, 1)
    await havre.emu.wait_for(lambda: message.deleted, 3, "the message to be removed")
    assert "phone number" not in dm.content  # never repeated back above the buttons
    [case_id] = [int(i.split(":")[2]) for i in button_ids(dm) if i.startswith("mod:why:")]
    details = await (await havre.bob.click(dm, f"mod:why:{case_id}")).reply()
    assert "phone number" in details.content  # the member sees what they wrote, behind "Details"
    assert havre.bob.timed_out_until is not None
    [case] = await case_settled(havre)
    assert (case.action, case.rule_id, case.duration_seconds, case.message_id) == (
        "timeout",
        "privacy",
        3600,
        message.id,
    )


async def test_kick_and_ban_need_the_right_permissions_and_are_explained_first(havre: Havre) -> None:
    await (await havre.max.slash("ban", member=havre.carol, rule="privacy", duration="7d")).reply()
    [case] = await case_settled(havre)
    assert case.action == "ban" and case.status == "applied" and case.dm_status == "dm_closed"
    assert havre.carol.id in havre.guild.bans and case.ends_at is not None
    unban = await (await havre.max.slash("unban", user=havre.carol)).reply()
    assert "no longer banned" in unban.content and havre.guild.bans == {}
    [case] = await cases(havre)
    assert case.status == "lifted"
