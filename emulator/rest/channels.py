"""Channels and threads: get / edit / delete a channel, permission overwrites, thread creation and members.

Checks as on Discord: editing a guild channel needs MANAGE_CHANNELS (overwrites also MANAGE_ROLES, and
the bot may only allow or deny permissions it has itself in that channel); a thread can be edited by
its owner (name, archive state) or with MANAGE_THREADS (needed for ``locked``); public threads need
CREATE_PUBLIC_THREADS, private ones CREATE_PRIVATE_THREADS; adding members needs the right to send in
the thread (and MANAGE_THREADS for a private thread that is not ``invitable`` or that the bot is not in).
Not emulated: forum posts, stage and voice specifics, the THREAD_CREATED system message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, Permission
from ..models import ChannelState, Overwrite
from ..payloads.channels import channel_payload
from ..permissions import base_permissions, channel_permissions
from .framework import Reply, RestRequest, RestRouter
from .threads import register_threads

if TYPE_CHECKING:
    from ..core import Core

_THREAD_FIELDS = {
    "name",
    "archived",
    "auto_archive_duration",
    "locked",
    "invitable",
    "rate_limit_per_user",
    "flags",
    "applied_tags",
}


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    def payload(channel: ChannelState) -> dict[str, Any]:
        recipients = [world.users[uid] for uid in channel.recipient_ids if uid in world.users]
        return channel_payload(channel, recipients, me_id=bot_id)

    def visible(request: RestRequest) -> ChannelState:
        channel = world.channel(request.snowflake("channel_id"))
        core.require_channel_permission(channel, Permission(0))
        return channel

    async def get_channel(request: RestRequest) -> Any:
        return payload(visible(request))

    async def edit_thread(request: RestRequest, thread: ChannelState) -> Any:
        body = request.body()
        unknown = set(body) - _THREAD_FIELDS
        if unknown:
            raise errors.invalid_form(
                sorted(unknown)[0], "BASE_TYPE_INVALID", "This field is not valid for threads."
            )
        is_owner = thread.owner_id == bot_id
        owner_may = {"name", "archived", "auto_archive_duration", "rate_limit_per_user", "invitable"}
        if "locked" in body or not is_owner or set(body) - owner_may:
            core.require_channel_permission(thread, Permission.MANAGE_THREADS)
        before = thread.archived
        for key in (
            "name",
            "archived",
            "auto_archive_duration",
            "locked",
            "invitable",
            "rate_limit_per_user",
        ):
            if key in body and body[key] is not None:
                setattr(thread, key, body[key])
        if thread.archived != before:
            thread.archive_timestamp = world.now()
        guild = world.guild(thread.guild_id or 0)
        audit.log(
            world,
            guild,
            AuditLogEvent.THREAD_UPDATE,
            user_id=bot_id,
            target_id=thread.id,
            reason=request.reason,
        )
        await core.events.thread_update(thread)
        return payload(thread)

    async def edit_channel(request: RestRequest) -> Any:
        channel = visible(request)
        if channel.is_dm:
            raise errors.DiscordHTTPError(403, 50003, "Cannot execute action on a DM channel")
        if channel.is_thread:
            return await edit_thread(request, channel)
        body = request.body()
        core.require_channel_permission(channel, Permission.MANAGE_CHANNELS)
        changes = []
        for key in ("name", "topic", "position", "nsfw", "rate_limit_per_user", "parent_id"):
            if key in body:
                value = body[key]
                if key == "parent_id" and value is not None:
                    value = int(value)
                changes.append(audit.change(key, getattr(channel, key), value))
                setattr(channel, key, value)
        if "permission_overwrites" in body:
            core.require_channel_permission(channel, Permission.MANAGE_ROLES)
            overwrites = [_overwrite(raw) for raw in body["permission_overwrites"] or []]
            for overwrite in overwrites:
                _check_grantable(core, channel, overwrite)
            channel.overwrites = {o.id: o for o in overwrites}
        guild = world.guild(channel.guild_id or 0)
        audit.log(
            world,
            guild,
            AuditLogEvent.CHANNEL_UPDATE,
            user_id=bot_id,
            target_id=channel.id,
            reason=request.reason,
            changes=changes,
        )
        await core.events.channel_event("CHANNEL_UPDATE", channel)
        return payload(channel)

    async def delete_channel(request: RestRequest) -> Any:
        channel = visible(request)
        if channel.is_dm:
            return payload(channel)
        guild = world.guild(channel.guild_id or 0)
        if channel.is_thread:
            core.require_channel_permission(channel, Permission.MANAGE_THREADS)
            world.remove_channel(channel)
            await core.events.thread_delete(channel)
        else:
            core.require_channel_permission(channel, Permission.MANAGE_CHANNELS)
            world.remove_channel(channel)
            audit.log(
                world,
                guild,
                AuditLogEvent.CHANNEL_DELETE,
                user_id=bot_id,
                target_id=channel.id,
                reason=request.reason,
            )
            await core.events.channel_event("CHANNEL_DELETE", channel)
        return payload(channel)

    async def put_overwrite(request: RestRequest) -> Any:
        channel = visible(request)
        if channel.is_thread or channel.is_dm:
            raise errors.DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
        core.require_channel_permission(channel, Permission.MANAGE_ROLES)
        body = request.body()
        overwrite = _overwrite({**body, "id": request.params["overwrite_id"]})
        _check_grantable(core, channel, overwrite)
        existed = overwrite.id in channel.overwrites
        channel.overwrites[overwrite.id] = overwrite
        guild = world.guild(channel.guild_id or 0)
        action = AuditLogEvent.CHANNEL_OVERWRITE_UPDATE if existed else AuditLogEvent.CHANNEL_OVERWRITE_CREATE
        audit.log(
            world,
            guild,
            action,
            user_id=bot_id,
            target_id=channel.id,
            reason=request.reason,
            options={"id": str(overwrite.id), "type": str(overwrite.type)},
        )
        await core.events.channel_event("CHANNEL_UPDATE", channel)
        return Reply(204)

    async def delete_overwrite(request: RestRequest) -> Any:
        channel = visible(request)
        core.require_channel_permission(channel, Permission.MANAGE_ROLES)
        overwrite = channel.overwrites.pop(request.snowflake("overwrite_id"), None)
        if overwrite is not None:
            guild = world.guild(channel.guild_id or 0)
            audit.log(
                world,
                guild,
                AuditLogEvent.CHANNEL_OVERWRITE_DELETE,
                user_id=bot_id,
                target_id=channel.id,
                reason=request.reason,
                options={"id": str(overwrite.id), "type": str(overwrite.type)},
            )
            await core.events.channel_event("CHANNEL_UPDATE", channel)
        return Reply(204)

    base = "/channels/{channel_id}"
    router.add("GET", base, get_channel)
    router.add("PATCH", base, edit_channel)
    router.add("DELETE", base, delete_channel)
    router.add("PUT", base + "/permissions/{overwrite_id}", put_overwrite)
    router.add("DELETE", base + "/permissions/{overwrite_id}", delete_overwrite)
    register_threads(router, core, payload)


def _overwrite(raw: dict[str, Any]) -> Overwrite:
    try:
        return Overwrite(
            id=int(raw["id"]),
            type=int(raw.get("type", 0)),
            allow=Permission(int(raw.get("allow") or 0)),
            deny=Permission(int(raw.get("deny") or 0)),
        )
    except (KeyError, TypeError, ValueError):
        raise errors.invalid_form(
            "permission_overwrites", "BASE_TYPE_REQUIRED", "This field is required"
        ) from None


def _check_grantable(core: Core, channel: ChannelState, overwrite: Overwrite) -> None:
    """A bot can only allow or deny permissions it holds in the channel (unless it is an administrator)."""
    guild = core.world.guild(channel.guild_id or 0)
    bot = core.bot_member(guild)
    held = channel_permissions(guild, bot, channel, core.world.now())
    if base_permissions(guild, bot) & Permission.ADMINISTRATOR:
        return
    if (overwrite.allow | overwrite.deny) & ~held:
        raise errors.missing_permissions()
