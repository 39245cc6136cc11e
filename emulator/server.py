"""The loopback HTTP server: REST under ``/api/v10``, the gateway WebSocket at ``/``, attachments (the
emulator's CDN) under ``/attachments/...``. Unknown API routes answer Discord's ``404: Not Found``.
"""

from __future__ import annotations

from aiohttp import web

from . import errors
from .core import Core
from .rest import applications, channels, guilds, incidents, interactions, members, messages, oauth2, users
from .rest.framework import API_PREFIX, RestRouter, json_response


class EmulatorServer:
    def __init__(self, core: Core, host: str = "127.0.0.1", port: int = 0) -> None:
        self.core = core
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self.app = self._build()

    def _build(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        router = RestRouter(self.core)
        for module in (users, applications, interactions, messages, channels, members, guilds, incidents):
            module.register(router, self.core)
        router.install(app)
        oauth2.install(app, self.core)
        app.router.add_get("/", self.core.hub.handle)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._not_found)
        return app

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        try:
            attachment = self.core.world.attachments[int(request.match_info["attachment_id"])]
        except (KeyError, ValueError):
            return web.Response(status=404, text="Not Found")
        return web.Response(
            body=attachment.data, content_type=attachment.content_type or "application/octet-stream"
        )

    async def _not_found(self, request: web.Request) -> web.StreamResponse:
        error = errors.not_found_route()
        return json_response(error.status, error.body())

    async def start(self) -> int:
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self.core.hub.close_all()
            await self._runner.cleanup()
            self._runner = None
