"""OAuth2 routes (see ``emulator/oauth.py``): the consent page, the token exchange. They are not JSON
REST routes (the page is HTML, the token endpoint reads a form), so they are plain aiohttp handlers."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from aiohttp import web

from ..oauth import OAuthError, client_credentials, consent_page, redirect_to

if TYPE_CHECKING:
    from ..core import Core

AUTHORIZE_PATHS = ("/oauth2/authorize", "/api/oauth2/authorize", "/api/v10/oauth2/authorize")
TOKEN_PATHS = ("/api/oauth2/token", "/api/v10/oauth2/token")
_FORM = "application/x-www-form-urlencoded"


def _error(exc: OAuthError) -> web.Response:
    headers = {"Content-Type": "application/json"}
    if exc.status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="discord"'
    return web.Response(status=exc.status, body=json.dumps(exc.body()).encode(), headers=headers)


def install(app: web.Application, core: Core) -> None:
    oauth = core.oauth

    def _check(values: dict[str, str]) -> tuple[str, ...]:
        oauth.check_request(
            app_id=core.app.id,
            redirect_uris=core.app.redirect_uris,
            client_id=values.get("client_id", ""),
            redirect_uri=values.get("redirect_uri", ""),
            response_type=values.get("response_type", ""),
        )
        if values.get("code_challenge") and values.get("code_challenge_method", "plain") not in {
            "plain",
            "S256",
        }:
            raise OAuthError(400, "invalid_request", "Invalid code_challenge_method")
        return oauth.scopes_of(values.get("scope", ""))

    async def authorize_page(request: web.Request) -> web.Response:
        values = dict(request.query)
        try:
            _check(values)
        except OAuthError as exc:  # Discord shows an error page; it never redirects to an unknown URI
            return web.Response(status=400, text=f"Invalid OAuth2 request: {exc.error} {exc.description}")
        people = [
            (user.id, user.display_name)
            for user in core.world.users.values()
            if not user.bot and user.id != core.app.owner_id
        ]
        keep = (
            *("response_type", "client_id", "redirect_uri", "scope", "state", "prompt"),
            *("code_challenge", "code_challenge_method"),
        )
        hidden = {k: values[k] for k in keep if k in values}
        return web.Response(text=consent_page(core.app.name, people, hidden), content_type="text/html")

    async def authorize(request: web.Request) -> web.Response:
        values = {k: str(v) for k, v in (await request.post()).items()}
        try:
            scopes = _check(values)
        except OAuthError as exc:
            return web.Response(status=400, text=f"Invalid OAuth2 request: {exc.error} {exc.description}")
        state = values.get("state")
        extra = {"state": state} if state is not None else {}
        if values.get("deny"):
            raise web.HTTPFound(redirect_to(values["redirect_uri"], {"error": "access_denied", **extra}))
        try:
            user = core.world.user(int(values.get("user_id", "")))
        except Exception:
            return web.Response(status=400, text="Choose who logs in")
        code = oauth.issue_code(
            user.id,
            values["redirect_uri"],
            scopes,
            core.world.now(),
            values.get("code_challenge") or None,
            values.get("code_challenge_method", "plain"),
        )
        raise web.HTTPFound(redirect_to(values["redirect_uri"], {"code": code, **extra}))

    async def token(request: web.Request) -> web.Response:
        if request.content_type != _FORM:  # Discord reads the token request as a form only
            return _error(OAuthError(400, "invalid_request", "Expected application/x-www-form-urlencoded"))
        form = {k: str(v) for k, v in (await request.post()).items()}
        try:
            client_id, secret = client_credentials(request.headers.get("Authorization"), form)
            if client_id != str(core.app.id) or not secret or secret != core.app.client_secret:
                raise OAuthError(401, "invalid_client")
            answer = oauth.exchange(form, now=core.world.now())
        except OAuthError as exc:
            return _error(exc)
        return web.Response(
            body=json.dumps(answer).encode(),
            headers={"Content-Type": "application/json", "Cache-Control": "no-store"},
        )

    for path in AUTHORIZE_PATHS:
        app.router.add_get(path, authorize_page)
        app.router.add_post(path, authorize)
    for path in TOKEN_PATHS:
        app.router.add_post(path, token)
