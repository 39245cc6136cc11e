"""The INTERACTION_CREATE envelope Discord sends for a member's action.

Fields as documented: id, application_id, type, data, guild_id, guild (id, locale, features), channel,
channel_id, member (with ``permissions`` in the channel) or user (in DMs), token, version 1, message (for
components), app_permissions, locale (the member's client), guild_locale, entitlements,
authorizing_integration_owners, context (0 guild, 1 bot DM) and attachment_size_limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..flags import DM_PERMISSIONS
from ..models import ChannelState, GuildState, UserState
from ..permissions import channel_permissions
from .channels import channel_payload
from .messages import message_payload
from .users import member_payload, user_payload

if TYPE_CHECKING:
    from ..models import MessageState
    from ..world import Application, World

Json = dict[str, Any]

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


def interaction_payload(
    world: World,
    app: Application,
    *,
    interaction_id: int,
    token: str,
    interaction_type: int,
    data: Json,
    user: UserState,
    channel: ChannelState,
    message: MessageState | None = None,
) -> Json:
    guild: GuildState | None = world.guild_of(channel)
    now = world.now()
    recipients = [world.users[uid] for uid in channel.recipient_ids if uid in world.users]
    payload: Json = {
        "id": str(interaction_id),
        "application_id": str(app.id),
        "type": interaction_type,
        "data": data,
        "channel": channel_payload(channel, recipients, me_id=app.bot_user_id),
        "channel_id": str(channel.id),
        "token": token,
        "version": 1,
        "locale": user.locale,
        "entitlements": [],
        "entitlement_sku_ids": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    }
    if guild is not None:
        member = guild.members[user.id]
        bot_member = guild.members[app.bot_user_id]
        payload.update(
            {
                "guild_id": str(guild.id),
                "guild": {
                    "id": str(guild.id),
                    "locale": guild.preferred_locale,
                    "features": list(guild.features),
                },
                "guild_locale": guild.preferred_locale,
                "member": member_payload(
                    member, permissions=channel_permissions(guild, member, channel, now)
                ),
                "app_permissions": str(int(channel_permissions(guild, bot_member, channel, now))),
                "authorizing_integration_owners": {"0": str(guild.id)},
                "context": 0,
            }
        )
    else:
        payload.update(
            {
                "user": user_payload(user),
                "app_permissions": str(int(DM_PERMISSIONS)),
                "authorizing_integration_owners": {"0": "0"},
                "context": 1,
            }
        )
    if message is not None:
        payload["message"] = message_payload(world, message)
    return payload
