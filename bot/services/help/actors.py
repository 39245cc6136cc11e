"""Who someone is for the help journey, from their roles and permissions on the server."""

from __future__ import annotations

from collections.abc import Collection

from bot.domain.help.ticket_types import Actor, ActorRole
from bot.governance.pseudonym import ActorRole as LogRole
from bot.services.help.types import GuildHelp


def actor_role(guild: GuildHelp, role_ids: Collection[int], *, is_admin: bool) -> ActorRole:
    """Admins (the admin role, or Administrator / Manage Server) and the escalation tiers are helpers;
    trained peer moderators hold the peer role. Anyone else is a member."""
    held = set(role_ids)
    if is_admin or (guild.admin_role_id is not None and guild.admin_role_id in held):
        return ActorRole.ADMIN
    if guild.specialist_role_id is not None and guild.specialist_role_id in held:
        return ActorRole.SPECIALIST
    if guild.peer_role_id is not None and guild.peer_role_id in held:
        return ActorRole.PEER_MODERATOR
    return ActorRole.MEMBER


def actor_for(guild: GuildHelp, user_id: int, role_ids: Collection[int], *, is_admin: bool) -> Actor:
    return Actor(user_id=user_id, role=actor_role(guild, role_ids, is_admin=is_admin))


def is_trained(guild: GuildHelp, role_ids: Collection[int]) -> bool:
    """Only members holding the trained peer-moderator role can go on duty."""
    return guild.peer_role_id is not None and guild.peer_role_id in set(role_ids)


def log_role(actor: Actor | None) -> LogRole:
    """How the actor appears in the governance log."""
    if actor is None:
        return LogRole.MOD
    if actor.role is ActorRole.ADMIN:
        return LogRole.ADMIN
    if actor.role is ActorRole.MEMBER:
        return LogRole.MEMBER
    return LogRole.MOD


def log_actor_id(actor: Actor | None) -> int | None:
    """None stands for the bot acting on its own ("auto" in the log)."""
    if actor is None or actor.role is ActorRole.SYSTEM:
        return None
    return actor.user_id


SYSTEM = Actor(user_id=0, role=ActorRole.SYSTEM)
