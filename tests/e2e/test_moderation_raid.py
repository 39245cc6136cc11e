"""A raid through the real bot and the emulator: 300 messages from 30 new accounts are contained (raid
mode on, messages removed in bulk, raiders timed out), explained once per member, logged, and the end
announced; a moderator starts and ends raid mode by command, and a member cannot."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from emulator import Member, Permission, ScenarioError
from emulator.rest.incidents import invites_paused
from tests.e2e.conftest import Havre, running_havre
from tests.e2e.moderation_helpers import assert_no_pings, cases, entries_of

RAIDERS = 30
EACH = 10
RAID_TEXT = "Venez tous sur notre nouveau serveur, c'est beaucoup mieux ici, message {n}"


@pytest.fixture
async def havre(tmp_path: Path) -> AsyncIterator[Havre]:
    """The seeded server with raid detection on (the shared fixture turns it off)."""
    async with running_havre(tmp_path, raid=True) as state:
        yield state


RAID_PERMISSIONS = Permission.MANAGE_CHANNELS | Permission.MANAGE_ROLES | Permission.MANAGE_GUILD


async def _grant_raid_permissions(havre: Havre) -> None:
    role = havre.guild.bot_role
    extra = (
        RAID_PERMISSIONS
        | Permission.SEND_MESSAGES_IN_THREADS
        | Permission.CREATE_PUBLIC_THREADS
        | Permission.CREATE_PRIVATE_THREADS
        | Permission.ADD_REACTIONS
    )
    await havre.guild.set_role_permissions(role, Permission(role.permissions) | extra)
    await asyncio.sleep(0.1)  # GUILD_ROLE_UPDATE reaches the bot's cache


async def _join_quietly(havre: Havre, count: int) -> list[Member]:
    """New accounts joining a few at a time, an hour apart: no join burst (the raid is a message burst)."""
    raiders = []
    for i in range(count):
        raiders.append(await havre.guild.join(f"raider{i}", locale="fr"))
        if i % 4 == 3:
            await asyncio.sleep(0.2)  # the bot sees these joins before the clock moves on
            havre.clock.advance(timedelta(hours=1))
    return raiders


async def _until(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not await predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.05)


@pytest.mark.timeout(90)
async def test_a_raid_of_300_messages_from_30_new_accounts_is_contained_explained_once_and_logged(
    havre: Havre,
) -> None:
    started = time.monotonic()
    assert havre.bot is not None
    await _grant_raid_permissions(havre)
    raiders = await _join_quietly(havre, RAIDERS)
    bystander_msg = await havre.alice.says(havre.general, "Bonjour à tous, comment allez-vous ?")
    # The raid: every account posts at once, as raid bots do (all 300 are on Discord before the bot acts).
    sent = await asyncio.gather(
        *(r.says(havre.general, RAID_TEXT.format(n=k)) for k in range(EACH) for r in raiders)
    )
    assert len(sent) == RAIDERS * EACH
    raid = havre.bot.services.moderation.raid
    guild_id = havre.guild.id

    async def contained() -> bool:
        state = raid.status(guild_id)
        return (
            state is not None
            and all(m.deleted for m in sent)
            and sum(1 for r in raiders if len(r.dms()) >= 1) == RAIDERS
            and state.timed_out == RAIDERS
            and state.removed == RAIDERS * EACH
        )

    await _until(contained, 30, "the raid contained")
    state = raid.status(guild_id)
    assert state is not None and state.trigger == "messages"
    assert state.removed == RAIDERS * EACH and state.raiders == {r.id for r in raiders}

    # Removed in bulk: bulk deletes of 2-100 ids cover (nearly) everything; no message deleted twice.
    bulk = [c for c in havre.emu.recorder.requests() if c.route.endswith("/messages/bulk-delete")]
    assert bulk and all(c.status == 204 and 2 <= len(c.json["messages"]) <= 100 for c in bulk)
    bulk_ids = [int(i) for c in bulk for i in c.json["messages"]]
    assert len(bulk_ids) == len(set(bulk_ids)) and len(bulk_ids) >= RAIDERS * EACH - 5
    assert len(bulk) <= 10  # not one call per message
    assert not bystander_msg.deleted  # a member talking normally is left alone

    # Timed out in one pass, told once: 30 DMs, not 300.
    now = havre.clock.now()
    for raider in raiders:
        until = havre.guild.member(raider).timed_out_until
        assert until is not None and until > now
        assert len(raider.dms()) == 1, raider.name
        assert "raid" in raider.dms()[0].text and "pause" in raider.dms()[0].text
    assert havre.alice.dms() == [] and havre.guild.member(havre.alice).timed_out_until is None
    assert await cases(havre) == []  # one incident, not a case per message

    # Raid mode on Discord: slowmode where the raid posted, invites paused.
    assert havre.general.state.rate_limit_per_user == 30
    assert invites_paused(havre.guild.state, havre.clock.now())

    # Moderators: one summary in the queue (French server), kept up to date.
    queue = havre.channels["mod-queue"]

    async def summary_final() -> bool:
        msgs = queue.bot_messages()
        return len(msgs) == 1 and f"messages retirés : {RAIDERS * EACH}" in msgs[0].text

    await _until(summary_final, 5, "the queue summary")
    summary = queue.bot_messages()[0].text
    assert "Mode raid activé" in summary and "mode lent" in summary and "invitations en pause" in summary
    assert f"Comptes : {RAIDERS}" in summary and f"<#{havre.general.id}>" in summary

    # The end, by a moderator's command: undone exactly, announced in the queue and the channel.
    with pytest.raises(ScenarioError):  # Discord hides it: default_member_permissions
        await havre.bob.slash("raid end")
    havre.guild.override_command_permissions("raid")  # a server shows it to everyone: the bot still refuses
    refused = await havre.bob.slash("raid end")
    assert (await refused.reply()).ephemeral and raid.status(guild_id) is not None
    ended = await havre.max.slash("raid end")
    await ended.reply(timeout=10)
    assert raid.status(guild_id) is None
    assert havre.general.state.rate_limit_per_user == 0
    assert not invites_paused(havre.guild.state, havre.clock.now())
    assert any("Mode raid terminé" in m.text for m in queue.bot_messages())
    assert any("Le calme est revenu" in m.text for m in havre.general.bot_messages())
    assert_no_pings(havre)

    # Every step in the governance log.
    assert len(await entries_of(havre, "raid_started")) == 1
    members = await entries_of(havre, "raid_member")
    assert len(members) == RAIDERS and len({e.subject for e in members}) == RAIDERS
    steps = [e.action for e in await entries_of(havre, "raid_step")]
    assert {"incident", "slowmode", "bulk_delete", "undo_slowmode", "undo_incident"} <= set(steps)
    assert len(await entries_of(havre, "raid_ended")) == 1
    assert time.monotonic() - started < 60


async def test_a_moderator_starts_raid_mode_with_a_lock_and_ends_it_the_time_limit_in_english(
    havre: Havre,
) -> None:
    assert havre.bot is not None
    await _grant_raid_permissions(havre)
    await havre.configure(language="en")
    raid = havre.bot.services.moderation.raid
    help_channel = havre.channels["help"]

    havre.guild.override_command_permissions("raid")
    refused = await havre.alice.slash("raid start")
    assert (await refused.reply()).ephemeral and raid.status(havre.guild.id) is None

    started = await havre.max.slash("raid start", lock=help_channel, minutes=10)
    assert "Raid mode is on" in (await started.reply(timeout=10)).text
    state = raid.status(havre.guild.id)
    assert state is not None and state.started_by == havre.max.id
    everyone = havre.guild.everyone
    assert not havre.guild.permissions_of(havre.alice, help_channel) & Permission.SEND_MESSAGES
    queue = havre.channels["mod-queue"]
    await havre.emu.wait_for(lambda: queue.bot_messages() or None, 5, "summary")
    assert "**Raid mode is on** (started by" in queue.bot_messages()[0].text
    assert "locked" in queue.bot_messages()[0].text

    status = await havre.max.slash("raid status")
    assert "Raid mode is on" in (await status.reply()).text

    # The time limit passes (the injected clock): raid mode ends by itself and undoes the lock.
    havre.clock.advance(timedelta(minutes=11))
    await raid.expire(havre.guild.id, havre.clock.now())
    assert raid.status(havre.guild.id) is None
    assert everyone.id not in help_channel.state.overwrites  # there was none before: removed again
    assert havre.guild.permissions_of(havre.alice, help_channel) & Permission.SEND_MESSAGES
    assert any("Raid mode is over" in m.text and "time limit" in m.text for m in queue.bot_messages())
    assert any("Calm is back" in m.text for m in help_channel.bot_messages())
    ended = await entries_of(havre, "raid_ended")
    assert len(ended) == 1 and json.loads(ended[0].data)["by"] == "expiry"


async def test_a_join_burst_of_new_accounts_starts_raid_mode_and_holds_them_before_they_post(
    havre: Havre,
) -> None:
    assert havre.bot is not None
    await _grant_raid_permissions(havre)
    raid = havre.bot.services.moderation.raid
    joined = [await havre.guild.join(f"newcomer{i}", locale="fr") for i in range(8)]  # patient: 8 in 60 s

    async def held() -> bool:
        state = raid.status(havre.guild.id)
        return state is not None and state.timed_out == len(joined)

    await _until(held, 10, "raid mode on the join burst")
    state = raid.status(havre.guild.id)
    assert state is not None and state.trigger == "joins" and state.raiders == {m.id for m in joined}
    assert invites_paused(havre.guild.state, havre.clock.now())
    for member in joined:
        with pytest.raises(ScenarioError):  # timed out: Discord does not let them post
            await member.says(havre.general, "hello")
    await havre.emu.wait_for(lambda: all(len(m.dms()) == 1 for m in joined) or None, 5, "one DM each")
    late = await havre.guild.join("latecomer", locale="fr")  # a new account joining during the raid
    await asyncio.sleep(0.2)
    assert havre.guild.member(late).timed_out_until is None  # held only if it posts during the raid
    posted = await late.says(havre.general, "coucou")

    async def late_held() -> bool:
        return (
            posted.deleted and havre.guild.member(late).timed_out_until is not None and len(late.dms()) == 1
        )

    await _until(late_held, 5, "a new account posting during the raid")
    said = await havre.alice.says(
        havre.general, "Bonjour, tout va bien ?"
    )  # members already there: untouched
    await asyncio.sleep(0.5)
    assert not said.deleted and havre.alice.dms() == []
