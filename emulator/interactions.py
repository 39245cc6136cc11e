"""Interactions the emulator sent, and what the bot answered to each.

Discord's rules kept here: the first callback must come within ``deadline`` seconds (3 on Discord;
later answers get 10062 Unknown Interaction), only one callback per interaction (40060), followups
and ``@original`` need the callback first (10015 Unknown Webhook before it), and the token then stays
valid for 15 minutes. A MODAL callback shows the modal to the member who acted; their next
``submit`` answers it.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .flags import CallbackType, InteractionType

TOKEN_LIFETIME = 15 * 60


@dataclass(frozen=True)
class CallbackRecord:
    type: CallbackType
    data: dict[str, Any] | None
    at: float


@dataclass
class InteractionRecord:
    id: int
    token: str
    type: InteractionType
    user_id: int
    guild_id: int | None
    channel_id: int
    payload: dict[str, Any]
    created: float = field(default_factory=time.monotonic)
    source_message_id: int | None = None
    source_revision: int = 0
    name: str = ""
    callbacks: list[CallbackRecord] = field(default_factory=list)
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    modal: dict[str, Any] | None = None
    modal_answered: bool = False

    @property
    def acknowledged(self) -> bool:
        return bool(self.callbacks)

    @property
    def callback(self) -> CallbackRecord | None:
        return self.callbacks[0] if self.callbacks else None


class InteractionRegistry:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._by_id: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self._open_modals: dict[int, InteractionRecord] = {}

    @staticmethod
    def new_token() -> str:
        return "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)

    def add(self, record: InteractionRecord) -> InteractionRecord:
        self._by_id[record.id] = record
        self._by_token[record.token] = record
        return record

    def all(self) -> list[InteractionRecord]:
        return list(self._by_id.values())

    def for_callback(self, interaction_id: int, token: str) -> InteractionRecord:
        record = self._by_id.get(interaction_id)
        if record is None or record.token != token:
            raise errors.unknown("interaction")
        if record.acknowledged:
            raise errors.already_acknowledged()
        if time.monotonic() - record.created > self.deadline:
            raise errors.unknown("interaction")
        return record

    def for_webhook(self, token: str) -> InteractionRecord:
        record = self._by_token.get(token)
        if record is None or not record.acknowledged:
            raise errors.unknown("webhook")
        if time.monotonic() - record.created > TOKEN_LIFETIME:
            raise errors.DiscordHTTPError(401, 50027, "Invalid Webhook Token")
        return record

    def acknowledge(
        self, record: InteractionRecord, callback_type: CallbackType, data: dict[str, Any] | None
    ) -> None:
        record.callbacks.append(CallbackRecord(callback_type, data, time.monotonic()))
        if callback_type == CallbackType.MODAL:
            record.modal = data
            self._open_modals[record.user_id] = record

    def open_modal(self, user_id: int) -> InteractionRecord | None:
        return self._open_modals.get(user_id)

    def close_modal(self, user_id: int) -> None:
        record = self._open_modals.pop(user_id, None)
        if record is not None:
            record.modal_answered = True
