"""The real message path for the "Havre" column: what a member's message goes through in the bot.

``service_path`` builds the application as the bot does (settings -> SQLite database, migrated, with
``synchronous=FULL`` -> ``wire_services``), configures a server on the patient preset, attaches a
Discord port that answers every call at once, and swaps in the benchmark's ``ScoringWorker``. A message
then goes through ``ModerationService.pipeline.handle``: flood count, ``SignalExtractor.extract``
(normalisation, word lists, phrases, patterns, the queue and micro-batching worker, the result delivered
to an asyncio future), member history from the database, ``decide``, and for a sanction or review the
decision, strike, deadline and governance entry written in one transaction, then the Discord calls.

``extract_path`` is the same without the database and Discord: ``extract`` then ``decide`` with an empty
history (used for the tuning sweeps, where the database would only add noise).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.messages import FloodMessage
from bot.classify.batching import ScoringWorker
from bot.classify.decided import SkipRule
from bot.classify.extract import SignalExtractor
from bot.domain.clock import SystemClock
from bot.domain.moderation import decide
from bot.domain.moderation.decision import DecisionContext, MemberHistory
from bot.domain.policy.loader import load_policy
from bot.domain.policy.models import Policy
from bot.domain.signals import MessageSignals

__all__ = ["MessagePath", "extract_path", "service_path"]

REPO = Path(__file__).resolve().parents[1]
GUILD = 700_000_000_000_000_001
CHANNEL = 700_000_000_000_000_002
QUEUE = 700_000_000_000_000_003
HELP = 700_000_000_000_000_004


@dataclass
class MessagePath:
    name: str
    handle: Callable[[FloodMessage, int], Awaitable[object]]  # (message, message id) -> outcome
    close: Callable[[], Awaitable[None]]


def _need_model(signals: MessageSignals) -> bool:
    return not (signals.crisis or signals.help_request)  # what the moderation pipeline passes


def extract_path(worker: ScoringWorker, skip: SkipRule) -> MessagePath:
    policy = load_policy("patient")
    extractor = SignalExtractor.from_policy(policy, worker, skip_decided=skip)
    clock = SystemClock()

    async def handle(msg: FloodMessage, _message_id: int) -> object:
        signals = await extractor.extract(
            msg.content, msg.language, msg.mention_count, False, 1, need_model=_need_model
        )
        return decide(signals, MemberHistory(), policy, DecisionContext(now=clock.now(), locale=msg.language))

    async def close() -> None:
        return None

    return MessagePath("SignalExtractor.extract + decide (no database)", handle, close)


class _AnswerEverything:
    """The Discord side: every call succeeds at once (the benchmark measures Havre, not Discord)."""

    def __init__(self) -> None:
        self.calls = 0
        self._next = 1

    def _ok(self) -> Any:
        from bot.services.moderation.types import EffectResult

        self.calls += 1
        self._next += 1
        return EffectResult.success(self._next)

    async def delete_message(self, *_args: object) -> Any:
        return self._ok()

    async def set_timeout(self, *_args: object) -> Any:
        return self._ok()

    async def kick(self, *_args: object) -> Any:
        return self._ok()

    async def ban(self, *_args: object) -> Any:
        return self._ok()

    async def unban(self, *_args: object) -> Any:
        return self._ok()

    async def post(self, *_args: object) -> Any:
        return self._ok()

    async def edit(self, *_args: object) -> Any:
        return self._ok()

    async def send_dm(self, *_args: object) -> Any:
        from bot.services.moderation.types import Delivery, DmResult

        self.calls += 1
        return DmResult(Delivery.DELIVERED, message_id=self._next)

    async def member_state(self, *_args: object) -> Any:
        from bot.services.moderation.types import MemberState

        return MemberState(True, None)


async def service_path(
    tmp: Path, worker: ScoringWorker, skip: SkipRule, database: Any | None = None
) -> MessagePath:
    """The real moderation service on a migrated database: SQLite in ``tmp``, or ``database``."""
    from bot.config import Settings
    from bot.db import migrate
    from bot.db.engine import Database
    from bot.services.context import AppContext
    from bot.services.moderation import IncomingMessage, ModerationService
    from bot.services.wiring import wire_services

    settings = Settings(
        data_dir=tmp / "data",
        policies_dir=REPO / "bot" / "policies",
        pseudonym_secret="benchmark-pseudonym-secret-0123456789",  # type: ignore[arg-type]  # noqa: S106
        master_key="benchmark-master-key-passphrase-0123456789",  # type: ignore[arg-type]
        database_url=f"sqlite+aiosqlite:///{(tmp / 'havre.sqlite3').as_posix()}",
        model_enabled=True,
    )
    db = database or Database(settings.effective_database_url)
    await migrate.upgrade(db.engine)
    clock = SystemClock()
    ctx = wire_services(AppContext.create(settings, db, clock))
    async with db.unit_of_work() as session:
        await ctx.guilds.update(
            session, GUILD, preset="patient", language="fr", mod_queue_channel_id=QUEUE, help_channel_id=HELP
        )
    service: ModerationService = ctx.moderation
    service.attach(_AnswerEverything())  # type: ignore[arg-type]
    scoring = service.scoring
    scoring.worker = worker  # the benchmark's worker instead of the one ``start()`` would load
    scoring.ready.set()
    cache: dict[str, SignalExtractor] = {}

    def extractor(policy: Policy) -> SignalExtractor:  # as ``Scoring.extractor``, with the skip rule chosen
        found = cache.get(policy.version)
        if found is None:
            found = cache[policy.version] = SignalExtractor.from_policy(policy, worker, skip_decided=skip)
        return found

    scoring.extractor = extractor  # type: ignore[method-assign]
    started = datetime.now().astimezone()

    async def handle(msg: FloodMessage, message_id: int) -> object:
        return await service.pipeline.handle(
            IncomingMessage(
                guild_id=GUILD,
                channel_id=CHANNEL,
                message_id=message_id,
                author_id=10**17 + (message_id // 10**6) * 10**5 + msg.author_id,  # new members per run
                content=msg.content,
                mention_count=msg.mention_count,
            )
        )

    async def close() -> None:
        stats = service.pipeline.stats
        if stats.errors:
            raise RuntimeError(f"the moderation pipeline failed on {stats.errors} messages (since {started})")
        await db.dispose()

    where = "SQLite, synchronous=FULL" if db.dialect == "sqlite" else "PostgreSQL"
    return MessagePath(f"ModerationService.pipeline.handle ({where})", handle, close)
