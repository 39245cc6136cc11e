"""A seeded community for the sandbox and the end-to-end tests: channels, staff roles, members."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from emulator import Channel, Emulator, Guild, Member, Permission

MODERATOR_PERMS = (
    Permission.MODERATE_MEMBERS
    | Permission.KICK_MEMBERS
    | Permission.BAN_MEMBERS
    | Permission.MANAGE_MESSAGES
    | Permission.MANAGE_THREADS
    | Permission.VIEW_AUDIT_LOG
)


@dataclass
class Scene:
    guild: Guild
    channels: dict[str, Channel]
    roles: dict[str, Any]
    members: dict[str, Member]

    def settings_changes(self) -> dict[str, object]:
        """What an admin's /setup would store for this server."""
        return {
            "name": self.guild.name,
            "preset": "patient",
            "language": "fr",
            "help_channel_id": self.channels["help"].id,
            "mod_queue_channel_id": self.channels["mod-queue"].id,
            "governance_channel_id": self.channels["governance"].id,
            "peer_role_id": self.roles["peer"].id,
            "moderator_role_id": self.roles["moderator"].id,
            "specialist_role_id": self.roles["specialist"].id,
            "admin_role_id": self.roles["admin"].id,
        }


def build_scene(emu: Emulator, name: str = "Havre test") -> Scene:
    guild = emu.add_guild(name, locale="fr")
    roles = {
        "admin": guild.add_role("Admin", Permission.ADMINISTRATOR),
        "moderator": guild.add_role("Moderator", MODERATOR_PERMS),
        "specialist": guild.add_role("Specialist"),
        "peer": guild.add_role("Peer moderator"),
    }
    see = Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES | Permission.READ_MESSAGE_HISTORY
    nothing = Permission(0)
    staff = {
        guild.bot_role: (see, nothing),
        **{roles[r]: (see, nothing) for r in ("moderator", "peer", "specialist")},
    }
    channels = {
        "general": guild.add_channel("general"),
        "help": guild.add_channel("help"),
        # Private staff channels: the team and the bot see them, members do not.
        "mod-queue": guild.add_channel("mod-queue", private=True, overwrites=staff),
        "governance": guild.add_channel(
            "governance", private=True, overwrites={guild.bot_role: (see, nothing)}
        ),
    }
    members = {
        "alice": guild.add_member("alice", locale="fr"),
        "bob": guild.add_member("bob", locale="en-US"),
        "carol": guild.add_member("carol", locale="en-GB", dms_open=False),
        "pia": guild.add_member("pia", locale="fr", roles=[roles["peer"]]),
        "max": guild.add_member("max", locale="en-US", roles=[roles["moderator"]]),
        "sam": guild.add_member("sam", locale="en-US", roles=[roles["specialist"]]),
        "ada": guild.add_member("ada", locale="fr", roles=[roles["admin"]]),
    }
    return Scene(guild, channels, roles, members)
