"""Who sees what, from Discord's permission bits and the server's configured roles (pure)."""

from __future__ import annotations

from types import SimpleNamespace

from bot.web.access import Access, Page, Role, roles_of
from bot.web.app import discord_plain
from bot.web.discord_api import ADMINISTRATOR, BAN_MEMBERS, MANAGE_GUILD, Membership
from bot.web.security import RateLimit

SETTINGS = SimpleNamespace(admin_role_id=1, moderator_role_id=2, peer_role_id=3, committee_role_id=None)


def _roles(
    perms: int = 0, held: tuple[int, ...] = (), owner: bool = False, **extra: object
) -> frozenset[Role]:
    settings = SimpleNamespace(**{**vars(SETTINGS), **extra})
    return roles_of(Membership(frozenset(held), perms, owner), settings)  # type: ignore[arg-type]


def test_roles_follow_permissions_and_the_configured_roles() -> None:
    assert _roles() == {Role.MEMBER}
    assert Role.ADMIN in _roles(ADMINISTRATOR) and Role.ADMIN in _roles(MANAGE_GUILD)
    assert Role.ADMIN in _roles(owner=True) and Role.ADMIN in _roles(held=(1,))
    assert Role.MODERATOR in _roles(BAN_MEMBERS) and Role.MODERATOR in _roles(held=(2,))
    assert _roles(held=(3,)) == {Role.MEMBER, Role.PEER}
    assert Role.COMMITTEE not in _roles(held=(9,))  # no committee role set: no committee
    assert Role.COMMITTEE in _roles(held=(9,), committee_role_id=9)  # the role set in /setup


def test_pages_by_role_and_tickets_by_handler() -> None:
    member = Access(5, 1, frozenset({Role.MEMBER}))
    committee = Access(6, 1, frozenset({Role.MEMBER, Role.COMMITTEE}))
    moderator = Access(7, 1, frozenset({Role.MEMBER, Role.MODERATOR}))
    admin = Access(8, 1, frozenset({Role.MEMBER, Role.ADMIN}))
    assert member.nav() == [Page.POLICY, Page.STANDING] and member.home() is Page.STANDING
    assert committee.can(Page.AUDITS) and committee.can(Page.REPORT) and committee.can(Page.LOG)
    assert (
        not committee.can(Page.CASES) and not committee.can(Page.EXPORTS) and committee.home() is Page.AUDITS
    )
    assert moderator.can(Page.APPEALS) and not moderator.can(Page.AUDITS) and not moderator.can(Page.LOG)
    assert all(admin.can(page) for page in Page)
    assert not moderator.may_read_ticket({99}) and moderator.may_read_ticket({7})
    assert admin.may_read_ticket(set()) and not member.may_read_ticket({5})  # the member themself: no


def test_discord_text_becomes_plain_without_ids() -> None:
    text = "**Rule** <https://x.example/r> <@123456789012345678> until <t:0:F> *Was this clear?*"
    assert discord_plain(text) == "Rule https://x.example/r @… until 1970-01-01 00:00 UTC Was this clear?"


def test_the_rate_limit_slides() -> None:
    now = [0.0]
    limit = RateLimit(2, 10.0, monotonic=lambda: now[0])
    assert limit.allow("a") and limit.allow("a") and not limit.allow("a") and limit.allow("b")
    now[0] = 10.5
    assert limit.allow("a")
