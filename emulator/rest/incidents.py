"""Guild incident actions: PUT /guilds/{id}/incident-actions (Discord's "pause invites" / "pause DMs").

As on Discord: the bot needs MANAGE_GUILD (403 50013); the body sets both actions at once
(``invites_disabled_until``, ``dms_disabled_until``: an ISO 8601 time, or null / absent to lift the
action); a time more than 24 hours ahead is refused (400 50035 on that field). The answer is the guild's
incidents data, also carried by the guild's payload (``incidents_data``). While invites are paused,
``GuildState.incidents_data`` says so; ``invites_paused(guild, now)`` reads it for tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, Permission
from ..models import GuildState
from .framework import RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core

MAX_AHEAD = timedelta(hours=24)
FIELDS = ("invites_disabled_until", "dms_disabled_until")


def _until(body: dict[str, Any], name: str, now: datetime) -> datetime | None:
    raw = body.get(name)
    if raw is None:
        return None
    try:
        when = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError:
        raise errors.invalid_form(name, "DATE_TIME_TYPE_COERCE", "Could not parse timestamp.") from None
    if when.tzinfo is None:
        raise errors.invalid_form(name, "DATE_TIME_TYPE_COERCE", "Could not parse timestamp.")
    if when - now > MAX_AHEAD:
        raise errors.invalid_form(
            name, "BASE_TYPE_BAD_DATE", "Incident actions can only be set up to 24 hours in the future."
        )
    return when


def _paused(guild: GuildState, name: str, now: datetime) -> bool:
    data = guild.incidents_data or {}
    raw = data.get(name)
    return raw is not None and datetime.fromisoformat(str(raw)) > now


def invites_paused(guild: GuildState, now: datetime) -> bool:
    return _paused(guild, "invites_disabled_until", now)


def dms_paused(guild: GuildState, now: datetime) -> bool:
    return _paused(guild, "dms_disabled_until", now)


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    async def put_incident_actions(request: RestRequest) -> Any:
        guild = world.guild(request.snowflake("guild_id"))
        core.require_guild_permission(guild, Permission.MANAGE_GUILD)
        body = request.body()
        now = world.now()
        values = {name: _until(body, name, now) for name in FIELDS}
        before = dict(guild.incidents_data or {})
        data: dict[str, Any] = {
            "invites_disabled_until": None,
            "dms_disabled_until": None,
            "dm_spam_detected_at": before.get("dm_spam_detected_at"),
            "raid_detected_at": before.get("raid_detected_at"),
        }
        for name, when in values.items():
            data[name] = when.isoformat() if when is not None else None
        guild.incidents_data = data
        audit.log(
            world,
            guild,
            AuditLogEvent.GUILD_UPDATE,
            user_id=bot_id,
            target_id=guild.id,
            reason=request.reason,
            changes=[audit.change(name, before.get(name), data[name]) for name in FIELDS],
        )
        return data

    router.add("PUT", "/guilds/{guild_id}/incident-actions", put_incident_actions)
