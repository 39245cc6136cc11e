"""Who sees what, from the server's roles as Discord reports them to the bot.

* admins (the server's owner, Administrator or Manage Server, or the configured admin role): everything;
* moderators (Moderate, Kick or Ban Members, or the moderator role): cases, the review and appeal queues,
  the help queue; a ticket's transcript only when they handled that ticket;
* the governance committee (the committee role set in /setup, when the server has one): audits, the
  log's state, the trust report;
* anyone else who is a member: their own standing, and the rules.

The same definition as the slash commands' checks (``cogs.core.common.staff_by_permissions``), which
the web cannot import (it never imports cogs), so it is restated here over Discord's permission bits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.db.models import GuildSettings
from bot.web.discord_api import (
    ADMINISTRATOR,
    BAN_MEMBERS,
    KICK_MEMBERS,
    MANAGE_GUILD,
    MODERATE_MEMBERS,
    Membership,
)


class Role(StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    COMMITTEE = "committee"
    PEER = "peer"  # a trained peer: handles help requests (their own tickets' transcripts only)
    MEMBER = "member"


class Page(StrEnum):
    OVERVIEW = "overview"
    CASES = "cases"
    APPEALS = "appeals"
    REVIEWS = "reviews"
    HELP = "help"
    LOG = "log"  # the governance log's state: verify, checkpoints
    EXPORTS = "exports"
    AUDITS = "audits"
    REPORT = "report"
    POLICY = "policy"  # the rules as members read them
    POLICY_EDIT = "policy_edit"
    STANDING = "standing"


STAFF = frozenset({Role.ADMIN, Role.MODERATOR})
GOVERNANCE = frozenset({Role.ADMIN, Role.COMMITTEE})
WHO_SEES: dict[Page, frozenset[Role]] = {
    Page.OVERVIEW: STAFF,
    Page.CASES: STAFF,
    Page.APPEALS: STAFF,
    Page.REVIEWS: STAFF,
    Page.HELP: STAFF,
    Page.LOG: GOVERNANCE,
    Page.EXPORTS: frozenset({Role.ADMIN}),
    Page.AUDITS: GOVERNANCE,
    Page.REPORT: GOVERNANCE,
    Page.POLICY: frozenset(Role),
    Page.POLICY_EDIT: frozenset({Role.ADMIN}),
    Page.STANDING: frozenset(Role),
}
NAV = (
    Page.OVERVIEW,
    Page.CASES,
    Page.APPEALS,
    Page.REVIEWS,
    Page.HELP,
    Page.LOG,
    Page.AUDITS,
    Page.REPORT,
    Page.POLICY,
    Page.STANDING,
)


def committee_role_of(settings: GuildSettings) -> int | None:
    """The committee role set in /setup (``committee_role_id``); None: the server has no committee."""
    return settings.committee_role_id


def roles_of(membership: Membership, settings: GuildSettings) -> frozenset[Role]:
    perms = membership.permissions
    held = membership.roles
    roles = {Role.MEMBER}
    if (
        membership.owner
        or perms & (ADMINISTRATOR | MANAGE_GUILD)
        or (settings.admin_role_id is not None and settings.admin_role_id in held)
    ):
        roles.add(Role.ADMIN)
    if perms & (MODERATE_MEMBERS | KICK_MEMBERS | BAN_MEMBERS) or (
        settings.moderator_role_id is not None and settings.moderator_role_id in held
    ):
        roles.add(Role.MODERATOR)
    if settings.peer_role_id is not None and settings.peer_role_id in held:
        roles.add(Role.PEER)
    committee = committee_role_of(settings)
    if committee is not None and committee in held:
        roles.add(Role.COMMITTEE)
    return frozenset(roles)


@dataclass(frozen=True)
class Access:
    user_id: int
    guild_id: int
    roles: frozenset[Role]

    @property
    def admin(self) -> bool:
        return Role.ADMIN in self.roles

    def can(self, page: Page) -> bool:
        return bool(WHO_SEES[page] & self.roles)

    def nav(self) -> list[Page]:
        return [page for page in NAV if self.can(page)]

    def home(self) -> Page:
        for page in (Page.OVERVIEW, Page.AUDITS):
            if self.can(page):
                return page
        return Page.STANDING

    def may_read_ticket(self, handled_by: set[int]) -> bool:
        """A ticket's transcript: the staff who handled it, and admins."""
        handler = bool({Role.MODERATOR, Role.PEER} & self.roles)
        return self.admin or (handler and self.user_id in handled_by)
