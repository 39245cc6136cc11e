"""The messages moderation sends: explanations with their buttons, notices, review and appeal cards.

Member texts come from the domain (``explain``, ``member_notices``) and
``bot/locales/<lang>/moderation.toml``; nothing here holds a rule or a threshold. Explanations are
stored without the member's excerpt (the excerpt is sealed in the vault): ``with_excerpt`` puts it back
for the member's own eyes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import t, when_text
from bot.domain.moderation.decision import Decision
from bot.domain.moderation.explanations import Explanation, explain
from bot.domain.moderation.member_notices import clarity_prompt, dm_closed_notice
from bot.domain.moderation.review_card import label, review_card
from bot.domain.policy.models import Action, Policy
from bot.services.moderation.custom_ids import ButtonAction, make
from bot.services.moderation.types import (
    DM_WITH_BOT,
    AppealRecord,
    ButtonSpec,
    ButtonStyle,
    CaseRecord,
    OutMessage,
)

DISCORD_LIMIT = 2000
APPEAL_TEXT_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class ExplanationMessage:
    message: OutMessage
    stored: str  # the text as sent, minus the member's excerpt


def way_back_buttons(
    case_id: int,
    lang: str,
    *,
    acknowledge: bool,
    appeal: bool,
    clarity: bool = True,
    details: bool = True,
) -> tuple[ButtonSpec, ...]:
    buttons: list[ButtonSpec] = []
    if acknowledge:
        label = t("moderation.button.understand", lang)
        buttons.append(ButtonSpec(make(ButtonAction.ACK, case_id), label, ButtonStyle.PRIMARY))
    if appeal:
        label = t("moderation.button.appeal", lang)
        buttons.append(ButtonSpec(make(ButtonAction.APPEAL, case_id), label, ButtonStyle.SECONDARY))
    if details:
        label = t("moderation.button.details", lang)
        buttons.append(ButtonSpec(make(ButtonAction.DETAILS, case_id), label, ButtonStyle.SECONDARY))
    if clarity:
        prompt = clarity_prompt(lang)
        buttons.append(
            ButtonSpec(make(ButtonAction.CLEAR, case_id, "yes"), prompt.yes, ButtonStyle.SUCCESS, 1)
        )
        buttons.append(
            ButtonSpec(make(ButtonAction.CLEAR, case_id, "no"), prompt.no, ButtonStyle.SECONDARY, 1)
        )
    return tuple(buttons)


def _render(explanation: Explanation) -> str:
    return f"{explanation.as_text()}\n\n*{clarity_prompt(explanation.lang).question}*"


def explanation_message(
    case_id: int,
    decision: Decision,
    policy: Policy,
    lang: str,
    excerpt: str = "",
    *,
    moderator_name: str | None = None,
) -> ExplanationMessage:
    """The explanation DM, phone-first: what happened, the rule, what now, what each button does; then
    the buttons "I understand", "Appeal", "Details" and "Was this clear? yes/no" as the way back allows.
    The member's excerpt and the rest are behind "Details" (``explanation_details``). ``moderator_name``
    is given only when the server chooses to name its moderators: then one short line says who.

    The text is rendered once per kind of decision (``_rendered``): in a raid the same rule, step and
    language come back many times within a minute, and only the buttons carry the case."""
    text, voice_lang = _rendered(decision, policy, lang, moderator_name)
    way = decision.way_back
    buttons = way_back_buttons(
        case_id, voice_lang, acknowledge=way.can_acknowledge, appeal=way.appeal_allowed
    )
    return ExplanationMessage(OutMessage(text, buttons), text)


RENDERED_KEPT = 512  # kinds of decision whose explanation text is kept
_RENDERED: OrderedDict[tuple[object, ...], tuple[Policy, str, str]] = OrderedDict()


def _minute(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(second=0, microsecond=0)


def _rendered(decision: Decision, policy: Policy, lang: str, moderator_name: str | None) -> tuple[str, str]:
    """The explanation's text and its voice, from the kept ones when a decision of the same kind was
    explained already. The key is everything ``explain`` reads of the decision, with its times to the
    minute: a person reads times to the minute and days to the day (``when_text``, ``day_text``), the
    decision time only tells which year is "this year", and time zones are whole minutes from UTC (a
    test renders decisions seconds apart both ways and compares). The policy is the object itself
    (kept with the text, so a new policy is never mistaken for an old one at the same address)."""
    way = decision.way_back
    key = (
        id(policy), lang, moderator_name, decision.action, decision.reason_code, decision.rule_id,
        decision.automatic, decision.strike, decision.hide_message, decision.duration,
        _minute(decision.decided_at), way.can_acknowledge, way.acknowledge_lifts, way.appeal_allowed,
        _minute(way.ends_at), _minute(way.probation_ends_at), _minute(way.strike_fades_at),
    )  # fmt: skip
    kept = _RENDERED.get(key)
    if kept is not None and kept[0] is policy:
        _RENDERED.move_to_end(key)
        return kept[1], kept[2]
    text, voice_lang = render_explanation(decision, policy, lang, moderator_name)
    _RENDERED[key] = (policy, text, voice_lang)
    while len(_RENDERED) > RENDERED_KEPT:
        _RENDERED.popitem(last=False)
    return text, voice_lang


def render_explanation(
    decision: Decision, policy: Policy, lang: str, moderator_name: str | None = None
) -> tuple[str, str]:
    """The explanation's text (what ``explanation_message`` sends, without the buttons) and the voice
    it is written in, rendered afresh."""
    explanation = explain(decision, policy, lang, "")
    text = _render(explanation)
    if moderator_name:
        named = t("moderation.line.manual_named", explanation.lang, name=safe_excerpt(moderator_name, 80))
        text = f"{explanation.as_text()}\n{named}\n\n*{clarity_prompt(explanation.lang).question}*"
    return text[:DISCORD_LIMIT], explanation.lang


def explanation_details(decision: Decision, policy: Policy, lang: str, excerpt: str | None = "") -> str:
    """What "Details" shows, privately: the member's words, why, the rule in full, how appeals work."""
    return explain(decision, policy, lang, excerpt).details_text()[:DISCORD_LIMIT]


def full_explanation(decision: Decision, policy: Policy, lang: str, excerpt: str | None = "") -> str:
    """The note and its details together (``/my-standing``, ``/appeal``), at most one message."""
    explanation = explain(decision, policy, lang, excerpt, details_button=False)
    text = f"{explanation.as_text()}\n\n{explanation.details_text()}"
    if len(text) > DISCORD_LIMIT:
        text = f"{explanation.as_text()}\n\n{explanation.details_text(with_excerpt=False)}"
    return text[:DISCORD_LIMIT]


def with_excerpt(stored: str, excerpt: str | None, lang: str) -> str:
    """A stored explanation with the member's (sealed) excerpt put back, after it."""
    quoted = safe_excerpt(excerpt, 120) if excerpt else ""
    if not quoted:
        return stored
    text = f"{stored}\n\n{t('moderation.line.excerpt', lang, excerpt=quoted)}"
    return text if len(text) <= DISCORD_LIMIT else stored


def notice_message(lang: str, member_id: int, case_id: int | None = None) -> OutMessage:
    """DMs closed: a short note in the channel that pings exactly this member and nobody else. With a
    case, a "Details" button shows the note privately (a member who is not timed out can press it)."""
    buttons: tuple[ButtonSpec, ...] = ()
    if case_id is not None:
        label = t("moderation.button.details", lang)
        buttons = (ButtonSpec(make(ButtonAction.DETAILS, case_id), label, ButtonStyle.PRIMARY),)
    return OutMessage(dm_closed_notice(lang, member_id), buttons, mention_user=member_id)


def case_notice_message(case: CaseRecord, policy: Policy) -> OutMessage:
    """DMs closed, for a case: what the member needs, in the channel, pinging only them.

    A timed-out member keeps only "View channel" and "Read message history" in the server: Discord
    refuses their button presses and slash commands there. So a pause's notice carries the rule and
    the end itself, and the way to appeal goes through a private message with the bot (a link button,
    which opens without an interaction; ``/appeal`` works in that DM). Otherwise the member can press
    "Details", "Appeal" and "I understand" right here."""
    lang = policy.member_voice(case.language)
    way = case.way_back
    if case.action is Action.TIMEOUT and case.ends_at is not None and case.rule_id is not None:
        text = timed_out_notice(case, policy, lang)
        label = t("moderation.notice.open_dm", lang)
        return OutMessage(text, (ButtonSpec("", label, url=DM_WITH_BOT),), mention_user=case.user_id)
    buttons = way_back_buttons(
        case.id, lang, acknowledge=way.can_acknowledge, appeal=way.appeal_allowed, clarity=False
    )
    ordered = tuple(b for b in buttons if b.custom_id.startswith("mod:why")) + tuple(
        b for b in buttons if not b.custom_id.startswith("mod:why")
    )
    return OutMessage(dm_closed_notice(lang, case.user_id), ordered, mention_user=case.user_id)


def timed_out_notice(case: CaseRecord, policy: Policy, lang: str) -> str:
    assert case.ends_at is not None and case.rule_id is not None
    title = policy.text(policy.rule(case.rule_id).title, lang) if _has_rule(policy, case.rule_id) else ""
    end = when_text(case.ends_at, lang, policy.timezone, now=case.created_at)
    text = t(
        "moderation.notice.dm_closed_timeout", lang, mention=f"<@{int(case.user_id)}>", end=end, title=title
    )
    return text + "\n" + t("moderation.notice.dm_closed_appeal", lang)


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
        label(t("moderation.review.member", lang), f"<@{appeal.user_id}>", lang),
        _case_summary(case, policy, lang),
        label(t("moderation.queue.appeal_text", lang), _quoted(text), lang),
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
