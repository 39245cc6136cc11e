"""Creating and editing messages from a REST body (JSON or multipart), as Discord does.

Covered: content (2000 chars), embeds (6,000 characters in total), components (stored as sent; at most 5
action rows unless IS_COMPONENTS_V2), flags (SUPPRESS_EMBEDS,
SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2, and EPHEMERAL for interaction responses), attachments from
multipart ``files[n]`` parts matched to ``attachments[].id``, ``message_reference`` replies, ``tts``,
``nonce``, and mentions resolved with ``allowed_mentions`` (no ``allowed_mentions`` means everything in
the content pings). Not covered: stickers, polls, forwarding, embeds from links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import errors
from .flags import MessageFlag, MessageType
from .models import AttachmentState, ChannelState, MessageState
from .world import World

_USER_MENTION = re.compile(r"<@!?(\d{15,21})>")
_ROLE_MENTION = re.compile(r"<@&(\d{15,21})>")
_ALLOWED_FLAGS = (
    MessageFlag.SUPPRESS_EMBEDS | MessageFlag.SUPPRESS_NOTIFICATIONS | MessageFlag.IS_COMPONENTS_V2
)


@dataclass(frozen=True)
class UploadedFile:
    field_name: str
    filename: str
    content_type: str | None
    data: bytes


def _index_of(field_name: str) -> int | None:
    match = re.fullmatch(r"files\[(\d+)\]|file(\d*)", field_name)
    if match is None:
        return None
    return int(match.group(1) if match.group(1) is not None else (match.group(2) or 0))


def build_attachments(
    world: World, channel: ChannelState, body: dict[str, Any], files: list[UploadedFile], *, ephemeral: bool
) -> list[AttachmentState]:
    """New attachments for the uploaded files, described by ``attachments[]`` entries with the same id."""
    described = {str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)}
    result: list[AttachmentState] = []
    for upload in files:
        index = _index_of(upload.field_name)
        meta = described.get(str(index), {})
        attachment_id = world.new_id()
        filename = meta.get("filename") or upload.filename
        result.append(
            AttachmentState(
                id=attachment_id,
                filename=filename,
                data=upload.data,
                url=world.attachment_url(channel.id, attachment_id, filename),
                content_type=upload.content_type,
                description=meta.get("description"),
                ephemeral=ephemeral,
            )
        )
    return result


def _mentions(
    world: World, channel: ChannelState, body: dict[str, Any], content: str
) -> tuple[list[int], list[int], bool]:
    allowed = body.get("allowed_mentions")
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or [])
    explicit_users = set() if allowed is None else {int(u) for u in allowed.get("users") or []}
    explicit_roles = set() if allowed is None else {int(r) for r in allowed.get("roles") or []}
    users: list[int] = []
    for raw in _USER_MENTION.findall(content):
        uid = int(raw)
        if uid in world.users and uid not in users and ("users" in parse or uid in explicit_users):
            users.append(uid)
    roles: list[int] = []
    guild = world.guild_of(channel)
    for raw in _ROLE_MENTION.findall(content):
        rid = int(raw)
        if (
            guild is not None
            and rid in guild.roles
            and rid not in roles
            and ("roles" in parse or rid in explicit_roles)
        ):
            roles.append(rid)
    everyone = ("@everyone" in content or "@here" in content) and "everyone" in parse
    reference = body.get("message_reference")
    replied = True if allowed is None else bool(allowed.get("replied_user", False))
    if reference and replied:
        target = world.messages.get(int(reference.get("message_id", 0)))
        if target is not None and target.author_id not in users:
            users.append(target.author_id)
    return users, roles, everyone


def _check_content(content: str) -> None:
    if len(content) > 2000:
        raise errors.invalid_form("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")


MAX_EMBEDS_SIZE = 6000
MAX_ACTION_ROWS = 5


def _text(node: object, key: str) -> int:
    value = node.get(key) if isinstance(node, dict) else None
    return len(value) if isinstance(value, str) else 0


def embeds_size(embeds: list[Any]) -> int:
    """Discord's count: title, description, fields' names and values, footer text, author name."""
    size = 0
    for embed in embeds:
        if not isinstance(embed, dict):
            continue
        size += _text(embed, "title") + _text(embed, "description")
        size += _text(embed.get("footer"), "text") + _text(embed.get("author"), "name")
        size += sum(_text(f, "name") + _text(f, "value") for f in embed.get("fields") or [])
    return size


def _check_embeds(embeds: list[Any]) -> None:
    if embeds_size(embeds) > MAX_EMBEDS_SIZE:
        message = f"Embed size exceeds maximum size of {MAX_EMBEDS_SIZE}"
        raise errors.invalid_form("embeds", "MAX_EMBED_SIZE_EXCEEDED", message)


def check_top_level_components(components: list[Any], field: str = "components") -> None:
    """At most 5 top-level components (action rows) in a message without IS_COMPONENTS_V2, or a modal."""
    if len(components) > MAX_ACTION_ROWS:
        message = f"Must be {MAX_ACTION_ROWS} or fewer in length."
        raise errors.invalid_form(field, "BASE_TYPE_MAX_LENGTH", message)


def create_message(
    world: World,
    channel: ChannelState,
    author_id: int,
    body: dict[str, Any],
    files: list[UploadedFile] | None = None,
    *,
    allow_ephemeral: bool = False,
    message_type: int = MessageType.DEFAULT,
    interaction_metadata: dict[str, Any] | None = None,
    visible_to: int | None = None,
    webhook_id: int | None = None,
    application_id: int | None = None,
    allow_empty: bool = False,
) -> MessageState:
    files = files or []
    content = str(body.get("content") or "")
    _check_content(content)
    embeds = list(body.get("embeds") or ([body["embed"]] if body.get("embed") else []))
    components = list(body.get("components") or [])
    requested = MessageFlag(int(body.get("flags") or 0))
    allowed = _ALLOWED_FLAGS | (MessageFlag.EPHEMERAL if allow_ephemeral else MessageFlag(0))
    flags = requested & allowed
    _check_embeds(embeds)
    if not flags & MessageFlag.IS_COMPONENTS_V2:
        check_top_level_components(components)
    if not (
        content or embeds or components or files or body.get("sticker_ids") or body.get("poll") or allow_empty
    ):
        raise errors.empty_message()
    ephemeral = bool(flags & MessageFlag.EPHEMERAL)
    reference = body.get("message_reference")
    if reference:
        target = world.messages.get(int(reference.get("message_id", 0)))
        if target is None or target.deleted:
            if reference.get("fail_if_not_exists", True):
                raise errors.invalid_form(
                    "message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"
                )
            reference = None
        else:
            reference = {
                "type": 0,
                "message_id": str(target.id),
                "channel_id": str(target.channel_id),
                **({"guild_id": str(target.guild_id)} if target.guild_id else {}),
            }
            if message_type == MessageType.DEFAULT:
                message_type = MessageType.REPLY
    users, roles, everyone = _mentions(world, channel, body, content)
    message = MessageState(
        id=world.new_id(),
        channel_id=channel.id,
        guild_id=channel.guild_id,
        author_id=author_id,
        content=content,
        created_at=world.now(),
        type=int(message_type),
        flags=flags,
        embeds=embeds,
        components=components,
        attachments=build_attachments(world, channel, body, files, ephemeral=ephemeral),
        mentions=users,
        mention_roles=roles,
        mention_everyone=everyone,
        allowed_mentions=body.get("allowed_mentions"),
        reference=reference,
        interaction_metadata=interaction_metadata,
        webhook_id=webhook_id,
        application_id=application_id,
        tts=bool(body.get("tts", False)),
        nonce=body.get("nonce"),
        visible_to=visible_to if ephemeral else None,
    )
    return world.add_message(message)


def edit_message(
    world: World, message: MessageState, body: dict[str, Any], files: list[UploadedFile] | None = None
) -> MessageState:
    """Apply a PATCH body: only the fields present change; ``attachments`` lists what to keep."""
    channel = world.channel(message.channel_id)
    if "embeds" in body:
        _check_embeds(list(body.get("embeds") or []))
    v2 = (
        message.flags & MessageFlag.IS_COMPONENTS_V2
        or int(body.get("flags") or 0) & MessageFlag.IS_COMPONENTS_V2
    )
    if "components" in body and not v2:
        check_top_level_components(list(body.get("components") or []))
    if "content" in body:
        content = str(body.get("content") or "")
        _check_content(content)
        if content != message.content:
            message.edits.append(message.content)
        message.content = content
        users, roles, everyone = _mentions(world, channel, body, content)
        message.mentions, message.mention_roles, message.mention_everyone = users, roles, everyone
    if "embeds" in body:
        message.embeds = list(body.get("embeds") or [])
    if "components" in body:
        message.components = list(body.get("components") or [])
    if "flags" in body and body["flags"] is not None:
        keep = message.flags & (MessageFlag.EPHEMERAL | MessageFlag.IS_COMPONENTS_V2)
        message.flags = (MessageFlag(int(body["flags"])) & _ALLOWED_FLAGS) | keep
    if "allowed_mentions" in body:
        message.allowed_mentions = body.get("allowed_mentions")
    if "attachments" in body or files:
        kept_ids = {str(a.get("id")) for a in body.get("attachments") or [] if isinstance(a, dict)}
        kept = (
            [a for a in message.attachments if str(a.id) in kept_ids]
            if "attachments" in body
            else list(message.attachments)
        )
        new = build_attachments(world, channel, body, files or [], ephemeral=message.ephemeral)
        for attachment in new:
            world.attachments[attachment.id] = attachment
        message.attachments = kept + new
    message.flags &= ~MessageFlag.LOADING
    message.edited_at = world.now()
    message.revision += 1
    return message
