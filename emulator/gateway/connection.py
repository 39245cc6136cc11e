"""One client WebSocket: JSON text frames out (never compressed), every frame recorded."""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from ..recorder import Recorder
    from .sessions import GatewaySession


class Connection:
    def __init__(self, ws: web.WebSocketResponse, connection_id: int, recorder: Recorder) -> None:
        self.ws = ws
        self.id = connection_id
        self.session: GatewaySession | None = None
        self.shard: tuple[int, int] | None = None
        self._recorder = recorder
        self._lock = asyncio.Lock()
        self.heartbeats = 0
        self.closed_by_server = False

    @property
    def closed(self) -> bool:
        return self.ws.closed

    @property
    def shard_id(self) -> int | None:
        if self.session is not None:
            return self.session.shard_id
        return None if self.shard is None else self.shard[0]

    def record_received(self, payload: dict[str, Any]) -> None:
        self._recorder.record_frame(
            "received",
            payload,
            connection_id=self.id,
            session_id=None if self.session is None else self.session.id,
            shard_id=self.shard_id,
        )

    async def send(self, payload: dict[str, Any]) -> bool:
        """Send one payload as a text frame; False when the socket is already gone."""
        async with self._lock:
            if self.ws.closed:
                return False
            try:
                await self.ws.send_str(json.dumps(payload, separators=(",", ":")))
            except (ConnectionError, RuntimeError):
                return False
        self._recorder.record_frame(
            "sent",
            payload,
            connection_id=self.id,
            session_id=None if self.session is None else self.session.id,
            shard_id=self.shard_id,
        )
        return True

    async def close(self, code: int, message: str = "") -> None:
        self.closed_by_server = True
        if not self.ws.closed:
            await self.ws.close(code=code, message=message.encode())
