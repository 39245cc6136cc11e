"""Moderation: the listener, moderators' commands, members' commands and the persistent buttons.

Loading this extension attaches the Discord side to ``ctx.moderation``, registers the
``ModButton`` dynamic item (so buttons sent before a restart still work), and starts loading the
toxicity model in the background.
"""

from __future__ import annotations

from bot.app import HavreBot
from bot.services.moderation import ModerationService
from cogs.moderation.catch_up import CatchUp
from cogs.moderation.commands import ModerationCommands
from cogs.moderation.effects import DiscordEffects
from cogs.moderation.forms import ModerationForms
from cogs.moderation.listener import ModerationListener
from cogs.moderation.member import ModerationMember
from cogs.moderation.raid import setup_raid
from cogs.moderation.views import ModButton


async def setup(bot: HavreBot) -> None:
    service: ModerationService = bot.services.moderation
    service.attach(DiscordEffects(bot))
    bot.add_dynamic_items(ModButton)
    await bot.add_cog(ModerationListener(bot))
    await bot.add_cog(CatchUp(bot))
    await bot.add_cog(ModerationCommands(bot))
    await bot.add_cog(ModerationMember(bot))
    await bot.add_cog(ModerationForms(bot))  # form submits answered from their custom id
    await setup_raid(bot, service)  # raid mode: /raid, bulk removal, incident actions
    await service.start()


async def teardown(bot: HavreBot) -> None:
    bot.remove_dynamic_items(ModButton)
