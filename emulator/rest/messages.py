"""Channel messages: send (JSON or multipart with files), list, get, edit, delete, bulk delete, typing, pins.

Discord's checks: the bot must see the channel (50001) and hold SEND_MESSAGES, or
SEND_MESSAGES_IN_THREADS in a thread (50013), ATTACH_FILES for files and EMBED_LINKS for embeds;
sending to an archived, unlocked thread unarchives it; a DM needs a recipient who shares a guild with
the bot with DMs open there (50007, also for bots). The bot edits only its own messages (50005) and
deletes others' with MANAGE_MESSAGES; bulk delete takes 2-100 messages younger than 14 days.
Reactions are not emulated.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, Permission
from ..messaging import create_message, edit_message
from ..models import ChannelState
from ..payloads.messages import message_payload
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core


def recipient_accepts_dms(core: Core, user_id: int) -> bool:
    """A user accepts the bot's DMs when they share a guild with it whose DM setting is open."""
    user = core.world.users.get(user_id)
    if user is None or user.bot:
        return False
    bot_id = core.app.bot_user_id
    return any(
        user_id in g.members and bot_id in g.members and g.members[user_id].dms_open
        for g in core.world.guilds.values()
    )


def check_can_send(core: Core, channel: ChannelState, body: dict[str, Any], has_files: bool) -> None:
    if channel.is_dm:
        if not all(recipient_accepts_dms(core, uid) for uid in channel.recipient_ids):
            raise errors.cannot_dm()
        return
    core.require_channel_permission(channel, Permission(0))
    needed = Permission.SEND_MESSAGES_IN_THREADS if channel.is_thread else Permission.SEND_MESSAGES
    if has_files:
        needed |= Permission.ATTACH_FILES
    if body.get("embeds") or body.get("embed"):
        needed |= Permission.EMBED_LINKS
    if channel.is_thread and channel.locked:
        needed |= Permission.MANAGE_THREADS
    core.require_channel_permission(channel, needed)


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    def readable(request: RestRequest) -> ChannelState:
        channel = world.channel(request.snowflake("channel_id"))
        core.require_channel_permission(channel, Permission(0))
        return channel

    async def send(request: RestRequest) -> Any:
        channel = world.channel(request.snowflake("channel_id"))
        body = request.body()
        check_can_send(core, channel, body, bool(request.files))
        if channel.is_thread and channel.archived:
            channel.archived = False
            channel.archive_timestamp = world.now()
            await core.events.thread_update(channel)
        message = create_message(world, channel, bot_id, body, request.files)
        await core.events.message_create(message)
        return message_payload(world, message)

    async def list_messages(request: RestRequest) -> Any:
        channel = readable(request)
        if not channel.is_dm:
            try:
                core.require_channel_permission(channel, Permission.READ_MESSAGE_HISTORY)
            except errors.DiscordHTTPError:
                return []
        messages = world.channel_messages(channel.id)
        limit = max(1, min(int(request.query.get("limit", 50)), 100))
        if "before" in request.query:
            messages = [m for m in messages if m.id < int(request.query["before"])]
        if "after" in request.query:
            messages = [m for m in messages if m.id > int(request.query["after"])][:limit]
        if "around" in request.query:
            pivot = int(request.query["around"])
            older = [m for m in messages if m.id <= pivot][-((limit + 1) // 2) :]
            newer = [m for m in messages if m.id > pivot][: limit // 2]
            messages = older + newer
        return [message_payload(world, m) for m in reversed(messages[-limit:])]

    async def get_message(request: RestRequest) -> Any:
        channel = readable(request)
        if not channel.is_dm:
            core.require_channel_permission(channel, Permission.READ_MESSAGE_HISTORY)
        return message_payload(world, world.message(channel.id, request.snowflake("message_id")))

    async def edit(request: RestRequest) -> Any:
        channel = readable(request)
        message = world.message(channel.id, request.snowflake("message_id"))
        body = request.body()
        if message.author_id != bot_id:
            if set(body) - {"flags"}:
                raise errors.cannot_edit_other_author()
            core.require_channel_permission(channel, Permission.MANAGE_MESSAGES)
        edit_message(world, message, body, request.files)
        await core.events.message_update(message)
        return message_payload(world, message)

    async def delete(request: RestRequest) -> Any:
        channel = readable(request)
        message = world.message(channel.id, request.snowflake("message_id"))
        if message.author_id != bot_id:
            if channel.is_dm:
                raise errors.DiscordHTTPError(403, 50003, "Cannot execute action on a DM channel")
            core.require_channel_permission(channel, Permission.MANAGE_MESSAGES)
            guild = world.guild(channel.guild_id or 0)
            audit.log(
                world,
                guild,
                AuditLogEvent.MESSAGE_DELETE,
                user_id=bot_id,
                target_id=message.author_id,
                reason=request.reason,
                options={"channel_id": str(channel.id), "count": "1"},
            )
        message.deleted = True
        await core.events.message_delete(message)
        return Reply(204)

    async def bulk_delete(request: RestRequest) -> Any:
        channel = readable(request)
        core.require_channel_permission(channel, Permission.MANAGE_MESSAGES)
        ids = [int(i) for i in request.body().get("messages") or []]
        if not 2 <= len(ids) <= 100:
            raise errors.invalid_form(
                "messages", "BASE_TYPE_BAD_LENGTH", "Must be between 2 and 100 in length."
            )
        cutoff = world.now() - timedelta(days=14)
        found = [world.message(channel.id, i) for i in ids]
        if any(m.created_at < cutoff for m in found):
            raise errors.DiscordHTTPError(
                400, 50034, "You can only bulk delete messages that are under 14 days old."
            )
        for message in found:
            message.deleted = True
        guild = world.guild(channel.guild_id or 0)
        audit.log(
            world,
            guild,
            AuditLogEvent.MESSAGE_BULK_DELETE,
            user_id=bot_id,
            target_id=channel.id,
            reason=request.reason,
            options={"count": str(len(found))},
        )
        await core.events.message_delete_bulk(channel, [m.id for m in found])
        return Reply(204)

    async def typing(request: RestRequest) -> Any:
        readable(request)
        return Reply(204)

    async def pin(request: RestRequest) -> Any:
        channel = readable(request)
        message = world.message(channel.id, request.snowflake("message_id"))
        if not channel.is_dm:
            core.require_channel_permission(channel, Permission.MANAGE_MESSAGES)
        message.pinned = request.method == "PUT"
        return Reply(204)

    async def pins(request: RestRequest) -> Any:
        channel = readable(request)
        pinned = [m for m in world.channel_messages(channel.id) if m.pinned]
        return {
            "items": [{"pinned_at": None, "message": message_payload(world, m)} for m in reversed(pinned)],
            "has_more": False,
        }

    async def legacy_pins(request: RestRequest) -> Any:
        channel = readable(request)
        return [message_payload(world, m) for m in reversed(world.channel_messages(channel.id)) if m.pinned]

    base = "/channels/{channel_id}"
    router.add("GET", base + "/messages", list_messages)
    router.add("POST", base + "/messages", send)
    router.add("POST", base + "/messages/bulk-delete", bulk_delete)
    router.add("GET", base + "/messages/pins", pins)
    router.add("PUT", base + "/messages/pins/{message_id}", pin)
    router.add("DELETE", base + "/messages/pins/{message_id}", pin)
    router.add("GET", base + "/pins", legacy_pins)
    router.add("PUT", base + "/pins/{message_id}", pin)
    router.add("DELETE", base + "/pins/{message_id}", pin)
    router.add("GET", base + "/messages/{message_id}", get_message)
    router.add("PATCH", base + "/messages/{message_id}", edit)
    router.add("DELETE", base + "/messages/{message_id}", delete)
    router.add("POST", base + "/typing", typing)
