"""Pointing the unmodified discord.py client at the emulator (or back at Discord).

discord.py reads its REST base from ``discord.http.Route.BASE`` and its gateway from
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``; a plain ``Bot`` never asks ``/gateway/bot``
(``AutoShardedBot`` does, and the emulator answers with its own URL). These are class attributes: the
setting is process-wide, so tests restore it afterwards.

For fast tests also pass ``FAST_CLIENT_OPTIONS`` to the client (discord.py waits ``guild_ready_timeout``
after the last GUILD_CREATE before ``on_ready``, 2 s by default) and skip the 5 s pause discord.py's
``before_identify_hook`` takes before every IDENTIFY that is not the first (second shard, re-IDENTIFY
after a refused RESUME).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import yarl

FAST_CLIENT_OPTIONS: dict[str, Any] = {"guild_ready_timeout": 0.05}


@dataclass(frozen=True)
class DiscordEndpoints:
    api_base: str
    gateway_url: str


def current_endpoints() -> DiscordEndpoints:
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    return DiscordEndpoints(Route.BASE, str(DiscordWebSocket.DEFAULT_GATEWAY))


def point_discord_py_at(api_base: str, gateway_url: str) -> DiscordEndpoints:
    """Send discord.py's REST calls to ``api_base``, its gateway to ``gateway_url``; returns the old ones."""
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    previous = current_endpoints()
    Route.BASE = api_base.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    return previous


@contextmanager
def pointed_at(api_base: str, gateway_url: str) -> Iterator[None]:
    previous = point_discord_py_at(api_base, gateway_url)
    try:
        yield
    finally:
        point_discord_py_at(previous.api_base, previous.gateway_url)


def skip_identify_delay(client: Any) -> None:
    """Drop the 5 s pause discord.py takes before every IDENTIFY but the first (fine on a loopback)."""

    async def no_wait(shard_id: int | None, *, initial: bool = False) -> None:
        return None

    client.before_identify_hook = no_wait
