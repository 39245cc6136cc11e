"""The gateway endpoint: HELLO, IDENTIFY/READY/GUILD_CREATE, heartbeats, RESUME with replay, chunking.

Protocol as documented ("Gateway" and "Gateway Events", API v10): the server opens with HELLO
(``heartbeat_interval`` in ms), answers every HEARTBEAT with HEARTBEAT_ACK, accepts IDENTIFY (token,
intents, optional ``shard``, ``large_threshold``) or RESUME (token, session_id, seq). Close codes used:
4001 unknown opcode, 4002 decode error, 4003 not authenticated, 4004 authentication failed,
4005 already authenticated, 4010 invalid shard, 4013 invalid intents, 4014 disallowed intents.
Frames are always uncompressed JSON text, whatever ``compress`` the URL asks for (discord.py reads text
frames as plain JSON). Not emulated: ETF encoding, zlib/zstd transport compression, presence and voice
updates (accepted and recorded, nothing more), identify rate limits (``max_concurrency``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from ..flags import PRIVILEGED_INTENTS, Intent
from . import ready
from .connection import Connection
from .sessions import GatewaySession, SessionRegistry

if TYPE_CHECKING:
    from ..faults import Faults
    from ..recorder import Recorder
    from ..world import Application, World

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE_STATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

_log = logging.getLogger(__name__)

Builder = Callable[[GatewaySession], dict[str, Any] | None]


class GatewayHub:
    def __init__(
        self,
        world: World,
        app: Application,
        recorder: Recorder,
        faults: Faults,
        *,
        heartbeat_interval: float,
        allowed_privileged: Intent = PRIVILEGED_INTENTS,
    ) -> None:
        self.world = world
        self.app = app
        self.recorder = recorder
        self.faults = faults
        self.heartbeat_interval = heartbeat_interval
        self.allowed_privileged = allowed_privileged
        self.sessions = SessionRegistry()
        self.connections: set[Connection] = set()
        self.gateway_url = ""
        self._ids = itertools.count(1)
        self.internal_errors: list[str] = []
        self._open = asyncio.Event()
        self._open.set()

    # connection lifecycle ----------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        conn = Connection(ws, next(self._ids), self.recorder)
        self.connections.add(conn)
        try:
            await conn.send(
                {
                    "op": HELLO,
                    "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000), "_trace": ["havre"]},
                    "s": None,
                    "t": None,
                }
            )
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    if message.type == WSMsgType.BINARY:
                        await conn.close(4002, "Decode error")
                    break
                try:
                    payload = json.loads(message.data)
                except ValueError:
                    payload = None
                if not isinstance(payload, dict):
                    await conn.close(4002, "Decode error")
                    break
                conn.record_received(payload)
                try:
                    await self._on_payload(conn, payload)
                except Exception as exc:  # an emulator bug: keep serving, make it visible to tests
                    _log.exception("gateway error on op %s", payload.get("op"))
                    self.internal_errors.append(f"gateway op {payload.get('op')}: {exc!r}")
                if conn.closed:
                    break
        finally:
            self.connections.discard(conn)
            self._detach(conn, ws.close_code)
        return ws

    def _detach(self, conn: Connection, close_code: int | None) -> None:
        session = conn.session
        if session is None or session.connection is not conn:
            return
        session.connection = None
        if close_code in (1000, 1001) and not conn.closed_by_server:
            # A client closing normally ends its session (Discord does the same).
            self.sessions.invalidate(session.id)

    async def _on_payload(self, conn: Connection, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == HEARTBEAT:
            conn.heartbeats += 1
            await conn.send({"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == IDENTIFY:
            await self._open.wait()
            await self._identify(conn, data or {})
        elif op == RESUME:
            await self._open.wait()
            await self._resume(conn, data or {})
        elif op in (PRESENCE, VOICE_STATE):
            if conn.session is None:
                await conn.close(4003, "Not authenticated")
        elif op == REQUEST_MEMBERS:
            await self._request_members(conn, data or {})
        else:
            await conn.close(4001, "Unknown opcode")

    # identify / resume -------------------------------------------------------------------------

    async def _identify(self, conn: Connection, data: dict[str, Any]) -> None:
        if conn.session is not None:
            await conn.close(4005, "Already authenticated")
            return
        if data.get("token") != self.app.bot_token:
            await conn.close(4004, "Authentication failed")
            return
        if "intents" not in data:
            await conn.close(4013, "Invalid intent(s)")
            return
        intents = Intent(int(data["intents"]))
        if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged:
            await conn.close(4014, "Disallowed intent(s)")
            return
        shard_id, shard_count = (data.get("shard") or [0, 1])[:2]
        if shard_count < 1 or not 0 <= shard_id < shard_count:
            await conn.close(4010, "Invalid shard")
            return
        session = GatewaySession(
            shard_id=int(shard_id),
            shard_count=int(shard_count),
            intents=intents,
            large_threshold=int(data.get("large_threshold") or 50),
        )
        conn.shard = (session.shard_id, session.shard_count)
        async with session.lock:
            self.sessions.add(session)
            session.connection = conn
            conn.session = session
            await conn.send(
                session.next_frame(
                    "READY", ready.ready_payload(self.world, self.app, session, self.gateway_url)
                )
            )
            for guild in ready.bot_guilds(self.world, self.app, session):
                frame = session.next_frame(
                    "GUILD_CREATE", ready.guild_create(self.world, self.app, session, guild)
                )
                await conn.send(frame)

    async def _resume(self, conn: Connection, data: dict[str, Any]) -> None:
        if conn.session is not None:
            await conn.close(4005, "Already authenticated")
            return
        if data.get("token") != self.app.bot_token:
            await conn.close(4004, "Authentication failed")
            return
        session = self.sessions.get(data.get("session_id"))
        refused = session is not None and self.faults.consume_resume_refusal(session.shard_id)
        if session is None or not session.resumable or refused:
            if session is not None:
                self.sessions.invalidate(session.id)
            await conn.send({"op": INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        async with session.lock:
            previous = session.connection
            session.connection = conn
            conn.session = session
            conn.shard = (session.shard_id, session.shard_count)
            if previous is not None and previous is not conn:
                previous.session = None
                await previous.close(4000, "Session resumed elsewhere")
            for frame in session.missed_since(data.get("seq")):
                await conn.send(frame)
            await conn.send(session.next_frame("RESUMED", {"_trace": ["havre-discord-emulator"]}))

    async def _request_members(self, conn: Connection, data: dict[str, Any]) -> None:
        session = conn.session
        if session is None:
            await conn.close(4003, "Not authenticated")
            return
        chunk = ready.member_chunk(self.world, session, data)
        if chunk is None:
            return
        async with session.lock:
            await conn.send(session.next_frame("GUILD_MEMBERS_CHUNK", chunk))

    # dispatch ----------------------------------------------------------------------------------

    async def dispatch(self, event: str, build: Builder, *, guild_id: int | None) -> int:
        """Send ``event`` to every session of the shard owning ``guild_id``.

        ``build`` gives the session's payload, or None when that session must not get the event (intents,
        visibility). Sessions whose socket is down buffer the event for a RESUME. Returns how many
        sessions got it.
        """
        delivered = 0
        for session in self.sessions.all():
            if not session.handles_guild(guild_id):
                continue
            data = build(session)
            if data is None:
                continue
            async with session.lock:
                frame = session.next_frame(event, data)
                if session.connection is not None:
                    await session.connection.send(frame)
            delivered += 1
        return delivered

    async def guild_available(self, guild_id: int) -> None:
        """GUILD_CREATE for a guild the bot just joined."""
        guild = self.world.guilds[guild_id]

        def build(session: GatewaySession) -> dict[str, Any]:
            payload = ready.guild_create(self.world, self.app, session, guild)
            # A join, as Discord sends it: no "unavailable" key (``unavailable: false`` marks a guild of
            # READY becoming available), so clients tell on_guild_join from on_guild_available.
            payload.pop("unavailable", None)
            return payload

        await self.dispatch("GUILD_CREATE", build, guild_id=guild_id)

    # faults ------------------------------------------------------------------------------------

    def _live(self, shard_id: int | None) -> list[Connection]:
        return [c for c in list(self.connections) if shard_id is None or c.shard_id == shard_id]

    async def drop_connections(self, shard_id: int | None, *, code: int = 4000) -> int:
        targets = self._live(shard_id)
        for conn in targets:
            await conn.close(code, "Dropped by fault injection")
        return len(targets)

    async def request_reconnect(self, shard_id: int | None) -> int:
        targets = self._live(shard_id)
        for conn in targets:
            await conn.send({"op": RECONNECT, "d": None, "s": None, "t": None})
        return len(targets)

    def hold_sessions(self) -> None:
        """An outage: IDENTIFY and RESUME wait (sockets still open, HELLO and heartbeats answered)."""
        self._open.clear()

    def release_sessions(self) -> None:
        self._open.set()

    async def close_all(self) -> None:
        self._open.set()
        for conn in list(self.connections):
            await conn.close(1001, "Emulator stopping")

    def has_live_session(self, shard_id: int | None = None) -> bool:
        return any(
            s.connection is not None and (shard_id is None or s.shard_id == shard_id)
            for s in self.sessions.all()
        )
