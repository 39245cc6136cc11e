"""Message and attachment objects, for REST answers and for MESSAGE_CREATE / MESSAGE_UPDATE events.

Gateway guild messages carry ``guild_id``, the author's partial ``member`` and members in ``mentions``;
REST answers do not, as on Discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import AttachmentState, MessageState, UserState
from ..snowflake import iso
from .channels import thread_payload
from .users import member_payload, user_payload

if TYPE_CHECKING:
    from ..world import World

Json = dict[str, Any]


def attachment_payload(attachment: AttachmentState) -> Json:
    payload: Json = {
        "id": str(attachment.id),
        "filename": attachment.filename,
        "size": attachment.size,
        "url": attachment.url,
        "proxy_url": attachment.url,
        "content_type": attachment.content_type,
        "description": attachment.description,
        "width": None,
        "height": None,
    }
    if attachment.ephemeral:
        payload["ephemeral"] = True
    return payload


def _user_json(world: World, user_id: int, guild_id: int | None, gateway: bool) -> Json:
    user = world.users.get(user_id) or UserState(id=user_id, username="Deleted User")
    payload = user_payload(user)
    guild = world.guilds.get(guild_id) if gateway and guild_id is not None else None
    member = guild.members.get(user_id) if guild is not None else None
    if member is not None:
        payload["member"] = member_payload(member, with_user=False)
    return payload


def message_payload(world: World, message: MessageState, *, gateway: bool = False, depth: int = 0) -> Json:
    payload: Json = {
        "id": str(message.id),
        "channel_id": str(message.channel_id),
        "author": _user_json(world, message.author_id, None, False),
        "content": message.content,
        "timestamp": iso(message.created_at),
        "edited_timestamp": iso(message.edited_at),
        "tts": message.tts,
        "mention_everyone": message.mention_everyone,
        "mentions": [_user_json(world, uid, message.guild_id, gateway) for uid in message.mentions],
        "mention_roles": [str(role_id) for role_id in message.mention_roles],
        "mention_channels": [],
        "attachments": [attachment_payload(a) for a in message.attachments],
        "embeds": list(message.embeds),
        "reactions": [],
        "pinned": message.pinned,
        "type": message.type,
        "flags": int(message.flags),
        "components": list(message.components),
        "position": None,
    }
    if message.nonce is not None:
        payload["nonce"] = message.nonce
    if message.webhook_id is not None:
        payload["webhook_id"] = str(message.webhook_id)
    if message.application_id is not None:
        payload["application_id"] = str(message.application_id)
    if message.interaction_metadata is not None:
        payload["interaction_metadata"] = message.interaction_metadata
        payload["interaction"] = {
            "id": message.interaction_metadata["id"],
            "type": message.interaction_metadata["type"],
            "name": message.interaction_metadata.get("name", ""),
            "user": message.interaction_metadata["user"],
        }
    if message.reference is not None:
        payload["message_reference"] = message.reference
        referenced = world.messages.get(int(message.reference["message_id"]))
        if referenced is not None and depth == 0 and not referenced.deleted:
            payload["referenced_message"] = message_payload(world, referenced, gateway=gateway, depth=1)
        elif depth == 0:
            payload["referenced_message"] = None
    if message.thread_id is not None and message.thread_id in world.channels:
        payload["thread"] = thread_payload(world.channels[message.thread_id])
    if gateway and message.guild_id is not None:
        payload["guild_id"] = str(message.guild_id)
        guild = world.guilds.get(message.guild_id)
        member = guild.members.get(message.author_id) if guild is not None else None
        if member is not None and message.webhook_id is None:
            payload["member"] = member_payload(member, with_user=False)
    return payload


def strip_content(payload: Json) -> Json:
    """What a bot without the MESSAGE_CONTENT intent receives: the same message, content fields emptied."""
    stripped = dict(payload)
    stripped.update({"content": "", "embeds": [], "attachments": [], "components": []})
    stripped.pop("poll", None)
    return stripped
