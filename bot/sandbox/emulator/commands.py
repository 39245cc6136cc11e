"""Application commands the bot registered (global and per guild), as Discord stores them.

Bulk overwrite (PUT) keeps the id of a command whose name and type are unchanged and bumps its
version; POST upserts by name and type. Interactions are built from these stored definitions, so
option types, subcommands and choices are the ones the bot really declared.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .flags import CommandType
from .snowflake import SnowflakeGenerator

Json = dict[str, Any]


@dataclass
class StoredCommand:
    id: int
    application_id: int
    guild_id: int | None
    version: int
    data: Json = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.data["name"])

    @property
    def type(self) -> int:
        return int(self.data.get("type") or CommandType.CHAT_INPUT)

    def payload(self) -> Json:
        data = self.data
        payload: Json = {
            "id": str(self.id),
            "application_id": str(self.application_id),
            "version": str(self.version),
            "type": self.type,
            "name": self.name,
            "name_localizations": data.get("name_localizations"),
            "description": data.get("description", "") if self.type == CommandType.CHAT_INPUT else "",
            "description_localizations": data.get("description_localizations"),
            "default_member_permissions": data.get("default_member_permissions"),
            "dm_permission": data.get("dm_permission", True),
            "nsfw": bool(data.get("nsfw", False)),
            "contexts": data.get("contexts"),
            "integration_types": data.get("integration_types") or [0],
        }
        if self.type == CommandType.CHAT_INPUT:
            payload["options"] = data.get("options") or []
        if self.guild_id is not None:
            payload["guild_id"] = str(self.guild_id)
        return payload


class CommandRegistry:
    def __init__(self, snowflakes: SnowflakeGenerator, application_id: int) -> None:
        self._snowflakes = snowflakes
        self._application_id = application_id
        self._commands: dict[int, StoredCommand] = {}
        self._versions = itertools.count(1)
        self.sync_count = 0

    def _scope(self, guild_id: int | None) -> list[StoredCommand]:
        return [c for c in self._commands.values() if c.guild_id == guild_id]

    def in_scope(self, guild_id: int | None = None) -> list[StoredCommand]:
        return sorted(self._scope(guild_id), key=lambda c: c.id)

    def get(self, command_id: int, guild_id: int | None = None) -> StoredCommand:
        command = self._commands.get(command_id)
        if command is None or command.guild_id != guild_id:
            raise errors.unknown("application command")
        return command

    def _new(self, guild_id: int | None, data: Json, keep: StoredCommand | None) -> StoredCommand:
        command_id = keep.id if keep is not None else self._snowflakes.next()
        command = StoredCommand(
            command_id, self._application_id, guild_id, self._snowflakes.next(), dict(data)
        )
        self._commands[command_id] = command
        return command

    def bulk_overwrite(self, guild_id: int | None, commands: list[Json]) -> list[StoredCommand]:
        existing = {(c.name, c.type): c for c in self._scope(guild_id)}
        stored: list[StoredCommand] = []
        seen: set[tuple[str, int]] = set()
        for data in commands:
            key = (str(data.get("name")), int(data.get("type") or CommandType.CHAT_INPUT))
            if key in seen:
                raise errors.invalid_form(
                    f"{len(stored)}.name",
                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                    "Application command names must be unique",
                )
            seen.add(key)
            stored.append(self._new(guild_id, data, existing.pop(key, None)))
        for leftover in existing.values():
            del self._commands[leftover.id]
        self.sync_count += 1
        return stored

    def upsert(self, guild_id: int | None, data: Json) -> tuple[StoredCommand, bool]:
        key = (str(data.get("name")), int(data.get("type") or CommandType.CHAT_INPUT))
        existing = next((c for c in self._scope(guild_id) if (c.name, c.type) == key), None)
        return self._new(guild_id, data, existing), existing is None

    def edit(self, command: StoredCommand, changes: Json) -> StoredCommand:
        merged = dict(command.data)
        merged.update(changes)
        return self._new(command.guild_id, merged, command)

    def delete(self, command: StoredCommand) -> None:
        self._commands.pop(command.id, None)

    def find(self, name: str, command_type: int, guild_id: int | None) -> StoredCommand | None:
        """The command a member would pick in this guild: a guild command first, else a global one."""
        for scope in ([guild_id] if guild_id is not None else []) + [None]:
            for command in self._scope(scope):
                if command.name == name and command.type == command_type:
                    return command
        return None

    def names(self, guild_id: int | None) -> list[str]:
        scopes = ([guild_id] if guild_id is not None else []) + [None]
        return sorted({c.name for scope in scopes for c in self._scope(scope)})
