"""The card moderators see in the review queue, in plain words (VOICE.md, "Staff texts").

The trigger quoted first, the rule by its title, the proposed action, the ladder step with its reason
("2nd breach within 30 days → timeout (1 hour)"), why it came to a person. Internal identifiers — signal
codes and scores, list names, the policy version — only in the final "Details" line.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.durations import format_duration
from bot.domain.excerpt import discord_timestamp, safe_excerpt
from bot.domain.i18n import language_of, ordinal, t
from bot.domain.moderation.decision import Decision
from bot.domain.policy.models import Action, Policy

CARD_EXCERPT_LIMIT = 300
SIGNALS_LIMIT = 900  # Discord embed field values hold 1024 characters


@dataclass(frozen=True, slots=True)
class ReviewCard:
    title: str
    fields: tuple[tuple[str, str], ...]  # (name, value), in display order
    footer: str  # the "Details" line: internal identifiers only here
    lang: str = "en"

    def as_text(self) -> str:
        body = "\n".join(label(name, value, self.lang) for name, value in self.fields)
        return f"**{self.title}**\n{body}\n-# {self.footer}"


def label(name: str, value: str, lang: str) -> str:
    """A "Name: value" line with the language's typography (a space before the colon in French)."""
    return f"**{name}** : {value}" if language_of(lang) == "fr" else f"**{name}:** {value}"


def action_label(action: Action, lang: str, duration_text: str = "") -> str:
    label_text = t(f"moderation.action.{action.value}", lang)
    return f"{label_text} ({duration_text})" if duration_text else label_text


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
    proposed_text = action_label(proposed, lang, duration)
    fields: list[tuple[str, str]] = []
    if member_mention:
        fields.append((t("moderation.review.member", lang), member_mention))
    quoted = safe_excerpt(excerpt, CARD_EXCERPT_LIMIT)
    if quoted:
        fields.append(
            (t("moderation.review.excerpt", lang), t("moderation.review.quoted", lang, text=quoted))
        )
    fields.append(
        (t("moderation.review.rule", lang), f"{rule_title} — <{policy.rule_link(rule.id)}>" if rule else "—")
    )
    if rule and decision.ladder_step:  # the step says the action and why: "2nd breach within 30 days → …"
        window = format_duration(rule.decay, lang)
        step = ordinal(
            "moderation.review.step_value", lang, decision.ladder_step, window=window, action=proposed_text
        )
        fields.append((t("moderation.review.step", lang), step))
    else:
        fields.append((t("moderation.review.proposed", lang), proposed_text))
    reason = t(f"moderation.reason.{decision.reason_code.value}", lang)
    fields.append((t("moderation.review.reason", lang), reason))
    signals = safe_excerpt(decision.signals.as_text(), SIGNALS_LIMIT)
    footer = t(
        "moderation.review.details",
        lang,
        signals=signals or "—",
        version=decision.policy_version,
        when=discord_timestamp(decision.decided_at, "R"),
    )
    return ReviewCard(
        title=t("moderation.review.title", lang, rule=rule_title),
        fields=tuple(fields),
        footer=footer,
        lang=lang,
    )
