"""The messages moderation sends: explanations with their buttons, notices, review and appeal cards.

Member texts come from the domain (``explain``, ``member_notices``) and
``bot/locales/<lang>/moderation.toml``; nothing here holds a rule or a threshold. Explanations are
stored without the member's excerpt (the excerpt is sealed in the vault): ``with_excerpt`` puts it back
for the member's own eyes.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import language_of, t
from bot.domain.moderation.decision import Decision
from bot.domain.moderation.explanations import Explanation, explain
from bot.domain.moderation.member_notices import clarity_prompt, dm_closed_notice
from bot.domain.moderation.review_card import review_card
from bot.domain.policy.models import Action, Policy
from bot.services.moderation.custom_ids import ButtonAction, make
from bot.services.moderation.types import AppealRecord, ButtonSpec, ButtonStyle, CaseRecord, OutMessage

DISCORD_LIMIT = 2000
APPEAL_TEXT_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class ExplanationMessage:
    message: OutMessage
    stored: str  # the text as sent, minus the member's excerpt


def way_back_buttons(
    case_id: int, lang: str, *, acknowledge: bool, appeal: bool, clarity: bool = True
) -> tuple[ButtonSpec, ...]:
    buttons: list[ButtonSpec] = []
    if acknowledge:
        label = t("moderation.button.understand", lang)
        buttons.append(ButtonSpec(make(ButtonAction.ACK, case_id), label, ButtonStyle.PRIMARY))
    if appeal:
        label = t("moderation.button.appeal", lang)
        buttons.append(ButtonSpec(make(ButtonAction.APPEAL, case_id), label, ButtonStyle.SECONDARY))
    if clarity:
        prompt = clarity_prompt(lang)
        buttons.append(
            ButtonSpec(make(ButtonAction.CLEAR, case_id, "yes"), prompt.yes, ButtonStyle.SUCCESS, 1)
        )
        buttons.append(
            ButtonSpec(make(ButtonAction.CLEAR, case_id, "no"), prompt.no, ButtonStyle.SECONDARY, 1)
        )
    return tuple(buttons)


def _render(explanation: Explanation, lang: str, moderator_name: str | None) -> str:
    text = explanation.as_text()
    if moderator_name:
        named = t("moderation.line.manual_named", lang, name=safe_excerpt(moderator_name, 80))
        text = text.replace(t("moderation.line.manual", lang), named, 1)
    return f"{text}\n\n*{clarity_prompt(lang).question}*"


def explanation_message(
    case_id: int,
    decision: Decision,
    policy: Policy,
    lang: str,
    excerpt: str = "",
    *,
    moderator_name: str | None = None,
) -> ExplanationMessage:
    """The explanation DM: what happened, the rule and its link, why, what now, the way back, and the
    buttons "I understand", "Appeal" and "Was this clear? yes/no" as the way back allows."""
    lang = language_of(lang)
    full = _render(explain(decision, policy, lang, excerpt), lang, moderator_name)
    stored = _render(explain(decision, policy, lang, ""), lang, moderator_name)
    if len(full) > DISCORD_LIMIT:
        full = stored[:DISCORD_LIMIT]
    way = decision.way_back
    buttons = way_back_buttons(case_id, lang, acknowledge=way.can_acknowledge, appeal=way.appeal_allowed)
    return ExplanationMessage(OutMessage(full, buttons), stored[:DISCORD_LIMIT])


def with_excerpt(stored: str, excerpt: str | None, lang: str) -> str:
    """A stored explanation with the member's (sealed) excerpt put back in its place, after the body."""
    quoted = safe_excerpt(excerpt, 120) if excerpt else ""
    if not quoted:
        return stored
    parts = stored.split("\n\n")
    parts.insert(min(2, len(parts)), t("moderation.line.excerpt", lang, excerpt=quoted))
    text = "\n\n".join(parts)
    return text if len(text) <= DISCORD_LIMIT else stored


def notice_message(lang: str, member_id: int) -> OutMessage:
    """DMs closed: a short note in the channel that pings exactly this member and nobody else."""
    return OutMessage(dm_closed_notice(lang, member_id), mention_user=member_id)


def review_message(
    case: CaseRecord, decision: Decision, policy: Policy, lang: str, excerpt: str
) -> OutMessage:
    card = review_card(decision, policy, lang, excerpt, member_mention=f"<@{case.user_id}>")
    content = f"{t('moderation.queue.case', lang, id=case.id)}\n{card.as_text()}"
    buttons = (
        ButtonSpec(
            make(ButtonAction.REVIEW, case.id, "apply"),
            t("moderation.review.approve", lang),
            ButtonStyle.DANGER,
        ),
        ButtonSpec(make(ButtonAction.REVIEW, case.id, "dismiss"), t("moderation.review.reject", lang)),
    )
    return OutMessage(content[:DISCORD_LIMIT], buttons)


def review_closed(
    content: str, lang: str, *, applied: bool, moderator_id: int, case_id: int | None
) -> OutMessage:
    key = "moderation.queue.review_applied" if applied else "moderation.queue.review_dismissed"
    line = t(key, lang, moderator=f"<@{moderator_id}>", case=case_id or "—")
    return OutMessage(f"{content}\n\n{line}"[:DISCORD_LIMIT])


def _case_summary(case: CaseRecord, policy: Policy, lang: str) -> str:
    rule = (
        policy.text(policy.rule(case.rule_id).title, lang)
        if case.rule_id and _has_rule(policy, case.rule_id)
        else (case.rule_id or "—")
    )
    action = t(f"moderation.action.{case.action.value}", lang)
    return t("moderation.queue.case_line", lang, id=case.id, action=action, rule=rule)


def _has_rule(policy: Policy, rule_id: str) -> bool:
    return any(r.id == rule_id for r in policy.rules)


def _quoted(text: str) -> str:
    return safe_excerpt(text, APPEAL_TEXT_LIMIT, single_line=False) or "—"


def appeal_card(appeal: AppealRecord, case: CaseRecord, policy: Policy, lang: str, text: str) -> OutMessage:
    lines = [
        f"**{t('moderation.queue.appeal_title', lang, id=appeal.id)}**",
        f"**{t('moderation.review.member', lang)}:** <@{appeal.user_id}>",
        _case_summary(case, policy, lang),
        f"**{t('moderation.queue.appeal_text', lang)}:** {_quoted(text)}",
    ]
    buttons = (
        ButtonSpec(
            make(ButtonAction.APPEAL_DECIDE, appeal.id, "grant"),
            t("moderation.queue.grant", lang),
            ButtonStyle.SUCCESS,
        ),
        ButtonSpec(
            make(ButtonAction.APPEAL_DECIDE, appeal.id, "deny"),
            t("moderation.queue.deny", lang),
            ButtonStyle.DANGER,
        ),
    )
    return OutMessage("\n".join(lines)[:DISCORD_LIMIT], buttons)


def appeal_closed(content: str, lang: str, *, granted: bool, moderator_id: int) -> OutMessage:
    key = "moderation.queue.appeal_granted" if granted else "moderation.queue.appeal_denied"
    return OutMessage(f"{content}\n\n{t(key, lang, moderator=f'<@{moderator_id}>')}"[:DISCORD_LIMIT])


def action_words(action: Action, lang: str) -> str:
    return t(f"moderation.action.{action.value}", lang)
