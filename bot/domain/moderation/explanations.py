"""What a member reads after a moderation decision: what happened, which rule, why, what now, the way back.

Texts come from ``bot/locales/<lang>/moderation.toml`` (tone: plain, kind, validating) and from the policy
(rule title, link and plain "why"). Never a raw score, never the moderator's name. Times are Discord
timestamps, shown in each reader's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.durations import format_duration
from bot.domain.excerpt import discord_timestamp, safe_excerpt
from bot.domain.i18n import language_of, t
from bot.domain.moderation.decision import Decision, ReasonCode
from bot.domain.policy.models import Action, Policy

EXCERPT_LIMIT = 120
_MODEL_REASONS = (ReasonCode.MODEL_ONLY_REVIEW, ReasonCode.MODEL_CONTEXT_REVIEW, ReasonCode.LEARNED_REVIEW)


@dataclass(frozen=True, slots=True)
class Explanation:
    lang: str
    title: str
    body: str
    rule_title: str
    rule_link: str
    why: str
    what_now: str
    way_back: tuple[str, ...]
    support: str  # where to find support (/help), always last
    excerpt: str = ""  # already neutralised with safe_excerpt

    def as_text(self) -> str:
        """The whole note as one Discord message (markdown), in the member's language."""
        parts = [f"**{self.title}**", self.body]
        if self.excerpt:
            parts.append(t("moderation.line.excerpt", self.lang, excerpt=self.excerpt))
        parts.append(t("moderation.line.rule", self.lang, title=self.rule_title, link=self.rule_link))
        parts += [self.why, self.what_now]
        if self.way_back:
            lines = "\n".join(f"• {line}" for line in self.way_back)
            parts.append(f"{t('moderation.line.way_back_heading', self.lang)}\n{lines}")
        parts.append(self.support)
        return "\n\n".join(parts)


def stamps(prefix: str, when: datetime | None) -> dict[str, str]:
    """``{prefix}_f`` / ``{prefix}_r`` Discord timestamps (full date, relative) for text fields."""
    if when is None:
        return {f"{prefix}_f": "", f"{prefix}_r": ""}
    return {f"{prefix}_f": discord_timestamp(when, "F"), f"{prefix}_r": discord_timestamp(when, "R")}


def _text_key(action: Action, ends_at: datetime | None, hidden: bool = True) -> str:
    if action is Action.WARN and not hidden:
        return "warn_only"  # a warning with no message removed: say only what happened
    return "ban_temporary" if action is Action.BAN and ends_at is not None else action.value


def explain(
    decision: Decision,
    policy: Policy,
    lang: str,
    excerpt: str | None = "",
    ends_at: datetime | None = None,
) -> Explanation:
    """The explanation of a sanction or a review. ``ends_at`` defaults to the decision's own end time."""
    if not (decision.action.is_sanction or decision.action is Action.REVIEW) or decision.rule_id is None:
        raise ValueError(f"nothing to explain for a {decision.action} decision")
    lang = language_of(lang)
    rule = policy.rule(decision.rule_id)
    action = decision.action
    way = decision.way_back
    ends = ends_at or way.ends_at
    key = _text_key(action, ends, decision.hide_message)
    fields = {
        "duration": format_duration(decision.duration, lang) if decision.duration else "",
        **stamps("end", ends),
        **stamps("prob", way.probation_ends_at),
        **stamps("fades", way.strike_fades_at),
    }
    body = t(f"moderation.body.{key}", lang, **fields)
    if action is not Action.REVIEW:
        source = (
            "manual"
            if not decision.automatic
            else "automatic_nudge"
            if action is Action.NUDGE
            else "automatic"
        )
        body += " " + t(f"moderation.line.{source}", lang)
    why_key = "moderation.line.why_model" if decision.reason_code in _MODEL_REASONS else "moderation.line.why"
    lines: list[str] = []
    if way.can_acknowledge:
        lines.append(
            t(
                "moderation.way.acknowledge_lifts" if way.acknowledge_lifts else "moderation.way.acknowledge",
                lang,
            )
        )
    if action is Action.TIMEOUT and ends is not None:
        lines.append(t("moderation.way.wait_timeout", lang, **fields))
    if way.appeal_allowed:
        lines.append(t("moderation.way.appeal", lang))
    if way.probation_ends_at is not None and not (action is Action.BAN and ends is None):
        after = action is Action.TIMEOUT or (action is Action.BAN and ends is not None)
        lines.append(
            t("moderation.way.probation_after" if after else "moderation.way.probation", lang, **fields)
        )
    if decision.strike and way.strike_fades_at is not None:
        lines.append(t("moderation.way.fades", lang, **fields))
    return Explanation(
        lang=lang,
        title=t(f"moderation.title.{key}", lang),
        body=body,
        rule_title=policy.text(rule.title, lang),
        rule_link=policy.rule_link(rule.id),
        why=t(why_key, lang, why=policy.text(rule.why, lang)),
        what_now=t(f"moderation.what_now.{key}", lang, **fields),
        way_back=tuple(lines),
        support=t("moderation.way.help", lang),
        excerpt=safe_excerpt(excerpt, EXCERPT_LIMIT),
    )
