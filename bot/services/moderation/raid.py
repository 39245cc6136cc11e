"""Raid response: detect a burst (``bot/domain/moderation/raid.py``), run raid mode, contain the raid in bulk.

Raid mode starts by itself on a detected burst (``[raid] auto_start``) or by a moderator's ``/raid start``;
it ends by ``/raid end`` or after ``duration_minutes``. While it lasts:

* the raid's messages are removed **in bulk** (one bulk delete per channel per batch of up to 100 messages
  younger than 14 days; a lone or older message is deleted on its own) instead of one case per message;
* every raider is timed out **once** (the first suspects in one pass) and told **once**, whatever the
  number of their messages; no case or strike is written for a raider (the raid is one incident);
* the channels the raid posts in get slowmode, the policy's ``lock_channels`` (or the moderator's
  chosen channel) are locked for @everyone, and invites (and DMs, if the policy says so) are paused with
  Discord's incident actions (at most 24 h);
* moderators get one summary card in the queue, kept up to date; the end is announced in the queue and
  in the channels that were slowed or locked, and ending undoes exactly what raid mode changed
  (previous slowmode, previous overwrite, invites resumed); the raiders' timeouts run their course.

Every step is a governance entry (``raid_started``, ``raid_step``, ``raid_member``, ``raid_ended``),
pseudonymous like the rest of the log. Raid mode lives in memory: a restart forgets it (the applied
steps are in the log, and Discord lifts timeouts and incident actions by itself).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.domain.i18n import t, when_text
from bot.domain.moderation.raid import Burst, RaidDetector, content_key, is_new_account
from bot.domain.policy.models import Policy, RaidPolicy
from bot.governance.pseudonym import ActorRole
from bot.services.moderation.deps import Deps
from bot.services.moderation.resilience import snowflake_time
from bot.services.moderation.types import EffectResult, IncomingMessage, OutMessage
from bot.services.recorder import GovEvent

log = logging.getLogger(__name__)

BULK_MAX = 100
BULK_MAX_AGE = timedelta(days=14)
INCIDENT_MAX = timedelta(hours=24)
FLUSH_DELAY = 0.3  # seconds a batch of removals waits for more messages of the same channel
SUMMARY_EVERY = 1.0  # seconds between two edits of the queue's summary card
LIST_ACCOUNTS = 15
REASON = "Havre raid mode"


@dataclass(frozen=True, slots=True)
class Changed:
    """A change raid mode made, with what it replaced (so ending can put it back)."""

    ok: bool
    error: str = ""
    previous: Any = None


class RaidPort(Protocol):
    """Discord calls of raid mode beyond ``DiscordPort`` (``cogs/moderation/raid.py`` implements them)."""

    async def bulk_delete(self, channel_id: int, message_ids: Sequence[int], reason: str) -> EffectResult: ...

    async def set_slowmode(self, channel_id: int, seconds: int, reason: str) -> Changed: ...

    async def lock_channel(self, channel_id: int, reason: str) -> Changed: ...

    async def restore_lock(self, channel_id: int, previous: Any, reason: str) -> EffectResult: ...

    async def incident_actions(
        self, guild_id: int, invites_until: datetime | None, dms_until: datetime | None, reason: str
    ) -> EffectResult: ...

    def incident_state(self, guild_id: int) -> tuple[datetime | None, datetime | None]:
        """Invites and DMs paused until when, as Discord last told us (None: not paused)."""
        ...


@dataclass
class Step:
    kind: str  # slowmode | lock | incident
    channel_id: int | None
    previous: Any


@dataclass
class RaidState:
    guild_id: int
    started_at: datetime
    ends_at: datetime
    started_by: int | None  # None: started by the bot on a detected burst
    trigger: str  # joins | messages | violations | moderator
    language: str
    raiders: set[int] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    handled: set[int] = field(default_factory=set)  # raiders timed out and told
    explained: int = 0
    timed_out: int = 0
    removed: int = 0
    channels: set[int] = field(default_factory=set)
    steps: list[Step] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    pending: dict[int, list[int]] = field(default_factory=dict)
    flushers: dict[int, asyncio.Task[None]] = field(default_factory=dict)
    summary_id: int | None = None
    summary_due: asyncio.Task[None] | None = None

    def status(self) -> dict[str, object]:
        return {
            "started_at": self.started_at,
            "ends_at": self.ends_at,
            "trigger": self.trigger,
            "raiders": len(self.raiders),
            "timed_out": self.timed_out,
            "removed": self.removed,
            "channels": sorted(self.channels),
            "steps": [s.kind for s in self.steps],
        }


@dataclass(frozen=True, slots=True)
class RaidReport:
    """What a command asked for got: ``state`` (None: no raid mode) and whether it changed anything."""

    state: RaidState | None
    changed: bool


class RaidResponse:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.detector = RaidDetector()
        self.port: RaidPort | None = None
        self.active: dict[int, RaidState] = {}
        self._joined: dict[int, dict[int, datetime]] = {}  # guild -> new accounts joined lately
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self.detecting = True  # False: bursts are not looked for (a test harness); /raid still works

    def attach(self, port: RaidPort) -> None:
        self.port = port

    def _lock(self, guild_id: int) -> asyncio.Lock:
        return self._locks.setdefault(guild_id, asyncio.Lock())

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def drain(self) -> None:
        """Wait for the raid's work in the background (raiders being handled, flushes, summaries)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _policy(self, guild_id: int) -> tuple[str, Policy]:
        settings, policy = await self.deps.store.policy_for(guild_id)
        return settings.language, policy

    # events ---------------------------------------------------------------------------------------------
    async def member_joined(self, guild_id: int, user_id: int) -> None:
        lang, policy = await self._policy(guild_id)
        rp = policy.raid
        now = self.deps.clock.now()
        await self.expire(guild_id, now)
        if not self.detecting or not rp.enabled or not is_new_account(user_id, now, rp):
            return
        joined = self._joined.setdefault(guild_id, {})
        joined[user_id] = now
        for old in [u for u, at in joined.items() if at < now - timedelta(seconds=rp.join_seconds * 2)]:
            del joined[old]
        burst = self.detector.join(guild_id, user_id, now, rp)
        state = self.active.get(guild_id)
        if state is not None:
            state.raiders.add(user_id)  # a new account joining during a raid is one of its suspects
        elif burst is not None:
            await self._detected(guild_id, burst, lang, policy)

    async def intercept(self, msg: IncomingMessage) -> bool:
        """True when the message is part of a raid and raid mode takes care of it (the pipeline does not).
        Never raises: whatever goes wrong here, the message goes on to the pipeline (never lost)."""
        if msg.is_moderator or msg.above_bot:
            return False
        try:
            return await self._intercept(msg)
        except Exception:
            log.exception("raid check failed for message %s in guild %s", msg.message_id, msg.guild_id)
            return False

    async def _intercept(self, msg: IncomingMessage) -> bool:
        lang, policy = await self._policy(msg.guild_id)
        rp = policy.raid
        if not rp.enabled:
            return False
        now = self.deps.clock.now()
        await self.expire(msg.guild_id, now)
        new = self.detecting and is_new_account(msg.author_id, now, rp)
        burst = None
        if new:  # members with established accounts saying "happy new year" together are no raid
            where = (msg.channel_id, msg.message_id)
            burst = self.detector.message(msg.guild_id, msg.author_id, msg.content, now, rp, where)
        state = self.active.get(msg.guild_id)
        if state is None and burst is not None:
            state = await self._detected(msg.guild_id, burst, lang, policy)
            if state is not None:  # the burst's earlier messages went by before it was seen: removed too
                for channel_id, message_id in burst.messages:
                    if message_id != msg.message_id:
                        await self._queue_removal(state, channel_id, message_id, policy)
        if state is None:
            return False
        if msg.author_id not in state.raiders:
            if new and content_key(msg.content) in state.keys:
                state.raiders.add(msg.author_id)
            else:
                return False
        await self._contain(state, msg, policy)
        return True

    async def violation(self, guild_id: int, author_id: int) -> None:
        """A message of this member broke a rule (the pipeline's decision): counted for a message burst."""
        try:
            await self._violation(guild_id, author_id)
        except Exception:
            log.exception("raid check failed for a rule breach in guild %s", guild_id)

    async def _violation(self, guild_id: int, author_id: int) -> None:
        lang, policy = await self._policy(guild_id)
        now = self.deps.clock.now()
        if not self.detecting or not is_new_account(author_id, now, policy.raid):  # regulars: no raid
            return
        burst = self.detector.violation(guild_id, author_id, now, policy.raid)
        if burst is not None and guild_id not in self.active:
            await self._detected(guild_id, burst, lang, policy)

    async def _detected(self, guild_id: int, burst: Burst, lang: str, policy: Policy) -> RaidState | None:
        log.warning(
            "raid detected in guild %s: %s burst of %s accounts", guild_id, burst.kind, len(burst.accounts)
        )
        if not policy.raid.auto_start:  # moderators decide: one alert per burst, in the queue
            await self._record(
                guild_id, "raid_detected", None, data={"trigger": burst.kind, "count": burst.count}
            )
            settings = await self.deps.store.settings(guild_id)
            if settings.mod_queue_channel_id is not None:
                text = t(
                    "raid.mod.detected",
                    settings.language,
                    trigger=t(f"raid.trigger.{burst.kind}", settings.language),
                    accounts=len(burst.accounts),
                )
                await self.deps.discord().post(settings.mod_queue_channel_id, OutMessage(text))
            return None
        report = await self.start(
            guild_id, None, trigger=burst.kind, suspects=burst.accounts, key=burst.key, known=(lang, policy)
        )
        return report.state

    # raid mode ------------------------------------------------------------------------------------------
    async def start(
        self,
        guild_id: int,
        moderator_id: int | None,
        *,
        trigger: str = "moderator",
        suspects: frozenset[int] = frozenset(),
        key: str = "",
        lock_channel_id: int | None = None,
        minutes: int | None = None,
        known: tuple[str, Policy] | None = None,
    ) -> RaidReport:
        lang, policy = known or await self._policy(guild_id)
        async with self._lock(guild_id):
            if guild_id in self.active:
                return RaidReport(self.active[guild_id], False)
            rp = policy.raid
            now = self.deps.clock.now()
            state = RaidState(
                guild_id=guild_id,
                started_at=now,
                ends_at=now + timedelta(minutes=minutes or rp.duration_minutes),
                started_by=moderator_id,
                trigger=trigger,
                language=lang,
            )
            state.raiders |= suspects
            if trigger == "joins" or moderator_id is not None:
                recent = now - timedelta(seconds=rp.join_seconds)
                state.raiders |= {u for u, at in self._joined.get(guild_id, {}).items() if at >= recent}
            if key:
                state.keys.add(key)
            self.active[guild_id] = state
            await self._record(
                guild_id,
                "raid_started",
                moderator_id,
                data={
                    "trigger": trigger,
                    "suspects": len(state.raiders),
                    "ends_at": state.ends_at.isoformat(),
                    "policy_version": policy.version,
                },
            )
            await self._apply_guild_steps(state, rp, lock_channel_id)
        for user_id in list(state.raiders):  # the first suspects, in one pass
            self._spawn(self._handle_raider(state, user_id, rp, policy))
        self._schedule_summary(state)
        return RaidReport(state, True)

    async def _apply_guild_steps(self, state: RaidState, rp: RaidPolicy, lock_channel_id: int | None) -> None:
        port = self._port()
        reason = "Havre raid mode"
        if rp.pause_invites or rp.pause_dms:
            until = min(state.ends_at, state.started_at + INCIDENT_MAX)
            # A PUT sets both actions: a pause the server already had is kept, and put back at the end.
            before = port.incident_state(state.guild_id)
            invites = _later(until, before[0]) if rp.pause_invites else before[0]
            dms = _later(until, before[1]) if rp.pause_dms else before[1]
            done = await port.incident_actions(state.guild_id, invites, dms, reason)
            await self._step(state, "incident", None, done.ok, done.error, before, until=until.isoformat())
        locks = list(rp.lock_channels) + ([lock_channel_id] if lock_channel_id else [])
        for channel_id in dict.fromkeys(locks):
            changed = await port.lock_channel(channel_id, reason)
            await self._step(state, "lock", channel_id, changed.ok, changed.error, changed.previous)

    async def _step(
        self,
        state: RaidState,
        kind: str,
        channel_id: int | None,
        ok: bool,
        error: str,
        previous: Any,
        **data: object,
    ) -> None:
        if ok:
            state.steps.append(Step(kind, channel_id, previous))
            if channel_id is not None:
                state.channels.add(channel_id)
        else:
            state.failures.append(f"{kind}: {error}")
            log.warning("raid mode in guild %s: %s failed: %s", state.guild_id, kind, error)
        await self._record(
            state.guild_id,
            "raid_step",
            None,
            action=kind,
            data={"channel_id": channel_id, "ok": ok, "error": error or None, **data},
        )

    async def _contain(self, state: RaidState, msg: IncomingMessage, policy: Policy) -> None:
        rp = policy.raid
        await self._queue_removal(state, msg.channel_id, msg.message_id, policy)
        if msg.author_id not in state.handled:
            state.handled.add(msg.author_id)
            self._spawn(self._handle_raider(state, msg.author_id, rp, policy, claimed=True))

    async def _queue_removal(
        self, state: RaidState, channel_id: int, message_id: int, policy: Policy
    ) -> None:
        """Slowmode where the raid first posts; the message waits for the channel's next bulk delete."""
        batch = state.pending.setdefault(channel_id, [])
        batch.append(message_id)
        if channel_id not in state.channels:
            state.channels.add(channel_id)
            if policy.raid.slowmode_seconds:
                changed = await self._port().set_slowmode(channel_id, policy.raid.slowmode_seconds, REASON)
                await self._step(state, "slowmode", channel_id, changed.ok, changed.error, changed.previous)
        if len(batch) >= BULK_MAX:
            await self._flush(state, channel_id)
        elif channel_id not in state.flushers and state.pending.get(channel_id):
            state.flushers[channel_id] = self._spawn(self._flush_later(state, channel_id))

    async def _flush_later(self, state: RaidState, channel_id: int) -> None:
        await asyncio.sleep(FLUSH_DELAY)
        state.flushers.pop(channel_id, None)
        await self._flush(state, channel_id)

    async def _flush(self, state: RaidState, channel_id: int) -> None:
        """Remove what waits in this channel: bulk delete by 100, a lone or too old message on its own."""
        ids = state.pending.pop(channel_id, [])
        if not ids:
            return
        reason = "Havre raid mode"
        cutoff = self.deps.clock.now() - BULK_MAX_AGE + timedelta(minutes=1)
        young = [i for i in ids if snowflake_time(i) > cutoff]
        alone = [i for i in ids if snowflake_time(i) <= cutoff]
        removed = 0
        errors: list[str] = []
        for start in range(0, len(young), BULK_MAX):
            chunk = young[start : start + BULK_MAX]
            if len(chunk) == 1:
                alone.extend(chunk)
                continue
            done = await self._port().bulk_delete(channel_id, chunk, reason)
            if done.ok:
                removed += len(chunk)
            else:
                errors.append(done.error)
        discord = self.deps.discord()
        for message_id in alone:
            done = await discord.delete_message(channel_id, message_id, reason)
            if done.ok or done.code == 10008:
                removed += 1
            else:
                errors.append(done.error)
        state.removed += removed
        await self._record(
            state.guild_id,
            "raid_step",
            None,
            action="bulk_delete",
            data={"channel_id": channel_id, "removed": removed, "asked": len(ids), "errors": errors[:3]},
        )
        if errors:
            state.failures.append(f"delete: {errors[0]}")
        self._schedule_summary(state)

    async def _handle_raider(
        self, state: RaidState, user_id: int, rp: RaidPolicy, policy: Policy, *, claimed: bool = False
    ) -> None:
        """Time the raider out and tell them once."""
        if not claimed:
            if user_id in state.handled:
                return
            state.handled.add(user_id)
        now = self.deps.clock.now()
        until = now + timedelta(minutes=rp.timeout_minutes)
        discord = self.deps.discord()
        done = await discord.set_timeout(state.guild_id, user_id, until, "Havre raid mode")
        lang = policy.member_voice(await self.deps.locales.language(user_id, state.language))
        delivered = False
        if done.ok:
            state.timed_out += 1
            text = t("raid.member.timed_out", lang, end=when_text(until, lang, policy.timezone, now=now))
            sent = await discord.send_dm(user_id, OutMessage(text))
            delivered = sent.delivery.value == "delivered"
            if delivered:
                state.explained += 1
        else:
            state.failures.append(f"timeout: {done.error}")
        await self._record(
            state.guild_id,
            "raid_member",
            None,
            subject_id=user_id,
            action="timeout",
            duration_seconds=rp.timeout_minutes * 60,
            data={"ok": done.ok, "error": done.error or None, "explained": delivered},
        )
        self._schedule_summary(state)

    async def expire(self, guild_id: int, now: datetime) -> None:
        state = self.active.get(guild_id)
        if state is not None and state.ends_at <= now:
            await self.end(guild_id, None)

    async def end(self, guild_id: int, moderator_id: int | None) -> RaidReport:
        async with self._lock(guild_id):
            state = self.active.pop(guild_id, None)
            if state is None:
                return RaidReport(None, False)
            for task in list(state.flushers.values()):
                task.cancel()
            state.flushers.clear()
            for channel_id in list(state.pending):
                await self._flush(state, channel_id)
            if state.summary_due is not None:
                state.summary_due.cancel()
            await self._post_summary(state)
            port = self._port()
            reason = "Havre raid mode ended"
            undone: list[str] = []
            for step in reversed(state.steps):
                if step.kind == "slowmode" and step.channel_id is not None:
                    result = await port.set_slowmode(step.channel_id, int(step.previous or 0), reason)
                    ok, error = result.ok, result.error
                elif step.kind == "lock" and step.channel_id is not None:
                    restored = await port.restore_lock(step.channel_id, step.previous, reason)
                    ok, error = restored.ok, restored.error
                else:
                    now = self.deps.clock.now()
                    invites, dms = (_still(when, now) for when in step.previous or (None, None))
                    cleared = await port.incident_actions(guild_id, invites, dms, reason)
                    ok, error = cleared.ok, cleared.error
                undone.append(step.kind)
                await self._record(
                    guild_id,
                    "raid_step",
                    moderator_id,
                    action=f"undo_{step.kind}",
                    data={"channel_id": step.channel_id, "ok": ok, "error": error or None},
                )
            await self._record(
                guild_id,
                "raid_ended",
                moderator_id,
                data={
                    "by": "moderator" if moderator_id else "expiry",
                    "raiders": len(state.raiders),
                    "timed_out": state.timed_out,
                    "removed": state.removed,
                    "explained": state.explained,
                    "undone": undone,
                },
            )
            await self._announce_end(state, moderator_id)
            self._joined.pop(guild_id, None)
            self.detector.forget(guild_id)
            return RaidReport(state, True)

    def status(self, guild_id: int) -> RaidState | None:
        return self.active.get(guild_id)

    # texts and the queue -------------------------------------------------------------------------------
    def _schedule_summary(self, state: RaidState) -> None:
        if state.summary_due is None or state.summary_due.done():
            state.summary_due = self._spawn(self._summary_soon(state))

    async def _summary_soon(self, state: RaidState) -> None:
        await asyncio.sleep(SUMMARY_EVERY if state.summary_id is not None else 0)
        if self.active.get(state.guild_id) is state:
            await self._post_summary(state)

    async def _post_summary(self, state: RaidState) -> None:
        settings = await self.deps.store.settings(state.guild_id)
        if settings.mod_queue_channel_id is None:
            return
        message = OutMessage(summary_text(state, settings.language))
        discord = self.deps.discord()
        if state.summary_id is None:
            posted = await discord.post(settings.mod_queue_channel_id, message)
            if posted.ok:
                state.summary_id = posted.message_id
        else:
            await discord.edit(settings.mod_queue_channel_id, state.summary_id, message)

    async def _announce_end(self, state: RaidState, moderator_id: int | None) -> None:
        settings = await self.deps.store.settings(state.guild_id)
        discord = self.deps.discord()
        lang = settings.language
        if settings.mod_queue_channel_id is not None:
            who = f"<@{moderator_id}>" if moderator_id else t("raid.mod.by_expiry", lang)
            text = t(
                "raid.mod.ended",
                lang,
                who=who,
                removed=state.removed,
                timed_out=state.timed_out,
                explained=state.explained,
            )
            await discord.post(settings.mod_queue_channel_id, OutMessage(text))
        touched = {s.channel_id for s in state.steps if s.channel_id is not None and s.kind != "incident"}
        for channel_id in sorted(touched):
            await discord.post(channel_id, OutMessage(t("raid.channel.ended", lang)))

    async def _record(
        self,
        guild_id: int,
        kind: str,
        actor_id: int | None,
        *,
        subject_id: int | None = None,
        action: str | None = None,
        duration_seconds: int | None = None,
        data: dict[str, object] | None = None,
    ) -> None:
        event = GovEvent(
            guild_id,
            kind,
            actor_id=actor_id,
            actor_role=ActorRole.MOD,  # actor None: the bot on its own
            subject_id=subject_id,
            action=action,
            duration_seconds=duration_seconds,
            data=data or {},
        )
        try:
            async with self.deps.db.unit_of_work() as session:
                await self.deps.recorder.record(session, event)
        except Exception as exc:  # the raid is handled even when the database is away; say what is missing
            log.error("raid step %s in guild %s not logged: %s", kind, guild_id, type(exc).__name__)

    def _port(self) -> RaidPort:
        if self.port is None:
            raise RuntimeError("the Discord side of raid mode is not attached yet")
        return self.port


def _later(a: datetime, b: datetime | None) -> datetime:
    return a if b is None or a >= b else b


def _still(when: datetime | None, now: datetime) -> datetime | None:
    return when if when is not None and when > now else None


def summary_text(state: RaidState, lang: str) -> str:
    """The queue's summary card: who started it, counts, accounts, channels, what was applied."""
    accounts = sorted(state.raiders)
    shown = " ".join(f"<@{u}>" for u in accounts[:LIST_ACCOUNTS])
    more = len(accounts) - LIST_ACCOUNTS
    if more > 0:
        shown += " " + t("raid.mod.more", lang, n=more)
    applied = [t(f"raid.step.{s.kind}", lang, channel=f"<#{s.channel_id}>") for s in state.steps]
    lines = [
        t(
            f"raid.mod.started_{'bot' if state.started_by is None else 'moderator'}",
            lang,
            who=f"<@{state.started_by}>",
            trigger=t(f"raid.trigger.{state.trigger}", lang),
        ),
        t(
            "raid.mod.counts",
            lang,
            raiders=len(accounts),
            timed_out=state.timed_out,
            removed=state.removed,
            explained=state.explained,
        ),
        t("raid.mod.accounts", lang, accounts=shown or "-"),
        t("raid.mod.channels", lang, channels=" ".join(f"<#{c}>" for c in sorted(state.channels)) or "-"),
        t("raid.mod.applied", lang, steps="; ".join(applied) or "-"),
        t("raid.mod.until", lang, end=f"<t:{int(state.ends_at.timestamp())}:F>"),
    ]
    if state.failures:
        lines.append(t("raid.mod.failures", lang, failures="; ".join(dict.fromkeys(state.failures))[:300]))
    return "\n".join(lines)[:1990]
