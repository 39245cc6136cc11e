"""Thread creation and thread members (see ``channels`` for the rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import audit, errors
from ..flags import AuditLogEvent, ChannelType, Permission
from ..models import ChannelState
from ..payloads.channels import thread_member_payload
from ..permissions import can_view, channel_permissions
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core

_THREAD_PARENTS = (ChannelType.GUILD_TEXT, ChannelType.GUILD_ANNOUNCEMENT)


def register_threads(
    router: RestRouter, core: Core, payload: Callable[[ChannelState], dict[str, Any]]
) -> None:
    world = core.world
    bot_id = core.app.bot_user_id

    def visible(request: RestRequest) -> ChannelState:
        channel = world.channel(request.snowflake("channel_id"))
        core.require_channel_permission(channel, Permission(0))
        return channel

    async def start(
        request: RestRequest, parent: ChannelState, *, private: bool, thread_id: int | None
    ) -> ChannelState:
        if parent.type not in _THREAD_PARENTS or (private and parent.type != ChannelType.GUILD_TEXT):
            raise errors.DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
        needed = Permission.CREATE_PRIVATE_THREADS if private else Permission.CREATE_PUBLIC_THREADS
        core.require_channel_permission(parent, needed)
        body = request.body()
        name = str(body.get("name") or "").strip()
        if not name:
            raise errors.invalid_form("name", "BASE_TYPE_REQUIRED", "This field is required")
        guild = world.guild(parent.guild_id or 0)
        thread = world.add_thread(
            guild,
            parent,
            name[:100],
            owner_id=bot_id,
            private=private,
            invitable=bool(body.get("invitable", True)),
            auto_archive_duration=int(body.get("auto_archive_duration") or 4320),
            thread_id=thread_id,
        )
        thread.rate_limit_per_user = int(body.get("rate_limit_per_user") or 0)
        audit.log(
            world,
            guild,
            AuditLogEvent.THREAD_CREATE,
            user_id=bot_id,
            target_id=thread.id,
            reason=request.reason,
        )
        await core.events.thread_create(thread)
        return thread

    async def create_thread(request: RestRequest) -> Any:
        parent = visible(request)
        kind = int(request.body().get("type") or ChannelType.PRIVATE_THREAD)
        if kind not in (
            ChannelType.PUBLIC_THREAD,
            ChannelType.PRIVATE_THREAD,
            ChannelType.ANNOUNCEMENT_THREAD,
        ):
            raise errors.invalid_form("type", "BASE_TYPE_CHOICES", "Value must be one of (10, 11, 12).")
        thread = await start(request, parent, private=kind == ChannelType.PRIVATE_THREAD, thread_id=None)
        return Reply(201, payload(thread))

    async def thread_from_message(request: RestRequest) -> Any:
        parent = visible(request)
        message = world.message(parent.id, request.snowflake("message_id"))
        if message.thread_id is not None:
            raise errors.DiscordHTTPError(400, 160004, "A thread has already been created for this message")
        thread = await start(request, parent, private=False, thread_id=message.id)
        message.thread_id = thread.id
        await core.events.message_update(message)
        return Reply(201, payload(thread))

    def thread_of(request: RestRequest) -> ChannelState:
        thread = visible(request)
        if not thread.is_thread:
            raise errors.DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
        return thread

    def target_id(request: RestRequest) -> int:
        return bot_id if request.params["user_id"] == "@me" else request.snowflake("user_id")

    async def add_member(request: RestRequest) -> Any:
        thread = thread_of(request)
        user_id = target_id(request)
        guild = world.guild(thread.guild_id or 0)
        world.member(guild, user_id)
        if thread.archived:
            raise errors.DiscordHTTPError(400, 50083, "Thread is archived")
        granted = channel_permissions(guild, core.bot_member(guild), thread, world.now())
        if user_id != bot_id:
            if not granted & Permission.SEND_MESSAGES_IN_THREADS:
                raise errors.missing_permissions()
            in_thread = bot_id in thread.thread_members
            if thread.is_private_thread and (not thread.invitable or not in_thread):
                core.require_channel_permission(thread, Permission.MANAGE_THREADS)
        if user_id not in thread.thread_members:
            thread.thread_members[user_id] = world.now()
            await core.events.thread_members_update(thread, added=[user_id])
        return Reply(204)

    async def remove_member(request: RestRequest) -> Any:
        thread = thread_of(request)
        user_id = target_id(request)
        if user_id != bot_id and not (thread.is_private_thread and thread.owner_id == bot_id):
            core.require_channel_permission(thread, Permission.MANAGE_THREADS)
        if user_id in thread.thread_members:
            await core.events.thread_members_update(thread, removed=[user_id])
            del thread.thread_members[user_id]
        return Reply(204)

    async def list_members(request: RestRequest) -> Any:
        thread = thread_of(request)
        guild = world.guild(thread.guild_id or 0)
        with_member = request.flag("with_member")
        return [
            thread_member_payload(thread, uid, guild.members.get(uid) if with_member else None)
            for uid in thread.thread_members
        ]

    async def get_member(request: RestRequest) -> Any:
        thread = thread_of(request)
        user_id = target_id(request)
        if user_id not in thread.thread_members:
            raise errors.unknown("member")
        guild = world.guild(thread.guild_id or 0)
        return thread_member_payload(
            thread, user_id, guild.members.get(user_id) if request.flag("with_member") else None
        )

    async def active_threads(request: RestRequest) -> Any:
        guild = world.guild(request.snowflake("guild_id"))
        bot = core.bot_member(guild)
        threads = [
            c
            for c in guild.channels.values()
            if c.is_thread and not c.archived and can_view(guild, bot, c, world.now())
        ]
        return {
            "threads": [payload(t) for t in threads],
            "members": [thread_member_payload(t, bot_id) for t in threads if bot_id in t.thread_members],
        }

    base = "/channels/{channel_id}"
    router.add("POST", base + "/threads", create_thread)
    router.add("POST", base + "/messages/{message_id}/threads", thread_from_message)
    router.add("GET", base + "/thread-members", list_members)
    router.add("PUT", base + "/thread-members/{user_id}", add_member)
    router.add("DELETE", base + "/thread-members/{user_id}", remove_member)
    router.add("GET", base + "/thread-members/{user_id}", get_member)
    router.add("GET", "/guilds/{guild_id}/threads/active", active_threads)
