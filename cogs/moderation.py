"""Moderation: the listener, moderators' commands, members' commands and the persistent buttons.

Loading this extension attaches the Discord side to ``ctx.services["moderation"]``, registers the
``ModButton`` dynamic item (so buttons sent before a restart still work), and starts loading the
toxicity model in the background.
"""

from __future__ import annotations

from bot.app import HavreBot
from bot.services.moderation import ModerationService
from cogs.moderation_catch_up import CatchUp
from cogs.moderation_commands import ModerationCommands
from cogs.moderation_effects import DiscordEffects
from cogs.moderation_forms import ModerationForms
from cogs.moderation_listener import ModerationListener
from cogs.moderation_member import ModerationMember
from cogs.moderation_raid import setup_raid
from cogs.moderation_views import ModButton


async def setup(bot: HavreBot) -> None:
    service: ModerationService = bot.ctx.services["moderation"]
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
