"""Users, DMs, the gateway URL and the bot's application.

Routes: GET /users/@me, GET /users/{user_id}, GET /users/@me/guilds, POST /users/@me/channels,
GET /gateway, GET /gateway/bot, GET /oauth2/applications/@me, GET /applications/@me.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import errors
from ..payloads.channels import dm_channel_payload
from ..payloads.users import self_user_payload, user_payload
from .framework import RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core


def application_payload(core: Core) -> dict[str, Any]:
    app = core.app
    bot = core.world.users[app.bot_user_id]
    owner = core.world.users[app.owner_id]
    return {
        "id": str(app.id),
        "name": app.name,
        "icon": None,
        "description": "",
        "summary": "",
        "type": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "flags": (1 << 13) | (1 << 15) | (1 << 19),
        "owner": user_payload(owner),
        "team": None,
        "bot": user_payload(bot),
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "approximate_guild_count": sum(1 for g in core.world.guilds.values() if app.bot_user_id in g.members),
        "approximate_user_install_count": 0,
        "integration_types_config": {"0": {}},
        "install_params": None,
        "tags": [],
    }


def register(router: RestRouter, core: Core) -> None:
    world = core.world

    async def me(request: RestRequest) -> Any:
        if request.bearer_user_id is not None:  # an OAuth2 token: the person who authorised
            return self_user_payload(world.users[request.bearer_user_id])
        return self_user_payload(world.users[core.app.bot_user_id])

    async def get_user(request: RestRequest) -> Any:
        return user_payload(world.user(request.snowflake("user_id")))

    async def my_guilds(_: RestRequest) -> Any:
        return [
            {
                "id": str(g.id),
                "name": g.name,
                "icon": None,
                "banner": None,
                "owner": False,
                "permissions": "0",
                "features": list(g.features),
            }
            for g in world.guilds.values()
            if core.app.bot_user_id in g.members
        ]

    async def open_dm(request: RestRequest) -> Any:
        recipient = request.body().get("recipient_id")
        try:
            user = world.user(int(str(recipient)))
        except (TypeError, ValueError):
            raise errors.invalid_form(
                "recipient_id", "NUMBER_TYPE_COERCE", "Value is not snowflake."
            ) from None
        channel = world.dm_channel(user.id)
        return dm_channel_payload(channel, [user])

    async def gateway(_: RestRequest) -> Any:
        return {"url": core.hub.gateway_url}

    async def gateway_bot(_: RestRequest) -> Any:
        return {
            "url": core.hub.gateway_url,
            "shards": core.shard_count,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 86_400_000,
                "max_concurrency": 1,
            },
        }

    async def application(_: RestRequest) -> Any:
        return application_payload(core)

    router.add("GET", "/users/@me", me, bearer=True)
    router.add("GET", "/users/@me/guilds", my_guilds)
    router.add("POST", "/users/@me/channels", open_dm)
    router.add("GET", "/users/{user_id}", get_user)
    router.add("GET", "/gateway", gateway, auth=False)
    router.add("GET", "/gateway/bot", gateway_bot)
    router.add("GET", "/oauth2/applications/@me", application)
    router.add("GET", "/applications/@me", application)
