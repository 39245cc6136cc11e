"""The knowledge base for a server's policy: search, suggestions, and counting opened articles."""

from __future__ import annotations

from pathlib import Path

from bot.db.engine import Database
from bot.db.models import KbOpen
from bot.domain.clock import Clock
from bot.domain.help.kb import Article, KnowledgeBase
from bot.domain.policy.models import Policy
from bot.governance.entry import EntryKind
from bot.governance.pseudonym import ActorRole as LogRole
from bot.services.errors import NotFound
from bot.services.guilds import GuildService
from bot.services.policies import PolicyRegistry
from bot.services.recorder import GovernanceRecorder, GovEvent

DEFAULT_KB_DIR = "kb"


class KbService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policies_dir: Path,
        guilds: GuildService,
        policies: PolicyRegistry,
        governance: GovernanceRecorder,
    ) -> None:
        self.db = db
        self.clock = clock
        self.policies_dir = policies_dir
        self.guilds = guilds
        self.policies = policies
        self.governance = governance
        self._cache: dict[Path, KnowledgeBase] = {}

    def folder_for(self, policy: Policy) -> Path:
        """The policy's ``kb_dir`` (relative to the policies folder), else the shared ``policies/kb``."""
        if policy.kb_dir:
            wanted = self.policies_dir / policy.kb_dir
            if wanted.is_dir():
                return wanted
        return self.policies_dir / DEFAULT_KB_DIR

    def for_policy(self, policy: Policy) -> KnowledgeBase:
        folder = self.folder_for(policy)
        kb = self._cache.get(folder)
        if kb is None:
            kb = KnowledgeBase.load(folder) if folder.is_dir() else KnowledgeBase(())
            self._cache[folder] = kb
        return kb

    async def policy_for(self, guild_id: int | None) -> Policy:
        if guild_id is None:
            return self.policies.default
        return self.policies.for_settings(await self.guilds.load(guild_id))

    async def search(self, guild_id: int | None, query: str, lang: str, limit: int = 5) -> list[Article]:
        return self.for_policy(await self.policy_for(guild_id)).search(query, lang, limit)

    def suggest(self, policy: Policy, text: str, lang: str, limit: int = 3) -> list[Article]:
        return self.for_policy(policy).suggest_for(text, lang, limit)

    async def open(self, guild_id: int | None, article_id: str, lang: str) -> Article:
        """The article, counted as opened (a ``kb_opens`` row and a ``kb_open`` log entry, no member id)."""
        policy = await self.policy_for(guild_id)
        article = self.for_policy(policy).get(article_id, lang)
        if article is None:
            raise NotFound()
        now = self.clock.now()
        async with self.db.unit_of_work() as session:
            session.add(KbOpen(guild_id=guild_id, article_id=article.id, language=article.lang, at=now))
            if guild_id is not None:
                await self.governance.record(
                    session,
                    GovEvent(
                        guild_id=guild_id,
                        kind=EntryKind.KB_OPEN,
                        actor_id=None,
                        actor_role=LogRole.MEMBER,
                        action="open",
                        policy_version=policy.version,
                        data={
                            "article": article.id,
                            "language": article.lang,
                            "kb_version": article.content_hash,
                        },
                    ),
                )
        return article
