"""What a member reads after a moderation decision, phone-first (docs: ``shared/design/VOICE.md``).

Above the buttons, one phone screen (about 60 words): what happened in one plain sentence, the rule by its
title, what happens now with a date a person reads, and what each button does. Everything else — the
rule's full text, what we noticed, how appeals work, when it stops counting, who decided — is in the
details, behind the "Details" button (and shown in full by ``/my-standing`` and ``/appeal``).

Texts come from ``bot/locales/<lang>/moderation.toml`` in the community's register (``lang`` is a voice:
"en", "fr" or "fr@tu", see ``bot.domain.i18n``) and from the policy (rule title, description, link and
plain "why"). Dates are written out by Babel in the server's time zone, saying which. Never a raw score,
never an internal word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.domain.durations import format_duration
from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import day_text, t, voice, when_text
from bot.domain.moderation.decision import Decision, ReasonCode
from bot.domain.policy.models import Action, Policy

EXCERPT_LIMIT = 120
_MODEL_REASONS = (ReasonCode.MODEL_ONLY_REVIEW, ReasonCode.MODEL_CONTEXT_REVIEW, ReasonCode.LEARNED_REVIEW)


@dataclass(frozen=True, slots=True)
class Explanation:
    lang: str  # the voice: language and register
    headline: str  # what happened, one sentence
    rule_title: str
    rule_link: str
    rule_description: str
    what_now: str  # what happens now, with the date
    can_do: tuple[str, ...]  # what each button does, only those that apply
    tone: str  # one validating sentence (details)
    why: str
    after: tuple[str, ...]  # when it stops counting, the watch period (details)
    decided_by: str
    support: str  # where to find support (/help), always last
    excerpt: str = ""  # already neutralised with safe_excerpt
    appeal_allowed: bool = False

    def as_text(self) -> str:
        """The part above the buttons: one phone screen."""
        parts = [f"**{self.headline}**", t("moderation.line.rule", self.lang, title=self.rule_title)]
        parts.append(self.what_now)
        if self.can_do:
            parts.append("\n".join(f"• {line}" for line in self.can_do))
        return "\n".join(parts)

    def details_text(self, *, with_excerpt: bool = True) -> str:
        """Everything else, behind the "Details" button: the rule in full, why, how to appeal, dates."""
        parts = [f"**{t('moderation.line.details_heading', self.lang)}**"]
        if with_excerpt and self.excerpt:
            parts.append(t("moderation.line.excerpt", self.lang, excerpt=self.excerpt))
        parts.append(self.why)
        parts.append(
            t(
                "moderation.line.rule_full",
                self.lang,
                title=self.rule_title,
                description=self.rule_description,
                link=self.rule_link,
            )
        )
        parts += [self.tone, *self.after]
        if self.appeal_allowed:
            parts.append(t("moderation.way.appeal_how", self.lang))
        parts += [self.decided_by, self.support]
        return "\n\n".join(p for p in parts if p)


def first_sentence(text: str) -> str:
    """The first sentence of a policy's "why" (the rest is in the details)."""
    head = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", text.strip(), maxsplit=1)[0]
    return head.rstrip(".")


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
    *,
    details_button: bool = True,
) -> Explanation:
    """The explanation of a sanction or a review, in the community's register. ``ends_at`` defaults to the
    decision's own end time."""
    if not (decision.action.is_sanction or decision.action is Action.REVIEW) or decision.rule_id is None:
        raise ValueError(f"nothing to explain for a {decision.action} decision")
    lang = voice(lang, policy.member_register)
    rule = policy.rule(decision.rule_id)
    action = decision.action
    way = decision.way_back
    ends = ends_at or way.ends_at
    key = _text_key(action, ends, decision.hide_message)
    tz, now = policy.timezone, decision.decided_at

    def when(moment: datetime | None) -> str:
        return when_text(moment, lang, tz, now=now) if moment is not None else ""

    why_text = policy.text(rule.why, lang)
    fields = {
        "duration": format_duration(decision.duration, lang) if decision.duration else "",
        "end": when(ends),
        "prob": when(way.probation_ends_at),
        "fades": day_text(way.strike_fades_at, lang, tz) if way.strike_fades_at else "",
        "why": first_sentence(why_text),  # the headline says the gist; "Details" has all of it
    }
    source = (
        "manual" if not decision.automatic else "automatic_nudge" if action is Action.NUDGE else "automatic"
    )
    why_key = "moderation.line.why_model" if decision.reason_code in _MODEL_REASONS else "moderation.line.why"
    can_do: list[str] = []
    if way.can_acknowledge:
        ack = "moderation.way.acknowledge_lifts" if way.acknowledge_lifts else "moderation.way.acknowledge"
        can_do.append(t(ack, lang))
    if way.appeal_allowed:
        can_do.append(t("moderation.way.appeal", lang))
    if details_button:
        can_do.append(t("moderation.way.details", lang))
    after: list[str] = []
    if way.probation_ends_at is not None and not (action is Action.BAN and ends is None):
        later = action is Action.TIMEOUT or (action is Action.BAN and ends is not None)
        after.append(t("moderation.way.watch_after" if later else "moderation.way.watch", lang, **fields))
    if decision.strike and way.strike_fades_at is not None:
        after.append(t("moderation.way.fades", lang, **fields))
    tone = ""
    if action is Action.TIMEOUT:
        tone = t("moderation.way.tone_timeout", lang)
    elif action is not Action.REVIEW:
        tone = t("moderation.way.tone", lang)
    return Explanation(
        lang=lang,
        headline=t(f"moderation.happened.{key}", lang, **fields),
        rule_title=policy.text(rule.title, lang),
        rule_link=policy.rule_link(rule.id),
        rule_description=policy.text(rule.description, lang),
        what_now=t(f"moderation.what_now.{key}", lang, **fields),
        can_do=tuple(can_do),
        tone=tone,
        why=t(why_key, lang, why=why_text),
        after=tuple(after),
        decided_by="" if action is Action.REVIEW else t(f"moderation.line.{source}", lang),
        support=t("moderation.way.help", lang),
        excerpt=safe_excerpt(excerpt, EXCERPT_LIMIT),
        appeal_allowed=way.appeal_allowed,
    )
