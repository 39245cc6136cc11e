"""Issue 13, points 4 and 9: ``/setup start``, the guided set-up in one command (community kind,
language, channels, roles with the governance committee, who can read private spaces), each step
skippable and re-runnable, ephemeral; and the private help channel it offers, whose permission overwrites
keep everyone but the help team out (checked with the emulator's Discord permission algorithm), with the
member told exactly who can read their space."""

from __future__ import annotations

import pytest

import cogs.core.setup_guide as guide_module
from emulator import Member, Permission
from emulator.errors import ScenarioError
from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, only_thread


def _cid(message: MessageState, key: str) -> str:
    """The full custom id of the guide's component ``key`` (ids carry the bot run's mark)."""
    ids = [c["custom_id"] for row in message.components for c in row.get("components", [])]
    [found] = [i for i in ids if i.startswith("setup:guide:") and i.endswith(f":{key}")]
    return found


async def _step(havre: Havre, who: str | Member, message: MessageState, button: str) -> MessageState:
    actor = havre.members[who] if isinstance(who, str) else who
    return await (await actor.click(message, _cid(message, button))).reply()


async def test_the_guided_setup_walks_an_admin_through_every_step_in_french(havre: Havre) -> None:
    ada = havre.ada
    step = await (await ada.slash("setup start", in_channel=havre.general)).reply()
    assert step.ephemeral and "étape 1 sur 5" in step.content and "Communauté de patients" in step.content

    step = await (await ada.select(step, _cid(step, "preset"), ["game"])).reply()
    assert (
        "Actuellement : **Communauté de jeu**" in step.content
        and "Enregistré. Règles en vigueur" in step.content
    )
    assert (await havre.bot.services.guilds.load(havre.guild.id)).preset == "game"  # type: ignore[union-attr]

    step = await _step(havre, "ada", step, "next")
    assert "étape 2 sur 5" in step.content and "Actuellement : **Français**" in step.content
    step = await _step(havre, "ada", step, "skip")  # language unchanged
    assert "étape 3 sur 5" in step.content and f"<#{havre.channels['mod-queue'].id}>" in step.content
    step = await _step(havre, "ada", step, "skip")
    assert "étape 4 sur 5" in step.content and "Comité de gouvernance" in step.content

    committee = havre.guild.add_role("Comité")
    step = await (await ada.select(step, _cid(step, "committee_role_id"), [committee])).reply()
    assert f"Comité de gouvernance (lit le tableau de bord de confiance) : <@&{committee.id}>" in step.content
    assert "Enregistré." in step.content and "committee_role_id" not in step.content
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    assert row.committee_role_id == committee.id and row.peer_role_id == havre.roles["peer"].id
    assert step.mention_roles == []  # shown, never pinged

    step = await _step(havre, "ada", step, "next")
    assert "étape 5 sur 5" in step.content and "Qui peut lire les espaces d'aide privés" in step.content
    assert f"<@&{havre.roles['moderator'].id}> (Gérer les fils)" in step.content

    step = await _step(havre, "ada", step, "finish")
    assert "Havre est configuré" in step.content and "Communauté de jeu" in step.content
    step = await _step(havre, "ada", step, "again")  # re-runnable from the start
    assert "étape 1 sur 5" in step.content
    with pytest.raises(ScenarioError, match="disabled"):  # nothing before the first step
        await _step(havre, "ada", step, "back")
    step = await _step(havre, "ada", step, "skip")
    step = await _step(havre, "ada", step, "back")
    assert "étape 1 sur 5" in step.content


async def test_the_private_help_channel_keeps_everyone_but_the_team_out_in_english(havre: Havre) -> None:
    eve = havre.guild.add_member("eve", locale="en-US", roles=[havre.roles["admin"]])
    step = await (await eve.slash("setup start", in_channel=havre.general)).reply()
    assert "step 1 of 5" in step.content
    step = await _step(havre, eve, step, "finish")
    step = await _step(havre, eve, step, "again")
    for _ in range(4):
        step = await _step(havre, eve, step, "skip")
    assert "Who can read the private help spaces" in step.content
    assert f"<@&{havre.roles['moderator'].id}> (Manage Threads)" in step.content  # the seeded channel

    step = await _step(havre, eve, step, "create_help")
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    help_channel = havre.guild.channel(row.help_channel_id or 0)
    assert help_channel.id != havre.channels["help"].id and help_channel.name == "help"
    assert f"Done: <#{help_channel.id}> is the help channel now" in step.content
    assert f"<@&{havre.roles['moderator'].id}>" not in step.content  # moderators are out now
    assert "(Administrator)" in step.content and "(server owner)" in step.content
    with pytest.raises(ScenarioError, match="disabled"):  # one press, one channel
        await _step(havre, eve, step, "create_help")

    # What Discord lets each one do there (the emulator's permission algorithm, overwrites applied).
    guild = havre.guild
    assert guild.can_view(havre.alice, help_channel)  # members see it: their space lives under it
    assert not guild.permissions_of(havre.alice, help_channel) & Permission.SEND_MESSAGES
    assert not guild.permissions_of(havre.max, help_channel) & Permission.MANAGE_THREADS
    assert guild.permissions_of(havre.pia, help_channel) & Permission.MANAGE_THREADS

    await (await havre.bob.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    assert thread.state.parent_id == help_channel.id
    greeting = (await bot_messages(thread, 1))[0]
    line = next(x for x in greeting.content.splitlines() if x.startswith("Who can read this space"))
    assert line == (
        "Who can read this space: you, the people from the team who come to help you, the help team "
        "(roles Specialist, Peer moderator) and the server's administrators (Admin, and the owner). "
        "Nobody else."
    )
    assert greeting.mention_roles == []
    assert guild.can_view(havre.bob, thread) and not guild.can_view(havre.alice, thread)
    assert not guild.can_view(havre.max, thread)  # a moderator outside the help team: kept out
    assert guild.can_view(havre.sam, thread)  # the team (Manage Threads there)
    assert guild.can_view(havre.ada, thread) and guild.can_view(guild.owner, thread)  # as Discord says


async def test_without_manage_roles_the_admin_is_told_what_to_give(havre: Havre) -> None:
    lacking = Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES | Permission.MANAGE_CHANNELS
    guild = havre.emu.add_guild("Small place", locale="en-US", bot_permissions=lacking)
    admin = guild.add_member(
        "kim", locale="en-US", roles=[guild.add_role("Admins", Permission.ADMINISTRATOR)]
    )
    general = guild.add_channel("general")
    await havre.emu.bot_joins(guild)
    await havre.emu.wait_for(guild.owner.dms, 5, "the arrival DM")
    step = await (await admin.slash("setup start", in_channel=general)).reply()
    for _ in range(4):
        step = await (await admin.click(step, _cid(step, "skip"))).reply()
    assert "There is no help channel yet" in step.content
    step = await (await admin.click(step, _cid(step, "create_help"))).reply()
    assert "Havre's role needs these permissions first: " in step.content
    assert "Manage Roles" in step.content and "Manage Threads" in step.content and "_" not in step.content
    assert [c for c in guild.state.channels.values() if c.name == "help"] == []


async def test_a_quiet_guide_closes_kindly(havre: Havre, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guide_module, "GUIDE_TIMEOUT", 0.5)
    step = await (await havre.ada.slash("setup start", in_channel=havre.general)).reply()
    step = await _step(havre, "ada", step, "skip")
    closed = await havre.emu.wait_for(
        lambda: step if "dix minutes" in havre.emu.world.messages[step.id].content else None, 5, "the close"
    )
    current = havre.emu.world.messages[closed.id]
    assert "Ce que vous avez choisi est enregistré" in current.content and not current.components


async def test_someone_who_is_not_an_admin_cannot_run_the_guide(havre: Havre) -> None:
    havre.guild.override_command_permissions("setup")
    refused = await (await havre.max.slash("setup start", in_channel=havre.general)).reply()
    assert refused.ephemeral and "étape" not in refused.content and not refused.components


async def test_a_guide_from_before_a_restart_comes_back_at_its_step_in_english(havre: Havre) -> None:
    eve = havre.guild.add_member("eve", locale="en-US", roles=[havre.roles["admin"]])
    step = await (await eve.slash("setup start", in_channel=havre.general)).reply()
    step = await _step(havre, eve, step, "skip")
    step = await _step(havre, eve, step, "skip")
    assert "step 3 of 5" in step.content
    await havre.restart()  # a deploy while the admin was choosing
    queue = _cid(step, "mod_queue_channel_id")
    resumed = await (await eve.select(step, queue, [havre.channels["general"]])).reply()
    assert "Havre restarted in the meantime, so that last choice was not saved" in resumed.content
    assert "step 3 of 5" in resumed.content and resumed.ephemeral
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    assert row.mod_queue_channel_id == havre.channels["mod-queue"].id  # the stale click changed nothing
    step = await _step(havre, eve, resumed, "skip")  # and the guide goes on as before
    assert "step 4 of 5" in step.content


async def test_the_private_help_channel_in_french(havre: Havre) -> None:
    step = await (await havre.ada.slash("setup start", in_channel=havre.general)).reply()
    for _ in range(4):
        step = await _step(havre, "ada", step, "skip")
    step = await _step(havre, "ada", step, "create_help")
    row = await havre.bot.services.guilds.load(havre.guild.id)  # type: ignore[union-attr]
    channel = havre.guild.channel(row.help_channel_id or 0)
    assert channel.name == "aide" and "Seuls l'équipe d'aide" in (channel.state.topic or "")
    assert f"C'est fait : <#{channel.id}> est maintenant le salon d'aide" in step.content
    assert f"<@&{havre.roles['moderator'].id}>" not in step.content
    await (await havre.alice.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    greeting = (await bot_messages(thread, 1))[0]
    assert (
        "Qui peut lire cet espace : vous, les personnes de l'équipe qui viennent vous aider, l'équipe "
        "d'aide (rôles Specialist, Peer moderator) et les administrateurs du serveur (Admin, et le ou la "
        "propriétaire). Personne d'autre."
    ) in greeting.content
    assert not havre.guild.can_view(havre.max, thread) and havre.guild.can_view(havre.pia, thread)
