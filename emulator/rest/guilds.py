"""Guilds, their channels and roles, and the audit log.

Routes: GET /guilds/{id} (``with_counts``), GET/POST /guilds/{id}/channels (MANAGE_CHANNELS; overwrites
need MANAGE_ROLES and may only allow or deny permissions the bot holds), GET /guilds/{id}/roles[/{role_id}],
POST /guilds/{id}/roles and PATCH/DELETE a role (MANAGE_ROLES, only below the bot's highest role),
GET /guilds/{id}/audit-logs (VIEW_AUDIT_LOG).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, ChannelType, Permission
from ..models import GuildState, Overwrite
from ..payloads.channels import guild_channel_payload
from ..payloads.guilds import guild_payload
from ..payloads.users import role_payload
from ..permissions import base_permissions, outranks_role
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    def guild_of(request: RestRequest) -> GuildState:
        guild = world.guild(request.snowflake("guild_id"))
        core.bot_member(guild)
        return guild

    async def get_guild(request: RestRequest) -> Any:
        return guild_payload(guild_of(request), with_counts=request.flag("with_counts"))

    async def list_channels(request: RestRequest) -> Any:
        guild = guild_of(request)
        channels = sorted(
            (c for c in guild.channels.values() if not c.is_thread), key=lambda c: (c.position, c.id)
        )
        return [guild_channel_payload(c) for c in channels]

    async def create_channel(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.MANAGE_CHANNELS)
        body = request.body()
        overwrites = None
        if body.get("permission_overwrites"):
            core.require_guild_permission(guild, Permission.MANAGE_ROLES)
            overwrites = [
                Overwrite(
                    int(o["id"]),
                    int(o.get("type", 0)),
                    Permission(int(o.get("allow") or 0)),
                    Permission(int(o.get("deny") or 0)),
                )
                for o in body["permission_overwrites"]
            ]
            # As on Discord: a bot can only allow or deny, in a new channel, permissions it holds in the
            # server (an administrator may set any).
            held = base_permissions(guild, core.bot_member(guild))
            if not held & Permission.ADMINISTRATOR:
                for overwrite in overwrites:
                    if (overwrite.allow | overwrite.deny) & ~held:
                        raise errors.missing_permissions()
        parent_id = int(body["parent_id"]) if body.get("parent_id") else None
        if parent_id is not None and parent_id not in guild.channels:
            raise errors.invalid_form("parent_id", "CHANNEL_PARENT_INVALID", "Unknown category.")
        channel = world.add_channel(
            guild,
            str(body.get("name") or ""),
            type=ChannelType(int(body.get("type") or 0)),
            parent_id=parent_id,
            topic=body.get("topic"),
            overwrites=overwrites,
            position=body.get("position"),
        )
        channel.nsfw = bool(body.get("nsfw", False))
        channel.rate_limit_per_user = int(body.get("rate_limit_per_user") or 0)
        audit.log(
            world,
            guild,
            AuditLogEvent.CHANNEL_CREATE,
            user_id=bot_id,
            target_id=channel.id,
            reason=request.reason,
        )
        await core.events.channel_event("CHANNEL_CREATE", channel)
        return Reply(201, guild_channel_payload(channel))

    async def list_roles(request: RestRequest) -> Any:
        return [role_payload(r) for r in guild_of(request).sorted_roles()]

    async def get_role(request: RestRequest) -> Any:
        guild = guild_of(request)
        return role_payload(world.role(guild, request.snowflake("role_id")))

    async def create_role(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.MANAGE_ROLES)
        body = request.body()
        role = world.add_role(
            guild,
            str(body.get("name") or "new role"),
            Permission(int(body.get("permissions") or guild.everyone_role.permissions)),
            color=int(body.get("color") or 0),
            hoist=bool(body.get("hoist", False)),
            mentionable=bool(body.get("mentionable", False)),
        )
        await core.events.role_event("GUILD_ROLE_CREATE", role)
        return role_payload(role)

    async def edit_role(request: RestRequest) -> Any:
        guild = guild_of(request)
        bot = core.require_guild_permission(guild, Permission.MANAGE_ROLES)
        role = world.role(guild, request.snowflake("role_id"))
        if not outranks_role(guild, bot, role):
            raise errors.missing_permissions()
        body = request.body()
        for key in ("name", "color", "hoist", "mentionable"):
            if key in body and body[key] is not None:
                setattr(role, key, body[key])
        if "permissions" in body and body["permissions"] is not None:
            role.permissions = Permission(int(body["permissions"]))
        await core.events.role_event("GUILD_ROLE_UPDATE", role)
        return role_payload(role)

    async def delete_role(request: RestRequest) -> Any:
        guild = guild_of(request)
        bot = core.require_guild_permission(guild, Permission.MANAGE_ROLES)
        role = world.role(guild, request.snowflake("role_id"))
        if role.managed or role.id == guild.id or not outranks_role(guild, bot, role):
            raise errors.missing_permissions()
        del guild.roles[role.id]
        for member in guild.members.values():
            if role.id in member.roles:
                member.roles.remove(role.id)
        await core.events.role_event("GUILD_ROLE_DELETE", role)
        return Reply(204)

    async def audit_log(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.VIEW_AUDIT_LOG)
        query = request.query

        def number(name: str) -> int | None:
            return int(query[name]) if query.get(name) else None

        return audit.audit_log_payload(
            world,
            guild,
            user_id=number("user_id"),
            action_type=number("action_type"),
            before=number("before"),
            after=number("after"),
            limit=number("limit") or 50,
        )

    base = "/guilds/{guild_id}"
    router.add("GET", base, get_guild)
    router.add("GET", base + "/channels", list_channels)
    router.add("POST", base + "/channels", create_channel)
    router.add("GET", base + "/roles", list_roles)
    router.add("POST", base + "/roles", create_role)
    router.add("GET", base + "/roles/{role_id}", get_role)
    router.add("PATCH", base + "/roles/{role_id}", edit_role)
    router.add("DELETE", base + "/roles/{role_id}", delete_role)
    router.add("GET", base + "/audit-logs", audit_log)
