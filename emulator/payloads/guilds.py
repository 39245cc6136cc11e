"""Guild objects: the REST guild, and the GUILD_CREATE event a bot receives after READY."""

from __future__ import annotations

from typing import Any

from ..models import GuildState, MemberState
from ..snowflake import iso
from .channels import guild_channel_payload, thread_payload
from .users import member_payload, roles_payload

Json = dict[str, Any]


def guild_payload(guild: GuildState, *, with_counts: bool = False) -> Json:
    payload: Json = {
        "id": str(guild.id),
        "name": guild.name,
        "icon": None,
        "icon_hash": None,
        "description": guild.description,
        "home_header": None,
        "splash": None,
        "discovery_splash": None,
        "features": list(guild.features),
        "banner": None,
        "owner_id": str(guild.owner_id),
        "application_id": None,
        "region": "deprecated",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "system_channel_id": None if guild.system_channel_id is None else str(guild.system_channel_id),
        "system_channel_flags": 0,
        "widget_enabled": False,
        "widget_channel_id": None,
        "verification_level": 0,
        "roles": roles_payload(guild),
        "default_message_notifications": 0,
        "mfa_level": 0,
        "explicit_content_filter": 0,
        "max_presences": None,
        "max_members": 500000,
        "max_stage_video_channel_users": 50,
        "max_video_channel_users": 25,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": guild.preferred_locale,
        "rules_channel_id": None,
        "safety_alerts_channel_id": None,
        "public_updates_channel_id": None,
        "premium_progress_bar_enabled": False,
        "nsfw": False,
        "nsfw_level": 0,
        "emojis": [],
        "stickers": [],
        "incidents_data": guild.incidents_data,
    }
    if with_counts:
        payload["approximate_member_count"] = len(guild.members)
        payload["approximate_presence_count"] = 0
    return payload


def guild_create_payload(
    guild: GuildState,
    *,
    bot_id: int,
    members: list[MemberState],
    visible_thread_ids: set[int],
) -> Json:
    """GUILD_CREATE: the guild plus channels, visible active threads, the members sent and the count."""
    payload = guild_payload(guild)
    bot_member = guild.members.get(bot_id)
    channels = sorted(
        (c for c in guild.channels.values() if not c.is_thread), key=lambda c: (c.position, c.id)
    )
    threads = [
        c for c in guild.channels.values() if c.is_thread and not c.archived and c.id in visible_thread_ids
    ]
    payload.update(
        {
            "joined_at": iso(bot_member.joined_at if bot_member else guild.created_at),
            "large": len(guild.members) >= 250,
            "unavailable": False,
            "member_count": len(guild.members),
            "voice_states": [],
            "members": [member_payload(m) for m in members],
            "channels": [guild_channel_payload(c) for c in channels],
            "threads": [thread_payload(t, me_id=bot_id) for t in threads],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "lazy": True,
            "application_command_counts": {},
            "embedded_activities": [],
            "version": 0,
        }
    )
    return payload
