"""Havre's Discord emulator: a loopback server speaking Discord's REST API v10 and gateway protocol,
so the unmodified discord.py client connects to it over real sockets. See README.md in this folder.
"""

from .actors import Member
from .discordpy import FAST_CLIENT_OPTIONS, point_discord_py_at, pointed_at
from .errors import DiscordHTTPError, ScenarioError
from .flags import CallbackType, ChannelType, Intent, Permission
from .harness import Emulator
from .interaction_view import Interaction
from .runner import ClientRun, running
from .scene import Channel, Guild

__all__ = [
    "FAST_CLIENT_OPTIONS",
    "CallbackType",
    "Channel",
    "ChannelType",
    "ClientRun",
    "DiscordHTTPError",
    "Emulator",
    "Guild",
    "Intent",
    "Interaction",
    "Member",
    "Permission",
    "ScenarioError",
    "point_discord_py_at",
    "pointed_at",
    "running",
]
