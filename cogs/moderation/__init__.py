"""Moderation's Discord side: the message listener, moderator commands, member commands, buttons and the
Discord port (``effects``) the moderation service acts through. Loaded as the ``cogs.moderation``
extension."""

from cogs.moderation.cog import setup

__all__ = ["setup"]
