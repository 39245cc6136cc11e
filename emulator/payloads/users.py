"""User, guild member and role objects."""

from __future__ import annotations

from typing import Any

from ..flags import Permission
from ..models import GuildState, MemberState, RoleState, UserState
from ..snowflake import iso

Json = dict[str, Any]


def user_payload(user: UserState) -> Json:
    payload: Json = {
        "id": str(user.id),
        "username": user.username,
        "discriminator": "0",
        "global_name": user.global_name,
        "avatar": user.avatar,
        "avatar_decoration_data": None,
        "banner": None,
        "accent_color": None,
        "public_flags": 0,
        "flags": 0,
        "collectibles": None,
        "primary_guild": None,
    }
    if user.bot:
        payload["bot"] = True
    return payload


def self_user_payload(user: UserState) -> Json:
    """``GET /users/@me`` and READY's ``user``: the current user with its private fields."""
    payload = user_payload(user)
    payload.update({"mfa_enabled": False, "locale": user.locale, "verified": True, "email": None})
    return payload


def member_payload(
    member: MemberState, *, with_user: bool = True, permissions: Permission | None = None
) -> Json:
    payload: Json = {
        "nick": member.nick,
        "avatar": None,
        "banner": None,
        "roles": [str(role_id) for role_id in member.roles],
        "joined_at": iso(member.joined_at),
        "premium_since": None,
        "deaf": member.deaf,
        "mute": member.mute,
        "flags": 0,
        "pending": member.pending,
        "communication_disabled_until": iso(member.communication_disabled_until),
        "unusual_dm_activity_until": None,
        "avatar_decoration_data": None,
    }
    if with_user:
        payload["user"] = user_payload(member.user)
    if permissions is not None:
        payload["permissions"] = str(int(permissions))
    return payload


def role_payload(role: RoleState) -> Json:
    payload: Json = {
        "id": str(role.id),
        "name": role.name,
        "color": role.color,
        "colors": {"primary_color": role.color, "secondary_color": None, "tertiary_color": None},
        "hoist": role.hoist,
        "icon": None,
        "unicode_emoji": None,
        "position": role.position,
        "permissions": str(int(role.permissions)),
        "managed": role.managed,
        "mentionable": role.mentionable,
        "flags": 0,
    }
    if role.bot_id is not None:
        payload["tags"] = {"bot_id": str(role.bot_id)}
    return payload


def roles_payload(guild: GuildState) -> list[Json]:
    return [role_payload(role) for role in guild.sorted_roles()]
