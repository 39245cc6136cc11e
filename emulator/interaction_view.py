"""What a test sees of one interaction: the bot's callback, the messages it produced, the modal it showed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .flags import CallbackType, MessageFlag
from .interactions import CallbackRecord, InteractionRecord
from .models import MessageState

if TYPE_CHECKING:
    from .world import World

T = TypeVar("T")
Waiter = Callable[[Callable[[], T | None], float, str], Awaitable[T]]


class Interaction:
    def __init__(self, record: InteractionRecord, world: World, waiter: Waiter[Any]) -> None:
        self.record = record
        self._world = world
        self._wait = waiter

    def __repr__(self) -> str:
        return (
            f"<Interaction {self.record.name!r} id={self.record.id} callbacks={len(self.record.callbacks)}>"
        )

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def token(self) -> str:
        return self.record.token

    @property
    def payload(self) -> dict[str, Any]:
        """The INTERACTION_CREATE data the bot received."""
        return self.record.payload

    @property
    def responses(self) -> list[CallbackRecord]:
        return list(self.record.callbacks)

    @property
    def response_type(self) -> CallbackType | None:
        callback = self.record.callback
        return None if callback is None else callback.type

    @property
    def deferred(self) -> bool:
        return self.response_type in (
            CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_UPDATE_MESSAGE,
        )

    @property
    def message(self) -> MessageState | None:
        """The original response message (for updates: the component's message), as it is now."""
        message_id = self.record.original_message_id
        return None if message_id is None else self._world.messages.get(message_id)

    @property
    def ephemeral(self) -> bool:
        message = self.message
        if message is not None:
            return message.ephemeral
        callback = self.record.callback
        flags = int(((callback.data if callback else None) or {}).get("flags") or 0)
        return bool(flags & MessageFlag.EPHEMERAL)

    @property
    def followups(self) -> list[MessageState]:
        return [self._world.messages[i] for i in self.record.followup_ids if i in self._world.messages]

    @property
    def modal(self) -> dict[str, Any] | None:
        return self.record.modal

    @property
    def text(self) -> str:
        """Every text the member was shown for this interaction, original first."""
        parts = [m.text for m in [self.message, *self.followups] if m is not None and not m.deleted]
        return "\n".join(p for p in parts if p)

    async def response(self, timeout: float = 5.0) -> CallbackRecord:
        """Wait for the bot's callback (the first answer to the interaction)."""
        return await self._wait(lambda: self.record.callback, timeout, f"a response to {self.record.name!r}")

    async def reply(self, timeout: float = 5.0) -> MessageState:
        """Wait until the member sees an answer: a non-loading original message, or a followup."""

        def settled() -> MessageState | None:
            message = self.message
            if (
                message is not None
                and not message.loading
                and self.response_type != CallbackType.DEFERRED_UPDATE_MESSAGE
            ):
                return message
            followups = self.followups
            if followups:
                return followups[0]
            if message is not None and self.response_type == CallbackType.DEFERRED_UPDATE_MESSAGE:
                return message if message.revision > self.record.source_revision else None
            return None

        return await self._wait(settled, timeout, f"a visible reply to {self.record.name!r}")

    async def followup(self, count: int = 1, timeout: float = 5.0) -> MessageState:
        """Wait for the ``count``-th followup message and return it."""

        def nth() -> MessageState | None:
            followups = self.followups
            return followups[count - 1] if len(followups) >= count else None

        return await self._wait(nth, timeout, f"followup #{count} to {self.record.name!r}")

    async def modal_shown(self, timeout: float = 5.0) -> dict[str, Any]:
        """Wait for the bot to answer with a modal, and return it."""
        return await self._wait(lambda: self.record.modal, timeout, f"a modal for {self.record.name!r}")
