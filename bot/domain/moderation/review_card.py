"""The card moderators see in the review queue. Unlike member texts it shows what fired, with scores."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.durations import format_duration
from bot.domain.excerpt import discord_timestamp, safe_excerpt
from bot.domain.i18n import language_of, t
from bot.domain.moderation.decision import Decision
from bot.domain.policy.models import Action, Policy

CARD_EXCERPT_LIMIT = 300
SIGNALS_LIMIT = 1000  # Discord embed field values hold 1024 characters


@dataclass(frozen=True, slots=True)
class ReviewCard:
    title: str
    fields: tuple[tuple[str, str], ...]  # (name, value), in display order
    footer: str

    def as_text(self) -> str:
        body = "\n".join(f"**{name}:** {value}" for name, value in self.fields)
        return f"**{self.title}**\n{body}\n{self.footer}"


def action_label(action: Action, lang: str, duration_text: str = "") -> str:
    label = t(f"moderation.action.{action.value}", lang)
    return f"{label} ({duration_text})" if duration_text else label


def review_card(
    decision: Decision,
    policy: Policy,
    lang: str,
    excerpt: str | None = "",
    member_mention: str = "",
) -> ReviewCard:
    """A review-queue card for moderators, in the moderators' language."""
    lang = language_of(lang)
    rule = policy.rule(decision.rule_id) if decision.rule_id else None
    rule_title = policy.text(rule.title, lang) if rule else "—"
    proposed = decision.proposed_action or decision.action
    duration = format_duration(decision.duration, lang) if decision.duration else ""
    fields: list[tuple[str, str]] = []
    if member_mention:
        fields.append((t("moderation.review.member", lang), member_mention))
    fields += [
        (t("moderation.review.rule", lang), f"{rule_title} — <{policy.rule_link(rule.id)}>" if rule else "—"),
        (t("moderation.review.proposed", lang), action_label(proposed, lang, duration)),
        (t("moderation.review.reason", lang), t(f"moderation.reason.{decision.reason_code.value}", lang)),
    ]
    if rule and decision.ladder_step:
        step = t("moderation.review.step_value", lang, step=decision.ladder_step, total=len(rule.ladder))
        fields.append((t("moderation.review.step", lang), step))
    signals = safe_excerpt(decision.signals.as_text(), SIGNALS_LIMIT)
    if signals:
        fields.append((t("moderation.review.signals", lang), signals))
    quoted = safe_excerpt(excerpt, CARD_EXCERPT_LIMIT)
    if quoted:
        fields.append((t("moderation.review.excerpt", lang), quoted))
    footer = t(
        "moderation.review.footer",
        lang,
        version=decision.policy_version,
        when=discord_timestamp(decision.decided_at, "R"),
    )
    return ReviewCard(
        title=t("moderation.review.title", lang, rule=rule_title), fields=tuple(fields), footer=footer
    )
