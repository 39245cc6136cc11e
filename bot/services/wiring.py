"""Builds the feature services on the application context, in dependency order, into one typed object.

``Services`` is what the bot carries (``HavreBot.services``, so ``Interaction[HavreBot].client.services``):
one field per feature, each a typed object; the shared services are reachable directly too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import Clock
from bot.scheduling.deadlines import DeadlineRunner
from bot.services.context import AppContext
from bot.services.governance.wiring import GovernanceServices, build_governance
from bot.services.guilds import GuildService
from bot.services.help import HelpServices, build_help
from bot.services.locales import LocaleBook
from bot.services.moderation import ModerationService
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder
from bot.services.setup import SetupService
from bot.services.shared import SharedServices


@dataclass
class Services:
    ctx: AppContext
    setup: SetupService  # server set-up by an admin
    governance: GovernanceServices  # verify, export, reports, retention, privacy, audits
    help: HelpServices  # the 24/7 help journey
    moderation: ModerationService  # pipeline, actions, appeals, reconciliation

    # the infrastructure and the shared services, for callers that hold only this object
    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    @property
    def deadlines(self) -> DeadlineRunner:
        return self.ctx.deadlines

    @property
    def shared(self) -> SharedServices:
        return self.ctx.shared

    @property
    def guilds(self) -> GuildService:
        return self.ctx.shared.guilds

    @property
    def policies(self) -> PolicyRegistry:
        return self.ctx.shared.policies

    @property
    def locales(self) -> LocaleBook:
        return self.ctx.shared.locales

    @property
    def recorder(self) -> GovernanceRecorder:
        return self.ctx.shared.recorder

    @property
    def vault(self) -> ContentVault:
        return self.ctx.shared.vault

    def stoppers(self) -> list[Callable[[], Awaitable[None]]]:
        """What must stop at shutdown (workers, saves in flight), in order."""
        return [self.ctx.shared.locales.stop, self.moderation.stop]


def wire_services(ctx: AppContext) -> Services:
    shared = ctx.shared
    return Services(
        ctx=ctx,
        setup=SetupService(ctx.db, shared.guilds, shared.policies, shared.recorder, shared.vault),
        governance=build_governance(ctx),
        help=build_help(ctx),
        moderation=ModerationService.from_context(ctx),
    )


def needs_message_content(services: Services) -> bool:
    """Message content is a privileged intent: ask for it only when a policy reads messages."""
    return bool(services.policies.message_content_required())
