"""``havre web``: the dashboard on its own, on the bot's database (the bot carries out its decisions)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from bot.services.wiring import Services
    from bot.web import WebServer


def register(main: click.Group) -> None:
    main.add_command(web_command)


@click.command("web")
@click.option("--port", type=int, help="the port (default HAVRE_WEB_PORT, 8765)")
def web_command(port: int | None) -> None:
    """Serve the dashboard alone, on the same database as the bot (which carries out its decisions)."""
    from bot.cli.common import secrets_of, settings_or_exit
    from bot.logs import setup_logging

    settings = settings_or_exit()
    setup_logging(settings.log_level, settings.log_format, secrets_of(settings))

    async def _main() -> None:
        from bot.runtime import build_services
        from bot.web import WebServer

        services = await build_services(settings)
        server = WebServer(services, port=port)
        try:
            address = await server.start()
            click.echo(f"Havre dashboard: {address}  (Ctrl+C to stop)")
            await asyncio.Event().wait()
        finally:
            await server.stop()
            await services.db.dispose()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main())


async def start_beside_bot(services: Services) -> WebServer | None:
    """``havre run``: the dashboard in the bot's process, its address printed (None when turned off)."""
    if not services.settings.web_enabled:
        return None
    try:
        from bot.web import WebServer
    except ImportError as exc:  # an install without the dashboard's packages: the bot runs on
        click.echo(f"Havre dashboard not started: {exc.name} is not installed", err=True)
        return None
    server = WebServer(services)
    try:
        address = await server.start()
    except OSError as exc:  # the port is taken: the bot runs on, the dashboard says why it is not there
        click.echo(f"Havre dashboard not started: {exc.strerror or exc} (HAVRE_WEB_PORT)", err=True)
        return None
    click.echo(f"Havre dashboard: {address}")
    return server
