"""The emulator's shared parts, handed to REST handlers, the gateway and the test harness."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import errors
from .commands import CommandRegistry
from .events import Events
from .faults import Faults
from .flags import Permission
from .gateway.hub import GatewayHub
from .interactions import InteractionRegistry
from .models import ChannelState, GuildState, MemberState
from .oauth import OAuthState
from .openapi_hook import Validator
from .permissions import channel_permissions, guild_permissions, outranks
from .recorder import Recorder
from .world import Application, World


@dataclass
class Core:
    world: World
    app: Application
    hub: GatewayHub
    events: Events
    recorder: Recorder
    faults: Faults
    commands: CommandRegistry
    interactions: InteractionRegistry
    validator: Validator | None
    interaction_deadline: float = 3.0
    shard_count: int = 1
    internal_errors: list[str] = field(default_factory=list)
    oauth: OAuthState = field(default_factory=OAuthState)

    # the bot's standing in a guild -------------------------------------------------------------

    def bot_member(self, guild: GuildState) -> MemberState:
        member = guild.members.get(self.app.bot_user_id)
        if member is None:
            raise errors.missing_access()
        return member

    def require_guild_permission(self, guild: GuildState, permission: Permission) -> MemberState:
        bot = self.bot_member(guild)
        if not guild_permissions(guild, bot, self.world.now()) & permission:
            raise errors.missing_permissions()
        return bot

    def require_channel_permission(self, channel: ChannelState, permission: Permission) -> None:
        """Missing Access (50001) when the bot cannot see the channel, Missing Permissions otherwise."""
        if channel.is_dm:
            return
        guild = self.world.guild(channel.guild_id or 0)
        bot = self.bot_member(guild)
        granted = channel_permissions(guild, bot, channel, self.world.now())
        if not granted & Permission.VIEW_CHANNEL:
            raise errors.missing_access()
        if permission and not granted & permission:
            raise errors.missing_permissions()

    def require_outranks(self, guild: GuildState, target: MemberState) -> None:
        if not outranks(guild, self.bot_member(guild), target):
            raise errors.missing_permissions()
