"""Governance's Discord side: reports, audits, the mod-log and privacy requests. Loaded as the
``cogs.governance`` extension."""

from cogs.governance.cog import setup

__all__ = ["setup"]
