"""Turning a test's ``slash("warn", user=bob, rule="respect")`` into Discord's command interaction data.

The registered command definition decides each option's type; values are checked the way Discord's
client checks them before sending (required options, choices, min/max, channel types), and users,
members, roles, channels and attachments get their ``resolved`` entries. Members in ``resolved`` carry
their ``permissions`` in the channel, channels the invoker's ``permissions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ScenarioError
from .flags import OptionType
from .models import AttachmentState, ChannelState, GuildState, MemberState, RoleState, UserState
from .payloads.channels import channel_payload
from .payloads.messages import attachment_payload
from .payloads.users import member_payload, role_payload, user_payload
from .permissions import channel_permissions
from .world import World

Json = dict[str, Any]


def unwrap(value: Any) -> Any:
    """Harness handles carry their state in ``.state``."""
    return getattr(value, "state", value)


def _key(name: str) -> str:
    return name.replace("-", "_").casefold()


@dataclass
class OptionBuilder:
    world: World
    guild: GuildState | None
    channel: ChannelState
    resolved: dict[str, dict[str, Json]] = field(default_factory=dict)

    def _add(self, kind: str, entity_id: int, payload: Json) -> None:
        self.resolved.setdefault(kind, {})[str(entity_id)] = payload

    def add_user(self, value: Any) -> int:
        value = unwrap(value)
        if isinstance(value, MemberState):
            user: UserState = value.user
        elif isinstance(value, UserState):
            user = value
        elif isinstance(value, int):
            user = self.world.user(value)
        else:
            raise ScenarioError(f"expected a member or user, got {value!r}")
        self._add("users", user.id, user_payload(user))
        if self.guild is not None and user.id in self.guild.members:
            member = self.guild.members[user.id]
            permissions = channel_permissions(self.guild, member, self.channel, self.world.now())
            self._add("members", user.id, member_payload(member, with_user=False, permissions=permissions))
        return user.id

    def add_role(self, value: Any) -> int:
        value = unwrap(value)
        if isinstance(value, int) and self.guild is not None and value in self.guild.roles:
            value = self.guild.roles[value]
        if not isinstance(value, RoleState):
            raise ScenarioError(f"expected a role, got {value!r}")
        self._add("roles", value.id, role_payload(value))
        return value.id

    def add_channel(self, value: Any, invoker: MemberState | None, allowed_types: list[int] | None) -> int:
        value = unwrap(value)
        if isinstance(value, int):
            value = self.world.channel(value)
        if not isinstance(value, ChannelState):
            raise ScenarioError(f"expected a channel, got {value!r}")
        if allowed_types and int(value.type) not in allowed_types:
            raise ScenarioError(f"channel {value.name!r} is not one of the allowed types {allowed_types}")
        payload = channel_payload(value, [])
        if self.guild is not None and invoker is not None:
            payload["permissions"] = str(
                int(channel_permissions(self.guild, invoker, value, self.world.now()))
            )
        self._add("channels", value.id, payload)
        return value.id

    def add_attachment(self, value: Any) -> int:
        value = unwrap(value)
        if isinstance(value, AttachmentState):
            attachment = value
        else:
            filename, data = value if isinstance(value, tuple) else ("file.bin", value)
            if not isinstance(data, bytes):
                raise ScenarioError("an attachment option takes bytes or (filename, bytes)")
            attachment_id = self.world.new_id()
            attachment = AttachmentState(
                id=attachment_id,
                filename=filename,
                data=data,
                url=self.world.attachment_url(self.channel.id, attachment_id, filename),
                ephemeral=True,
            )
            self.world.attachments[attachment.id] = attachment
        self._add("attachments", attachment.id, attachment_payload(attachment))
        return attachment.id

    def add_message(self, message_payload: Json, message_id: int) -> None:
        self._add("messages", message_id, message_payload)


def _check_scalar(definition: Json, value: Any) -> Any:
    kind = definition["type"]
    name = definition["name"]
    if kind == OptionType.STRING:
        if not isinstance(value, str):
            raise ScenarioError(f"option {name!r} takes text")
        if len(value) < int(definition.get("min_length") or 0):
            raise ScenarioError(f"option {name!r} is shorter than {definition['min_length']}")
        if definition.get("max_length") is not None and len(value) > int(definition["max_length"]):
            raise ScenarioError(f"option {name!r} is longer than {definition['max_length']}")
    elif kind == OptionType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ScenarioError(f"option {name!r} takes a whole number")
    elif kind == OptionType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ScenarioError(f"option {name!r} takes a number")
        value = float(value)
    elif kind == OptionType.BOOLEAN and not isinstance(value, bool):
        raise ScenarioError(f"option {name!r} takes True or False")
    if kind in (OptionType.INTEGER, OptionType.NUMBER):
        low, high = definition.get("min_value"), definition.get("max_value")
        if (low is not None and value < low) or (high is not None and value > high):
            raise ScenarioError(f"option {name!r} must be between {low} and {high}")
    choices = definition.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        labels = {_key(str(c["name"])): c["value"] for c in choices}
        if isinstance(value, str) and _key(value) in labels:
            return labels[_key(value)]
        raise ScenarioError(f"option {name!r} must be one of {[c['value'] for c in choices]}")
    return value


def build_options(
    builder: OptionBuilder, definitions: list[Json], values: dict[str, Any], invoker: MemberState | None
) -> list[Json]:
    """Option payloads for one (sub)command level, in declaration order."""
    by_key = {_key(d["name"]): d for d in definitions}
    unknown = [k for k in values if _key(k) not in by_key]
    if unknown:
        raise ScenarioError(
            f"unknown option(s) {unknown}; the command declares {[d['name'] for d in definitions]}"
        )
    given = {_key(k): v for k, v in values.items() if v is not None}
    options: list[Json] = []
    for definition in definitions:
        key = _key(definition["name"])
        if key not in given:
            if definition.get("required"):
                raise ScenarioError(f"option {definition['name']!r} is required")
            continue
        value = given[key]
        kind = int(definition["type"])
        if kind == OptionType.USER:
            option_value: Any = str(builder.add_user(value))
        elif kind == OptionType.ROLE:
            option_value = str(builder.add_role(value))
        elif kind == OptionType.CHANNEL:
            option_value = str(builder.add_channel(value, invoker, definition.get("channel_types")))
        elif kind == OptionType.MENTIONABLE:
            target = unwrap(value)
            option_value = str(
                builder.add_role(target) if isinstance(target, RoleState) else builder.add_user(target)
            )
        elif kind == OptionType.ATTACHMENT:
            option_value = str(builder.add_attachment(value))
        else:
            option_value = _check_scalar(definition, value)
        options.append({"name": definition["name"], "type": kind, "value": option_value})
    return options


def chat_input_options(
    builder: OptionBuilder,
    command: Json,
    path: list[str],
    values: dict[str, Any],
    invoker: MemberState | None,
) -> list[Json]:
    """Options for ``command`` following a subcommand path like ["ticket", "claim"] (or a group path)."""
    definitions: list[Json] = command.get("options") or []
    if not path:
        if any(d["type"] in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP) for d in definitions):
            names = [d["name"] for d in definitions]
            raise ScenarioError(f"/{command['name']} needs a subcommand: one of {names}")
        return build_options(builder, definitions, values, invoker)
    head, rest = path[0], path[1:]
    sub = next(
        (
            d
            for d in definitions
            if d["name"] == head and d["type"] in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP)
        ),
        None,
    )
    if sub is None:
        raise ScenarioError(f"/{command['name']} has no subcommand {head!r}")
    inner = chat_input_options(builder, sub, rest, values, invoker)
    return [{"name": sub["name"], "type": int(sub["type"]), "options": inner}]
