"""Application commands: global and guild, list / bulk overwrite / create / get / edit / delete.

Command permissions (``/commands/permissions``) answer an empty list: the emulator does not model
per-command permission overrides, only ``default_member_permissions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import errors
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core


def register(router: RestRouter, core: Core) -> None:
    registry = core.commands

    def scope(request: RestRequest) -> int | None:
        if request.snowflake("application_id") != core.app.id:
            raise errors.DiscordHTTPError(403, 50001, "Missing Access")
        if "guild_id" not in request.params:
            return None
        guild = core.world.guild(request.snowflake("guild_id"))
        core.bot_member(guild)
        return guild.id

    async def list_commands(request: RestRequest) -> Any:
        return [c.payload() for c in registry.in_scope(scope(request))]

    async def bulk_overwrite(request: RestRequest) -> Any:
        guild_id = scope(request)
        commands = request.json if isinstance(request.json, list) else []
        return [c.payload() for c in registry.bulk_overwrite(guild_id, commands)]

    async def create(request: RestRequest) -> Any:
        command, created = registry.upsert(scope(request), request.body())
        return Reply(201 if created else 200, command.payload())

    async def get_one(request: RestRequest) -> Any:
        return registry.get(request.snowflake("command_id"), scope(request)).payload()

    async def edit(request: RestRequest) -> Any:
        command = registry.get(request.snowflake("command_id"), scope(request))
        return registry.edit(command, request.body()).payload()

    async def delete(request: RestRequest) -> Any:
        registry.delete(registry.get(request.snowflake("command_id"), scope(request)))
        return Reply(204)

    async def permissions(request: RestRequest) -> Any:
        scope(request)
        return []

    for base in ("/applications/{application_id}", "/applications/{application_id}/guilds/{guild_id}"):
        router.add("GET", base + "/commands", list_commands)
        router.add("PUT", base + "/commands", bulk_overwrite)
        router.add("POST", base + "/commands", create)
        if "guild_id" in base:
            router.add("GET", base + "/commands/permissions", permissions)
        router.add("GET", base + "/commands/{command_id}", get_one)
        router.add("PATCH", base + "/commands/{command_id}", edit)
        router.add("DELETE", base + "/commands/{command_id}", delete)
