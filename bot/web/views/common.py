"""Helpers the pages share: the server's policy, labels, dates from forms, durations in words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from aiohttp import web

from bot.domain.durations import format_duration
from bot.domain.i18n import t
from bot.domain.policy.models import Policy
from bot.services.errors import InvalidInput
from bot.web.app import SERVER_NAME, web_of


async def policy_of(request: web.Request, guild_id: int) -> Policy:
    services = web_of(request).services
    settings = await services.guilds.load(guild_id)
    request[SERVER_NAME] = settings.name
    return services.policies.for_settings(settings)


def rule_title(policy: Policy, rule_id: str | None, lang: str) -> str:
    if not rule_id:
        return "—"
    try:
        return policy.text(policy.rule(rule_id).title, lang)
    except (KeyError, ValueError):
        return rule_id


def label(key: str, lang: str) -> str:
    try:
        return t(key, lang)
    except KeyError:
        return key.rsplit(".", 1)[-1]


def day(value: str, *, end: bool = False) -> datetime | None:
    """A form's ``2026-11-02`` as a UTC bound (an end day is included)."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("web.error.date") from None
    return datetime.combine(parsed + timedelta(days=1 if end else 0), time(0), tzinfo=UTC)


def ago(delta: timedelta | None, lang: str) -> str:
    if delta is None:
        return "—"
    if delta < timedelta(minutes=1):
        return t("web.common.under_a_minute", lang)
    return format_duration(timedelta(minutes=int(delta.total_seconds() // 60)), lang)


def when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


def number(request: web.Request, name: str) -> int:
    raw = request.match_info.get(name, "")
    if not raw.isdigit() or len(raw) > 18:
        raise web.HTTPNotFound()
    return int(raw)
