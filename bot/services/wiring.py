"""Registers the feature services on the application context (one place, in dependency order)."""

from __future__ import annotations

from bot.services.context import AppContext


async def install_services(ctx: AppContext) -> None:
    """Features add their services here as they land."""


def needs_message_content(ctx: AppContext) -> bool:
    """Message content is a privileged intent: ask for it only when a policy reads messages."""
    policies = ctx.services.get("policies")
    if policies is None:
        return False
    return bool(policies.message_content_required())
