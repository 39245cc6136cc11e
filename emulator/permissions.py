"""Discord's permission algorithm, as documented under "Permissions > Permission Hierarchy".

1. Base permissions: the owner has all; otherwise @everyone's permissions OR every role of the member;
   ADMINISTRATOR means all.
2. Channel overwrites, in order: @everyone overwrite (deny then allow), all role overwrites of the member
   together (deny then allow), then the member overwrite (deny then allow).
3. Implicit rules: no VIEW_CHANNEL means no permission in the channel at all; in a text channel, no
   SEND_MESSAGES also removes MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES and EMBED_LINKS;
   a timed-out member keeps only VIEW_CHANNEL and READ_MESSAGE_HISTORY.
4. Threads take their parent channel's permissions; a private thread is visible only to its thread
   members and to those with MANAGE_THREADS.

Role hierarchy: a member may act on another only when their highest role is strictly above the
target's highest role, and never on the owner.
"""

from __future__ import annotations

from datetime import datetime

from .flags import ALL_PERMISSIONS, TIMEOUT_KEPT_PERMISSIONS, Permission
from .models import ChannelState, GuildState, MemberState, RoleState

_NEEDS_SEND = (
    Permission.MENTION_EVERYONE
    | Permission.SEND_TTS_MESSAGES
    | Permission.ATTACH_FILES
    | Permission.EMBED_LINKS
)


def _is_privileged(guild: GuildState, member: MemberState, base: Permission) -> bool:
    return member.id == guild.owner_id or bool(base & Permission.ADMINISTRATOR)


def base_permissions(guild: GuildState, member: MemberState) -> Permission:
    """Guild-wide permissions from roles, before channel overwrites and timeouts."""
    if member.id == guild.owner_id:
        return ALL_PERMISSIONS
    permissions = guild.everyone_role.permissions
    for role_id in member.roles:
        role = guild.roles.get(role_id)
        if role is not None:
            permissions |= role.permissions
    if permissions & Permission.ADMINISTRATOR:
        return ALL_PERMISSIONS
    return permissions


def guild_permissions(guild: GuildState, member: MemberState, now: datetime) -> Permission:
    """Guild-wide permissions, with a running timeout applied."""
    base = base_permissions(guild, member)
    if not _is_privileged(guild, member, base) and member.is_timed_out(now):
        return base & TIMEOUT_KEPT_PERMISSIONS
    return base


def _apply_overwrites(
    guild: GuildState, member: MemberState, channel: ChannelState, base: Permission
) -> Permission:
    permissions = base
    everyone = channel.overwrites.get(guild.id)
    if everyone is not None:
        permissions = (permissions & ~everyone.deny) | everyone.allow
    allow = deny = Permission(0)
    for role_id in member.roles:
        overwrite = channel.overwrites.get(role_id)
        if overwrite is not None and overwrite.type == 0:
            allow |= overwrite.allow
            deny |= overwrite.deny
    permissions = (permissions & ~deny) | allow
    own = channel.overwrites.get(member.id)
    if own is not None and own.type == 1:
        permissions = (permissions & ~own.deny) | own.allow
    return permissions


def channel_permissions(
    guild: GuildState, member: MemberState, channel: ChannelState, now: datetime
) -> Permission:
    """The member's permissions in a guild channel or thread."""
    base = base_permissions(guild, member)
    if _is_privileged(guild, member, base):
        return ALL_PERMISSIONS
    target = channel
    if channel.is_thread and channel.parent_id is not None and channel.parent_id in guild.channels:
        target = guild.channels[channel.parent_id]
    permissions = _apply_overwrites(guild, member, target, base)
    outsider = channel.is_private_thread and member.id not in channel.thread_members
    if outsider and not permissions & Permission.MANAGE_THREADS:
        permissions &= ~Permission.VIEW_CHANNEL
    if not permissions & Permission.VIEW_CHANNEL:
        return Permission(0)
    if not permissions & Permission.SEND_MESSAGES:
        permissions &= ~_NEEDS_SEND
    if member.is_timed_out(now):
        permissions &= TIMEOUT_KEPT_PERMISSIONS
    return permissions


def can_view(guild: GuildState, member: MemberState, channel: ChannelState, now: datetime) -> bool:
    return bool(channel_permissions(guild, member, channel, now) & Permission.VIEW_CHANNEL)


def can_send(guild: GuildState, member: MemberState, channel: ChannelState, now: datetime) -> bool:
    permissions = channel_permissions(guild, member, channel, now)
    if channel.is_thread:
        if channel.locked and not permissions & Permission.MANAGE_THREADS:
            return False
        return bool(permissions & Permission.SEND_MESSAGES_IN_THREADS)
    return bool(permissions & Permission.SEND_MESSAGES)


def top_role(guild: GuildState, member: MemberState) -> RoleState:
    return guild.top_role(member)


def outranks(guild: GuildState, actor: MemberState, target: MemberState) -> bool:
    """Whether ``actor`` may moderate ``target`` under Discord's role hierarchy."""
    if target.id == guild.owner_id:
        return False
    if actor.id == guild.owner_id:
        return True
    return guild.top_role(actor).position > guild.top_role(target).position


def outranks_role(guild: GuildState, actor: MemberState, role: RoleState) -> bool:
    """Whether ``actor`` may give, take or edit ``role``."""
    if actor.id == guild.owner_id:
        return True
    return guild.top_role(actor).position > role.position
