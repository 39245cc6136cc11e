"""The dashboard's aiohttp application: sessions, CSRF, security headers, errors, access, templates."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from bot.domain.durations import format_duration
from bot.domain.i18n import language_of, t
from bot.services.errors import HavreError
from bot.services.wiring import Services
from bot.web.access import Access, Page, Role, roles_of
from bot.web.discord_api import DiscordApi, DiscordUnavailable
from bot.web.security import HEADERS, RateLimit, same
from bot.web.sessions import Session, SessionStore

log = logging.getLogger(__name__)

COOKIE = "havre_session"
SECURE_COOKIE = "__Host-havre_session"  # https: bound to this host, path /, Secure
ROLES_FRESH = timedelta(minutes=5)  # roles are asked of Discord again after this
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Web:
    services: Services
    sessions: SessionStore
    discord: DiscordApi
    public_url: str
    client_id: str | None
    client_secret: str | None
    login_limit: RateLimit = field(default_factory=lambda: RateLimit(10, 300.0))
    jobs: dict[str, Any] = field(default_factory=dict)  # verify runs in progress, by session

    @property
    def secure(self) -> bool:
        return self.public_url.startswith("https://")

    @property
    def cookie_name(self) -> str:
        return SECURE_COOKIE if self.secure else COOKIE

    @property
    def redirect_uri(self) -> str:
        return f"{self.public_url}/auth/callback"


WEB: web.AppKey[Web] = web.AppKey("havre_web", Web)
SESSION: web.RequestKey[Session] = web.RequestKey("havre_session", Session)
ACCESS: web.RequestKey[Access] = web.RequestKey("havre_access", Access)
PAGE: web.RequestKey[Page] = web.RequestKey("havre_page", Page)
SERVER_NAME: web.RequestKey[str] = web.RequestKey("havre_server_name", str)


def web_of(request: web.Request) -> Web:
    return request.app[WEB]


def session_of(request: web.Request) -> Session:
    item: Session = request[SESSION]
    return item


def lang_of(request: web.Request) -> str:
    item: Session | None = request.get(SESSION)
    return item.language if item is not None else "en"


def client_ip(request: web.Request) -> str:
    return request.remote or "?"


# -- access -----------------------------------------------------------------------------------------


async def access_of(request: web.Request) -> Access:
    """The logged-in person's access in the chosen server; redirects to the login or the server choice."""
    cached: Access | None = request.get(ACCESS)
    if cached is not None:
        return cached
    item = session_of(request)
    if item.user_id is None:
        raise web.HTTPFound("/login")
    if item.guild_id is None:
        raise web.HTTPFound("/servers")
    app = web_of(request)
    now = app.services.clock.now().timestamp()
    data = item.data
    if now - float(data.get("roles_at", 0)) > ROLES_FRESH.total_seconds():
        settings = await app.services.guilds.load(item.guild_id)
        try:
            membership = await app.discord.membership(item.guild_id, item.user_id)
        except DiscordUnavailable:
            membership = None
            if "roles" in data:  # Discord's bad minute: keep what we knew a little longer
                membership = False  # type: ignore[assignment]
        if membership is None:
            item.guild_id = None
            item.dirty = True
            raise web.HTTPFound("/servers")
        if membership is not False:
            data["roles"] = sorted(roles_of(membership, settings))
            data["role_ids"] = sorted(str(r) for r in membership.roles)  # for services that check roles
            data["roles_at"] = now
            item.dirty = True
    access = Access(item.user_id, item.guild_id, frozenset(Role(r) for r in data.get("roles", ["member"])))
    request[ACCESS] = access
    return access


def page(which: Page) -> Callable[[Callable[[web.Request, Access], Awaitable[Any]]], Handler]:
    """A handler for ``which``: the person must be logged in and allowed to see it (403 otherwise)."""

    def wrap(handler: Callable[[web.Request, Access], Awaitable[Any]]) -> Handler:
        async def run(request: web.Request) -> web.StreamResponse:
            access = await access_of(request)
            if not access.can(which):
                raise Forbidden()
            request[PAGE] = which
            result = await handler(request, access)
            if isinstance(result, web.StreamResponse):
                return result
            return await render(request, result[0], result[1])

        return run

    return wrap


async def render(
    request: web.Request, template: str, context: dict[str, Any], *, status: int = 200
) -> web.Response:
    """A page with the shared context as it is now (the access and the server are known by then)."""
    merged = {**(await template_context(request)), **context}
    return aiohttp_jinja2.render_template(template, request, merged, status=status)


class Forbidden(Exception):
    """Not for this person: a kind 403 page (never a hint of what is behind it)."""


# -- middlewares ------------------------------------------------------------------------------------


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await _errors(request, handler)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if web_of(request).secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if not request.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


async def _errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 400 and exc.status not in (405, 413):
            return await _error_page(
                request, exc.status, "web.error.not_found" if exc.status == 404 else None
            )
        raise
    except Forbidden:
        return await _error_page(request, 403, "web.error.forbidden")
    except HavreError as exc:
        return await _error_page(request, 400, exc.key, **exc.fields)
    except Exception:  # never a traceback to the person; the log names the route, not the content
        log.exception("dashboard error on %s %s", request.method, request.match_info.route.resource)
        return await _error_page(request, 500, "web.error.internal")


async def _error_page(request: web.Request, status: int, key: str | None, **fields: object) -> web.Response:
    lang = lang_of(request)
    try:
        message = t(key or "web.error.generic", lang, **fields)
    except (KeyError, IndexError):
        message = t("web.error.generic", lang)
    # rendered with the shared context itself: the error may come from before the template middleware ran
    return await render(request, "error.html", {"status": status, "message": message}, status=status)


@web.middleware
async def sessions(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith("/static/"):
        return await handler(request)
    app = web_of(request)
    item = await app.sessions.load(request.cookies.get(app.cookie_name))
    if item is None:
        locale = request.headers.get("Accept-Language", "")[:2]
        item = app.sessions.anonymous(language_of(locale))
    request[SESSION] = item
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        await _check_csrf(request, app, item)
    try:
        response = await handler(request)
    except web.HTTPException as exc:  # a redirect is an answer too: its session changes are kept
        await _persist(request, app, exc)
        raise
    await _persist(request, app, response)
    return response


async def _persist(request: web.Request, app: Web, response: web.StreamResponse) -> None:
    current: Session = request[SESSION]  # the login replaces it (a fresh token)
    if not current.dirty:
        return
    if current.logged_in or current.data:
        await app.sessions.save(current)
        response.set_cookie(
            app.cookie_name,
            current.token,
            httponly=True,
            secure=app.secure,
            samesite="Lax",  # Lax: Discord's redirect back after the login is a top-level GET
            path="/",
            max_age=12 * 3600,
        )
    elif current.expires_at is not None:
        await app.sessions.save(current)


async def _check_csrf(request: web.Request, app: Web, item: Session) -> None:
    origin = request.headers.get("Origin")
    if (
        origin
        and origin != "null"
        and origin.rstrip("/") != app.public_url
        and origin != _own_origin(request)
    ):
        raise Forbidden()
    form = await request.post()
    if item.new or not same(str(form.get("csrf", "")), item.csrf):
        raise Forbidden()


def _own_origin(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


# -- templates --------------------------------------------------------------------------------------


def template_context(request: web.Request) -> Awaitable[dict[str, Any]]:
    async def build() -> dict[str, Any]:
        lang = lang_of(request)
        item: Session | None = request.get(SESSION)
        access: Access | None = request.get(ACCESS)

        def _(key: str, **fields: object) -> str:
            return t(key, lang, **fields)

        return {
            "_": _,
            "lang": lang,
            "csrf": item.csrf if item is not None else "",
            "who": (item.data.get("name") if item is not None else None),
            "access": access,
            "nav": access.nav() if access is not None else [],
            "current": request.get(PAGE),
            "server_name": request.get(SERVER_NAME, ""),
            "here": request.path if request.method == "GET" else "/",
        }

    return build()


_STAMP = re.compile(r"<t:(\d{1,12})(?::([tTdDfFR]))?>")
_LINK = re.compile(r"<(https?://[^>\s]+)>")
_MENTION = re.compile(r"<@[!&]?\d+>")
_ITALIC = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")


def discord_plain(text: str | None, now: datetime | None = None, lang: str = "en") -> str:
    """A text written for Discord, for a web page: timestamps as UTC dates (relative ones in words when
    ``now`` is known), no markdown marks, no mention ids (a member's id never reaches the page)."""
    if not text:
        return ""

    def stamp(match: re.Match[str]) -> str:
        moment = datetime.fromtimestamp(int(match.group(1)), tz=UTC)
        if match.group(2) == "R" and now is not None:
            delta = moment - now
            minutes = max(1, round(abs(delta.total_seconds()) / 60))
            words = format_duration(timedelta(minutes=minutes), lang)
            return t("web.common.in" if delta >= timedelta(0) else "web.common.ago", lang, time=words)
        return moment.strftime("%Y-%m-%d %H:%M UTC")

    text = _STAMP.sub(stamp, text)
    text = _LINK.sub(r"\1", text)
    text = _MENTION.sub("@…", text)
    text = text.replace("**", "").replace("__", "").replace("||", "")
    return _ITALIC.sub(r"\1", text)
