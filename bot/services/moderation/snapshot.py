"""A decision as stored on its case (``cases.signals`` JSON), and back.

The JSON keeps what the member was promised (the way back) and what fired, so a case can be explained
again (``/my-standing``), re-applied after a crash (reconciliation) or judged by a reviewer, without the
policy of the day having to agree with the policy of the decision.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.db.models import Case
from bot.domain.clock import ensure_utc
from bot.domain.moderation.decision import (
    Decision,
    FiredSignal,
    ReasonCode,
    SignalKind,
    SignalSummary,
    WayBack,
)
from bot.domain.policy.models import Action, Severity
from bot.services.moderation.types import CaseRecord, CaseStatus, DmStatus


def _iso(value: datetime | None) -> str | None:
    return None if value is None else ensure_utc(value).isoformat()


def _dt(value: object) -> datetime | None:
    return None if not value else ensure_utc(datetime.fromisoformat(str(value)))


def decision_json(decision: Decision, model_status: str = "") -> dict[str, Any]:
    way = decision.way_back
    return {
        "fired": decision.signals.as_records(),
        "text": decision.signals.as_text(),
        "model_status": model_status,
        "strike": decision.strike,
        "hide": decision.hide_message,
        "ladder_step": decision.ladder_step,
        "severity": decision.severity.value if decision.severity else None,
        "also_review": list(decision.also_review),
        "way_back": {
            "can_acknowledge": way.can_acknowledge,
            "acknowledge_lifts": way.acknowledge_lifts,
            "appeal_allowed": way.appeal_allowed,
            "ends_at": _iso(way.ends_at),
            "probation_ends_at": _iso(way.probation_ends_at),
            "strike_fades_at": _iso(way.strike_fades_at),
        },
    }


def way_back_of(data: dict[str, Any]) -> WayBack:
    raw = data.get("way_back") or {}
    return WayBack(
        can_acknowledge=bool(raw.get("can_acknowledge")),
        acknowledge_lifts=bool(raw.get("acknowledge_lifts")),
        appeal_allowed=bool(raw.get("appeal_allowed")),
        ends_at=_dt(raw.get("ends_at")),
        probation_ends_at=_dt(raw.get("probation_ends_at")),
        strike_fades_at=_dt(raw.get("strike_fades_at")),
    )


def _fired(data: dict[str, Any]) -> SignalSummary:
    items = []
    for raw in data.get("fired") or []:
        try:
            kind = SignalKind(str(raw.get("kind")))
        except ValueError:
            continue
        score = raw.get("score")
        items.append(
            FiredSignal(
                kind,
                str(raw.get("name", "")),
                raw.get("rule_id"),
                None if score is None else float(score),
                str(raw.get("detail", "")),
            )
        )
    return SignalSummary(tuple(items))


def to_record(row: Case) -> CaseRecord:
    data: dict[str, Any] = dict(row.signals or {})
    return CaseRecord(
        id=row.id,
        guild_id=row.guild_id,
        user_id=row.user_id,
        channel_id=row.channel_id,
        message_id=row.message_id,
        rule_id=row.rule_id,
        action=Action(row.action),
        proposed_action=Action(row.proposed_action) if row.proposed_action else None,
        duration=timedelta(seconds=row.duration_seconds) if row.duration_seconds else None,
        ends_at=row.ends_at,
        automatic=row.automatic,
        actor_id=row.actor_id,
        reason_code=row.reason_code,
        status=CaseStatus(row.status),
        dm_status=DmStatus(row.dm_status),
        language=row.language,
        policy_version=row.policy_version,
        excerpt_ref=row.excerpt_ref,
        note_ref=row.note_ref,
        acknowledged_at=row.acknowledged_at,
        clarity=row.clarity,
        review_message_id=row.review_message_id,
        created_at=row.created_at,
        way_back=way_back_of(data),
        strike=bool(data.get("strike")),
        hide_message=bool(data.get("hide")),
        ladder_step=data.get("ladder_step"),
        signals_text=str(data.get("text", "")),
        explanation_sent=row.explanation_sent,
        apply_error=row.apply_error,
    )


def decision_of(record: CaseRecord, row_signals: dict[str, Any] | None = None) -> Decision:
    """The decision a case holds, rebuilt for explaining it again or applying it after a crash."""
    data = row_signals or {}
    severity = data.get("severity")
    try:
        reason = ReasonCode(record.reason_code)
    except ValueError:
        reason = ReasonCode.MODERATOR if not record.automatic else ReasonCode.LIST_MATCH
    return Decision(
        action=record.action,
        reason_code=reason,
        policy_version=record.policy_version,
        decided_at=record.created_at,
        rule_id=record.rule_id,
        proposed_action=record.proposed_action,
        duration=record.duration,
        strike=record.strike,
        hide_message=record.hide_message,
        automatic=record.automatic,
        ladder_step=record.ladder_step,
        severity=Severity(severity) if severity else None,
        signals=_fired(data),
        way_back=record.way_back,
    )
