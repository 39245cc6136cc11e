"""Application commands the bot registered (global and per guild), as Discord stores them.

Bulk overwrite (PUT) keeps the id of a command whose name and type are unchanged and bumps its
version; POST upserts by name and type. Interactions are built from these stored definitions, so
option types, subcommands and choices are the ones the bot really declared.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .flags import CommandType
from .snowflake import SnowflakeGenerator

Json = dict[str, Any]

# Discord's locales (the ``Locale`` table of the API reference); localisation maps take no other key.
_LOCALE_TABLE = """
id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN
ja zh-TW ko
"""
LOCALES = frozenset(_LOCALE_TABLE.split())
MAX_COMMAND_SIZE = 4000
_INVALID_NAME = ("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")


def valid_chat_input_name(name: object) -> bool:
    """Discord's ``^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$``, lowercase where a letter has case."""
    if not isinstance(name, str) or not 1 <= len(name) <= 32:
        return False
    for char in name:
        if char.lower() != char:
            return False
        scripts = "\u0900" <= char <= "\u097f" or "\u0e00" <= char <= "\u0e7f"  # Devanagari, Thai
        if not (char in "-_'" or unicodedata.category(char)[0] in "LN" or scripts):
            return False
    return True


def _locale_problems(node: Json, path: tuple[str, ...]) -> list[errors.FormError]:
    found: list[errors.FormError] = []
    for field_name in ("name_localizations", "description_localizations"):
        for key in node.get(field_name) or {}:
            if key not in LOCALES:
                message = f'Value "{key}" is not a valid enum value.'
                found.append(((*path, field_name, key), "ENUM_TYPE_COERCE", message))
    return found


def _longest(node: Json, field_name: str) -> int:
    """Discord counts the longest of a field's default value and its localisations."""
    localised = node.get(f"{field_name}_localizations") or {}
    values = [node.get(field_name) or "", *(v for v in localised.values() if isinstance(v, str))]
    return max(len(str(value)) for value in values)


def _option_problems(options: list[Json], path: tuple[str, ...]) -> tuple[list[errors.FormError], int]:
    """Name and locale problems of options (recursively), and their size."""
    found: list[errors.FormError] = []
    size = 0
    for index, option in enumerate(options):
        where = (*path, "options", str(index))
        if not valid_chat_input_name(option.get("name")):
            found.append(((*where, "name"), *_INVALID_NAME))
        for key, value in (option.get("name_localizations") or {}).items():
            if not valid_chat_input_name(value):
                found.append(((*where, "name_localizations", key), *_INVALID_NAME))
        found += _locale_problems(option, where)
        size += _longest(option, "name") + _longest(option, "description")
        for number, choice in enumerate(option.get("choices") or []):
            found += _locale_problems(choice, (*where, "choices", str(number)))
            size += _longest(choice, "name") + len(str(choice.get("value", "")))
        nested, nested_size = _option_problems(option.get("options") or [], where)
        found += nested
        size += nested_size
    return found, size


def command_problems(data: Json, path: tuple[str, ...] = ()) -> list[errors.FormError]:
    """What Discord refuses in a command beyond its schema, as (path, code, message) entries."""
    found = _locale_problems(data, path)
    size = _longest(data, "name")
    if int(data.get("type") or CommandType.CHAT_INPUT) == CommandType.CHAT_INPUT:
        if not valid_chat_input_name(data.get("name")):
            found.append(((*path, "name"), *_INVALID_NAME))
        localised = (data.get("name_localizations") or {}).values()
        if not all(valid_chat_input_name(value) for value in localised):
            found.append(((*path, "name_localizations"), *_INVALID_NAME))
        size += _longest(data, "description")
    nested, options_size = _option_problems(data.get("options") or [], path)
    found += nested
    if size + options_size > MAX_COMMAND_SIZE:
        message = f"Command exceeds maximum size ({MAX_COMMAND_SIZE})"
        found.append((path, "APPLICATION_COMMAND_TOO_LARGE", message))
    return found


def _check(data: Json) -> None:
    if found := command_problems(data):
        raise errors.invalid_form_errors(found)


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
        found = [problem for i, data in enumerate(commands) for problem in command_problems(data, (str(i),))]
        if found:
            raise errors.invalid_form_errors(found)
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
        _check(data)
        key = (str(data.get("name")), int(data.get("type") or CommandType.CHAT_INPUT))
        existing = next((c for c in self._scope(guild_id) if (c.name, c.type) == key), None)
        return self._new(guild_id, data, existing), existing is None

    def edit(self, command: StoredCommand, changes: Json) -> StoredCommand:
        merged = dict(command.data)
        merged.update(changes)
        _check(merged)
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

    def find_localised(
        self, name: str, command_type: int, guild_id: int | None, locale: str
    ) -> StoredCommand | None:
        """The command a member whose client speaks ``locale`` picks by the name shown to them."""
        found = self.find(name, command_type, guild_id)
        if found is not None:
            return found
        for scope in ([guild_id] if guild_id is not None else []) + [None]:
            for command in self._scope(scope):
                if (
                    command.type == command_type
                    and (command.data.get("name_localizations") or {}).get(locale) == name
                ):
                    return command
        return None

    def names(self, guild_id: int | None) -> list[str]:
        scopes = ([guild_id] if guild_id is not None else []) + [None]
        return sorted({c.name for scope in scopes for c in self._scope(scope)})


def canonical(options: list[Json], word: str, locale: str) -> Json | None:
    """The option (or subcommand) a member names ``word`` in a ``locale`` client (name or localised name)."""
    for option in options:
        if option.get("name") == word:
            return option
    for option in options:
        if (option.get("name_localizations") or {}).get(locale) == word:
            return option
    return None
