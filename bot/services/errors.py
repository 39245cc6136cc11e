"""Typed errors that carry a member-safe message (a text key), never a traceback."""

from __future__ import annotations


class HavreError(Exception):
    """A problem the member can understand. ``key`` names a text in bot/locales; ``fields`` fill it."""

    key = "common.error_generic"

    def __init__(self, key: str | None = None, /, **fields: object) -> None:
        self.key = key or type(self).key
        self.fields = fields
        super().__init__(self.key)


class NotAllowed(HavreError):
    key = "common.error_not_allowed"


class NotFound(HavreError):
    key = "common.error_not_found"


class InvalidInput(HavreError):
    key = "common.error_invalid"
