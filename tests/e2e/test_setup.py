"""An admin configures the server; every change is logged; others are refused."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import GovernanceEntry, GuildSettings, PolicyVersion
from tests.e2e.conftest import Havre


async def test_admin_switches_preset_and_the_change_is_logged(havre: Havre) -> None:
    game = havre.bot.services.policies.presets["game"]  # type: ignore[union-attr]
    answer = await (await havre.ada.slash("setup community", preset="game", language="en")).reply()
    assert "Enregistré" in answer.content  # ada's Discord client is in French
    assert game.version in answer.content

    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        row = await session.get(GuildSettings, havre.guild.id)
        entries = (await session.execute(select(GovernanceEntry))).scalars().all()
        versions = (await session.execute(select(PolicyVersion.version))).scalars().all()
    assert (row.preset, row.language) == ("game", "en")
    assert [e.kind for e in entries] == ["policy_change"]
    assert entries[0].actor.startswith("admin:m_")
    assert str(havre.ada.id) not in entries[0].actor
    assert game.version in versions

    shown = await (await havre.ada.slash("setup show")).reply()
    assert game.version in shown.content
    assert f"<#{havre.channels['help'].id}>" in shown.content


async def test_non_admins_are_refused_even_when_the_server_opens_the_command(havre: Havre) -> None:
    havre.guild.override_command_permissions("setup")  # an admin opened /setup to everyone in Integrations
    refused = await (await havre.max.slash("setup community", preset="game", language="en")).reply()
    assert refused.ephemeral
    assert refused.content.startswith("This command is for admins")
    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        row = await session.get(GuildSettings, havre.guild.id)
    assert row.preset == "patient"  # nothing changed


async def test_the_governance_committee_role_is_kept_logged_and_shown(havre: Havre) -> None:
    committee = havre.guild.add_role("Committee")
    answer = await (await havre.ada.slash("setup roles", committee=committee)).reply()
    assert "Enregistré : committee_role_id" in answer.content
    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        row = await session.get(GuildSettings, havre.guild.id)
        entries = (await session.execute(select(GovernanceEntry))).scalars().all()
    assert row.committee_role_id == committee.id
    assert [e.kind for e in entries] == ["config_change"]
    shown = await (await havre.ada.slash("setup show")).reply()
    assert f"Comité : <@&{committee.id}>" in shown.content and shown.mention_roles == []
