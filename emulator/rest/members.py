"""Guild members and bans: list/get, modify (nick, roles, timeout), role add/remove, kick, ban, unban.

Discord's checks: nick needs MANAGE_NICKNAMES, roles MANAGE_ROLES with every added or removed role below
the bot's highest role (managed roles cannot be given or taken), a timeout
(``communication_disabled_until``) MODERATE_MEMBERS, at most 28 days ahead, never on an administrator
or the owner; kick needs KICK_MEMBERS, ban BAN_MEMBERS. Acting on a member (nick, timeout, kick, ban)
also needs the bot's highest role strictly above the member's and fails on the owner: 403 50013.
Each change is written to the audit log with the ``X-Audit-Log-Reason``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, Permission
from ..models import BanState, GuildState, MemberState
from ..payloads.users import member_payload, user_payload
from ..permissions import base_permissions, outranks_role
from ..snowflake import iso, parse_iso
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core

MAX_TIMEOUT = timedelta(days=28)


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    def guild_of(request: RestRequest) -> GuildState:
        guild = world.guild(request.snowflake("guild_id"))
        core.bot_member(guild)
        return guild

    def member_of(request: RestRequest, guild: GuildState) -> MemberState:
        raw = request.params.get("user_id")
        user_id = bot_id if raw == "@me" else request.snowflake("user_id")
        return world.member(guild, user_id)

    async def list_members(request: RestRequest) -> Any:
        guild = guild_of(request)
        limit = max(1, min(int(request.query.get("limit", 1)), 1000))
        after = int(request.query.get("after", 0))
        members = sorted((m for m in guild.members.values() if m.id > after), key=lambda m: m.id)
        return [member_payload(m) for m in members[:limit]]

    async def search_members(request: RestRequest) -> Any:
        guild = guild_of(request)
        query = request.query.get("query", "").casefold()
        limit = max(1, min(int(request.query.get("limit", 1)), 1000))
        found = [
            m
            for m in guild.members.values()
            if m.user.username.casefold().startswith(query) or (m.nick or "").casefold().startswith(query)
        ]
        return [member_payload(m) for m in found[:limit]]

    async def get_member(request: RestRequest) -> Any:
        guild = guild_of(request)
        return member_payload(member_of(request, guild))

    def set_nick(
        guild: GuildState, member: MemberState, body: dict[str, Any], changes: list[dict[str, Any]]
    ) -> None:
        if member.id == bot_id:
            core.require_guild_permission(guild, Permission.CHANGE_NICKNAME)
        else:
            core.require_guild_permission(guild, Permission.MANAGE_NICKNAMES)
            core.require_outranks(guild, member)
        nick = body["nick"] or None
        changes.append(audit.change("nick", member.nick, nick))
        member.nick = nick

    def set_timeout(
        guild: GuildState, member: MemberState, body: dict[str, Any], changes: list[dict[str, Any]]
    ) -> None:
        core.require_guild_permission(guild, Permission.MODERATE_MEMBERS)
        core.require_outranks(guild, member)
        if base_permissions(guild, member) & Permission.ADMINISTRATOR:
            raise errors.missing_permissions()
        until = parse_iso(body["communication_disabled_until"])
        if until is not None and until - world.now() > MAX_TIMEOUT:
            raise errors.invalid_form(
                "communication_disabled_until", "BASE_TYPE_BAD_TIME", "Timeouts cannot exceed 28 days."
            )
        changes.append(
            audit.change("communication_disabled_until", iso(member.communication_disabled_until), iso(until))
        )
        member.communication_disabled_until = until

    def set_roles(
        guild: GuildState, member: MemberState, wanted: list[int]
    ) -> dict[str, list[dict[str, str]]]:
        core.require_guild_permission(guild, Permission.MANAGE_ROLES)
        bot = core.bot_member(guild)
        current = set(member.roles)
        target = {rid for rid in wanted if rid != guild.id}
        for role_id in current ^ target:
            role = world.role(guild, role_id)
            if role.managed or not outranks_role(guild, bot, role):
                raise errors.missing_permissions()
        member.roles = [rid for rid in wanted if rid != guild.id]
        return {
            "$add": [{"id": str(r), "name": guild.roles[r].name} for r in target - current],
            "$remove": [{"id": str(r), "name": guild.roles[r].name} for r in current - target],
        }

    async def modify(request: RestRequest) -> Any:
        guild = guild_of(request)
        member = member_of(request, guild)
        body = request.body()
        changes: list[dict[str, Any]] = []
        role_changes = None
        if "nick" in body:
            set_nick(guild, member, body, changes)
        if "communication_disabled_until" in body:
            set_timeout(guild, member, body, changes)
        if "roles" in body and body["roles"] is not None:
            role_changes = set_roles(guild, member, [int(r) for r in body["roles"]])
        if changes:
            audit.log(
                world,
                guild,
                AuditLogEvent.MEMBER_UPDATE,
                user_id=bot_id,
                target_id=member.id,
                reason=request.reason,
                changes=changes,
            )
        if role_changes is not None:
            audit.log(
                world,
                guild,
                AuditLogEvent.MEMBER_ROLE_UPDATE,
                user_id=bot_id,
                target_id=member.id,
                reason=request.reason,
                changes=[{"key": k, "new_value": v} for k, v in role_changes.items() if v],
            )
        await core.events.member_update(guild, member)
        return member_payload(member)

    async def role_toggle(request: RestRequest) -> Any:
        guild = guild_of(request)
        member = member_of(request, guild)
        role_id = request.snowflake("role_id")
        world.role(guild, role_id)
        wanted = set(member.roles) | {role_id} if request.method == "PUT" else set(member.roles) - {role_id}
        ordered = [r for r in member.roles if r in wanted] + [r for r in wanted if r not in member.roles]
        role_changes = set_roles(guild, member, ordered)
        if any(role_changes.values()):
            audit.log(
                world,
                guild,
                AuditLogEvent.MEMBER_ROLE_UPDATE,
                user_id=bot_id,
                target_id=member.id,
                reason=request.reason,
                changes=[{"key": k, "new_value": v} for k, v in role_changes.items() if v],
            )
            await core.events.member_update(guild, member)
        return Reply(204)

    async def kick(request: RestRequest) -> Any:
        guild = guild_of(request)
        member = member_of(request, guild)
        core.require_guild_permission(guild, Permission.KICK_MEMBERS)
        core.require_outranks(guild, member)
        del guild.members[member.id]
        audit.log(
            world,
            guild,
            AuditLogEvent.MEMBER_KICK,
            user_id=bot_id,
            target_id=member.id,
            reason=request.reason,
        )
        await core.events.member_remove(guild, member.user)
        return Reply(204)

    async def ban(request: RestRequest) -> Any:
        guild = guild_of(request)
        user = world.user(request.snowflake("user_id"))
        core.require_guild_permission(guild, Permission.BAN_MEMBERS)
        member = guild.members.get(user.id)
        if member is not None:
            core.require_outranks(guild, member)
        body = request.body()
        seconds = int(body.get("delete_message_seconds") or body.get("delete_message_days", 0) * 86400 or 0)
        guild.bans[user.id] = BanState(user_id=user.id, reason=request.reason, created_at=world.now())
        cutoff = world.now() - timedelta(seconds=seconds)
        doomed = [
            m
            for m in world.messages.values()
            if m.guild_id == guild.id
            and m.author_id == user.id
            and not m.deleted
            and seconds
            and m.created_at >= cutoff
        ]
        audit.log(
            world,
            guild,
            AuditLogEvent.MEMBER_BAN_ADD,
            user_id=bot_id,
            target_id=user.id,
            reason=request.reason,
        )
        await core.events.ban_add(guild, user)
        if member is not None:
            del guild.members[user.id]
            await core.events.member_remove(guild, user)
        for message in doomed:
            message.deleted = True
            await core.events.message_delete(message)
        return Reply(204)

    async def unban(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.BAN_MEMBERS)
        user_id = request.snowflake("user_id")
        if guild.bans.pop(user_id, None) is None:
            raise errors.unknown("ban")
        audit.log(
            world,
            guild,
            AuditLogEvent.MEMBER_BAN_REMOVE,
            user_id=bot_id,
            target_id=user_id,
            reason=request.reason,
        )
        await core.events.ban_remove(guild, world.user(user_id))
        return Reply(204)

    def ban_payload(guild: GuildState, user_id: int) -> dict[str, Any]:
        record = guild.bans[user_id]
        return {"reason": record.reason, "user": user_payload(world.user(user_id))}

    async def list_bans(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.BAN_MEMBERS)
        return [ban_payload(guild, uid) for uid in sorted(guild.bans)]

    async def get_ban(request: RestRequest) -> Any:
        guild = guild_of(request)
        core.require_guild_permission(guild, Permission.BAN_MEMBERS)
        user_id = request.snowflake("user_id")
        if user_id not in guild.bans:
            raise errors.unknown("ban")
        return ban_payload(guild, user_id)

    base = "/guilds/{guild_id}"
    router.add("GET", base + "/members", list_members)
    router.add("GET", base + "/members/search", search_members)
    router.add("GET", base + "/members/{user_id}", get_member)
    router.add("PATCH", base + "/members/{user_id}", modify)
    router.add("DELETE", base + "/members/{user_id}", kick)
    router.add("PUT", base + "/members/{user_id}/roles/{role_id}", role_toggle)
    router.add("DELETE", base + "/members/{user_id}/roles/{role_id}", role_toggle)
    router.add("GET", base + "/bans", list_bans)
    router.add("GET", base + "/bans/{user_id}", get_ban)
    router.add("PUT", base + "/bans/{user_id}", ban)
    router.add("DELETE", base + "/bans/{user_id}", unban)
