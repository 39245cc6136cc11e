"""Test-facing handles for a guild and its channels: set the scene, then read what happened.

``Guild.add_*`` only change state (use them before the bot connects); ``await guild.join(...)``,
``await guild.create_channel(...)`` and friends also dispatch the gateway events Discord would send.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .actors import Member
from .errors import ScenarioError
from .flags import ChannelType, Permission
from .models import (
    AuditLogEntryState,
    BanState,
    ChannelState,
    GuildState,
    MemberState,
    MessageState,
    Overwrite,
    RoleState,
)
from .options import unwrap
from .permissions import can_view, channel_permissions, guild_permissions

if TYPE_CHECKING:
    from .harness import Emulator

OverwriteSpec = Mapping[Any, tuple[Permission | int, Permission | int]]

_LOCALES = {"en": "en-US", "es": "es-ES", "pt": "pt-BR", "sv": "sv-SE", "zh": "zh-CN"}


def discord_locale(locale: str) -> str:
    """Discord's locale names: "fr" stays "fr", "en" becomes "en-US"."""
    return _LOCALES.get(locale, locale)


class Channel:
    def __init__(self, state: ChannelState, emu: Emulator) -> None:
        self.state = state
        self._emu = emu

    def __repr__(self) -> str:
        return f"<Channel #{self.state.name} id={self.state.id} type={self.state.type.name}>"

    @property
    def id(self) -> int:
        return self.state.id

    @property
    def name(self) -> str | None:
        return self.state.name

    def messages(self, *, include_ephemeral: bool = False) -> list[MessageState]:
        """The channel's messages, oldest first (ephemeral ones only when asked)."""
        return self._emu.world.channel_messages(self.id, include_ephemeral=include_ephemeral)

    def bot_messages(self, *, include_ephemeral: bool = False) -> list[MessageState]:
        bot_id = self._emu.bot_user_id
        return [m for m in self.messages(include_ephemeral=include_ephemeral) if m.author_id == bot_id]

    @property
    def last_message(self) -> MessageState | None:
        found = self.messages()
        return found[-1] if found else None

    @property
    def thread_member_ids(self) -> list[int]:
        return list(self.state.thread_members)

    async def next_bot_message(self, timeout: float = 5.0, *, after: int | None = None) -> MessageState:
        """Wait for a message from the bot here, newer than ``after`` (default: anything already there)."""
        seen = (
            after
            if after is not None
            else max((m.id for m in self.messages(include_ephemeral=True)), default=0)
        )

        def newest() -> MessageState | None:
            found = [m for m in self.bot_messages() if m.id > seen]
            return found[0] if found else None

        return await self._emu.wait_for(newest, timeout, f"a bot message in #{self.name}")


class Guild:
    def __init__(self, state: GuildState, emu: Emulator, bot_role: RoleState) -> None:
        self.state = state
        self._emu = emu
        self.bot_role = bot_role
        self._members: dict[int, Member] = {}
        self._channels: dict[int, Channel] = {}
        self.command_overrides: set[str] = set()  # commands an admin opened to everyone (Integrations)

    def __repr__(self) -> str:
        return f"<Guild {self.state.name!r} id={self.state.id}>"

    @property
    def id(self) -> int:
        return self.state.id

    @property
    def name(self) -> str:
        return self.state.name

    @property
    def everyone(self) -> RoleState:
        return self.state.everyone_role

    @property
    def bot(self) -> MemberState:
        return self.state.members[self._emu.bot_user_id]

    @property
    def owner(self) -> Member:
        return self.actor(self.state.owner_id)

    @property
    def audit_log(self) -> list[AuditLogEntryState]:
        return list(self.state.audit_log)

    @property
    def bans(self) -> dict[int, BanState]:
        return dict(self.state.bans)

    # scene setting (no events) -----------------------------------------------------------------

    def add_role(
        self,
        name: str,
        permissions: Permission | int = Permission(0),
        *,
        above: RoleState | None = None,
        position: int | None = None,
        color: int = 0,
        mentionable: bool = False,
        hoist: bool = False,
    ) -> RoleState:
        """A role just above @everyone (Discord's default), or ``above`` another role."""
        where = above.position + 1 if above is not None else position
        return self._emu.world.add_role(
            self.state,
            name,
            Permission(permissions),
            position=where,
            color=color,
            mentionable=mentionable,
            hoist=hoist,
        )

    def _overwrites(self, spec: OverwriteSpec | None, private: bool) -> list[Overwrite] | None:
        if spec is None and not private:
            return None
        result: list[Overwrite] = []
        if private:
            result.append(Overwrite(self.id, 0, Permission(0), Permission.VIEW_CHANNEL))
        for target, (allow, deny) in (spec or {}).items():
            entity = unwrap(target)
            kind = 0 if isinstance(entity, RoleState) else 1
            entity_id = entity.id if hasattr(entity, "id") else int(entity)
            result = [o for o in result if o.id != entity_id]
            result.append(Overwrite(entity_id, kind, Permission(allow), Permission(deny)))
        return result

    def add_channel(
        self,
        name: str,
        *,
        kind: ChannelType = ChannelType.GUILD_TEXT,
        category: Channel | None = None,
        topic: str | None = None,
        overwrites: OverwriteSpec | None = None,
        private: bool = False,
    ) -> Channel:
        """``private=True`` hides it from @everyone; ``overwrites``: role/member -> (allow, deny)."""
        state = self._emu.world.add_channel(
            self.state,
            name,
            type=kind,
            parent_id=None if category is None else category.id,
            topic=topic,
            overwrites=self._overwrites(overwrites, private),
        )
        return self._wrap_channel(state)

    def add_category(
        self, name: str, *, overwrites: OverwriteSpec | None = None, private: bool = False
    ) -> Channel:
        return self.add_channel(name, kind=ChannelType.GUILD_CATEGORY, overwrites=overwrites, private=private)

    def add_member(
        self,
        name: str,
        *,
        locale: str = "en-US",
        roles: Iterable[RoleState] = (),
        nick: str | None = None,
        dms_open: bool = True,
        bot: bool = False,
    ) -> Member:
        """A member already in the guild (no event: call before the bot connects, or use ``join``)."""
        world = self._emu.world
        user = world.create_user(name, bot=bot, locale=discord_locale(locale))
        state = world.add_member(self.state, user, roles=[r.id for r in roles], nick=nick, dms_open=dms_open)
        member = Member(state, self, self._emu)
        self._members[user.id] = member
        return member

    def override_command_permissions(self, name: str, *, allow_everyone: bool = True) -> None:
        """An admin's per-server override (Server Settings > Integrations): with ``allow_everyone`` every
        member may see and run ``name`` whatever its ``default_member_permissions`` say."""
        if allow_everyone:
            self.command_overrides.add(name)
        else:
            self.command_overrides.discard(name)

    # live changes (with events) ----------------------------------------------------------------

    async def join(self, name: str, **options: Any) -> Member:
        """A new member joins: GUILD_MEMBER_ADD."""
        member = self.add_member(name, **options)
        await self._emu.events.member_add(self.state, member.state)
        return member

    async def rejoin(self, member: Member) -> Member:
        """A member who left (or was kicked) comes back with no roles: GUILD_MEMBER_ADD."""
        if member.id in self.state.bans:
            raise ScenarioError(f"{member.name} is banned from {self.name}")
        state = self._emu.world.add_member(self.state, member.user, dms_open=member.state.dms_open)
        member.state = state
        self._members[member.id] = member
        await self._emu.events.member_add(self.state, state)
        return member

    async def create_channel(self, name: str, **options: Any) -> Channel:
        """An admin creates a channel: CHANNEL_CREATE."""
        channel = self.add_channel(name, **options)
        await self._emu.events.channel_event("CHANNEL_CREATE", channel.state)
        return channel

    async def set_roles(self, member: Any, roles: Iterable[RoleState]) -> MemberState:
        """An admin changes a member's roles: GUILD_MEMBER_UPDATE."""
        state = self.member(member)
        state.roles = [r.id for r in roles]
        await self._emu.events.member_update(self.state, state)
        return state

    async def set_role_permissions(self, role: RoleState, permissions: Permission | int) -> RoleState:
        """An admin edits a role (for instance the bot's): GUILD_ROLE_UPDATE."""
        role.permissions = Permission(permissions)
        await self._emu.events.role_event("GUILD_ROLE_UPDATE", role)
        return role

    # reading -----------------------------------------------------------------------------------

    def _wrap_channel(self, state: ChannelState) -> Channel:
        if state.id not in self._channels:
            self._channels[state.id] = Channel(state, self._emu)
        return self._channels[state.id]

    def channel(self, name_or_id: str | int) -> Channel:
        for state in self.state.channels.values():
            if state.id == name_or_id or state.name == name_or_id:
                return self._wrap_channel(state)
        raise ScenarioError(f"no channel {name_or_id!r} in {self.name}")

    def threads(self) -> list[Channel]:
        return [self._wrap_channel(c) for c in self.state.channels.values() if c.is_thread]

    def actor(self, who: Any) -> Member:
        state = self.member(who)
        if state.id not in self._members:
            self._members[state.id] = Member(state, self, self._emu)
        return self._members[state.id]

    def member(self, who: Any) -> MemberState:
        """The current member record for a Member handle, a user id or a username (KeyError if gone)."""
        target = unwrap(who)
        if isinstance(target, MemberState):
            user_id = target.id
        elif isinstance(target, int):
            user_id = target
        elif isinstance(target, str):
            user_id = next((m.id for m in self.state.members.values() if m.user.username == target), 0)
        else:
            raise ScenarioError(f"not a member: {who!r}")
        return self.state.members[user_id]

    def is_member(self, who: Any) -> bool:
        try:
            self.member(who)
        except KeyError:
            return False
        return True

    def can_view(self, member: Any, channel: Channel | ChannelState) -> bool:
        return can_view(self.state, self.member(member), unwrap(channel), self._emu.world.now())

    def permissions_of(self, member: Any, channel: Channel | ChannelState | None = None) -> Permission:
        state = self.member(member)
        now = self._emu.world.now()
        if channel is None:
            return guild_permissions(self.state, state, now)
        return channel_permissions(self.state, state, unwrap(channel), now)

    def default_channel_for(self, member: MemberState) -> Channel:
        now = self._emu.world.now()
        for state in sorted(self.state.channels.values(), key=lambda c: (c.position, c.id)):
            if state.type == ChannelType.GUILD_TEXT and can_view(self.state, member, state, now):
                return self._wrap_channel(state)
        raise ScenarioError(f"{member.user.username} sees no text channel in {self.name}")
