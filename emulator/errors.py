"""Discord's JSON error answers, and the error tests get when a scenario asks for the impossible.

Discord answers ``{"code": <JSON error code>, "message": "..."}`` (plus ``errors`` for form errors) with
an HTTP status; the codes here are the ones documented under "JSON Error Codes".
"""

from __future__ import annotations

from typing import Any


class DiscordHTTPError(Exception):
    """Raised inside a REST handler; the server turns it into Discord's JSON error answer."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


class ScenarioError(Exception):
    """A test asked a member to do something Discord's own client would not let them do."""


_UNKNOWN = {
    "account": 10001,
    "application": 10002,
    "channel": 10003,
    "guild": 10004,
    "member": 10007,
    "message": 10008,
    "overwrite": 10009,
    "role": 10011,
    "user": 10013,
    "webhook": 10015,
    "ban": 10026,
    "interaction": 10062,
    "application command": 10063,
}


def unknown(entity: str) -> DiscordHTTPError:
    return DiscordHTTPError(404, _UNKNOWN[entity], f"Unknown {entity.title()}")


def unauthorized() -> DiscordHTTPError:
    return DiscordHTTPError(401, 0, "401: Unauthorized")


def missing_access() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50001, "Missing Access")


def missing_permissions() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50013, "Missing Permissions")


def cannot_dm() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50007, "Cannot send messages to this user")


def empty_message() -> DiscordHTTPError:
    return DiscordHTTPError(400, 50006, "Cannot send an empty message")


def already_acknowledged() -> DiscordHTTPError:
    return DiscordHTTPError(400, 40060, "Interaction has already been acknowledged.")


def cannot_edit_other_author() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50005, "Cannot edit a message authored by another user")


def not_found_route() -> DiscordHTTPError:
    return DiscordHTTPError(404, 0, "404: Not Found")


def invalid_form(field: str, code: str, message: str) -> DiscordHTTPError:
    """A 50035 answer naming one field, in Discord's nested ``errors`` shape."""
    errors: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for part in reversed(field.split(".")):
        errors = {part: errors}
    return DiscordHTTPError(400, 50035, "Invalid Form Body", errors)


FormError = tuple[tuple[str, ...], str, str]


def invalid_form_errors(found: list[FormError]) -> DiscordHTTPError:
    """A 50035 answer naming every field in ``found`` (path, code, message); an empty path is the body."""
    tree: dict[str, Any] = {}
    for path, code, message in found:
        node = tree
        for part in path:
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": code, "message": message})
    return DiscordHTTPError(400, 50035, "Invalid Form Body", tree)
