"""Channel objects: guild channels, threads (with thread members) and DM channels."""

from __future__ import annotations

from typing import Any

from ..flags import ChannelType
from ..models import ChannelState, MemberState, UserState
from ..snowflake import iso
from .users import member_payload, user_payload

Json = dict[str, Any]


def _overwrites(channel: ChannelState) -> list[Json]:
    return [
        {"id": str(o.id), "type": o.type, "allow": str(int(o.allow)), "deny": str(int(o.deny))}
        for o in channel.overwrites.values()
    ]


def _snowflake(value: int | None) -> str | None:
    return None if value is None else str(value)


def guild_channel_payload(channel: ChannelState) -> Json:
    payload: Json = {
        "id": str(channel.id),
        "type": int(channel.type),
        "guild_id": str(channel.guild_id),
        "name": channel.name,
        "position": channel.position,
        "permission_overwrites": _overwrites(channel),
        "parent_id": _snowflake(channel.parent_id),
        "flags": 0,
    }
    if channel.type == ChannelType.GUILD_CATEGORY:
        return payload
    payload.update(
        {
            "nsfw": channel.nsfw,
            "last_message_id": _snowflake(channel.last_message_id),
            "rate_limit_per_user": channel.rate_limit_per_user,
        }
    )
    if channel.type in (ChannelType.GUILD_VOICE, ChannelType.GUILD_STAGE_VOICE):
        payload.update({"bitrate": 64000, "user_limit": 0, "rtc_region": None, "video_quality_mode": 1})
    else:
        payload.update({"topic": channel.topic, "default_auto_archive_duration": 1440})
    if channel.type in (ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA):
        payload.update(
            {
                "available_tags": [],
                "default_reaction_emoji": None,
                "default_thread_rate_limit_per_user": 0,
                "default_sort_order": None,
                "default_forum_layout": 0,
            }
        )
    return payload


def thread_member_payload(thread: ChannelState, user_id: int, member: MemberState | None = None) -> Json:
    payload: Json = {
        "id": str(thread.id),
        "user_id": str(user_id),
        "join_timestamp": iso(thread.thread_members.get(user_id, thread.created_at)),
        "flags": 0,
    }
    if member is not None:
        payload["member"] = member_payload(member)
    return payload


def thread_payload(thread: ChannelState, *, me_id: int | None = None) -> Json:
    """A thread; ``member`` (the current user's thread member) is added when ``me_id`` is a member."""
    metadata: Json = {
        "archived": thread.archived,
        "auto_archive_duration": thread.auto_archive_duration,
        "archive_timestamp": iso(thread.archive_timestamp or thread.created_at),
        "locked": thread.locked,
        "create_timestamp": iso(thread.created_at),
    }
    if thread.type == ChannelType.PRIVATE_THREAD:
        metadata["invitable"] = thread.invitable
    payload: Json = {
        "id": str(thread.id),
        "type": int(thread.type),
        "guild_id": str(thread.guild_id),
        "parent_id": _snowflake(thread.parent_id),
        "owner_id": _snowflake(thread.owner_id),
        "name": thread.name,
        "last_message_id": _snowflake(thread.last_message_id),
        "rate_limit_per_user": thread.rate_limit_per_user,
        "message_count": thread.message_count,
        "member_count": min(len(thread.thread_members), 50),
        "total_message_sent": thread.total_message_sent,
        "flags": 0,
        "applied_tags": [],
        "thread_metadata": metadata,
    }
    if me_id is not None and me_id in thread.thread_members:
        payload["member"] = thread_member_payload(thread, me_id)
    return payload


def dm_channel_payload(channel: ChannelState, recipients: list[UserState]) -> Json:
    return {
        "id": str(channel.id),
        "type": int(channel.type),
        "last_message_id": _snowflake(channel.last_message_id),
        "recipients": [user_payload(user) for user in recipients],
        "flags": 0,
    }


def channel_payload(channel: ChannelState, recipients: list[UserState], *, me_id: int | None = None) -> Json:
    if channel.is_dm:
        return dm_channel_payload(channel, recipients)
    if channel.is_thread:
        return thread_payload(channel, me_id=me_id)
    return guild_channel_payload(channel)
