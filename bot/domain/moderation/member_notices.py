"""The other moderation texts a member reads: welcome back, thanks, appeals, DM-closed notice, CLARITY,
and the pieces of ``/my-standing``. French and English, from ``bot/locales/<lang>/moderation.toml``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.excerpt import safe_excerpt
from bot.domain.i18n import day_text, plural, t, voice, when_text
from bot.domain.moderation.decision import HistoryEntry, MemberHistory
from bot.domain.policy.models import Policy

REPLY_LIMIT = 1500


class WelcomeBack(StrEnum):
    TIMEOUT = "timeout"
    PROBATION = "probation"
    BAN = "ban"


def welcome_back(lang: str, kind: WelcomeBack | str) -> str:
    """The welcome back by DM (``lang`` is a voice: "fr@tu" in a "tu" community)."""
    return t(f"moderation.notice.welcome_back_{WelcomeBack(kind).value}", voice(lang))


def welcome_back_in_channel(lang: str, member_id: int) -> str:
    """The welcome back when DMs are closed: brief, in the channel, pinging only this member."""
    return t("moderation.notice.welcome_back_timeout_channel", voice(lang), mention=f"<@{int(member_id)}>")


def acknowledgement_thanks(
    lang: str, *, lifted: bool, ends_at: datetime | None = None, tz: str | None = None
) -> str:
    """Thanks for "I understand"; says whether the pause was lifted or when it ends."""
    lang = voice(lang)
    text = t("moderation.notice.ack_thanks", lang)
    if lifted:
        return f"{text} {t('moderation.notice.ack_lifted', lang)}"
    if ends_at is not None:
        return f"{text} {t('moderation.notice.ack_not_lifted', lang, end=when_text(ends_at, lang, tz))}"
    return text


def appeal_received(lang: str) -> str:
    return t("moderation.notice.appeal_received", voice(lang))


def appeal_decided(lang: str, *, granted: bool, reply: str | None = None) -> str:
    """The answer to an appeal, with the human's reply quoted (neutralised, never pinging anyone)."""
    lang = voice(lang)
    text = t("moderation.notice.appeal_granted" if granted else "moderation.notice.appeal_denied", lang)
    quoted = safe_excerpt(reply, REPLY_LIMIT, single_line=False)
    if quoted:
        text += "\n\n" + t("moderation.notice.appeal_reply", lang, reply=quoted)
    return text


def dm_closed_notice(lang: str, member_id: int) -> str:
    """Posted in the channel when the DM could not be delivered; mentions exactly this member
    (send it with allowed mentions limited to ``member_id``)."""
    return t("moderation.notice.dm_closed", voice(lang), mention=f"<@{int(member_id)}>")


@dataclass(frozen=True, slots=True)
class ClarityPrompt:
    question: str
    yes: str
    no: str
    thanks: str


def clarity_prompt(lang: str) -> ClarityPrompt:
    lang = voice(lang)
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
    lang = policy.member_voice(lang)
    tz = policy.timezone
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
        lines.append(t("moderation.standing.paused", lang, end=when_text(paused_until, lang, tz, now=now)))
    for rule in policy.rules:
        entries = by_rule.get(rule.id)
        if not entries:
            continue
        fades = max(e.at for e in entries) + rule.decay
        title = policy.text(rule.title, lang)
        fades_text = day_text(fades, lang, tz)
        lines.append(plural("moderation.standing.strikes", lang, len(entries), rule=title, fades=fades_text))
    if probation_until is not None and probation_until > now:
        prob = when_text(probation_until, lang, tz, now=now)
        lines.append(t("moderation.standing.watch", lang, prob=prob))
    if open_appeals > 0:
        lines.append(plural("moderation.standing.appeals", lang, open_appeals))
    good = not lines
    if good:
        lines.append(t("moderation.standing.good", lang))
    return StandingView(
        title=t("moderation.standing.title", lang),
        lines=tuple(lines),
        good_standing=good,
        last_note_heading=t("moderation.standing.last_note", lang),
    )
