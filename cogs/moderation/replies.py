"""What moderators read back: the outcome of an action, a case, a member's history, the appeal queue."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from bot.domain.durations import format_duration
from bot.domain.excerpt import discord_timestamp, safe_excerpt
from bot.domain.i18n import plural, t
from bot.domain.policy.models import Action, Policy
from bot.services.moderation.types import AppealRecord, CaseOutcome, CaseRecord, CaseStatus

LIMIT = 2000


def rule_titles(policy: Policy, lang: str) -> dict[str, str]:
    """Rule titles by id, for moderators' replies: the rule by its title, never its identifier."""
    return {rule.id: policy.text(rule.title, lang) for rule in policy.rules}


def _rule(case: CaseRecord, titles: Mapping[str, str] | None) -> str:
    if case.rule_id is None:
        return "—"
    return (titles or {}).get(case.rule_id, case.rule_id)


def action_text(action: Action, duration_seconds: float | None, lang: str) -> str:
    words = t(f"moderation.action.{action.value}", lang)
    if duration_seconds:
        words += f" ({format_duration(timedelta(seconds=duration_seconds), lang)})"
    return words


def _action_of(case: CaseRecord, lang: str) -> str:
    seconds = case.duration.total_seconds() if case.duration else None
    text = action_text(case.action, seconds, lang)
    if case.action is Action.REVIEW and case.proposed_action is not None:
        text += " → " + action_text(case.proposed_action, seconds, lang)
    return text


def outcome_text(outcome: CaseOutcome, lang: str, titles: Mapping[str, str] | None = None) -> str:
    case = outcome.case
    if case.status is CaseStatus.FAILED:  # never reads as done: nothing was applied, no strike counts
        return t(
            "moderation.reply.not_done",
            lang,
            id=case.id,
            action=_action_of(case, lang),
            rule=_rule(case, titles),
            errors=safe_excerpt("; ".join(outcome.errors), 400),
            delivery=t(f"moderation.reply.dm_{outcome.dm_status.value}", lang),
        )[:LIMIT]
    lines = [
        t(
            "moderation.reply.done",
            lang,
            id=case.id,
            action=_action_of(case, lang),
            rule=_rule(case, titles),
            delivery=t(f"moderation.reply.dm_{outcome.dm_status.value}", lang),
        )
    ]
    if outcome.errors:
        lines.append(t("moderation.reply.failed", lang, errors=safe_excerpt("; ".join(outcome.errors), 400)))
    return "\n".join(lines)[:LIMIT]


def case_line(case: CaseRecord, lang: str, titles: Mapping[str, str] | None = None) -> str:
    who = t("moderation.reply.by_bot", lang) if case.automatic else f"<@{case.actor_id}>"
    return t(
        "moderation.reply.case_line",
        lang,
        id=case.id,
        when=discord_timestamp(case.created_at, "d"),
        action=_action_of(case, lang),
        rule=_rule(case, titles),
        status=t(f"moderation.status.{case.status.value}", lang),
        who=who,
    )


def case_detail(
    case: CaseRecord,
    lang: str,
    *,
    excerpt: str | None,
    note: str | None,
    appeals: list[AppealRecord],
    titles: Mapping[str, str] | None = None,
) -> str:
    lines = [
        f"**{t('moderation.queue.case', lang, id=case.id)}** — <@{case.user_id}>",
        case_line(case, lang, titles),
        t("moderation.reply.detail_reason", lang, reason=t(f"moderation.reason.{case.reason_code}", lang)),
        t(
            "moderation.reply.detail_delivery",
            lang,
            delivery=t(f"moderation.reply.dm_{case.dm_status.value}", lang),
        ),
    ]
    if case.ends_at is not None:
        lines.append(t("moderation.reply.detail_ends", lang, end=discord_timestamp(case.ends_at, "F")))
    if case.signals_text:
        lines.append(t("moderation.reply.detail_signals", lang, signals=safe_excerpt(case.signals_text, 500)))
    if excerpt:
        lines.append(t("moderation.reply.detail_excerpt", lang, excerpt=safe_excerpt(excerpt, 300)))
    if note:
        lines.append(t("moderation.reply.detail_note", lang, note=safe_excerpt(note, 400)))
    if case.acknowledged_at is not None:
        lines.append(
            t("moderation.reply.detail_ack", lang, when=discord_timestamp(case.acknowledged_at, "R"))
        )
    for appeal in appeals:
        lines.append(
            t(
                "moderation.reply.detail_appeal",
                lang,
                id=appeal.id,
                state=t(f"moderation.appeal_state.{appeal.state.value}", lang),
            )
        )
    if case.apply_error:
        lines.append(t("moderation.reply.failed", lang, errors=safe_excerpt(case.apply_error, 300)))
    return "\n".join(lines)[:LIMIT]


def history_text(
    member_id: int, cases: list[CaseRecord], lang: str, titles: Mapping[str, str] | None = None
) -> str:
    if not cases:
        return t("moderation.reply.history_empty", lang, member=f"<@{member_id}>")
    lines = [plural("moderation.reply.history_title", lang, len(cases), member=f"<@{member_id}>")]
    lines += [f"• {case_line(c, lang, titles)}" for c in cases]
    out = ""
    for line in lines:
        if len(out) + len(line) + 1 > LIMIT:
            break
        out += line + "\n"
    return out.rstrip()


def appeals_text(appeals: list[AppealRecord], guild_id: int, queue_channel_id: int | None, lang: str) -> str:
    if not appeals:
        return t("moderation.reply.appeals_empty", lang)
    lines = [plural("moderation.reply.appeals_title", lang, len(appeals))]
    for appeal in appeals:
        link = ""
        if appeal.queue_message_id and queue_channel_id:
            link = f" https://discord.com/channels/{guild_id}/{queue_channel_id}/{appeal.queue_message_id}"
        lines.append(
            "• "
            + t(
                "moderation.reply.appeal_line",
                lang,
                id=appeal.id,
                case=appeal.case_id,
                member=f"<@{appeal.user_id}>",
                when=discord_timestamp(appeal.created_at, "R"),
            )
            + link
        )
    return "\n".join(lines)[:LIMIT]
