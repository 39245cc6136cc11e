"""Point discord.py at Discord, or at a Discord-compatible server such as Havre's emulator."""

from __future__ import annotations

import discord.gateway
import discord.http
import yarl


def point_discord_py_at(api_base: str, gateway_url: str) -> None:
    """discord.py keeps these as class attributes: REST (and webhooks) use ``Route.BASE``; the gateway
    uses ``DiscordWebSocket.DEFAULT_GATEWAY`` (an AutoShardedBot asks ``/gateway/bot`` for its URL)."""
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
