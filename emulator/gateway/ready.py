"""READY, GUILD_CREATE and GUILD_MEMBERS_CHUNK payloads for a session, shaped like Discord's.

READY lists the shard's guilds as unavailable; a GUILD_CREATE per guild follows with channels, the
active threads the bot can see, roles, and members: all of them with the GUILD_MEMBERS intent (while the
guild is under the IDENTIFY ``large_threshold``), otherwise only the bot's own member, as Discord does.
``member_count`` is always the real count, so discord.py considers a fully sent guild "chunked".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..flags import Intent
from ..models import GuildState, MemberState
from ..payloads.guilds import guild_create_payload
from ..payloads.users import member_payload, self_user_payload
from ..permissions import can_view

if TYPE_CHECKING:
    from ..world import Application, World
    from .sessions import GatewaySession

# GATEWAY_PRESENCE_LIMITED | GATEWAY_GUILD_MEMBERS_LIMITED | GATEWAY_MESSAGE_CONTENT_LIMITED
_INTENT_FLAGS = (1 << 13) | (1 << 15) | (1 << 19)


def bot_guilds(world: World, app: Application, session: GatewaySession) -> list[GuildState]:
    return [
        guild
        for guild in world.guilds.values()
        if app.bot_user_id in guild.members and session.handles_guild(guild.id)
    ]


def ready_payload(world: World, app: Application, session: GatewaySession, resume_url: str) -> dict[str, Any]:
    return {
        "v": 10,
        "user_settings": {},
        "user": self_user_payload(world.users[app.bot_user_id]),
        "guilds": [{"id": str(g.id), "unavailable": True} for g in bot_guilds(world, app, session)],
        "session_id": session.id,
        "session_type": "normal",
        "resume_gateway_url": resume_url,
        "shard": [session.shard_id, session.shard_count],
        "application": {"id": str(app.id), "flags": _INTENT_FLAGS},
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": [],
        "auth": {},
        "_trace": ["havre-discord-emulator"],
    }


def members_sent(guild: GuildState, app: Application, session: GatewaySession) -> list[MemberState]:
    everyone = list(guild.members.values())
    if session.has(Intent.GUILD_MEMBERS) and len(everyone) <= max(session.large_threshold, 50):
        return everyone
    return [m for m in everyone if m.id == app.bot_user_id]


def guild_create(
    world: World, app: Application, session: GatewaySession, guild: GuildState
) -> dict[str, Any]:
    bot_member = guild.members[app.bot_user_id]
    now = world.now()
    visible = {c.id for c in guild.channels.values() if c.is_thread and can_view(guild, bot_member, c, now)}
    return guild_create_payload(
        guild, bot_id=app.bot_user_id, members=members_sent(guild, app, session), visible_thread_ids=visible
    )


def member_chunk(world: World, session: GatewaySession, request: dict[str, Any]) -> dict[str, Any] | None:
    """Answer op 8 REQUEST_GUILD_MEMBERS with one GUILD_MEMBERS_CHUNK (None if not this shard's guild)."""
    try:
        guild_id = int(request["guild_id"])
    except (KeyError, TypeError, ValueError):
        return None
    guild = world.guilds.get(guild_id)
    if guild is None or not session.handles_guild(guild_id):
        return None
    wanted_ids = [int(uid) for uid in request.get("user_ids") or []]
    query = (request.get("query") or "").casefold()
    limit = int(request.get("limit") or 0)
    if wanted_ids:
        found = [guild.members[uid] for uid in wanted_ids if uid in guild.members]
    elif not session.has(Intent.GUILD_MEMBERS) and not query:
        found = []  # Discord refuses the whole member list without the GUILD_MEMBERS intent
    else:
        found = [m for m in guild.members.values() if m.user.username.casefold().startswith(query)]
    if limit:
        found = found[:limit]
    payload: dict[str, Any] = {
        "guild_id": str(guild_id),
        "members": [member_payload(m) for m in found],
        "chunk_index": 0,
        "chunk_count": 1,
    }
    if wanted_ids:
        payload["not_found"] = [str(uid) for uid in wanted_ids if uid not in guild.members]
    if request.get("nonce") is not None:
        payload["nonce"] = request["nonce"]
    if request.get("presences"):
        payload["presences"] = []
    return payload
