"""The request pipeline every REST route goes through, in Discord's order.

1. parse the body: JSON, or multipart/form-data with ``payload_json`` and file parts;
2. authenticate (``Authorization: Bot <token>``; webhook and interaction-callback routes use the token in
   the URL instead) -> 401;
3. injected faults: latency, 429s, 5xx bursts;
4. validate the JSON body (for multipart, the parsed ``payload_json``) against the OpenAPI description
   -> 400 with code 50035;
5. the handler, whose ``DiscordHTTPError`` becomes Discord's JSON error answer;
6. record the exchange.

Answers carry ``Content-Type: application/json`` exactly: discord.py only parses JSON when the header
is exactly that string.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import aiohttp
from aiohttp import web

from .. import errors
from ..messaging import UploadedFile
from ..recorder import RestCall

if TYPE_CHECKING:
    from ..core import Core

API_PREFIX = "/api/v10"
_log = logging.getLogger(__name__)


@dataclass
class RestRequest:
    method: str
    path: str
    route: str
    params: dict[str, str]
    query: dict[str, str]
    json: Any
    files: list[UploadedFile] = field(default_factory=list)
    reason: str | None = None
    bearer_user_id: int | None = None  # an OAuth2 bearer token's user (routes that accept one)

    def snowflake(self, name: str) -> int:
        try:
            return int(self.params[name])
        except (KeyError, ValueError):
            raise errors.invalid_form(name, "NUMBER_TYPE_COERCE", "Value is not snowflake.") from None

    def body(self) -> dict[str, Any]:
        return self.json if isinstance(self.json, dict) else {}

    def flag(self, name: str) -> bool:
        return self.query.get(name, "").lower() in {"1", "true"}


@dataclass
class Reply:
    status: int = 200
    body: Any = None


Handler = Callable[[RestRequest], Awaitable[Any]]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> web.Response:
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return web.Response(status=status, body=json.dumps(body).encode(), headers=all_headers)


async def _parse_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    if not request.can_read_body:
        return None, []
    content_type = request.content_type
    if content_type.startswith("multipart/"):
        payload: Any = None
        files: list[UploadedFile] = []
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, aiohttp.BodyPartReader):  # nested multipart: not used by Discord
                continue
            data = await part.read(decode=False)
            if part.name == "payload_json":
                payload = json.loads(bytes(data).decode())
            elif part.filename is not None:
                files.append(
                    UploadedFile(
                        field_name=part.name or "",
                        filename=part.filename,
                        content_type=part.headers.get("Content-Type"),
                        data=bytes(data),
                    )
                )
        return payload, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        raise errors.DiscordHTTPError(400, 50109, "The request body contains invalid JSON.") from None


class RestRouter:
    def __init__(self, core: Core) -> None:
        self.core = core
        self._routes: list[tuple[str, str, Handler, bool, bool]] = []

    def add(
        self, method: str, template: str, handler: Handler, *, auth: bool = True, bearer: bool = False
    ) -> None:
        """``bearer``: the route also answers an OAuth2 bearer token (``GET /users/@me``)."""
        self._routes.append((method, template, handler, auth, bearer))

    def install(self, app: web.Application) -> None:
        for method, template, handler, auth, bearer in self._routes:
            app.router.add_route(
                method, API_PREFIX + template, self._wrap(method, template, handler, auth, bearer)
            )

    def _wrap(self, method: str, template: str, handler: Handler, auth: bool, bearer: bool) -> Any:
        route = f"{method} {template}"

        async def endpoint(request: web.Request) -> web.StreamResponse:
            return await self._serve(request, route, handler, auth, bearer)

        return endpoint

    async def _serve(
        self, request: web.Request, route: str, handler: Handler, auth: bool, bearer: bool = False
    ) -> web.StreamResponse:
        core = self.core
        path = request.path[len(API_PREFIX) :]
        reason_header = request.headers.get("X-Audit-Log-Reason")
        body: Any = None
        files: list[UploadedFile] = []
        headers: dict[str, str] = {}
        try:
            body, files = await _parse_body(request)
            authorization = request.headers.get("Authorization")
            bearer_user_id = None
            if bearer and authorization and authorization.startswith("Bearer "):
                token = core.oauth.user_of(authorization, core.world.now())
                if token is None:
                    raise errors.unauthorized()
                bearer_user_id = token.user_id
            elif auth and authorization != f"Bot {core.app.bot_token}":
                raise errors.unauthorized()
            delay = core.faults.delay_for(route)
            if delay:
                await asyncio.sleep(delay)
            fault = core.faults.take(route)
            if fault is not None:
                status, answer, headers = fault.status, fault.body, fault.headers
            else:
                problem = None
                if body is not None and core.validator is not None:
                    problem = core.validator.validate(request.method, path, body)
                if problem is not None:
                    status, answer = 400, problem
                else:
                    rest_request = RestRequest(
                        method=request.method,
                        path=path,
                        route=route,
                        params=dict(request.match_info),
                        query=dict(request.query),
                        json=body,
                        files=files,
                        reason=unquote(reason_header) if reason_header else None,
                        bearer_user_id=bearer_user_id,
                    )
                    result = await handler(rest_request)
                    reply = result if isinstance(result, Reply) else Reply(200, result)
                    status, answer = reply.status, reply.body
        except errors.DiscordHTTPError as exc:
            status, answer = exc.status, exc.body()
        except Exception as exc:  # an emulator bug: fail the request fast instead of a retried 500
            _log.exception("emulator error on %s", route)
            core.internal_errors.append(f"{route}: {exc!r}")
            status, answer = 400, {"code": -1, "message": f"Havre emulator error: {exc!r}"}
        core.recorder.record_rest(
            RestCall(
                method=request.method,
                path=path,
                route=route,
                query=dict(request.query),
                json=body,
                status=status,
                response=answer,
                at=datetime.now(UTC),
                monotonic=time.monotonic(),
                reason=unquote(reason_header) if reason_header else None,
                filenames=tuple(f.filename for f in files),
            )
        )
        if status == 204 or answer is None:
            return web.Response(status=204 if status < 300 else status, headers=headers)
        return json_response(status, answer, headers)
