"""Typed, member-safe errors of the governance features (texts in bot/locales/<lang>/governance.toml)."""

from __future__ import annotations

from bot.services.errors import HavreError, InvalidInput, NotAllowed, NotFound


class SecondAdminRequired(NotAllowed):
    """Real ids, and erasures, need a second person: the requester cannot approve their own request."""

    key = "governance.error_second_admin"


class RequestNotPending(InvalidInput):
    key = "governance.error_not_pending"


class RequestNotFound(NotFound):
    key = "governance.error_request_not_found"


class ReasonRequired(InvalidInput):
    key = "governance.error_reason_required"


class NothingToSample(HavreError):
    key = "governance.audit_nothing"
