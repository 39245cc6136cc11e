"""Running the dashboard: in the bot's process (``havre run``, on by default) or on its own
(``havre web``), on the same database either way."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.domain.resources import packaged
from bot.services.wiring import Services
from bot.web import views
from bot.web.app import WEB, Web, discord_plain, security_headers, sessions, template_context
from bot.web.discord_api import DiscordApi
from bot.web.sessions import SessionStore

log = logging.getLogger(__name__)
PURGE_EVERY = 3600.0


class WebServer:
    def __init__(self, services: Services, *, port: int | None = None) -> None:
        settings = services.settings
        self.services = services
        self.host = settings.web_host
        self.port = settings.web_port if port is None else port
        self._runner: web.AppRunner | None = None
        self._purge: asyncio.Task[None] | None = None
        self.state: Web | None = None

    @property
    def address(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> str:
        """Listen; returns the address browsers use (the public URL when one is configured)."""
        settings = self.services.settings
        token = settings.token.get_secret_value() if settings.token else None
        secret = settings.oauth_client_secret.get_secret_value() if settings.oauth_client_secret else None
        self.state = Web(
            services=self.services,
            sessions=SessionStore(self.services.db, self.services.clock),
            discord=DiscordApi(settings.discord_api_base, token),
            public_url="",
            client_id=settings.oauth_client_id,
            client_secret=secret or None,
        )
        app = create_app(self.state)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        public = (settings.web_public_url or self.address).rstrip("/")
        self.state.public_url = public
        self._purge = asyncio.create_task(self._purge_expired(self.state.sessions))
        return public

    @staticmethod
    async def _purge_expired(sessions: SessionStore) -> None:
        """Expired sessions leave the database at start and every hour after."""
        while True:
            try:
                await sessions.purge()
            except Exception:
                log.warning("dashboard: expired sessions could not be removed; next hour", exc_info=True)
            await asyncio.sleep(PURGE_EVERY)

    async def stop(self) -> None:
        if self._purge is not None:
            self._purge.cancel()
            await asyncio.gather(self._purge, return_exceptions=True)
            self._purge = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def create_app(web_state: Web) -> web.Application:
    app = web.Application(middlewares=[security_headers, sessions], client_max_size=256 * 1024)
    app[WEB] = web_state
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(packaged("web", "templates"))),
        autoescape=jinja2.select_autoescape(default=True),
        context_processors=[template_context],
        undefined=jinja2.StrictUndefined,
    )
    clock = web_state.services.clock

    @jinja2.pass_context
    def plain(context: Any, text: str | None) -> str:
        return discord_plain(text, clock.now(), context.get("lang", "en"))

    env.filters["plain"] = plain
    views.install(app)
    app.router.add_static("/static/", str(packaged("web", "static")), append_version=True)

    async def close(_: web.Application) -> None:
        await web_state.discord.close()

    app.on_cleanup.append(close)
    return app
