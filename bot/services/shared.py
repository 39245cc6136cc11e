"""The services every feature shares, built once before any feature: server settings, policies, members'
languages, and the governance log's writer and vault. Typed fields, no look-up by name."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import Clock
from bot.governance.crypto import parse_master_key
from bot.governance.pseudonym import Pseudonymizer
from bot.services.guilds import GuildService
from bot.services.locales import LocaleBook
from bot.services.policies import PolicyRegistry
from bot.services.recorder import ContentVault, GovernanceRecorder


@dataclass(frozen=True, slots=True)
class SharedServices:
    guilds: GuildService
    policies: PolicyRegistry
    locales: LocaleBook  # members' languages, for every feature
    recorder: GovernanceRecorder  # every feature records into the governance log in its own unit of work
    vault: ContentVault

    @classmethod
    def build(cls, settings: Settings, db: Database, clock: Clock) -> SharedServices:
        pseudonyms = Pseudonymizer(settings.pseudonym_secret.get_secret_value().encode())
        return cls(
            guilds=GuildService(db, clock, default_preset=settings.policy),
            policies=PolicyRegistry(settings.policies_dir, clock, default=settings.policy),
            locales=LocaleBook(db, clock),
            recorder=GovernanceRecorder(
                clock, pseudonyms, settings.effective_signing_key_path, dialect=db.dialect
            ),
            vault=ContentVault(clock, parse_master_key(settings.master_key.get_secret_value()), pseudonyms),
        )
