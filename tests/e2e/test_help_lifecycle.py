"""Claim, transfer, resolve, close, rating and survey, the follow-up a day later and reopen, all recorded;
shifts (only trained peers) and the knowledge base."""

from __future__ import annotations

import pytest

from bot.db.models import GovernanceEntry, KbOpen, TicketEvent
from bot.db.models import Ticket as TicketRow
from emulator import ScenarioError
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, go_on_duty, only_thread, queue_alert, settle


async def test_claim_transfer_resolve_survey_close_follow_up_reopen(havre: Havre) -> None:
    alice, pia, sam = havre.alice, havre.pia, havre.sam
    await go_on_duty(havre)
    await (await alice.slash("help", in_channel=havre.general, topic="sommeil")).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)

    claimed = await (await pia.slash("ticket claim", in_channel=thread)).reply()
    assert claimed.ephemeral and "prise en charge" in claimed.content
    [notice] = [m for m in thread.bot_messages() if f"<@{pia.id}>" in m.content and not m.mentions]
    assert "est avec vous" in notice.content or "is here with you" in notice.content

    noted = await (
        await pia.slash("ticket note", in_channel=thread, text="Rappeler le planning des nuits.")
    ).reply()
    assert noted.ephemeral
    queue = havre.channels["mod-queue"]
    assert any("Rappeler le planning" in m.content for m in queue.bot_messages())  # team only
    assert not any("Rappeler le planning" in m.content for m in thread.messages())  # never in her space

    moved = await (await pia.slash("ticket transfer", in_channel=thread, member=sam)).reply()
    assert moved.ephemeral
    assert havre.guild.can_view(sam, thread)
    [row] = await db_rows(havre, TicketRow)
    assert row.claimed_by == sam.id

    refused = await (await pia.slash("ticket resolve", in_channel=thread)).reply()  # no longer hers
    assert "Seul le modérateur pair" in refused.content or "Only the peer moderator" in refused.content

    before = max(m.id for m in thread.messages())
    resolved = await (
        await sam.slash("ticket resolve", in_channel=thread, recap="Nous avons parlé du sommeil.")
    ).reply()
    assert resolved.ephemeral
    recap, survey = await havre.emu.wait_for(
        lambda: (
            [m for m in thread.bot_messages() if m.id > before][:2]
            if len([m for m in thread.bot_messages() if m.id > before]) >= 2
            else None
        ),
        5,
        "recap and survey",
    )
    assert "Nous avons parlé du sommeil." in recap.content and "Bonjour" not in recap.content
    assert survey.components  # rating, solved, comment, reopen

    rated = await (await alice.click(survey, "help:rate:")).reply()  # the first button: 1
    assert rated.ephemeral
    four = await (await alice.click(survey, "4")).reply()
    assert four.ephemeral
    solved = await (await alice.click(survey, "help:solved:")).reply()
    assert solved.ephemeral
    form = await alice.click(survey, "help:comment:")
    await form.modal_shown()
    thanks = await (await alice.submit(comment="Merci, ça m'a aidée.")).reply()
    assert thanks.ephemeral
    with pytest.raises(ScenarioError):  # bob cannot even see the space, so cannot answer for alice
        await havre.bob.click(survey, "help:rate:")

    closed = await (await alice.slash("ticket close", in_channel=thread)).reply()
    assert closed.ephemeral
    await havre.emu.wait_for(lambda: thread.state.archived and thread.state.locked, 5, "the space archived")
    [row] = await db_rows(havre, TicketRow)
    assert (row.state, row.rating, row.solved) == ("closed", 4, True) and row.rating_comment_ref is not None

    # A day later: the check-in by DM, with a button to reopen.
    await settle(havre)  # the close's transcript is kept first (a deadline due at once)
    assert alice.dms() == []
    assert await havre.advance(hours=23, minutes=59) == 0
    assert alice.dms() == []
    assert await havre.advance(minutes=1, seconds=1) == 1
    [follow_up] = alice.dms()
    assert "Comment allez-vous" in follow_up.content or "How are you" in follow_up.content
    reopened = await (await alice.click(follow_up, "help:reopen:")).reply()
    assert f"<#{thread.id}>" in reopened.content
    await havre.emu.wait_for(lambda: not thread.state.archived and not thread.state.locked, 5, "reopened")
    [row] = await db_rows(havre, TicketRow)
    assert (row.state, row.claimed_by, row.reopened_count) == ("claimed", sam.id, 1)

    kinds = [e.kind for e in await db_rows(havre, TicketEvent)]
    for kind in ("opened", "claimed", "transferred", "resolved", "survey", "closed", "follow_up", "reopened"):
        assert kind in kinds, kind
    log = await db_rows(havre, GovernanceEntry)
    actions = [e.action for e in log if e.kind == "ticket_transition"]
    assert actions == ["opened", "claimed", "transferred", "resolved", "closed", "reopened"]
    assert [e.kind for e in log].count("rating") == 4


async def test_with_dms_closed_the_follow_up_comes_in_the_members_own_space(havre: Havre) -> None:
    carol = havre.carol  # her DMs are closed
    await go_on_duty(havre)
    await (await carol.slash("help", in_channel=havre.general, topic="fatigue")).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    closed = await (await carol.slash("ticket close", in_channel=thread)).reply()
    assert closed.ephemeral
    await havre.emu.wait_for(lambda: thread.state.archived and thread.state.locked, 5, "the space archived")
    before = max(m.id for m in thread.messages())
    await settle(havre)  # the close's transcript is kept first (a deadline due at once)

    assert await havre.advance(days=1, seconds=1) == 1
    follow_up = await havre.emu.wait_for(
        lambda: next((m for m in thread.bot_messages() if m.id > before), None), 5, "the follow-up"
    )
    assert carol.dms() == []
    assert "How are you" in follow_up.content or "Comment allez-vous" in follow_up.content
    assert follow_up.mentions == [carol.id]  # only her, nobody else is pinged
    assert not havre.guild.can_view(havre.bob, thread)  # still her private space
    [row] = await db_rows(havre, TicketRow)
    assert row.state == "closed"  # posting the check-in did not reopen anything
    reopened = await (await carol.click(follow_up, "help:reopen:")).reply()
    assert reopened.ephemeral and ("waiting for a peer" in reopened.content or "attend" in reopened.content)
    await havre.emu.wait_for(lambda: not thread.state.locked, 5, "reopened")
    [row] = await db_rows(havre, TicketRow)
    assert row.state != "closed" and row.reopened_count == 1


async def test_only_trained_peers_go_on_duty(havre: Havre) -> None:
    refused = await (await havre.bob.slash("shift start", in_channel=havre.general)).reply()
    assert refused.ephemeral and "Only trained peer moderators can go on duty" in refused.content
    nobody = await (await havre.bob.slash("shift who", in_channel=havre.general)).reply()
    assert "Nobody is on duty" in nobody.content
    await go_on_duty(havre, "pia")
    who = await (await havre.bob.slash("shift who", in_channel=havre.general)).reply()
    assert f"<@{havre.pia.id}>" in who.content and who.mentions == []
    ended = await (await havre.pia.slash("shift end", in_channel=havre.general)).reply()
    assert "Merci" in ended.content

    # The rota, too, only takes trained peers.
    not_trained = await (
        await havre.ada.slash(
            "shift rota-add",
            in_channel=havre.general,
            member=havre.bob,
            days="mon",
            hours="09:00-17:00",
            timezone="Europe/Paris",
        )
    ).reply()
    assert "<@" in not_trained.content and str(havre.bob.id) in not_trained.content
    saved = await (
        await havre.ada.slash(
            "shift rota-add",
            in_channel=havre.general,
            member=havre.pia,
            days="weekdays",
            hours="09:00-17:00",
            timezone="Europe/Paris",
        )
    ).reply()
    assert "5" in saved.content
    shown = await (await havre.pia.slash("shift rota-show", in_channel=havre.general)).reply()
    assert "Europe/Paris" in shown.content and "lundi" in shown.content
    denied = await (
        await havre.pia.slash(
            "shift rota-add",
            in_channel=havre.general,
            member=havre.pia,
            days="sat",
            hours="09:00-17:00",
            timezone="UTC",
        )
    ).reply()
    assert "administration" in denied.content  # pia reads French


async def test_the_rota_puts_a_peer_on_duty_for_new_tickets(havre: Havre) -> None:
    # The clock starts on Monday 2026-01-05 at 09:00 UTC (10:00 in Paris).
    await (
        await havre.ada.slash(
            "shift rota-add",
            in_channel=havre.general,
            member=havre.pia,
            days="mon",
            hours="10:30-12:00",
            timezone="Europe/Paris",
        )
    ).reply()
    assert await havre.advance(minutes=31) == 1  # the shift starts: announced in the mod queue
    queue = havre.channels["mod-queue"]
    started = [m for m in queue.bot_messages() if havre.pia.id in m.mentions]
    assert started
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    alert = await queue_alert(havre, thread)
    assert alert.mentions == [havre.pia.id]


async def test_kb_search_and_opening_is_counted(havre: Havre) -> None:
    found = await (await havre.alice.slash("kb", in_channel=havre.general, query="douleur")).reply()
    assert found.ephemeral and "douleur" in found.content.lower()
    opened = await (await havre.alice.click(found, "help:kb:")).reply()
    assert opened.ephemeral and len(opened.content) > 100
    [row] = await db_rows(havre, KbOpen)
    assert row.language == "fr" and row.guild_id == havre.guild.id
    none = await (await havre.bob.slash("kb", in_channel=havre.general, query="zzqqxx")).reply()
    assert "found no guide" in none.content


async def test_the_rota_from_a_file(havre: Havre) -> None:
    pia, bob = havre.pia.id, havre.bob.id
    toml = f"""timezone = "Europe/Paris"
[[shift]]
moderator = {pia}
days = ["sat", "sun"]
start = "22:00"
end = "06:00"
"""
    saved = await (
        await havre.ada.slash("shift rota-set", in_channel=havre.general, file=("rota.toml", toml.encode()))
    ).reply()
    assert "2" in saved.content and "<t:" in saved.content  # two weekly shifts, and when the next change is
    shown = await (await havre.ada.slash("shift rota-show", in_channel=havre.general)).reply()
    assert "samedi 22:00–06:00" in shown.content

    refused = await (
        await havre.ada.slash(
            "shift rota-set",
            in_channel=havre.general,
            file=("rota.txt", f"{bob} mon 09:00-12:00 UTC".encode()),
        )
    ).reply()
    assert str(bob) in refused.content  # bob is not a trained peer moderator
    broken = await (
        await havre.ada.slash("shift rota-set", in_channel=havre.general, file=("rota.txt", b"nonsense"))
    ).reply()
    assert "line 1" in broken.content
    shown_again = await (await havre.ada.slash("shift rota-show", in_channel=havre.general)).reply()
    assert shown_again.content == shown.content  # unchanged by the refused files
