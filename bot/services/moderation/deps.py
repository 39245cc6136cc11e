"""What every moderation use case shares, built once by ``ModerationService``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import Clock
from bot.scheduling.deadlines import DeadlineRunner
from bot.services.guilds import GuildService
from bot.services.locales import LocaleBook
from bot.services.moderation.ports import DiscordPort, PortMissing
from bot.services.moderation.scoring import Scoring
from bot.services.moderation.store import CaseStore
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder


@dataclass
class Deps:
    settings: Settings
    db: Database
    clock: Clock
    guilds: GuildService
    policies: PolicyRegistry
    recorder: GovernanceRecorder
    vault: ContentVault
    runner: DeadlineRunner
    store: CaseStore
    locales: LocaleBook
    scoring: Scoring
    port: DiscordPort | None = None

    def discord(self) -> DiscordPort:
        if self.port is None:
            raise PortMissing("the Discord side of moderation is not attached yet")
        return self.port

    def notify(self, due: Iterable[datetime]) -> None:
        """Tell the deadline runner about deadlines committed just now."""
        for when in due:
            self.runner.notify(when)
