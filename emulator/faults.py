"""Fault injection: what Discord does on a bad day, on demand.

REST faults match a route template ("POST /channels/{channel_id}/messages"; placeholder names do not
matter) or every route when none is given:

- ``rate_limit``: 429 with ``retry_after`` in the JSON body and the headers Discord sends (``Retry-After``,
  ``X-RateLimit-*``, ``X-RateLimit-Scope``, ``X-RateLimit-Global`` for global limits, ``Via: 1.1 google``
  without which discord.py treats the 429 as a Cloudflare ban);
- ``server_error``: a burst of 5xx answers (discord.py retries 500/502/504 after 1 s, 3 s, ...);
- ``latency``: answers delayed by some seconds.

Gateway faults: ``drop_gateway`` closes the client's socket (discord.py RESUMEs and the emulator replays
what was dispatched meanwhile), ``request_reconnect`` sends op 7 RECONNECT, ``refuse_next_resume``
answers the next RESUME with INVALID_SESSION ``d=false`` (the client must IDENTIFY afresh), and
``outage()`` drops the socket and holds the client's RESUME until the block ends, so whatever happens
inside is replayed on RESUME.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from .recorder import normalise_route


class GatewayControl(Protocol):
    """What gateway faults need of the gateway (``emulator.gateway.hub.GatewayHub`` satisfies it), so that
    this module, below the gateway, never imports it."""

    async def drop_connections(self, shard_id: int | None, *, code: int = 4000) -> int: ...

    async def request_reconnect(self, shard_id: int | None) -> int: ...

    def hold_sessions(self) -> None: ...

    def release_sessions(self) -> None: ...


@dataclass
class _RestFault:
    route: str | None
    remaining: int
    status: int
    retry_after: float = 0.0
    is_global: bool = False
    scope: str = "user"

    def matches(self, route: str) -> bool:
        return self.route is None or normalise_route(self.route) == normalise_route(route)


@dataclass
class _Latency:
    route: str | None
    seconds: float
    remaining: int | None

    def matches(self, route: str) -> bool:
        return self.route is None or normalise_route(self.route) == normalise_route(route)


@dataclass(frozen=True)
class FaultAnswer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class Faults:
    def __init__(self) -> None:
        self._rest: list[_RestFault] = []
        self._latency: list[_Latency] = []
        self._resume_refusals: list[int | None] = []
        self._hub: GatewayControl | None = None

    def attach(self, hub: GatewayControl) -> None:
        self._hub = hub

    def clear(self) -> None:
        self._rest.clear()
        self._latency.clear()
        self._resume_refusals.clear()

    # REST --------------------------------------------------------------------------------------

    def rate_limit(
        self, route: str | None = None, *, retry_after: float = 0.05, times: int = 1, scope: str = "user"
    ) -> None:
        """Answer the next ``times`` matching requests with 429."""
        self._rest.append(_RestFault(route, times, 429, retry_after=retry_after, scope=scope))

    def global_rate_limit(self, *, retry_after: float = 0.05, times: int = 1) -> None:
        """The bot-wide limit: every route answers 429 with ``global: true``."""
        self._rest.append(
            _RestFault(None, times, 429, retry_after=retry_after, is_global=True, scope="global")
        )

    def server_error(self, route: str | None = None, *, status: int = 500, times: int = 1) -> None:
        """Answer the next ``times`` matching requests with a 5xx status."""
        if not 500 <= status <= 599:
            raise ValueError("server_error needs a 5xx status")
        self._rest.append(_RestFault(route, times, status))

    def latency(self, seconds: float, *, route: str | None = None, times: int | None = None) -> None:
        """Delay matching answers by ``seconds`` (``times=None``: until cleared)."""
        self._latency.append(_Latency(route, seconds, times))

    def delay_for(self, route: str) -> float:
        total = 0.0
        for item in list(self._latency):
            if item.matches(route):
                total += item.seconds
                if item.remaining is not None:
                    item.remaining -= 1
                    if item.remaining <= 0:
                        self._latency.remove(item)
        return total

    def take(self, route: str) -> FaultAnswer | None:
        """The fault answer for this request, if one is armed (consumes one use)."""
        for fault in list(self._rest):
            if not fault.matches(route):
                continue
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._rest.remove(fault)
            if fault.status == 429:
                return _rate_limit_answer(fault)
            return FaultAnswer(fault.status, {"message": "Internal Server Error", "code": 0}, {})
        return None

    # gateway -----------------------------------------------------------------------------------

    def refuse_next_resume(self, shard_id: int | None = None) -> None:
        self._resume_refusals.append(shard_id)

    def consume_resume_refusal(self, shard_id: int | None) -> bool:
        for wanted in list(self._resume_refusals):
            if wanted is None or wanted == shard_id:
                self._resume_refusals.remove(wanted)
                return True
        return False

    async def drop_gateway(self, shard_id: int | None = None, *, code: int = 4000) -> int:
        """Close the live gateway sockets (one shard or all); returns how many were closed."""
        if self._hub is None:
            return 0
        return await self._hub.drop_connections(shard_id, code=code)

    @asynccontextmanager
    async def outage(self, shard_id: int | None = None) -> AsyncIterator[None]:
        """Drop the gateway and keep the client out until the block ends; events dispatched inside are
        buffered and replayed when the client RESUMEs."""
        if self._hub is None:
            raise RuntimeError("faults are not attached to a gateway")
        self._hub.hold_sessions()
        try:
            await self._hub.drop_connections(shard_id)
            yield
        finally:
            self._hub.release_sessions()

    async def request_reconnect(self, shard_id: int | None = None) -> int:
        """Send op 7 RECONNECT, as Discord does before moving a session."""
        if self._hub is None:
            return 0
        return await self._hub.request_reconnect(shard_id)


def _rate_limit_answer(fault: _RestFault) -> FaultAnswer:
    reset_after = fault.retry_after
    body: dict[str, Any] = {
        "message": "You are being rate limited.",
        "retry_after": fault.retry_after,
        "global": fault.is_global,
    }
    if fault.is_global:
        body["code"] = 0
    headers = {
        "Retry-After": str(max(1, math.ceil(fault.retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": uuid.uuid5(uuid.NAMESPACE_URL, fault.route or "global").hex,
        "X-RateLimit-Scope": fault.scope,
        "Via": "1.1 google",
    }
    if fault.is_global:
        headers["X-RateLimit-Global"] = "true"
    return FaultAnswer(429, body, headers)
