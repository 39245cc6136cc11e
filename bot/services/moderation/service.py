"""``ModerationService``: the moderation use cases, built once per application context.

Cogs reach it as ``bot.services.moderation`` and attach the Discord side (``attach(port)``) when they
load; deadline handlers are registered at construction, so deadlines rehydrated at start-up find them.
"""

from __future__ import annotations

from bot.services.context import AppContext
from bot.services.locales import LocaleBook
from bot.services.moderation.appeals import APPEAL_DECISION, Appeals
from bot.services.moderation.deadline_handlers import DeadlineHandlers
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import Enforcer
from bot.services.moderation.member import MemberActions
from bot.services.moderation.moderators import REVIEW_DECISION, ModeratorActions
from bot.services.moderation.pipeline import MessagePipeline
from bot.services.moderation.ports import DiscordPort
from bot.services.moderation.raid import RaidResponse
from bot.services.moderation.reconcile import Reconciler
from bot.services.moderation.scoring import Scoring
from bot.services.moderation.store import CaseStore


class ModerationService:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.store = deps.store
        self.enforcer = Enforcer(deps)
        self.pipeline = MessagePipeline(deps, self.enforcer)
        self.members = MemberActions(deps)
        self.appeals = Appeals(deps)
        deps.runner.register(APPEAL_DECISION, self.appeals.carry_out)  # decided on the dashboard
        self.moderators = ModeratorActions(deps, self.enforcer)
        deps.runner.register(REVIEW_DECISION, self.moderators.carry_out_review)  # answered on the dashboard
        self.reconciler = Reconciler(deps, self.enforcer)
        self.reconciler.repair = self.pipeline.repair  # one repair per process: never a case twice at once
        self.raid = RaidResponse(deps)  # raid mode: bursts, bulk removal, one explanation per member
        self.deadlines = DeadlineHandlers(deps)
        self.deadlines.register(deps.runner)
        self.redelivery = self.enforcer.redelivery  # explanations and notices Discord failed to carry
        self.redelivery.register(deps.runner)

    @classmethod
    def from_context(cls, ctx: AppContext) -> ModerationService:
        settings = ctx.settings
        shared = ctx.shared
        guilds, policies, recorder, vault = shared.guilds, shared.policies, shared.recorder, shared.vault
        deps = Deps(
            settings=settings,
            db=ctx.db,
            clock=ctx.clock,
            guilds=guilds,
            policies=policies,
            recorder=recorder,
            vault=vault,
            runner=ctx.deadlines,
            store=CaseStore(ctx.db, ctx.clock, guilds, policies, recorder, vault),
            locales=shared.locales,
            scoring=Scoring(
                model_enabled=settings.model_enabled,
                model=settings.detoxify_model,
                config_dir=settings.detoxify_config_dir,
                engine=settings.detoxify_engine,
                cache_dir=settings.data_dir / "model-cache",
            ),
        )
        return cls(deps)

    @property
    def scoring(self) -> Scoring:
        return self.deps.scoring

    @property
    def locales(self) -> LocaleBook:
        return self.deps.locales

    def attach(self, port: DiscordPort) -> None:
        """The cogs' Discord side; moderation calls Discord only through it."""
        self.deps.port = port

    async def start(self) -> None:
        """Start loading the toxicity model in the background (word lists work meanwhile)."""
        self.deps.scoring.start()

    async def stop(self) -> None:
        await self.deps.scoring.stop()
        self.deps.port = None
