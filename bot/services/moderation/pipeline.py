"""Every member message: signals -> decide -> (history -> decide -> one unit of work -> Discord) -> outcome.

* The flood count is taken the moment the message arrives (before any ``await``), so it follows the
  order of the gateway; signals are extracted concurrently, so the model worker scores micro-batches.
* The server's settings come from memory (``GuildService.load``), and a message that fires no rule is
  decided without reading the member's record (``needs_history``): most messages touch no database.
* One member's messages are decided one at a time (a lock per member), so repeated breaches climb the
  ladder exactly as ``decide`` expects; a bounded number of decisions run at once.
* Help and crisis messages are never sanctioned: ``decide`` returns ``help``/``crisis`` and this
  pipeline does nothing more (the help feature answers them). Ticket threads in the help channel are
  not looked at at all.
* A flood burst is one incident: once a flood was actioned, the author's next messages of the same
  burst are removed and folded into that case instead of climbing the ladder message by message.
* What is said back about a message (the explanation) is in the language the message is written in
  (``bot.classify.judge.language``, asked only when there is something to say), else the member's
  known language, else the server's.
* Every message is counted (``stats``) and logged with its decision, ``none`` included; no message
  text reaches the logs.
* Never lost, never twice (``resilience.py``): each message id is decided once per process; a message
  whose decision met a database outage waits in a bounded queue and is retried; the channel's
  watermark moves past a message only once it is decided, so what a crash or a refused RESUME lost is
  caught up from the channel's history (``catch_up``), where a message that already has a case gets
  that case repaired instead of a second one.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.classify.judge import language
from bot.domain.i18n import language_of
from bot.domain.moderation import conclude, crisis_review, evaluate, needs_history
from bot.domain.moderation.decision import Decision, DecisionContext, MemberHistory, ReasonCode
from bot.domain.policy.models import Action, Policy
from bot.domain.signals import MessageSignals
from bot.services.moderation.deps import Deps
from bot.services.moderation.enforce import Enforcer
from bot.services.moderation.resilience import (
    CaseRepair,
    RetryQueue,
    Watermarks,
    case_for_message,
    snowflake_time,
    waits_for_database,
)
from bot.services.moderation.scoring import need_model
from bot.services.moderation.store import DecisionWrite
from bot.services.moderation.types import IncomingMessage, MessageOutcome, PipelineStats

log = logging.getLogger("bot.services.moderation.decisions")
WAITING = "waiting_for_database"  # MessageOutcome.skipped: queued until the database answers

MAX_CONCURRENT_DECISIONS = 256  # decisions written at once: a raid's batch for the group commit
DEFAULT_DECAY = timedelta(days=30)
NO_HISTORY = MemberHistory()


def _log_fields(msg: IncomingMessage, decision: Decision, signals: MessageSignals) -> tuple[object, ...]:
    """What a decision's log line says: ids, action, rule and model status, never the text."""
    return (
        msg.guild_id,
        msg.channel_id,
        msg.message_id,
        decision.action.value,
        decision.rule_id,
        signals.model_status.value,
    )


async def message_language(text: str, policy: Policy, fallback: str) -> str:
    """The language of what is said back about ``text``: its own, among the server's languages, else
    ``fallback``. The detector is built off the event loop the first time."""
    if not language.ready(policy.languages):
        await asyncio.to_thread(language.prepare, policy.languages)
    return language.detect_language(text, policy.languages, fallback)


@dataclass(slots=True)
class _Burst:
    until: datetime
    case_id: int
    seconds: int


class MessagePipeline:
    def __init__(self, deps: Deps, enforcer: Enforcer) -> None:
        self.deps = deps
        self.enforcer = enforcer
        self.stats = PipelineStats()
        self._recent: dict[tuple[int, int], deque[datetime]] = {}
        self._locks: dict[tuple[int, int], asyncio.Lock] = {}
        self._users: dict[tuple[int, int], int] = {}
        self._bursts: dict[tuple[int, int, str], _Burst] = {}
        self._gate = asyncio.Semaphore(MAX_CONCURRENT_DECISIONS)
        self.watermarks = Watermarks(deps)
        self.retry = RetryQueue(self._retry)
        self.repair = CaseRepair(deps, enforcer)
        self.waited_for_database = 0  # messages that met a database outage (then queued)

    def _count(self, key: tuple[int, int], now: datetime, window: int | None) -> int:
        if not window:
            return 1
        times = self._recent.setdefault(key, deque())
        times.append(now)
        while times and times[0] <= now - timedelta(seconds=window):
            times.popleft()
        return len(times)

    def _lock(self, key: tuple[int, int]) -> asyncio.Lock:
        """The member's lock, counted so it is forgotten only when nobody holds or awaits it."""
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        self._users[key] = self._users.get(key, 0) + 1
        return lock

    def _release(self, key: tuple[int, int]) -> None:
        left = self._users.get(key, 1) - 1
        if left > 0:
            self._users[key] = left
        else:
            self._users.pop(key, None)
            self._locks.pop(key, None)

    async def handle(self, msg: IncomingMessage) -> MessageOutcome:
        """Decide one message and carry the decision out. Never raises for a member's message."""
        return await self._enter(msg, recovered=False)

    async def catch_up(self, msg: IncomingMessage) -> MessageOutcome | None:
        """A message read back from its channel's history after an outage; None if already taken."""
        if self.watermarks.seen(msg.message_id):
            return None
        return await self._enter(msg, recovered=True)

    async def _enter(self, msg: IncomingMessage, *, recovered: bool) -> MessageOutcome:
        if not self.watermarks.begin(msg):
            self.stats.skipped += 1
            return MessageOutcome(Action.NONE, skipped="duplicate")
        self.stats.received += 1
        outcome = await self._attempt(msg, recovered=recovered)
        if outcome.skipped == WAITING:
            self.retry.put(msg)
        return outcome

    async def _retry(self, msg: IncomingMessage) -> bool:
        """One more try of a message that met a database outage; False while the database is away."""
        return (await self._attempt(msg, recovered=True)).skipped != WAITING

    async def _attempt(self, msg: IncomingMessage, *, recovered: bool) -> MessageOutcome:
        """Decide and carry out; the watermark moves past the message unless it must wait."""
        outcome = MessageOutcome(Action.NONE, skipped=WAITING)
        try:
            outcome = await self._handle(msg, recovered)
        finally:
            if outcome.skipped != WAITING:
                self.watermarks.finish(msg)
        return outcome

    async def _handle(self, msg: IncomingMessage, recovered: bool) -> MessageOutcome:
        now = self.deps.clock.now()
        if self.stats.received % 1000 == 0:
            self.forget_idle(now)
        key = (msg.guild_id, msg.author_id)
        try:
            settings, policy = await self.deps.store.policy_for(msg.guild_id)
            if msg.thread_parent_id is not None and msg.thread_parent_id == settings.help_channel_id:
                self.stats.skipped += 1
                return MessageOutcome(Action.NONE, skipped="help_thread")
            at = snowflake_time(msg.message_id) if recovered else now  # a caught-up message: its own time
            in_window = self._count(key, at, policy.flood_window_seconds)
            lang = language_of(settings.language)
            await self.deps.scoring.warmed()  # the detectors' one-time build, off the event loop
            signals = await self.deps.scoring.extractor(policy).extract(
                msg.content,
                lang,
                msg.mention_count,
                msg.mass_mention,
                in_window,
                need_model=need_model,
                reply=msg.reply,
            )
            staff = {settings.moderator_role_id, settings.admin_role_id} - {None}
            if staff & msg.role_ids and not msg.is_moderator:
                msg = replace(msg, is_moderator=True)  # the server's configured staff roles count too
            lock = self._lock(key)
            try:
                async with lock:
                    return await self._decide(msg, policy, settings.language, signals, now, recovered)
            finally:
                self._release(key)
        except Exception as exc:
            if waits_for_database(exc):
                self.waited_for_database += 1
                log.warning(
                    "database unavailable: message %s in guild %s waits (%s queued): %s",
                    msg.message_id, msg.guild_id, len(self.retry), type(exc).__name__,
                )  # fmt: skip
                return MessageOutcome(Action.NONE, skipped=WAITING)
            self.stats.errors += 1
            log.exception("moderation failed for message %s in guild %s", msg.message_id, msg.guild_id)
            return MessageOutcome(Action.NONE, skipped="error")

    async def _decide(
        self,
        msg: IncomingMessage,
        policy: Policy,
        server_lang: str,
        signals: MessageSignals,
        now: datetime,
        recovered: bool = False,
    ) -> MessageOutcome:
        deps = self.deps
        context = DecisionContext(
            now=now,
            locale=signals.language,
            is_moderator=msg.is_moderator,
            member_above_bot=msg.above_bot,
            role_ids=msg.role_ids,
            excerpt=msg.content,
        )
        # Most messages fire no rule: decided without the member's record, they touch no database.
        evaluated = evaluate(signals, policy, context)  # the rules' evidence, whatever the record
        decision = conclude(evaluated, NO_HISTORY, policy, context)
        # Crisis wins, and what else it fired (a threat) goes to a person: a review, never a sanction.
        for_a_person = crisis_review(decision, signals, policy, context)
        if for_a_person is None and not needs_history(decision):
            return self._nothing_to_do(msg, decision, signals)
        window = max((r.decay for r in policy.rules), default=DEFAULT_DECAY)
        async with self._gate:
            if for_a_person is not None:
                decision = for_a_person
            else:
                history = await deps.store.member_history(msg.guild_id, msg.author_id, now, window)
                if history.entries:  # an empty record is what the first decision assumed: the same answer
                    decision = conclude(evaluated, history, policy, context)  # ladder steps on the record
                if not (decision.is_sanction or decision.action is Action.REVIEW):
                    return self._nothing_to_do(msg, decision, signals)
            if recovered:  # caught up or retried: decided before the crash or the outage?
                existing = await case_for_message(deps, msg.guild_id, msg.message_id)
                if existing is not None:
                    await self.repair.repair(existing)  # only if still pending, checking Discord first
                    return MessageOutcome(decision.action, decision.rule_id, skipped="already_decided")
            self.stats.count(decision.action.value, signals.model_status.value)
            fields = _log_fields(msg, decision, signals)
            burst = self._burst(msg, decision.rule_id, decision.reason_code, now)
            if burst is not None:
                self.stats.folded += 1
                log.info(
                    "message guild=%s channel=%s id=%s decision=%s rule=%s model=%s folded=%s", *fields, burst
                )
                await deps.discord().delete_message(msg.channel_id, msg.message_id, f"Havre case #{burst}")
                return MessageOutcome(Action.HIDE, decision.rule_id, folded_into=burst)
            known = await deps.locales.language(msg.author_id, server_lang)
            member_lang = await message_language(msg.content, policy, known)
            written = await deps.db.grouped_batch(  # a raid's decisions: a few statements per transaction
                "decision",
                deps.store.write_decisions,
                DecisionWrite(
                    guild_id=msg.guild_id,
                    user_id=msg.author_id,
                    decision=decision,
                    policy=policy,
                    language=member_lang,
                    channel_id=msg.channel_id,
                    message_id=msg.message_id,
                    excerpt=msg.content,
                    model_status=signals.model_status.value,
                ),
            )
            deps.notify(written.due)
            self._remember_burst(msg, policy, decision.rule_id, decision.reason_code, now, written.case.id)
            log.info(
                "message guild=%s channel=%s id=%s decision=%s rule=%s model=%s case=%s",
                *fields,
                written.case.id,
            )
        with self.repair.holding(written.case.id):  # no sweep repairs a case while it is carried out
            outcome = await self.enforcer.apply(
                written.case, decision, policy, excerpt=msg.content, notice_channel_id=msg.channel_id
            )
        return MessageOutcome(decision.action, decision.rule_id, case=outcome)

    def _nothing_to_do(
        self, msg: IncomingMessage, decision: Decision, signals: MessageSignals
    ) -> MessageOutcome:
        """Counted and logged (without the text); help and crisis are answered by the help feature."""
        self.stats.count(decision.action.value, signals.model_status.value)
        log.debug(
            "message guild=%s channel=%s id=%s decision=%s rule=%s model=%s",
            *_log_fields(msg, decision, signals),
        )
        return MessageOutcome(decision.action, decision.rule_id)

    def _burst(
        self, msg: IncomingMessage, rule_id: str | None, reason: ReasonCode, now: datetime
    ) -> int | None:
        if reason is not ReasonCode.FLOOD or rule_id is None:
            return None
        key = (msg.guild_id, msg.author_id, rule_id)
        burst = self._bursts.get(key)
        if burst is None or burst.until <= now:
            self._bursts.pop(key, None)
            return None
        burst.until = now + timedelta(seconds=burst.seconds)  # the burst lasts while it goes on
        return burst.case_id

    def _remember_burst(
        self,
        msg: IncomingMessage,
        policy: Policy,
        rule_id: str | None,
        reason: ReasonCode,
        now: datetime,
        case_id: int,
    ) -> None:
        if reason is not ReasonCode.FLOOD or rule_id is None:
            return
        flood = policy.rule(rule_id).signals.flood
        seconds = flood.seconds if flood else policy.flood_window_seconds or 10
        until = now + timedelta(seconds=seconds)
        self._bursts[(msg.guild_id, msg.author_id, rule_id)] = _Burst(until, case_id, seconds)

    def forget_idle(self, now: datetime, idle: timedelta = timedelta(minutes=10)) -> None:
        """Drop flood counters and bursts nobody touched lately (memory stays bounded)."""
        for key, times in list(self._recent.items()):
            if not times or times[-1] < now - idle:
                del self._recent[key]
        for burst_key, burst in list(self._bursts.items()):
            if burst.until < now:
                del self._bursts[burst_key]
