"""The emulator's state records: what Discord itself would store about users, guilds, channels, messages.

These are mutable on purpose (a member's nickname or a thread's archived flag changes over time); REST
handlers and member actions change them, ``payloads`` turns them into Discord JSON. Embeds and components
are kept as the JSON objects the bot sent, since that is what Discord stores and echoes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .flags import THREAD_TYPES, ChannelType, MessageFlag, Permission

NO_PERMISSIONS = Permission(0)
NO_FLAGS = MessageFlag(0)


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class UserState:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    locale: str = "en-US"
    avatar: str | None = None

    @property
    def display_name(self) -> str:
        return self.global_name or self.username


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class RoleState:
    id: int
    guild_id: int
    name: str
    permissions: Permission
    position: int
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False
    bot_id: int | None = None


@dataclass
class Overwrite:
    id: int
    type: int  # 0 = role, 1 = member
    allow: Permission = NO_PERMISSIONS
    deny: Permission = NO_PERMISSIONS


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class ChannelState:
    id: int
    type: ChannelType
    guild_id: int | None
    name: str | None
    created_at: datetime
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    rate_limit_per_user: int = 0
    overwrites: dict[int, Overwrite] = field(default_factory=dict)
    last_message_id: int | None = None
    # threads
    owner_id: int | None = None
    archived: bool = False
    locked: bool = False
    invitable: bool = True
    auto_archive_duration: int = 1440
    archive_timestamp: datetime | None = None
    thread_members: dict[int, datetime] = field(default_factory=dict)
    message_count: int = 0
    total_message_sent: int = 0
    # direct messages
    recipient_ids: list[int] = field(default_factory=list)

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    @property
    def is_dm(self) -> bool:
        return self.type in (ChannelType.DM, ChannelType.GROUP_DM)

    @property
    def is_private_thread(self) -> bool:
        return self.type == ChannelType.PRIVATE_THREAD


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class MemberState:
    guild_id: int
    user: UserState
    roles: list[int]
    joined_at: datetime
    nick: str | None = None
    communication_disabled_until: datetime | None = None
    dms_open: bool = True
    pending: bool = False
    deaf: bool = False
    mute: bool = False

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def timed_out_until(self) -> datetime | None:
        return self.communication_disabled_until

    def is_timed_out(self, now: datetime) -> bool:
        until = self.communication_disabled_until
        return until is not None and until > now


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class AttachmentState:
    id: int
    filename: str
    data: bytes
    url: str
    content_type: str | None = None
    description: str | None = None
    ephemeral: bool = False

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class MessageState:
    id: int
    channel_id: int
    guild_id: int | None
    author_id: int
    content: str
    created_at: datetime
    type: int = 0
    flags: MessageFlag = NO_FLAGS
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[AttachmentState] = field(default_factory=list)
    edited_at: datetime | None = None
    mentions: list[int] = field(default_factory=list)
    mention_roles: list[int] = field(default_factory=list)
    mention_everyone: bool = False
    allowed_mentions: dict[str, Any] | None = None
    reference: dict[str, Any] | None = None
    interaction_metadata: dict[str, Any] | None = None
    webhook_id: int | None = None
    application_id: int | None = None
    tts: bool = False
    pinned: bool = False
    nonce: str | int | None = None
    deleted: bool = False
    visible_to: int | None = None  # ephemeral messages are seen by one user only
    thread_id: int | None = None  # thread started from this message
    edits: list[str] = field(default_factory=list)  # previous contents, oldest first
    revision: int = 0  # bumped by every edit

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & MessageFlag.EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & MessageFlag.LOADING)

    @property
    def text(self) -> str:
        """Everything a reader sees as text: content, embeds, text displays; one block per line."""
        parts: list[str] = [self.content] if self.content else []
        for embed in self.embeds:
            parts.extend(_embed_texts(embed))
        parts.extend(_component_texts(self.components))
        return "\n".join(parts)


def _embed_texts(embed: dict[str, Any]) -> list[str]:
    texts = [str(embed[key]) for key in ("title", "description") if embed.get(key)]
    for item in embed.get("fields") or []:
        texts.extend(str(item.get(key, "")) for key in ("name", "value"))
    for key in ("author", "footer"):
        block = embed.get(key) or {}
        text = block.get("name") or block.get("text")
        if text:
            texts.append(str(text))
    return texts


def _component_texts(components: list[dict[str, Any]]) -> list[str]:
    texts: list[str] = []
    for component in components:
        if component.get("type") == 10 and component.get("content"):
            texts.append(str(component["content"]))
        texts.extend(_component_texts(component.get("components") or []))
        accessory = component.get("accessory")
        if isinstance(accessory, dict):
            texts.extend(_component_texts([accessory]))
    return texts


@dataclass
class BanState:
    user_id: int
    reason: str | None
    created_at: datetime


@dataclass
class AuditLogEntryState:
    id: int
    action_type: int
    user_id: int
    target_id: int | None
    reason: str | None
    changes: list[dict[str, Any]] = field(default_factory=list)
    options: dict[str, Any] | None = None


@dataclass(eq=False)  # entities: equal only to themselves, hashable
class GuildState:
    id: int
    name: str
    owner_id: int
    preferred_locale: str
    created_at: datetime
    roles: dict[int, RoleState] = field(default_factory=dict)
    channels: dict[int, ChannelState] = field(default_factory=dict)
    members: dict[int, MemberState] = field(default_factory=dict)
    bans: dict[int, BanState] = field(default_factory=dict)
    audit_log: list[AuditLogEntryState] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    description: str | None = None
    system_channel_id: int | None = None
    incidents_data: dict[str, Any] | None = None  # PUT /guilds/{id}/incident-actions (rest/incidents.py)

    @property
    def everyone_role(self) -> RoleState:
        return self.roles[self.id]

    def sorted_roles(self) -> list[RoleState]:
        return sorted(self.roles.values(), key=lambda role: (role.position, role.id))

    def top_role(self, member: MemberState) -> RoleState:
        roles = [self.roles[role_id] for role_id in member.roles if role_id in self.roles]
        return max(roles, key=lambda role: (role.position, role.id), default=self.everyone_role)
