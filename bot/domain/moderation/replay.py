"""The pure core of the ``replay`` backtest: run a policy over past messages as it would have run live.

Each author's history accumulates breaches and lets them decay exactly as ``decide`` sees them live; the
flood count is computed from the records' timestamps with the policy's flood window. Signals for a text
come from an injected function (``bot.classify`` in the CLI, a small matcher in tests), so this module
stays pure. The language of what is said back is the record's locale or the server's, or, when an
injected ``language_for`` is given, the message's own language (asked only when the decision is not
``none``, as live). Not modelled: a timed-out member could not have written the messages that follow
in the log.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from bot.domain.clock import ensure_utc
from bot.domain.i18n import language_of
from bot.domain.moderation.decision import DecisionContext, MemberHistory
from bot.domain.moderation.engine import decide
from bot.domain.moderation.explanations import explain
from bot.domain.policy.models import Action, Policy
from bot.domain.signals import MessageSignals

# (content, language) -> signals; called with ``reply=True`` as well for a record that is a reply
SignalsFor = Callable[..., MessageSignals]
LanguageFor = Callable[[str, str], str]  # (content, fallback language) -> the message's language


class ReplayError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class MessageRecord:
    id: int
    author_id: int
    channel_id: int
    content: str
    timestamp: datetime
    author_roles: tuple[int, ...] = ()
    locale: str = ""
    reply: bool = False  # a Discord reply to another member's message (an addressee)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MessageRecord:
        try:
            stamp = data["timestamp"]
            when = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
            if when.tzinfo is None:
                raise ReplayError("timestamp needs a time zone (e.g. 2026-01-05T09:00:00+00:00)")
            return cls(
                id=int(data["id"]),
                author_id=int(data["author_id"]),
                channel_id=int(data["channel_id"]),
                content=str(data.get("content", "")),
                timestamp=ensure_utc(when),
                author_roles=tuple(int(r) for r in data.get("author_roles", ())),
                locale=str(data.get("locale", "") or ""),
                reply=_flag(data.get("reply", False)),
            )
        except KeyError as exc:
            raise ReplayError(f"missing field {exc.args[0]!r}") from exc
        except (TypeError, ValueError) as exc:
            raise ReplayError(str(exc)) from exc


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ReplayError(f"reply must be true or false, not {value!r}")
    return value


def read_jsonl(lines: Iterable[str], source: str = "<records>") -> Iterator[MessageRecord]:
    """Message records from JSON Lines; blank lines and ``#`` comments are skipped."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            yield MessageRecord.from_mapping(json.loads(text))
        except (json.JSONDecodeError, ReplayError) as exc:
            raise ReplayError(f"{source}:{number}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class ReplayResult:
    id: int
    author_id: int
    action: Action
    rule_id: str | None
    proposed_action: Action | None
    duration_seconds: int | None
    reason_code: str
    ladder_step: int | None
    explanation: str
    signals: list[dict[str, object]]  # what fired, with scores: kind, name, rule_id, score, detail
    policy_version: str
    language: str = ""  # the language of what is said back about this message

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author_id": self.author_id,
            "action": self.action.value,
            "rule": self.rule_id,
            "proposed_action": self.proposed_action.value if self.proposed_action else None,
            "duration_seconds": self.duration_seconds,
            "reason": self.reason_code,
            "ladder_step": self.ladder_step,
            "explanation": self.explanation,
            "signals": self.signals,
            "policy_version": self.policy_version,
            "language": self.language,
        }


def replay(
    records: Iterable[MessageRecord],
    signals_for: SignalsFor,
    policy: Policy,
    *,
    moderator_roles: frozenset[int] = frozenset(),
    explain_actions: bool = True,
    language_for: LanguageFor | None = None,
) -> Iterator[ReplayResult]:
    """Decide every record in time order, as live; yields one result per record."""
    histories: dict[int, MemberHistory] = defaultdict(MemberHistory)
    recent: dict[int, deque[datetime]] = defaultdict(deque)
    window = policy.flood_window_seconds
    longest_decay = max((r.decay for r in policy.rules), default=timedelta(days=30))
    last: datetime | None = None
    for record in records:
        now = record.timestamp
        if last is not None and now < last:
            raise ReplayError(
                f"record {record.id} is earlier than the one before: records must be in time order"
            )
        last = now
        lang = language_of(record.locale, policy.default_language)
        if record.reply:
            signals = signals_for(record.content, lang, reply=True)
        else:
            signals = signals_for(record.content, lang)
        if window:
            times = recent[record.author_id]
            times.append(now)
            while times and times[0] <= now - timedelta(seconds=window):
                times.popleft()
            signals = replace(signals, messages_in_window=len(times))
        history = histories[record.author_id]
        roles = frozenset(record.author_roles)
        context = DecisionContext(
            now=now,
            locale=lang,
            is_moderator=bool(roles & moderator_roles),
            role_ids=roles,
            excerpt=record.content,
        )
        decision = decide(signals, history, policy, context)
        entry = decision.history_entry()
        if entry is not None:
            kept = tuple(e for e in history.entries if e.at > now - longest_decay)
            histories[record.author_id] = MemberHistory.of((*kept, entry))
        if language_for is not None and decision.action is not Action.NONE:
            lang = language_for(record.content, lang)
        text = ""
        if (
            explain_actions
            and decision.rule_id
            and (decision.is_sanction or decision.action is Action.REVIEW)
        ):
            text = explain(decision, policy, lang, record.content).as_text()
        yield ReplayResult(
            id=record.id,
            author_id=record.author_id,
            action=decision.action,
            rule_id=decision.rule_id,
            proposed_action=decision.proposed_action,
            duration_seconds=int(decision.duration.total_seconds()) if decision.duration else None,
            reason_code=decision.reason_code.value,
            ladder_step=decision.ladder_step,
            explanation=text,
            signals=decision.signals.as_records(),
            policy_version=policy.version,
            language=lang,
        )
