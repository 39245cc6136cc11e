"""Everything that crossed the wire, for tests to query.

Every REST request (method, concrete path, route template, query, JSON body, status, answer, time) and
every gateway payload, both directions ("sent" is emulator -> client, "received" is client ->
emulator), with wall-clock and monotonic times so heartbeat regularity can be checked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, Literal


@dataclass(frozen=True)
class RestCall:
    method: str
    path: str
    route: str  # "POST /channels/{channel_id}/messages"
    query: dict[str, str]
    json: Any
    status: int
    response: Any
    at: datetime
    monotonic: float
    reason: str | None = None
    filenames: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class GatewayFrame:
    direction: Literal["sent", "received"]
    op: int
    event: str | None
    seq: int | None
    data: Any
    at: datetime
    monotonic: float
    connection_id: int
    session_id: str | None
    shard_id: int | None


HEARTBEAT = 1
HEARTBEAT_ACK = 11


class Recorder:
    def __init__(self) -> None:
        self.rest: list[RestCall] = []
        self.gateway: list[GatewayFrame] = []

    def clear(self) -> None:
        self.rest.clear()
        self.gateway.clear()

    # writing -----------------------------------------------------------------------------------

    def record_rest(self, call: RestCall) -> None:
        self.rest.append(call)

    def record_frame(
        self,
        direction: Literal["sent", "received"],
        payload: dict[str, Any],
        *,
        connection_id: int,
        session_id: str | None,
        shard_id: int | None,
    ) -> None:
        self.gateway.append(
            GatewayFrame(
                direction=direction,
                op=int(payload.get("op", -1)),
                event=payload.get("t"),
                seq=payload.get("s"),
                data=payload.get("d"),
                at=datetime.now(UTC),
                monotonic=time.monotonic(),
                connection_id=connection_id,
                session_id=session_id,
                shard_id=shard_id,
            )
        )

    # reading -----------------------------------------------------------------------------------

    def requests(self, route: str | None = None, *, method: str | None = None) -> list[RestCall]:
        """REST calls, optionally filtered by route ("POST /channels/{channel_id}/messages") or method."""
        return [
            call
            for call in self.rest
            if (route is None or _same_route(call.route, route)) and (method is None or call.method == method)
        ]

    def last_request(self, route: str) -> RestCall | None:
        found = self.requests(route)
        return found[-1] if found else None

    def events(self, name: str | None = None, *, shard_id: int | None = None) -> list[GatewayFrame]:
        """Dispatches the emulator sent (op 0), optionally one event name."""
        return [
            frame
            for frame in self.gateway
            if frame.direction == "sent"
            and frame.op == 0
            and (name is None or frame.event == name)
            and (shard_id is None or frame.shard_id == shard_id)
        ]

    def received(self, op: int | None = None, *, shard_id: int | None = None) -> list[GatewayFrame]:
        """Payloads the client sent, optionally one opcode."""
        return [
            frame
            for frame in self.gateway
            if frame.direction == "received"
            and (op is None or frame.op == op)
            and (shard_id is None or frame.shard_id == shard_id)
        ]

    def heartbeats(self, *, shard_id: int | None = None) -> list[GatewayFrame]:
        return self.received(HEARTBEAT, shard_id=shard_id)

    def heartbeat_acks(self, *, shard_id: int | None = None) -> list[GatewayFrame]:
        return [
            frame
            for frame in self.gateway
            if frame.direction == "sent"
            and frame.op == HEARTBEAT_ACK
            and (shard_id is None or frame.shard_id == shard_id)
        ]

    def max_heartbeat_gap(self, *, shard_id: int | None = None) -> float:
        """The longest wait, in seconds, between two heartbeats on one connection."""
        by_connection: dict[int, list[float]] = {}
        for frame in self.heartbeats(shard_id=shard_id):
            by_connection.setdefault(frame.connection_id, []).append(frame.monotonic)
        gaps = [b - a for times in by_connection.values() for a, b in pairwise(times)]
        return max(gaps, default=0.0)


def normalise_route(route: str) -> str:
    """'POST /channels/{channel_id}/messages' and 'POST /channels/{id}/messages' compare equal."""
    parts = route.strip().split(" ", 1)
    method, path = (parts[0].upper(), parts[1]) if len(parts) == 2 else ("", parts[0])
    segments = ["{}" if s.startswith("{") and s.endswith("}") else s for s in path.strip("/").split("/")]
    return f"{method} /{'/'.join(segments)}".strip()


def _same_route(recorded: str, wanted: str) -> bool:
    wanted_norm = normalise_route(wanted)
    if " " not in wanted.strip():  # path only: any method
        return normalise_route(recorded).split(" ", 1)[1] == wanted_norm
    return normalise_route(recorded) == wanted_norm
