"""Wiring for request-body validation against Discord's OpenAPI description.

``openapi.OpenAPIValidator`` (a sibling module) checks a JSON body for a method and path and returns
Discord's 50035 "Invalid Form Body" error, or None. The spec is found at ``$HAVRE_DISCORD_OPENAPI`` or,
walking up from this file, at ``shared/discord-api/openapi.json``. When the validator module is absent
the emulator runs without validation and says so in ``skip_note``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol


class Validator(Protocol):
    skip_note: str | None

    def validate(self, method: str, path: str, body: object | None) -> dict[str, Any] | None: ...


def find_spec() -> Path | None:
    configured = os.environ.get("HAVRE_DISCORD_OPENAPI")
    if configured:
        return Path(configured)
    here = Path(__file__).resolve()
    for folder in here.parents:
        candidate = folder / "shared" / "discord-api" / "openapi.json"
        if candidate.is_file():
            return candidate
        sibling = folder.parent / "shared" / "discord-api" / "openapi.json"
        if sibling.is_file():
            return sibling
    return None


class _NoValidation:
    def __init__(self, note: str) -> None:
        self.skip_note: str | None = note

    def validate(self, method: str, path: str, body: object | None) -> dict[str, Any] | None:
        return None


_cache: dict[Path | None, Validator] = {}


def load_validator(spec_path: Path | None = None) -> Validator:
    """The OpenAPI validator for ``spec_path`` (default: ``find_spec()``), built once per path."""
    path = spec_path if spec_path is not None else find_spec()
    if path in _cache:
        return _cache[path]
    try:
        from .openapi import OpenAPIValidator  # written separately; optional until it lands
    except ImportError as exc:
        validator: Validator = _NoValidation(f"request validation off: {exc}")
    else:
        validator = OpenAPIValidator(path)
    _cache[path] = validator
    return validator
