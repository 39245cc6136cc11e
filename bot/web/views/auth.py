"""Login with Discord (OAuth2 authorisation code flow with state and PKCE), the server choice, logout,
the language switch."""

from __future__ import annotations

import logging

import aiohttp_jinja2
from aiohttp import web

from bot.domain.i18n import language_of
from bot.web.access import Page
from bot.web.app import SESSION, access_of, client_ip, session_of, web_of
from bot.web.discord_api import DiscordUnavailable, LoginRefused
from bot.web.reads import Reads
from bot.web.security import new_token, pkce_pair, same

log = logging.getLogger(__name__)


async def home(request: web.Request) -> web.StreamResponse:
    item = session_of(request)
    if item.user_id is None:
        raise web.HTTPFound("/login")
    access = await access_of(request)
    raise web.HTTPFound(f"/{access.home().value}")


async def login_page(request: web.Request) -> web.StreamResponse:
    app = web_of(request)
    item = session_of(request)
    if item.new:  # kept, so the language switch on this page has a CSRF token to match
        item.data["visitor"] = True
        item.dirty = True
    ready = bool(app.client_secret)
    return aiohttp_jinja2.render_template("login.html", request, {"ready": ready, "problem": None})


async def login_start(request: web.Request) -> web.StreamResponse:
    app = web_of(request)
    if not app.login_limit.allow(client_ip(request)):
        return aiohttp_jinja2.render_template(
            "login.html", request, {"ready": True, "problem": "web.login.too_many"}, status=429
        )
    if not app.client_secret:
        raise web.HTTPFound("/login")
    if app.client_id is None:
        try:
            app.client_id = await app.discord.application_id()
        except DiscordUnavailable:
            return aiohttp_jinja2.render_template(
                "login.html", request, {"ready": True, "problem": "web.login.unavailable"}, status=503
            )
    item = session_of(request)
    state = new_token(24)
    verifier, challenge = pkce_pair()
    item.data["login"] = {"state": state, "verifier": verifier}
    item.dirty = True
    raise web.HTTPFound(app.discord.authorize_url(app.client_id, app.redirect_uri, state, challenge))


async def callback(request: web.Request) -> web.StreamResponse:
    app = web_of(request)
    item = session_of(request)
    pending = item.data.pop("login", None)
    item.dirty = True
    state = request.query.get("state", "")
    code = request.query.get("code", "")

    def refused(key: str, status: int = 400) -> web.StreamResponse:
        return aiohttp_jinja2.render_template(
            "login.html", request, {"ready": bool(app.client_secret), "problem": key}, status=status
        )

    if not app.login_limit.allow(client_ip(request)):
        return refused("web.login.too_many", 429)
    if not isinstance(pending, dict) or not same(state, str(pending.get("state", ""))):
        return refused("web.login.expired")
    if not code or app.client_id is None or not app.client_secret:
        return refused("web.login.cancelled")
    try:
        token = await app.discord.exchange(
            client_id=app.client_id,
            secret=app.client_secret,
            code=code,
            redirect_uri=app.redirect_uri,
            verifier=str(pending.get("verifier", "")),
        )
        person = await app.discord.me(token)
    except LoginRefused:
        return refused("web.login.refused")
    except DiscordUnavailable:
        return refused("web.login.unavailable", 503)
    fresh = await app.sessions.rotate(item, person.id)
    fresh.language = language_of(person.locale, item.language)
    fresh.data["name"] = person.name[:80]
    fresh.dirty = True
    request[SESSION] = fresh
    raise web.HTTPFound("/servers")


async def servers(request: web.Request) -> web.StreamResponse:
    """The servers this person shares with the bot; straight in when there is one."""
    app = web_of(request)
    item = session_of(request)
    if item.user_id is None:
        raise web.HTTPFound("/login")
    choices = []
    for settings in await Reads(app.services).guilds():
        try:
            if await app.discord.membership(settings.id, item.user_id) is not None:
                choices.append(settings)
        except DiscordUnavailable:
            continue
    if request.method == "POST":
        form = await request.post()
        wanted = str(form.get("server", ""))
        chosen = next((s for s in choices if str(s.id) == wanted), None)
        if chosen is not None:
            return await _enter(request, chosen.id)
    if len(choices) == 1:
        return await _enter(request, choices[0].id)
    return aiohttp_jinja2.render_template(
        "servers.html", request, {"choices": [(s.id, s.name or str(s.id)) for s in choices]}
    )


async def _enter(request: web.Request, guild_id: int) -> web.StreamResponse:
    item = session_of(request)
    item.guild_id = guild_id
    item.data.pop("roles", None)
    item.data.pop("roles_at", None)
    item.dirty = True
    access = await access_of(request)
    raise web.HTTPFound(f"/{access.home().value}")


async def logout(request: web.Request) -> web.StreamResponse:
    app = web_of(request)
    item = session_of(request)
    await app.sessions.drop(item.token)
    item.dirty = False
    response = web.HTTPFound("/login")
    response.del_cookie(app.cookie_name, path="/")
    raise response


async def language(request: web.Request) -> web.StreamResponse:
    item = session_of(request)
    form = await request.post()
    item.language = language_of(str(form.get("lang", "")), item.language)
    item.dirty = True
    back = str(form.get("back", "/"))
    raise web.HTTPFound(back if back.startswith("/") and not back.startswith("//") else "/")


def install(app: web.Application) -> None:
    app.router.add_get("/", home)
    app.router.add_get("/login", login_page)
    app.router.add_get("/auth/login", login_start)
    app.router.add_get("/auth/callback", callback)
    app.router.add_get("/servers", servers)
    app.router.add_post("/servers", servers)
    app.router.add_post("/logout", logout)
    app.router.add_post("/language", language)
    _ = Page  # the pages themselves are in the other modules
