"""The real bot connects to the emulator, syncs its commands and answers /about."""

from __future__ import annotations

from tests.e2e.conftest import Havre


async def test_connects_and_syncs_commands(havre: Havre) -> None:
    assert havre.bot is not None and havre.bot.is_ready()
    assert "about" in havre.emu.commands.names(None)  # registered with Discord (globally)
    assert {c.name for c in havre.bot.synced_commands} == set(havre.emu.commands.names(None))
    assert havre.emu.recorder.requests("PUT /applications/{application_id}/commands")


async def test_about_shows_version_and_policy_in_the_member_language(havre: Havre) -> None:
    policy = havre.bot.services.policies.default  # type: ignore[union-attr]
    interaction = await havre.alice.slash("about")
    answer = await interaction.reply()
    assert answer.ephemeral
    assert "À propos de Havre" in answer.content
    assert policy.version in answer.content
    assert policy.published_at.isoformat() in answer.content

    english = await (await havre.bob.slash("about")).reply()
    assert "About Havre" in english.content
