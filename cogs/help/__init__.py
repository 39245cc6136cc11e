"""The help journey's Discord side: the desk (the help port), ways in (panel, /help, DMs), ticket threads,
staff commands and views. Loaded as the ``cogs.help`` extension."""

from cogs.help.cog import setup

__all__ = ["setup"]
