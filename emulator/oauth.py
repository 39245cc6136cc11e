"""OAuth2 authorisation code grant, as Discord runs it (for a dashboard's "Log in with Discord").

* ``GET /oauth2/authorize?response_type=code&client_id=…&redirect_uri=…&scope=identify&state=…``
  (also under ``/api/oauth2/authorize`` and ``/api/v10/oauth2/authorize``): Discord's consent page; here a
  plain page listing the seeded people, where a test (or a person trying the sandbox) picks who logs in;
* ``POST`` to the same address: the chosen person authorises; the browser is sent back to
  ``redirect_uri?code=…&state=…`` (the state returned as given);
* ``POST /api/v10/oauth2/token`` (form-encoded, client credentials by HTTP Basic or in the form):
  a code for a bearer token, once;
* ``GET /api/v10/users/@me`` with ``Authorization: Bearer …``: the person who authorised.

Refused as Discord refuses them: an unknown client or a redirect that was not registered (on the page),
a wrong client secret (401 ``invalid_client``), an unknown, expired or reused code, a ``redirect_uri``
other than the one the code was issued for, a PKCE verifier that does not match (400 ``invalid_grant``),
an unsupported ``grant_type`` (400 ``unsupported_grant_type``). A code is single use: presenting it twice
also revokes the token it gave (RFC 6749 §4.1.2).
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import unquote_plus, urlencode

CODE_LIFETIME = timedelta(minutes=10)
TOKEN_LIFETIME = timedelta(days=7)
SCOPES = frozenset({"identify", "email", "guilds", "guilds.members.read"})


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str = "") -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.description = description

    def body(self) -> dict[str, str]:
        body = {"error": self.error}
        if self.description:
            body["error_description"] = self.description
        return body


@dataclass
class Grant:
    user_id: int
    redirect_uri: str
    scopes: tuple[str, ...]
    issued_at: datetime
    challenge: str | None = None
    method: str = "plain"
    used: bool = False
    token: str | None = None


@dataclass
class Token:
    user_id: int
    scopes: tuple[str, ...]
    expires_at: datetime


@dataclass
class OAuthState:
    grants: dict[str, Grant] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)

    def check_request(
        self, *, app_id: int, redirect_uris: list[str], client_id: str, redirect_uri: str, response_type: str
    ) -> None:
        if client_id != str(app_id):
            raise OAuthError(400, "invalid_client", "Unknown application")
        if response_type != "code":
            raise OAuthError(400, "unsupported_response_type")
        if redirect_uri not in redirect_uris:
            raise OAuthError(400, "invalid_request", 'Invalid "redirect_uri" in request.')

    @staticmethod
    def scopes_of(scope: str) -> tuple[str, ...]:
        wanted = tuple(part for part in scope.replace("+", " ").split() if part)
        if not wanted or any(part not in SCOPES for part in wanted):
            raise OAuthError(400, "invalid_scope", "Invalid scope")
        return wanted

    def issue_code(
        self,
        user_id: int,
        redirect_uri: str,
        scopes: tuple[str, ...],
        now: datetime,
        challenge: str | None = None,
        method: str = "plain",
    ) -> str:
        code = secrets.token_urlsafe(22)
        self.grants[code] = Grant(user_id, redirect_uri, scopes, now, challenge, method)
        return code

    def exchange(self, form: dict[str, str], *, now: datetime) -> dict[str, object]:
        if form.get("grant_type") != "authorization_code":
            raise OAuthError(400, "unsupported_grant_type")
        code = form.get("code", "")
        grant = self.grants.get(code)
        if grant is None or now - grant.issued_at > CODE_LIFETIME:
            raise OAuthError(400, "invalid_grant", 'Invalid "code" in request.')
        if grant.used:
            if grant.token is not None:  # a replayed code: what it gave is revoked too
                self.tokens.pop(grant.token, None)
            raise OAuthError(400, "invalid_grant", 'Invalid "code" in request.')
        if form.get("redirect_uri", "") != grant.redirect_uri:
            raise OAuthError(400, "invalid_grant", 'Invalid "redirect_uri" in request.')
        if grant.challenge is not None and not _pkce_ok(grant, form.get("code_verifier", "")):
            raise OAuthError(400, "invalid_grant", 'Invalid "code_verifier" in request.')
        grant.used = True
        token = secrets.token_urlsafe(24)
        grant.token = token
        self.tokens[token] = Token(grant.user_id, grant.scopes, now + TOKEN_LIFETIME)
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(TOKEN_LIFETIME.total_seconds()),
            "refresh_token": secrets.token_urlsafe(24),
            "scope": " ".join(grant.scopes),
        }

    def user_of(self, authorization: str | None, now: datetime) -> Token | None:
        if not authorization or not authorization.startswith("Bearer "):
            return None
        token = self.tokens.get(authorization[len("Bearer ") :])
        if token is None or token.expires_at <= now:
            return None
        return token


def _pkce_ok(grant: Grant, verifier: str) -> bool:
    if not 43 <= len(verifier) <= 128:
        return False
    if grant.method == "S256":
        digest = hashlib.sha256(verifier.encode()).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    else:
        expected = verifier
    return secrets.compare_digest(expected, grant.challenge or "")


def client_credentials(authorization: str | None, form: dict[str, str]) -> tuple[str, str]:
    """The client id and secret, from HTTP Basic (preferred by RFC 6749) or the form."""
    if authorization and authorization.startswith("Basic "):
        try:
            raw = base64.b64decode(authorization[len("Basic ") :]).decode()
        except ValueError:
            raise OAuthError(401, "invalid_client") from None
        client_id, _, secret = raw.partition(":")
        return unquote_plus(client_id), unquote_plus(secret)  # RFC 6749 §2.3.1: form-encoded first
    return form.get("client_id", ""), form.get("client_secret", "")


def consent_page(app_name: str, people: list[tuple[int, str]], hidden: dict[str, str]) -> str:
    """The emulator's stand-in for Discord's consent screen: one button per seeded person."""
    fields = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">' for k, v in hidden.items()
    )
    buttons = "".join(
        f'<li><button type="submit" name="user_id" value="{uid}">{html.escape(name)}</button></li>'
        for uid, name in people
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Authorise {html.escape(app_name)}</title></head><body>"
        f"<h1>{html.escape(app_name)} wants to know who you are</h1>"
        "<p>Emulated Discord: choose who logs in (scope: your name and id).</p>"
        f'<form method="post">{fields}<ul>{buttons}</ul>'
        '<button type="submit" name="deny" value="1">Cancel</button></form></body></html>'
    )


def redirect_to(redirect_uri: str, params: dict[str, str]) -> str:
    joiner = "&" if "?" in redirect_uri else "?"
    return redirect_uri + joiner + urlencode(params)
