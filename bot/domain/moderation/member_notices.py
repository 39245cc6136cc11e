"""The other moderation texts a member reads: welcome back, thanks, appeals, DM-closed notice, CLARITY,
and the pieces of ``/my-standing``. French and English, from ``bot/locales/<lang>/moderation.toml``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import language_of, t
from bot.domain.moderation.decision import HistoryEntry, MemberHistory
from bot.domain.moderation.explanations import stamps
from bot.domain.policy.models import Policy

REPLY_LIMIT = 1500


class WelcomeBack(StrEnum):
    TIMEOUT = "timeout"
    PROBATION = "probation"
    BAN = "ban"


def welcome_back(lang: str, kind: WelcomeBack | str) -> str:
    return t(f"moderation.notice.welcome_back_{WelcomeBack(kind).value}", language_of(lang))


def acknowledgement_thanks(lang: str, *, lifted: bool, ends_at: datetime | None = None) -> str:
    """Thanks for "I understand"; says whether the pause was lifted or when it ends."""
    lang = language_of(lang)
    text = t("moderation.notice.ack_thanks", lang)
    if lifted:
        return f"{text} {t('moderation.notice.ack_lifted', lang)}"
    if ends_at is not None:
        return f"{text} {t('moderation.notice.ack_not_lifted', lang, **stamps('end', ends_at))}"
    return text


def appeal_received(lang: str) -> str:
    return t("moderation.notice.appeal_received", language_of(lang))


def appeal_decided(lang: str, *, granted: bool, reply: str | None = None) -> str:
    """The answer to an appeal, with the human's reply quoted (neutralised, never pinging anyone)."""
    lang = language_of(lang)
    text = t("moderation.notice.appeal_granted" if granted else "moderation.notice.appeal_denied", lang)
    quoted = safe_excerpt(reply, REPLY_LIMIT, single_line=False)
    if quoted:
        text += "\n\n" + t("moderation.notice.appeal_reply", lang, reply=quoted)
    return text


def dm_closed_notice(lang: str, member_id: int) -> str:
    """Posted in the channel when the DM could not be delivered; mentions exactly this member
    (send it with allowed mentions limited to ``member_id``)."""
    return t("moderation.notice.dm_closed", language_of(lang), mention=f"<@{int(member_id)}>")


@dataclass(frozen=True, slots=True)
class ClarityPrompt:
    question: str
    yes: str
    no: str
    thanks: str


def clarity_prompt(lang: str) -> ClarityPrompt:
    lang = language_of(lang)
    return ClarityPrompt(
        question=t("moderation.clarity.question", lang),
        yes=t("moderation.clarity.yes", lang),
        no=t("moderation.clarity.no", lang),
        thanks=t("moderation.clarity.thanks", lang),
    )


@dataclass(frozen=True, slots=True)
class StandingView:
    title: str
    lines: tuple[str, ...]
    good_standing: bool
    last_note_heading: str

    def as_text(self, last_note: str | None = None) -> str:
        text = f"**{self.title}**\n" + "\n".join(f"• {line}" for line in self.lines)
        if last_note:
            text += f"\n\n{self.last_note_heading}\n{last_note}"
        return text


def standing_view(
    history: MemberHistory,
    policy: Policy,
    lang: str,
    now: datetime,
    *,
    paused_until: datetime | None = None,
    probation_until: datetime | None = None,
    open_appeals: int = 0,
) -> StandingView:
    """``/my-standing``: active strikes per rule (with when they stop counting), pause, probation, appeals."""
    lang = language_of(lang)
    by_rule: dict[str, list[HistoryEntry]] = defaultdict(list)
    for entry in history.entries:
        if not entry.strike:
            continue
        try:
            rule = policy.rule(entry.rule_id)
        except KeyError:
            continue  # a rule removed from the policy no longer counts
        if now - rule.decay < entry.at <= now:
            by_rule[rule.id].append(entry)
    lines: list[str] = []
    if paused_until is not None and paused_until > now:
        lines.append(t("moderation.standing.paused", lang, **stamps("end", paused_until)))
    for rule in policy.rules:
        entries = by_rule.get(rule.id)
        if not entries:
            continue
        fades = max(e.at for e in entries) + rule.decay
        key = "strikes_one" if len(entries) == 1 else "strikes_many"
        title = policy.text(rule.title, lang)
        lines.append(
            t(f"moderation.standing.{key}", lang, rule=title, n=len(entries), **stamps("fades", fades))
        )
    if probation_until is not None and probation_until > now:
        lines.append(t("moderation.standing.probation", lang, **stamps("prob", probation_until)))
    if open_appeals > 0:
        key = "appeals_one" if open_appeals == 1 else "appeals_many"
        lines.append(t(f"moderation.standing.{key}", lang, n=open_appeals))
    good = not lines
    if good:
        lines.append(t("moderation.standing.good", lang))
    return StandingView(
        title=t("moderation.standing.title", lang),
        lines=tuple(lines),
        good_standing=good,
        last_note_heading=t("moderation.standing.last_note", lang),
    )
