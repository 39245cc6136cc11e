"""Typed errors that carry a member-safe message (a text key), never a traceback."""

from __future__ import annotations

from typing import Self


class HavreError(Exception):
    """A problem the member can understand. ``key`` names a text in bot/locales; ``fields`` fill it.

    ``voice`` is the language (and register, "fr@tu") of the flow the error belongs to, when the service
    that raised it knows it: a member clicking in their own case or help request reads the refusal in that
    flow's language, not their Discord client's (one language per flow). None: the reader's own."""

    key = "common.error_generic"
    voice: str | None = None

    def __init__(self, key: str | None = None, /, **fields: object) -> None:
        self.key = key or type(self).key
        self.fields = fields
        super().__init__(self.key)

    def in_voice(self, voice: str | None) -> Self:
        """This error, to be told in ``voice`` (see the class docstring)."""
        self.voice = voice
        return self


class NotAllowed(HavreError):
    key = "common.error_not_allowed"


class NotFound(HavreError):
    key = "common.error_not_found"


class InvalidInput(HavreError):
    key = "common.error_invalid"
