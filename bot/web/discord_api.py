"""The dashboard's few calls to Discord: the OAuth2 token exchange, who logged in (``/users/@me`` with
their bearer token), and, with the bot's token, a member's roles in a server (to decide what they see).
No call here changes anything on Discord: effects are the bot's."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus, urlencode

import aiohttp

log = logging.getLogger(__name__)

ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
MODERATE_MEMBERS = 1 << 40


class DiscordUnavailable(Exception):
    """Discord did not answer as expected (the login cannot finish now)."""


class LoginRefused(Exception):
    """Discord refused the code (bad, reused, expired, wrong redirect or wrong client secret)."""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    locale: str | None


@dataclass(frozen=True)
class Membership:
    roles: frozenset[int]
    permissions: int
    owner: bool


def _basic(client_id: str, secret: str) -> str:
    """HTTP Basic client authentication (RFC 6749 §2.3.1: both parts form-urlencoded first)."""
    raw = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def authorize_base(api_base: str) -> str:
    """``https://discord.com/api/v10`` -> ``https://discord.com/oauth2/authorize`` (the emulator alike)."""
    root = api_base.split("/api", 1)[0]
    return f"{root}/oauth2/authorize"


class DiscordApi:
    def __init__(self, api_base: str, bot_token: str | None, *, timeout: float = 10.0) -> None:
        self.api_base = api_base.rstrip("/")
        self.bot_token = bot_token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._http: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=self._timeout)
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    def authorize_url(self, client_id: str, redirect_uri: str, state: str, challenge: str) -> str:
        query = {
            "response_type": "code",
            "client_id": client_id,
            "scope": "identify",
            "redirect_uri": redirect_uri,
            "state": state,
            "prompt": "none",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        return f"{authorize_base(self.api_base)}?{urlencode(query)}"

    async def application_id(self) -> str:
        data = await self._bot_get("/oauth2/applications/@me")
        if not isinstance(data, dict) or "id" not in data:
            raise DiscordUnavailable("no application id")
        return str(data["id"])

    async def exchange(
        self, *, client_id: str, secret: str, code: str, redirect_uri: str, verifier: str
    ) -> str:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        }
        try:
            async with self._client().post(
                f"{self.api_base}/oauth2/token",
                data=form,
                headers={"Authorization": _basic(client_id, secret)},
            ) as answer:
                body = await answer.json(content_type=None)
                status = answer.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise DiscordUnavailable(type(exc).__name__) from exc
        if status in (400, 401):
            raise LoginRefused(str(body.get("error", status)) if isinstance(body, dict) else str(status))
        if status != 200 or not isinstance(body, dict) or "access_token" not in body:
            raise DiscordUnavailable(f"token exchange answered {status}")
        return str(body["access_token"])

    async def me(self, access_token: str) -> Person:
        data = await self._get("/users/@me", f"Bearer {access_token}")
        if not isinstance(data, dict) or "id" not in data:
            raise LoginRefused("no user")
        name = data.get("global_name") or data.get("username") or "?"
        return Person(int(data["id"]), str(name), data.get("locale"))

    async def membership(self, guild_id: int, user_id: int) -> Membership | None:
        """The person's roles and permissions in the server (None: not a member)."""
        guild = await self._bot_get(f"/guilds/{guild_id}")
        member = await self._bot_get(f"/guilds/{guild_id}/members/{user_id}")
        if not isinstance(guild, dict) or not isinstance(member, dict):
            return None
        held = {int(r) for r in member.get("roles", [])}
        perms = 0
        for role in guild.get("roles", []):
            role_id = int(role["id"])
            if role_id == guild_id or role_id in held:  # @everyone's id is the server's
                perms |= int(role.get("permissions", "0"))
        return Membership(frozenset(held), perms, str(guild.get("owner_id")) == str(user_id))

    async def _bot_get(self, path: str) -> Any:
        if not self.bot_token:
            raise DiscordUnavailable("no bot token configured")
        return await self._get(path, f"Bot {self.bot_token}")

    async def _get(self, path: str, authorization: str) -> Any:
        try:
            async with self._client().get(
                f"{self.api_base}{path}", headers={"Authorization": authorization}
            ) as answer:
                if answer.status in (403, 404):
                    return None
                if answer.status == 401:
                    raise LoginRefused("unauthorized")
                if answer.status != 200:
                    raise DiscordUnavailable(f"{path.split('/')[1]} answered {answer.status}")
                return await answer.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise DiscordUnavailable(type(exc).__name__) from exc
