"""Check before acting: may this moderator, through this bot, do this to this member?

Discord refuses a timeout, kick or ban on the server's owner, on a member whose highest role is not
strictly below the bot's, and a timeout on an administrator; a moderator must not use the bot to act on
someone who ranks at or above them either. These checks run before anything is written, so a refused
action leaves no case behind and the moderator reads why at once, in their language. Discord may still
refuse afterwards (a role moved meanwhile): the enforcer then records the case as failed and, for a
kick or ban already explained, sends the member a correction.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.policy.models import Action
from bot.services.errors import NotAllowed

_NEEDS_BOT_RANK = (Action.TIMEOUT, Action.KICK, Action.BAN)
_PERMISSION = {
    Action.TIMEOUT: "moderate_members",
    Action.KICK: "kick_members",
    Action.BAN: "ban_members",
    Action.HIDE: "manage_messages",
}


@dataclass(frozen=True, slots=True)
class Ranks:
    """What Discord says about the three people involved, read just before acting.

    ``*_top`` are the positions of each one's highest role (0: @everyone only). ``target_present`` is
    False for a user who is not (or no longer) in the server: only a ban applies to them, and Discord's
    hierarchy does not. ``bot_permissions`` names the bot's server-wide permissions that matter here.
    """

    target_present: bool
    target_is_bot: bool = False
    target_is_owner: bool = False
    target_is_admin: bool = False
    moderator_is_owner: bool = False
    bot_top: int = 0
    target_top: int = 0
    moderator_top: int = 0
    bot_permissions: frozenset[str] = frozenset(_PERMISSION.values())


class Refused(NotAllowed):
    """A moderator's action that cannot be carried out: nothing was written, nothing was sent."""


def refusal(action: Action, moderator_id: int, target_id: int, ranks: Ranks | None) -> str | None:
    """The text key that says why ``action`` cannot be done, or None when it can. ``ranks`` None means
    Discord's side could not be read: the action is attempted and Discord has the last word."""
    if target_id == moderator_id:
        return "moderation.refuse.self"
    if ranks is None:
        return None
    if ranks.target_is_bot:
        return "moderation.refuse.bot"
    if ranks.target_is_owner:
        return "moderation.refuse.owner"
    if ranks.target_present and not ranks.moderator_is_owner and ranks.moderator_top <= ranks.target_top:
        return "moderation.refuse.above_you"
    if action in _NEEDS_BOT_RANK and ranks.target_present and ranks.bot_top <= ranks.target_top:
        return "moderation.refuse.above_bot"
    if action is Action.TIMEOUT and ranks.target_is_admin:
        return "moderation.refuse.admin_timeout"
    needed = _PERMISSION.get(action)
    if needed is not None and needed not in ranks.bot_permissions:
        return f"moderation.refuse.permission_{needed}"
    return None


def check(action: Action, moderator_id: int, target_id: int, ranks: Ranks | None) -> None:
    """Raise ``Refused`` (a member-safe, translated reason) when the action cannot be done."""
    key = refusal(action, moderator_id, target_id, ranks)
    if key is not None:
        raise Refused(key)
