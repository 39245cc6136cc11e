"""Helpers the pages share: the server's policy, labels, dates from forms, durations in words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

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


def plain_signals(signals: Mapping[str, Any] | None, lang: str) -> list[str]:
    """What fired, in words (the reviewers' text ``list:insults(idiot)@respect`` is for logs)."""
    out = []
    for raw in (signals or {}).get("fired") or []:
        if not isinstance(raw, Mapping):
            continue
        kind = str(raw.get("kind", ""))
        score = raw.get("score")
        fields = {
            "name": str(raw.get("name", "")).replace("_", " "),
            "detail": str(raw.get("detail", "")).replace("_", " "),
            "score": f"{score:g}" if isinstance(score, int | float) else "",
            "percent": f"{score:.0%}" if isinstance(score, int | float) else "",
        }
        try:
            text = t(f"web.signal.{kind}", lang, **fields)
        except KeyError:
            text = f"{kind}: {fields['name']}"
        out.append(text.replace(" ()", ""))
    return out
