"""What a person types at the sandbox prompt, turned into what the Discord client would send.

A Discord client offers a member picker for a member option, a number pad for a number, a list for a
choice; at a terminal a person types ``/warn member=bob days=7``. This module reads the command's own
option types (as the bot registered them in the emulator) and turns ``bob`` into the member, ``7`` into
a number and ``#general`` into the channel, with a plain error when the word names nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.sandbox.seed import Scene
from emulator import Emulator, ScenarioError
from emulator.flags import CommandType, ComponentType, OptionType

TRUE_WORDS = frozenset({"true", "yes", "y", "oui", "o", "1", "vrai"})
FALSE_WORDS = frozenset({"false", "no", "n", "non", "0", "faux"})


def option_definitions(emu: Emulator, guild_id: int | None, path: list[str]) -> list[dict[str, Any]]:
    """The option definitions of ``/a b c`` (a command, then its subcommand group and subcommand)."""
    if not path:
        return []
    command = emu.commands.find(path[0], CommandType.CHAT_INPUT, guild_id)
    if command is None:
        return []
    options: list[dict[str, Any]] = list(command.data.get("options") or [])
    for name in path[1:]:
        sub = next(
            (
                o
                for o in options
                if o.get("name") == name
                and o.get("type") in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP)
            ),
            None,
        )
        if sub is None:
            return []
        options = list(sub.get("options") or [])
    return [o for o in options if o.get("type") not in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP)]


def _member(scene: Scene, word: str) -> Any:
    name = word.lstrip("@")
    if name in scene.members:
        return scene.members[name]
    raise ScenarioError(f"no member named {name!r} (members: {', '.join(scene.members)})")


def _role(scene: Scene, word: str) -> Any:
    name = word.lstrip("@").casefold()
    for key, role in scene.roles.items():
        if name in (key.casefold(), str(getattr(role, "name", "")).casefold()):
            return role
    raise ScenarioError(f"no role named {word!r} (roles: {', '.join(scene.roles)})")


def _channel(scene: Scene, word: str) -> Any:
    name = word.lstrip("#")
    for channel in [*scene.channels.values(), *scene.guild.threads()]:
        if channel.name == name:
            return channel
    raise ScenarioError(f"no channel named {name!r} (channels: {', '.join(scene.channels)})")


def typed_value(scene: Scene, definition: dict[str, Any], word: str) -> Any:
    """``word`` as the value the client would send for an option of this definition."""
    kind = int(definition.get("type") or OptionType.STRING)
    name = definition.get("name")
    if kind == OptionType.USER:
        return _member(scene, word)
    if kind == OptionType.ROLE:
        return _role(scene, word)
    if kind == OptionType.CHANNEL:
        return _channel(scene, word)
    if kind == OptionType.MENTIONABLE:
        try:
            return _member(scene, word)
        except ScenarioError:
            return _role(scene, word)
    if kind == OptionType.INTEGER:
        try:
            return int(word)
        except ValueError:
            raise ScenarioError(f"option {name!r} takes a whole number, not {word!r}") from None
    if kind == OptionType.NUMBER:
        try:
            return float(word.replace(",", "."))
        except ValueError:
            raise ScenarioError(f"option {name!r} takes a number, not {word!r}") from None
    if kind == OptionType.BOOLEAN:
        if word.casefold() in TRUE_WORDS:
            return True
        if word.casefold() in FALSE_WORDS:
            return False
        raise ScenarioError(f"option {name!r} takes yes or no, not {word!r}")
    return word


def typed_options(
    emu: Emulator, scene: Scene, guild_id: int | None, path: list[str], words: dict[str, str]
) -> dict[str, Any]:
    """Every ``key=value`` typed at the prompt, as the option values the command declares."""
    definitions = {
        str(d["name"]).replace("-", "_").casefold(): d for d in option_definitions(emu, guild_id, path)
    }
    out: dict[str, Any] = {}
    for key, word in words.items():
        definition = definitions.get(key.replace("-", "_").casefold())
        out[key] = typed_value(scene, definition, word) if definition is not None else word
    return out


def form_fields(
    components: list[dict[str, Any]], label: str | None = None
) -> Iterator[tuple[str, str, bool]]:
    """(label, custom_id, required) of each text field of a form, top to bottom."""
    for component in components:
        kind = component.get("type")
        if kind == ComponentType.ACTION_ROW:
            yield from form_fields(component.get("components") or [])
        elif kind == ComponentType.LABEL:
            yield from form_fields([component["component"]], component.get("label"))
        elif kind == ComponentType.TEXT_INPUT:
            name = label or component.get("label") or component.get("custom_id") or "?"
            yield str(name), str(component.get("custom_id")), bool(component.get("required", True))


def describe_form(emu: Emulator, who: str, member_id: int, seen: set[int]) -> str | None:
    """The form the bot has just shown this member (not one in ``seen``), as the terminal shows it."""
    record = emu.interactions.open_modal(member_id)
    if record is None or record.modal is None or record.id in seen:
        return None
    seen.add(record.id)
    modal = record.modal
    fields = list(form_fields(modal.get("components") or []))
    lines = [f"  ▭ {who} sees a form «{modal.get('title', '')}»:"]
    for name, _custom_id, required in fields:
        lines.append(f"      {name}{'' if required else ' (optional)'}")
    example = " ".join(f'"{name}"="..."' for name, _c, _r in fields[:2])
    lines.append(f"    to fill it in: {who} fill {example}")
    return "\n".join(lines)
