"""Registers the feature services on the application context (one place, in dependency order)."""

from __future__ import annotations

from bot.governance.crypto import parse_master_key
from bot.governance.pseudonym import Pseudonymizer
from bot.services.context import AppContext
from bot.services.governance import ContentVault, GovernanceRecorder
from bot.services.guilds import GuildService
from bot.services.locales import LocaleBook
from bot.services.policies import PolicyRegistry
from bot.services.setup import SetupService


async def install_services(ctx: AppContext) -> None:
    settings = ctx.settings
    pseudonyms = Pseudonymizer(settings.pseudonym_secret.get_secret_value().encode())
    ctx.services["guilds"] = GuildService(ctx.db, ctx.clock, default_preset=settings.policy)
    ctx.services["policies"] = PolicyRegistry(settings.policies_dir, ctx.clock, default=settings.policy)
    ctx.services["governance"] = GovernanceRecorder(
        ctx.clock, pseudonyms, settings.effective_signing_key_path, dialect=ctx.db.dialect
    )
    ctx.services["vault"] = ContentVault(
        ctx.clock, parse_master_key(settings.master_key.get_secret_value()), pseudonyms
    )
    ctx.services["locales"] = LocaleBook(ctx.db, ctx.clock)  # members' languages, for every feature
    ctx.services["setup"] = SetupService(
        ctx.db, ctx.services["guilds"], ctx.services["policies"], ctx.services["governance"]
    )
    from bot.services.governance.wiring import install_governance  # governance: verify, export, reports…

    install_governance(ctx)
    from bot.services.help import build_help  # the 24/7 help journey

    ctx.services["help"] = build_help(ctx)
    from bot.services.moderation import ModerationService  # moderation: pipeline, actions, appeals…

    ctx.services["moderation"] = ModerationService.from_context(ctx)


def needs_message_content(ctx: AppContext) -> bool:
    """Message content is a privileged intent: ask for it only when a policy reads messages."""
    policies = ctx.services.get("policies")
    if policies is None:
        return False
    return bool(policies.message_content_required())
