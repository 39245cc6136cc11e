"""The emulator's whole Discord: users, guilds, channels (guild, thread, DM), messages and attachments.

The world only stores and finds things; it sends nothing. REST handlers and member actions change it
and then dispatch gateway events themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from emulator.clock import Clock

from . import errors
from .flags import DEFAULT_EVERYONE_PERMISSIONS, ChannelType, Permission
from .models import (
    AttachmentState,
    ChannelState,
    GuildState,
    MemberState,
    MessageState,
    Overwrite,
    RoleState,
    UserState,
)
from .snowflake import SnowflakeGenerator


@dataclass(frozen=True)
class Application:
    id: int
    name: str
    bot_user_id: int
    owner_id: int
    bot_token: str
    client_secret: str = ""  # OAuth2: the application's secret (the token exchange checks it)
    redirect_uris: list[str] = field(default_factory=list)  # OAuth2: the registered redirects


class World:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.snowflakes = SnowflakeGenerator(clock)
        self.users: dict[int, UserState] = {}
        self.guilds: dict[int, GuildState] = {}
        self.channels: dict[int, ChannelState] = {}
        self.messages: dict[int, MessageState] = {}
        self.attachments: dict[int, AttachmentState] = {}
        self._dm_by_user: dict[int, int] = {}
        self.attachment_base_url = ""

    def now(self) -> datetime:
        return self.clock.now()

    def new_id(self) -> int:
        return self.snowflakes.next()

    # users -------------------------------------------------------------------------------------

    def create_user(self, username: str, *, bot: bool = False, locale: str = "en-US") -> UserState:
        user = UserState(id=self.new_id(), username=username, bot=bot, locale=locale)
        self.users[user.id] = user
        return user

    def user(self, user_id: int) -> UserState:
        try:
            return self.users[user_id]
        except KeyError:
            raise errors.unknown("user") from None

    # guilds ------------------------------------------------------------------------------------

    def create_guild(self, name: str, owner: UserState, *, locale: str) -> GuildState:
        guild_id = self.new_id()
        guild = GuildState(
            id=guild_id, name=name, owner_id=owner.id, preferred_locale=locale, created_at=self.now()
        )
        guild.roles[guild_id] = RoleState(
            id=guild_id,
            guild_id=guild_id,
            name="@everyone",
            permissions=DEFAULT_EVERYONE_PERMISSIONS,
            position=0,
        )
        self.guilds[guild_id] = guild
        self.add_member(guild, owner)
        return guild

    def guild(self, guild_id: int) -> GuildState:
        try:
            return self.guilds[guild_id]
        except KeyError:
            raise errors.unknown("guild") from None

    def add_role(
        self,
        guild: GuildState,
        name: str,
        permissions: Permission = Permission(0),
        *,
        position: int | None = None,
        color: int = 0,
        hoist: bool = False,
        mentionable: bool = False,
        bot_id: int | None = None,
    ) -> RoleState:
        """Add a role; like Discord, a new role lands just above @everyone unless a position is given."""
        where = 1 if position is None else max(1, position)
        for role in guild.roles.values():
            if role.id != guild.id and role.position >= where:
                role.position += 1
        role = RoleState(
            id=self.new_id(),
            guild_id=guild.id,
            name=name,
            permissions=Permission(permissions),
            position=where,
            color=color,
            hoist=hoist,
            mentionable=mentionable,
            managed=bot_id is not None,
            bot_id=bot_id,
        )
        guild.roles[role.id] = role
        return role

    def role(self, guild: GuildState, role_id: int) -> RoleState:
        try:
            return guild.roles[role_id]
        except KeyError:
            raise errors.unknown("role") from None

    def add_member(
        self,
        guild: GuildState,
        user: UserState,
        *,
        roles: list[int] | None = None,
        nick: str | None = None,
        dms_open: bool = True,
    ) -> MemberState:
        member = MemberState(
            guild_id=guild.id,
            user=user,
            roles=list(roles or []),
            joined_at=self.now(),
            nick=nick,
            dms_open=dms_open,
        )
        guild.members[user.id] = member
        return member

    def member(self, guild: GuildState, user_id: int) -> MemberState:
        try:
            return guild.members[user_id]
        except KeyError:
            raise errors.unknown("member") from None

    # channels ----------------------------------------------------------------------------------

    def add_channel(
        self,
        guild: GuildState,
        name: str,
        *,
        type: ChannelType = ChannelType.GUILD_TEXT,
        parent_id: int | None = None,
        topic: str | None = None,
        overwrites: list[Overwrite] | None = None,
        position: int | None = None,
    ) -> ChannelState:
        siblings = [c for c in guild.channels.values() if not c.is_thread]
        channel = ChannelState(
            id=self.new_id(),
            type=type,
            guild_id=guild.id,
            name=name,
            created_at=self.now(),
            position=len(siblings) if position is None else position,
            parent_id=parent_id,
            topic=topic,
        )
        if overwrites is not None:
            channel.overwrites = {o.id: o for o in overwrites}
        elif parent_id is not None and parent_id in guild.channels:
            # Discord syncs a new channel with its category's overwrites.
            parent = guild.channels[parent_id]
            channel.overwrites = {
                o.id: Overwrite(o.id, o.type, o.allow, o.deny) for o in parent.overwrites.values()
            }
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_thread(
        self,
        guild: GuildState,
        parent: ChannelState,
        name: str,
        *,
        owner_id: int,
        private: bool,
        invitable: bool = True,
        auto_archive_duration: int = 1440,
        thread_id: int | None = None,
    ) -> ChannelState:
        kind = ChannelType.PRIVATE_THREAD if private else ChannelType.PUBLIC_THREAD
        if parent.type == ChannelType.GUILD_ANNOUNCEMENT:
            kind = ChannelType.ANNOUNCEMENT_THREAD
        now = self.now()
        thread = ChannelState(
            id=thread_id or self.new_id(),
            type=kind,
            guild_id=guild.id,
            name=name,
            created_at=now,
            parent_id=parent.id,
            owner_id=owner_id,
            invitable=invitable if private else True,
            auto_archive_duration=auto_archive_duration,
            archive_timestamp=now,
        )
        thread.thread_members[owner_id] = now
        guild.channels[thread.id] = thread
        self.channels[thread.id] = thread
        return thread

    def channel(self, channel_id: int) -> ChannelState:
        try:
            return self.channels[channel_id]
        except KeyError:
            raise errors.unknown("channel") from None

    def guild_of(self, channel: ChannelState) -> GuildState | None:
        return None if channel.guild_id is None else self.guilds.get(channel.guild_id)

    def remove_channel(self, channel: ChannelState) -> None:
        self.channels.pop(channel.id, None)
        guild = self.guild_of(channel)
        if guild is not None:
            guild.channels.pop(channel.id, None)

    def dm_channel(self, user_id: int) -> ChannelState:
        """The bot's DM channel with a user, created on first use (as Discord does)."""
        existing = self._dm_by_user.get(user_id)
        if existing is not None:
            return self.channels[existing]
        channel = ChannelState(
            id=self.new_id(),
            type=ChannelType.DM,
            guild_id=None,
            name=None,
            created_at=self.now(),
            recipient_ids=[user_id],
        )
        self.channels[channel.id] = channel
        self._dm_by_user[user_id] = channel.id
        return channel

    def existing_dm_channel(self, user_id: int) -> ChannelState | None:
        channel_id = self._dm_by_user.get(user_id)
        return None if channel_id is None else self.channels[channel_id]

    # messages ----------------------------------------------------------------------------------

    def add_message(self, message: MessageState) -> MessageState:
        self.messages[message.id] = message
        channel = self.channels.get(message.channel_id)
        if channel is not None:
            channel.last_message_id = message.id
            if channel.is_thread:
                channel.message_count += 1
                channel.total_message_sent += 1
        for attachment in message.attachments:
            self.attachments[attachment.id] = attachment
        return message

    def message(self, channel_id: int, message_id: int) -> MessageState:
        message = self.messages.get(message_id)
        if message is None or message.channel_id != channel_id or message.deleted:
            raise errors.unknown("message")
        return message

    def channel_messages(self, channel_id: int, *, include_ephemeral: bool = False) -> list[MessageState]:
        found = [
            m
            for m in self.messages.values()
            if m.channel_id == channel_id and not m.deleted and (include_ephemeral or not m.ephemeral)
        ]
        return sorted(found, key=lambda m: m.id)

    def attachment_url(self, channel_id: int, attachment_id: int, filename: str) -> str:
        return f"{self.attachment_base_url}/attachments/{channel_id}/{attachment_id}/{filename}"
