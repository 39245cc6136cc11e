"""Audit log entries, written by the actions Discord logs (kicks, bans, member and channel updates...)."""

from __future__ import annotations

from typing import Any

from .flags import AuditLogEvent
from .models import AuditLogEntryState, GuildState
from .payloads.users import user_payload
from .world import World


def log(
    world: World,
    guild: GuildState,
    action: AuditLogEvent,
    *,
    user_id: int,
    target_id: int | None,
    reason: str | None,
    changes: list[dict[str, Any]] | None = None,
    options: dict[str, Any] | None = None,
) -> AuditLogEntryState:
    entry = AuditLogEntryState(
        id=world.new_id(),
        action_type=int(action),
        user_id=user_id,
        target_id=target_id,
        reason=reason,
        changes=list(changes or []),
        options=options,
    )
    guild.audit_log.append(entry)
    return entry


def change(key: str, old: Any, new: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"key": key}
    if old is not None:
        entry["old_value"] = old
    if new is not None:
        entry["new_value"] = new
    return entry


def audit_log_payload(
    world: World,
    guild: GuildState,
    *,
    user_id: int | None = None,
    action_type: int | None = None,
    before: int | None = None,
    after: int | None = None,
    limit: int = 50,
) -> dict[str, Any]:
    """GET /guilds/{guild_id}/audit-logs: newest first, filtered like Discord's query parameters."""
    entries = [
        e
        for e in guild.audit_log
        if (user_id is None or e.user_id == user_id)
        and (action_type is None or e.action_type == action_type)
        and (before is None or e.id < before)
        and (after is None or e.id > after)
    ]
    entries.sort(key=lambda e: e.id, reverse=after is None)
    entries = entries[: max(1, min(limit, 100))]
    user_ids = {e.user_id for e in entries} | {e.target_id for e in entries if e.target_id in world.users}
    return {
        "audit_log_entries": [
            {
                "id": str(e.id),
                "action_type": e.action_type,
                "user_id": str(e.user_id),
                "target_id": None if e.target_id is None else str(e.target_id),
                "reason": e.reason,
                "changes": e.changes,
                **({"options": e.options} if e.options is not None else {}),
            }
            for e in entries
        ],
        "users": [user_payload(world.users[uid]) for uid in user_ids if uid in world.users],
        "integrations": [],
        "webhooks": [],
        "guild_scheduled_events": [],
        "threads": [],
        "application_commands": [],
        "auto_moderation_rules": [],
    }
