"""Finding what a member clicks in a message, and filling in a modal the way Discord's client does.

Buttons are found by ``custom_id`` (exact, then prefix) or by label (case-insensitive); selects by
``custom_id`` or placeholder. Modal fields are matched by ``custom_id`` or by their label, normalised
(``"Your reason"`` matches ``your_reason=``). Components v2 layouts (sections, containers, labels) are
searched too. The client's own checks apply: no clicking disabled or link buttons, select values
must be offered and within ``min_values``/``max_values``, required text inputs must be filled and
lengths respected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .errors import ScenarioError
from .flags import LINK_BUTTON_STYLE, PREMIUM_BUTTON_STYLE, SELECT_TYPES, ComponentType

Json = dict[str, Any]


def walk(components: list[Json]) -> Iterator[Json]:
    for component in components:
        yield component
        yield from walk(component.get("components") or [])
        for key in ("accessory", "component"):
            child = component.get(key)
            if isinstance(child, dict):
                yield from walk([child])


def normalise(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_")


def _pick(candidates: list[Json], key: str, labels: tuple[str, ...], what: str) -> Json:
    for test in (
        lambda c: c.get("custom_id") == key,
        lambda c: str(c.get("custom_id") or "").startswith(key),
        lambda c: any(normalise(str(c.get(label) or "")) == normalise(key) for label in labels),
    ):
        found = [c for c in candidates if test(c)]
        if found:
            return found[0]
    described = [c.get("custom_id") or c.get(labels[0]) for c in candidates]
    raise ScenarioError(f"no {what} matching {key!r}; the message offers {described}")


def find_button(components: list[Json], key: str) -> Json:
    buttons = [c for c in walk(components) if c.get("type") == ComponentType.BUTTON]
    button = _pick(buttons, key, ("label",), "button")
    if button.get("disabled"):
        raise ScenarioError(f"button {key!r} is disabled")
    if button.get("style") in (LINK_BUTTON_STYLE, PREMIUM_BUTTON_STYLE):
        raise ScenarioError(f"button {key!r} is a link, not an interaction")
    return button


def find_select(components: list[Json], key: str) -> Json:
    selects = [c for c in walk(components) if c.get("type") in SELECT_TYPES]
    select = _pick(selects, key, ("placeholder",), "select menu")
    if select.get("disabled"):
        raise ScenarioError(f"select menu {key!r} is disabled")
    return select


def check_select_values(select: Json, values: list[Any]) -> None:
    low = int(select.get("min_values", 1))
    high = int(select.get("max_values", 1))
    if not low <= len(values) <= high:
        raise ScenarioError(
            f"select {select.get('custom_id')!r} takes {low} to {high} values, got {len(values)}"
        )
    if select.get("type") == ComponentType.STRING_SELECT:
        offered = [o["value"] for o in select.get("options") or []]
        missing = [v for v in values if v not in offered]
        if missing:
            raise ScenarioError(
                f"select {select.get('custom_id')!r} does not offer {missing}; it offers {offered}"
            )


class ModalFiller:
    """Builds the MODAL_SUBMIT ``components`` for a modal, from field values given by the test."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = {normalise(k): v for k, v in values.items()}
        self._raw = dict(values)
        self.used: set[str] = set()

    def _value_for(self, field: Json, label: str | None) -> Any:
        custom_id = str(field.get("custom_id") or "")
        for key in (
            custom_id,
            label or "",
            str(field.get("label") or ""),
            str(field.get("placeholder") or ""),
        ):
            if not key:
                continue
            if key in self._raw:
                self.used.add(normalise(key))
                return self._raw[key]
            if normalise(key) in self._values:
                self.used.add(normalise(key))
                return self._values[normalise(key)]
        return None

    def _text_input(self, field: Json, label: str | None) -> Json:
        value = self._value_for(field, label)
        name = label or field.get("label") or field.get("custom_id")
        if value is None:
            value = field.get("value") or ""
        value = str(value)
        if not value and field.get("required", True):
            raise ScenarioError(f"the modal field {name!r} is required")
        if value and len(value) < int(field.get("min_length") or 0):
            raise ScenarioError(f"the modal field {name!r} needs at least {field['min_length']} characters")
        if field.get("max_length") is not None and len(value) > int(field["max_length"]):
            raise ScenarioError(f"the modal field {name!r} takes at most {field['max_length']} characters")
        answer: Json = {"type": ComponentType.TEXT_INPUT, "custom_id": field["custom_id"], "value": value}
        if "id" in field:
            answer["id"] = field["id"]
        return answer

    def _select(self, field: Json, label: str | None) -> Json:
        value = self._value_for(field, label)
        values = [] if value is None else (list(value) if isinstance(value, list | tuple) else [value])
        if values or field.get("required", True):
            check_select_values(field, [str(v) for v in values])
        answer: Json = {
            "type": field["type"],
            "custom_id": field["custom_id"],
            "values": [str(v) for v in values],
        }
        if "id" in field:
            answer["id"] = field["id"]
        return answer

    def answer(self, components: list[Json], label: str | None = None) -> list[Json]:
        answers: list[Json] = []
        for component in components:
            kind = component.get("type")
            if kind == ComponentType.ACTION_ROW:
                answers.append({"type": kind, "components": self.answer(component.get("components") or [])})
            elif kind == ComponentType.LABEL:
                inner = self.answer([component["component"]], component.get("label"))
                answer: Json = {"type": kind, "component": inner[0]}
                if "id" in component:
                    answer["id"] = component["id"]
                answers.append(answer)
            elif kind == ComponentType.TEXT_INPUT:
                answers.append(self._text_input(component, label))
            elif kind in SELECT_TYPES:
                answers.append(self._select(component, label))
            elif kind == ComponentType.TEXT_DISPLAY:
                answers.append({"type": kind, **({"id": component["id"]} if "id" in component else {})})
        return answers

    def unused(self) -> list[str]:
        return [k for k in self._raw if normalise(k) not in self.used]
