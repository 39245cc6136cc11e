"""Shared adapter helpers for cogs: the member's language, safe replies, and real permission checks.

``default_permissions`` on a command is only a hint to Discord's UI (a server can override it), so
every moderator command also runs ``require(...)``, which checks the member's actual permissions and the
server's configured roles on every invocation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar, cast

import discord
from discord import app_commands

from bot.app import HavreBot
from bot.domain.i18n import language_of, t
from bot.domain.relay_text import defuse_links
from bot.services.errors import HavreError, NotAllowed
from bot.services.guilds import StaffRole
from bot.services.wiring import Services

log = logging.getLogger(__name__)
T = TypeVar("T")
NO_PINGS = discord.AllowedMentions.none()


MESSAGE_MAX = 2000  # Discord's limit for a message's content


def fit(text: str, limit: int = MESSAGE_MAX) -> str:
    """Text cut to a Discord limit, with an ellipsis when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe(text: str, limit: int = 1500) -> str:
    """User-supplied text: mentions and masked links defused (links shown as plain text), Discord's
    limits kept."""
    return fit(defuse_links(discord.utils.escape_mentions(text)), limit)


def stamp(when: datetime, style: str = "R") -> str:
    """A Discord timestamp, shown in each reader's own time zone."""
    return f"<t:{int(when.timestamp())}:{style}>"


def pings(users: Iterable[int] = (), roles: Iterable[int] = ()) -> discord.AllowedMentions:
    """Mentions that ping exactly these users and roles, nobody else."""
    return discord.AllowedMentions(
        everyone=False,
        users=[discord.Object(u) for u in users],
        roles=[discord.Object(r) for r in roles],
        replied_user=False,
    )


def replies_to_member(message: discord.Message) -> bool:
    """A Discord reply to another member's message (not a bot's, not the author's own): an addressee."""
    reference = message.reference
    if message.type is not discord.MessageType.reply or reference is None:
        return False
    target = reference.resolved
    if not isinstance(target, discord.Message):
        return False  # deleted or unknown: no addressee we can be sure of
    return not target.author.bot and target.author.id != message.author.id


def services_of(interaction: discord.Interaction[Any]) -> Services:
    """The running bot's typed services (what ``Interaction[HavreBot].client.services`` gives)."""
    client = interaction.client
    if not isinstance(client, HavreBot):
        raise TypeError("this interaction does not come from Havre's bot")
    return client.services


def lang_of(interaction: discord.Interaction) -> str:
    fallback = language_of(str(interaction.guild_locale)) if interaction.guild_locale else "en"
    return language_of(str(interaction.locale) if interaction.locale else None, fallback)


async def reply(
    interaction: discord.Interaction, content: str, *, ephemeral: bool = True, **kwargs: Any
) -> None:
    """Answer an interaction whether or not it was already answered or deferred; never pings."""
    kwargs.setdefault("allowed_mentions", NO_PINGS)
    if interaction.response.is_done():
        await interaction.followup.send(content, ephemeral=ephemeral, **kwargs)
    else:
        await interaction.response.send_message(content, ephemeral=ephemeral, **kwargs)


Role = StaffRole


def staff_by_permissions(perms: discord.Permissions, role: Role) -> bool:
    """What Discord permissions alone grant, the one definition: administrators hold every role; Manage
    Server makes an admin; Moderate, Kick or Ban Members make a moderator. Other roles only come from the
    server's configured roles (``has_role``)."""
    if perms.administrator:
        return True
    if role is Role.ADMIN:
        return perms.manage_guild
    if role is Role.MODERATOR:
        return perms.moderate_members or perms.kick_members or perms.ban_members
    return False


def has_role(member: discord.Member, role: Role, configured_role_ids: dict[Role, int | None]) -> bool:
    """The member holds ``role``: by their permissions, or through the role the server configured for it."""
    if staff_by_permissions(member.guild_permissions, role):
        return True
    return configured_role_ids.get(role) in {r.id for r in member.roles}


RoleResolver = Callable[[discord.Interaction], Any]


class Refused(app_commands.CheckFailure):
    """A failed permission check, carrying the member-safe error (discord.py only routes CheckFailure
    subclasses from checks to the tree's error handler)."""

    def __init__(self, error: HavreError) -> None:
        super().__init__(error.key)
        self.error = error


async def staff_refusal(interaction: discord.Interaction, role: Role) -> NotAllowed | None:
    """The one place that decides whether the invoker holds ``role`` on this server: their real
    permissions and the server's configured roles (``has_role``), checked on every use. None when they do,
    else the member-safe refusal."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return NotAllowed("common.error_guild_only")
    resolver = getattr(interaction.client, "configured_roles", None)
    configured = await resolver(interaction.guild.id) if resolver else {}
    if has_role(interaction.user, role, configured):
        return None
    return NotAllowed(role=t(f"common.role_{role.value}", lang_of(interaction)))


async def ensure_role(interaction: discord.Interaction, role: Role) -> None:
    """The check run inside a command body, a button or a form: a refusal raises ``NotAllowed``, which the
    interaction error handler turns into a calm reply in the member's language."""
    refusal = await staff_refusal(interaction, role)
    if refusal is not None:
        raise refusal


def require(role: Role) -> Callable[[T], T]:
    """The same check as an app-command check (``default_permissions`` is only a hint): a refusal raises
    ``Refused``, a ``CheckFailure`` that the tree's error handler answers the same calm way."""

    async def predicate(interaction: discord.Interaction) -> bool:
        refusal = await staff_refusal(interaction, role)
        if refusal is not None:
            raise Refused(refusal)
        return True

    return app_commands.check(predicate)


def describe_error(error: BaseException, lang: str) -> str | None:
    """A member-safe text for a known error, or None for an unexpected one."""
    if isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError):
        error = error.__cause__ or error
    if isinstance(error, Refused):
        error = error.error
    if isinstance(error, HavreError):
        return t(error.key, error.voice or lang, **error.fields)
    if isinstance(error, app_commands.NoPrivateMessage):
        return t("common.error_guild_only", lang)
    if isinstance(error, app_commands.CommandOnCooldown):
        return t("common.error_cooldown", lang, seconds=int(error.retry_after) + 1)
    if isinstance(
        error, app_commands.MissingPermissions | app_commands.MissingAnyRole | app_commands.MissingRole
    ):
        return t("common.error_not_allowed", lang, role=t("common.role_moderator", lang))
    return None


async def handle_interaction_error(interaction: discord.Interaction, error: BaseException) -> None:
    """The one place errors become replies: calm, ephemeral, in the member's language."""
    lang = lang_of(interaction)
    text = describe_error(error, lang)
    if text is None:
        log.error(
            "unexpected error in interaction",
            exc_info=error,
            extra={
                "guild_id": interaction.guild_id,
                "user_id": interaction.user.id if interaction.user else None,
                "command": interaction.command.qualified_name if interaction.command else None,
                "custom_id": cast("dict[str, Any]", interaction.data or {}).get("custom_id"),
            },
        )
        text = t("common.error_generic", lang)
    try:
        await reply(interaction, text)
    except discord.HTTPException:
        log.warning("could not send the error reply for interaction %s", interaction.id)


class SafeView(discord.ui.View):
    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await handle_interaction_error(interaction, error)


class SafeModal(discord.ui.Modal):
    # discord.py's own Modal narrows BaseView.on_error the same way (its signature, exactly)
    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await handle_interaction_error(interaction, error)
