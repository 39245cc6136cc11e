"""The ``havre`` group and the core commands: ``run``, ``migrate``, ``health``."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import TYPE_CHECKING

import click

from bot.cli.common import secrets_of, settings_or_exit
from bot.config import HOW_TO_CONNECT
from bot.logs import setup_logging

if TYPE_CHECKING:
    from bot.web import WebServer


@click.group()
def main() -> None:
    """Havre: moderation and peer support for patient and game communities."""


@main.command()
def run() -> None:
    """Connect to Discord and run the bot."""
    settings = settings_or_exit()
    if settings.token is None or not settings.token.get_secret_value().strip():
        click.echo(HOW_TO_CONNECT, err=True)
        sys.exit(2)
    from bot.cli.keys import check_configured_keys, refusal_for_default_secrets

    if refusal := refusal_for_default_secrets(settings):
        click.echo(refusal, err=True)
        sys.exit(2)
    setup_logging(
        settings.log_level, settings.log_format, secrets_of(settings), unsafe=settings.unsafe_debug_libraries
    )
    from bot.cli.startup import DATABASE_ERRORS, StartupFailure, database_failure, discord_failure
    from bot.runtime import build_bot, build_services
    from bot.services.keys import KeyCheckError

    async def _main() -> None:
        try:
            await check_configured_keys(settings)
            services = await build_services(settings)
        except KeyCheckError as exc:
            click.echo(str(exc), err=True)
            sys.exit(2)
        except DATABASE_ERRORS as exc:
            raise database_failure(exc, settings.effective_database_url) from None
        bot = await build_bot(settings, services=services)
        from bot.cli.web import start_beside_bot

        async def dashboard_once_connected() -> WebServer | None:
            await bot.wait_until_ready()  # a start that fails (token, intents) prints no address
            return await start_beside_bot(bot.services)

        async with bot:
            dashboard = asyncio.create_task(dashboard_once_connected())
            try:
                await bot.start(settings.token.get_secret_value())  # type: ignore[union-attr]
            except Exception as exc:
                failure = discord_failure(exc, settings.discord_api_base, bot.intents)
                if failure is None:
                    raise
                raise failure from None
            finally:
                if not dashboard.done():
                    dashboard.cancel()
                elif not dashboard.cancelled() and dashboard.exception() is None:
                    server = dashboard.result()
                    if server is not None:
                        await server.stop()

    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_main())
    except StartupFailure as failure:
        click.echo(failure.message, err=True)
        sys.exit(failure.exit_code)


@main.command()
@click.option("--revision", default="head", show_default=True, help="target revision")
@click.option("--down", is_flag=True, help="downgrade to the revision (default base) instead")
def migrate(revision: str, down: bool) -> None:
    """Upgrade (or downgrade) the database schema."""
    settings = settings_or_exit()
    setup_logging(settings.log_level, settings.log_format, secrets_of(settings))
    from bot.db import migrate as mig
    from bot.db.engine import Database

    async def _main() -> None:
        db = Database(settings.effective_database_url)
        try:
            if down:
                await mig.downgrade(db.engine, "base" if revision == "head" else revision)
            else:
                await mig.upgrade(db.engine, revision)
            click.echo(f"database at revision {await mig.current(db.engine)}")
        finally:
            await db.dispose()

    asyncio.run(_main())


@main.command()
@click.option("--max-age", default=180, show_default=True, help="seconds since the last heartbeat")
def health(max_age: int) -> None:
    """Exit 0 when the running bot wrote its heartbeat recently (the container health check)."""
    import time

    settings = settings_or_exit()
    beat = settings.data_dir / "heartbeat"
    try:
        age = time.time() - beat.stat().st_mtime
    except FileNotFoundError:
        click.echo("no heartbeat yet", err=True)
        sys.exit(1)
    if age > max_age:
        click.echo(f"last heartbeat {int(age)} s ago", err=True)
        sys.exit(1)
    click.echo(f"healthy (heartbeat {int(age)} s ago)")
