"""Gateway sessions: what survives a dropped socket so a RESUME can replay missed dispatches.

A session is created by IDENTIFY and numbers every dispatch it receives (``s``). While its socket is
down, dispatches are still numbered and buffered; a RESUME with the last ``s`` the client saw gets every
later dispatch replayed in order, then RESUMED. A session closed by the client with 1000/1001, refused
by a fault, or replaced by a fresh IDENTIFY for the same shard cannot be resumed any more.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..flags import Intent

if TYPE_CHECKING:
    from .connection import Connection

REPLAY_BUFFER = 5000


@dataclass
class GatewaySession:
    shard_id: int
    shard_count: int
    intents: Intent
    large_threshold: int = 50
    id: str = field(default_factory=lambda: secrets.token_hex(16))
    seq: int = 0
    resumable: bool = True
    connection: Connection | None = None
    buffer: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=REPLAY_BUFFER))
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def has(self, intent: Intent) -> bool:
        return bool(self.intents & intent)

    def handles_guild(self, guild_id: int | None) -> bool:
        """Discord's routing: ``shard_id = (guild_id >> 22) % num_shards``; DMs go to shard 0."""
        if guild_id is None:
            return self.shard_id == 0
        return (guild_id >> 22) % self.shard_count == self.shard_id

    def next_frame(self, event: str, data: Any) -> dict[str, Any]:
        self.seq += 1
        frame = {"op": 0, "t": event, "s": self.seq, "d": data}
        self.buffer.append(frame)
        return frame

    def missed_since(self, seq: int | None) -> list[dict[str, Any]]:
        last = seq or 0
        return [frame for frame in self.buffer if frame["s"] > last]


class SessionRegistry:
    def __init__(self) -> None:
        self._sessions: dict[str, GatewaySession] = {}

    def add(self, session: GatewaySession) -> None:
        # A fresh IDENTIFY for a shard replaces that shard's sessions whose socket is gone.
        for other in list(self._sessions.values()):
            same_shard = (other.shard_id, other.shard_count) == (session.shard_id, session.shard_count)
            if same_shard and other.connection is None:
                self.invalidate(other.id)
        self._sessions[session.id] = session

    def get(self, session_id: str | None) -> GatewaySession | None:
        if session_id is None:
            return None
        return self._sessions.get(session_id)

    def invalidate(self, session_id: str) -> None:
        session = self._sessions.pop(session_id, None)
        if session is not None:
            session.resumable = False

    def all(self) -> list[GatewaySession]:
        return list(self._sessions.values())
