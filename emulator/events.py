"""Gateway events for what happens in the emulated Discord, with Discord's delivery rules.

- Intents: GUILD_MESSAGES / DIRECT_MESSAGES for message events, GUILD_MEMBERS for member events,
  GUILD_MODERATION for bans, GUILDS for channels, threads and roles; INTERACTION_CREATE needs none.
- MESSAGE_CONTENT: without it, content, embeds, attachments and components arrive empty, except in DMs,
  in messages mentioning the bot, and in the bot's own messages.
- Visibility: the bot only hears messages and threads of channels it can view (private threads: thread
  members and MANAGE_THREADS); ephemeral messages are never dispatched.
- THREAD_MEMBERS_UPDATE about other members needs GUILD_MEMBERS; about the bot itself it is always sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .flags import Intent
from .models import ChannelState, GuildState, MemberState, MessageState, RoleState, UserState
from .payloads.channels import guild_channel_payload, thread_member_payload, thread_payload
from .payloads.messages import message_payload, strip_content
from .payloads.users import member_payload, role_payload, user_payload
from .permissions import can_view

if TYPE_CHECKING:
    from .gateway.hub import GatewayHub
    from .gateway.sessions import GatewaySession
    from .world import Application, World

Json = dict[str, Any]


class Events:
    def __init__(self, world: World, app: Application, hub: GatewayHub) -> None:
        self.world = world
        self.app = app
        self.hub = hub

    def bot_can_view(self, channel: ChannelState) -> bool:
        if channel.is_dm:
            return True
        guild = self.world.guild_of(channel)
        if guild is None or self.app.bot_user_id not in guild.members:
            return False
        return can_view(guild, guild.members[self.app.bot_user_id], channel, self.world.now())

    # messages ----------------------------------------------------------------------------------

    def _message_builder(self, message: MessageState) -> Any:
        payload = message_payload(self.world, message, gateway=True)
        intent = Intent.GUILD_MESSAGES if message.guild_id is not None else Intent.DIRECT_MESSAGES
        bot_id = self.app.bot_user_id
        keeps_content = message.guild_id is None or message.author_id == bot_id or bot_id in message.mentions

        def build(session: GatewaySession) -> Json | None:
            if not session.has(intent):
                return None
            if keeps_content or session.has(Intent.MESSAGE_CONTENT):
                return payload
            return strip_content(payload)

        return build

    async def message_create(self, message: MessageState) -> int:
        channel = self.world.channels.get(message.channel_id)
        if message.ephemeral or channel is None or not self.bot_can_view(channel):
            return 0
        return await self.hub.dispatch(
            "MESSAGE_CREATE", self._message_builder(message), guild_id=message.guild_id
        )

    async def message_update(self, message: MessageState) -> int:
        channel = self.world.channels.get(message.channel_id)
        if message.ephemeral or channel is None or not self.bot_can_view(channel):
            return 0
        return await self.hub.dispatch(
            "MESSAGE_UPDATE", self._message_builder(message), guild_id=message.guild_id
        )

    async def message_delete(self, message: MessageState) -> int:
        channel = self.world.channels.get(message.channel_id)
        if message.ephemeral or channel is None or not self.bot_can_view(channel):
            return 0
        payload: Json = {"id": str(message.id), "channel_id": str(message.channel_id)}
        if message.guild_id is not None:
            payload["guild_id"] = str(message.guild_id)
        intent = Intent.GUILD_MESSAGES if message.guild_id is not None else Intent.DIRECT_MESSAGES
        return await self.hub.dispatch(
            "MESSAGE_DELETE", _with_intent(intent, payload), guild_id=message.guild_id
        )

    async def message_delete_bulk(self, channel: ChannelState, ids: list[int]) -> int:
        payload: Json = {"ids": [str(i) for i in ids], "channel_id": str(channel.id)}
        if channel.guild_id is not None:
            payload["guild_id"] = str(channel.guild_id)
        return await self.hub.dispatch(
            "MESSAGE_DELETE_BULK", _with_intent(Intent.GUILD_MESSAGES, payload), guild_id=channel.guild_id
        )

    # members -----------------------------------------------------------------------------------

    async def member_add(self, guild: GuildState, member: MemberState) -> int:
        payload = member_payload(member) | {"guild_id": str(guild.id)}
        return await self.hub.dispatch(
            "GUILD_MEMBER_ADD", _with_intent(Intent.GUILD_MEMBERS, payload), guild_id=guild.id
        )

    async def member_remove(self, guild: GuildState, user: UserState) -> int:
        payload = {"guild_id": str(guild.id), "user": user_payload(user)}
        return await self.hub.dispatch(
            "GUILD_MEMBER_REMOVE", _with_intent(Intent.GUILD_MEMBERS, payload), guild_id=guild.id
        )

    async def member_update(self, guild: GuildState, member: MemberState) -> int:
        payload = member_payload(member) | {"guild_id": str(guild.id)}
        if member.id == self.app.bot_user_id:
            return await self.hub.dispatch("GUILD_MEMBER_UPDATE", lambda _s: payload, guild_id=guild.id)
        return await self.hub.dispatch(
            "GUILD_MEMBER_UPDATE", _with_intent(Intent.GUILD_MEMBERS, payload), guild_id=guild.id
        )

    async def ban_add(self, guild: GuildState, user: UserState) -> int:
        payload = {"guild_id": str(guild.id), "user": user_payload(user)}
        return await self.hub.dispatch(
            "GUILD_BAN_ADD", _with_intent(Intent.GUILD_MODERATION, payload), guild_id=guild.id
        )

    async def ban_remove(self, guild: GuildState, user: UserState) -> int:
        payload = {"guild_id": str(guild.id), "user": user_payload(user)}
        return await self.hub.dispatch(
            "GUILD_BAN_REMOVE", _with_intent(Intent.GUILD_MODERATION, payload), guild_id=guild.id
        )

    # roles -------------------------------------------------------------------------------------

    async def role_event(self, event: str, role: RoleState) -> int:
        payload: Json = {"guild_id": str(role.guild_id), "role": role_payload(role)}
        if event == "GUILD_ROLE_DELETE":
            payload = {"guild_id": str(role.guild_id), "role_id": str(role.id)}
        return await self.hub.dispatch(event, _with_intent(Intent.GUILDS, payload), guild_id=role.guild_id)

    # channels and threads ----------------------------------------------------------------------

    async def channel_event(self, event: str, channel: ChannelState) -> int:
        return await self.hub.dispatch(
            event, _with_intent(Intent.GUILDS, guild_channel_payload(channel)), guild_id=channel.guild_id
        )

    async def thread_create(self, thread: ChannelState, *, newly_created: bool = True) -> int:
        if not self.bot_can_view(thread):
            return 0
        payload = thread_payload(thread, me_id=self.app.bot_user_id)
        if newly_created:
            payload["newly_created"] = True
        return await self.hub.dispatch(
            "THREAD_CREATE", _with_intent(Intent.GUILDS, payload), guild_id=thread.guild_id
        )

    async def thread_update(self, thread: ChannelState) -> int:
        if not self.bot_can_view(thread):
            return 0
        payload = thread_payload(thread, me_id=self.app.bot_user_id)
        return await self.hub.dispatch(
            "THREAD_UPDATE", _with_intent(Intent.GUILDS, payload), guild_id=thread.guild_id
        )

    async def thread_delete(self, thread: ChannelState) -> int:
        payload = {
            "id": str(thread.id),
            "guild_id": str(thread.guild_id),
            "parent_id": str(thread.parent_id),
            "type": int(thread.type),
        }
        return await self.hub.dispatch(
            "THREAD_DELETE", _with_intent(Intent.GUILDS, payload), guild_id=thread.guild_id
        )

    async def thread_members_update(
        self, thread: ChannelState, *, added: Sequence[int] = (), removed: Sequence[int] = ()
    ) -> int:
        guild = self.world.guild_of(thread)
        if guild is None:
            return 0
        bot_id = self.app.bot_user_id
        if bot_id in added:
            # Discord sends THREAD_CREATE to a user added to a thread (how a bot learns of a private one).
            await self.thread_create(thread, newly_created=False)
        if not self.bot_can_view(thread):
            return 0
        full: Json = {
            "id": str(thread.id),
            "guild_id": str(guild.id),
            "member_count": len(thread.thread_members),
        }
        own: Json = dict(full)
        if added:
            full["added_members"] = [
                thread_member_payload(thread, uid, guild.members.get(uid)) | {"presence": None}
                for uid in added
            ]
            own["added_members"] = [m for m in full["added_members"] if int(m["user_id"]) == bot_id]
        if removed:
            full["removed_member_ids"] = [str(uid) for uid in removed]
            own["removed_member_ids"] = [str(uid) for uid in removed if uid == bot_id]
        about_bot = bot_id in added or bot_id in removed

        def build(session: GatewaySession) -> Json | None:
            if not session.has(Intent.GUILDS):
                return None
            if session.has(Intent.GUILD_MEMBERS):
                return full
            return own if about_bot else None

        return await self.hub.dispatch("THREAD_MEMBERS_UPDATE", build, guild_id=guild.id)

    # interactions ------------------------------------------------------------------------------

    async def interaction_create(self, payload: Json, guild_id: int | None) -> int:
        return await self.hub.dispatch("INTERACTION_CREATE", lambda _s: payload, guild_id=guild_id)

    async def guild_create(self, guild: GuildState) -> None:
        await self.hub.guild_available(guild.id)

    async def guild_delete(self, guild: GuildState) -> int:
        payload = {"id": str(guild.id), "unavailable": False}
        return await self.hub.dispatch("GUILD_DELETE", lambda _s: payload, guild_id=guild.id)


def _with_intent(intent: Intent, payload: Json) -> Any:
    def build(session: GatewaySession) -> Json | None:
        return payload if session.has(intent) else None

    return build
