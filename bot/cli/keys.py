"""``havre secrets new``, ``havre keys check`` and ``havre keys rotate``: making and changing the keys.

See docs/SECURITY.md ("Secrets", "Rotating keys"). Keys are never taken as command-line arguments
(they would show in the process list and the shell history): the current ones come from the
configuration, the new master key from ``HAVRE_NEW_MASTER_KEY`` or a hidden prompt.
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets as random_secrets
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from bot.config import Settings

if TYPE_CHECKING:
    from bot.services.keys import KeyReport, RotationReport


def new_secrets_text(now: datetime | None = None) -> str:
    """Fresh values for the two secrets, as lines for a .env file."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    master = base64.b64encode(random_secrets.token_bytes(32)).decode()
    return (
        f"# Havre secrets, made {stamp}. Keep a copy apart from the database (a password manager).\n"
        "# Losing HAVRE_MASTER_KEY makes every sealed text unreadable; changing HAVRE_PSEUDONYM_SECRET\n"
        "# gives every member a new pseudonym. Rotate the master key with `havre keys rotate`.\n"
        f"HAVRE_PSEUDONYM_SECRET={random_secrets.token_urlsafe(32)}\n"
        f"HAVRE_MASTER_KEY=base64:{master}\n"
    )


def refusal_for_default_secrets(settings: Settings) -> str | None:
    """The message refusing a real run (a token set) on the public default secrets, or None."""
    from bot.config import DEFAULT_SECRETS_REFUSED

    names = settings.default_secret_names
    if not names or settings.token is None:
        return None
    return DEFAULT_SECRETS_REFUSED.format(names=" and ".join(names))


async def check_configured_keys(settings: Settings, *, write: bool = True) -> KeyReport:
    """Migrate the database and run the start-up key check (raises ``KeyCheckError``); with ``write``,
    write the key-check row on a first start and move format-1 member keys to format 2."""
    from bot.db import migrate
    from bot.db.engine import Database
    from bot.domain.clock import SystemClock
    from bot.governance.crypto import parse_master_key
    from bot.governance.pseudonym import Pseudonymizer
    from bot.services.keys import check_keys, upgrade_legacy_keys

    db = Database(settings.effective_database_url)
    try:
        await migrate.upgrade(db.engine)
        master = parse_master_key(settings.master_key.get_secret_value())
        pseudonyms = Pseudonymizer(settings.pseudonym_secret.get_secret_value().encode())
        report = await check_keys(db, master, pseudonyms, SystemClock(), write=write)
        if write and report.by_key_id.get("v1"):  # older format: make it independent of the secret
            await upgrade_legacy_keys(db, master, pseudonyms)
        return report
    finally:
        await db.dispose()


@click.group("secrets")
def secrets_group() -> None:
    """Make the secrets Havre needs (HAVRE_PSEUDONYM_SECRET, HAVRE_MASTER_KEY)."""


@secrets_group.command("new")
def secrets_new() -> None:
    """Print fresh secrets for a .env file: `havre secrets new >> .env`."""
    click.echo(new_secrets_text(), nl=False)


@click.group("keys")
def keys_group() -> None:
    """Check and rotate the master key that wraps members' keys."""


@keys_group.command("check")
def keys_check() -> None:
    """Check that the configured keys open the data in the database (exit 1 if not)."""
    from bot.cli.common import settings_or_exit
    from bot.services.keys import KeyCheckError

    settings = settings_or_exit()
    try:
        report = asyncio.run(check_configured_keys(settings, write=False))
    except KeyCheckError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    click.echo(f"keys OK: master key id {report.master_key_id}, {report.member_keys} member keys")


@keys_group.command("rotate")
@click.option("--batch-size", default=500, show_default=True, help="member keys per transaction")
def keys_rotate(batch_size: int) -> None:
    """Rewrap every member key under a new master key.

    The current key is HAVRE_MASTER_KEY; the new one is HAVRE_NEW_MASTER_KEY (or typed at a hidden
    prompt). Stop the bot first. Safe to run again after an interruption."""
    from bot.cli.common import secrets_of, settings_or_exit
    from bot.db import migrate
    from bot.db.engine import Database
    from bot.governance.crypto import master_key_id, parse_master_key
    from bot.governance.pseudonym import Pseudonymizer
    from bot.logs import setup_logging
    from bot.services.keys import KeyCheckError, rotate_master_key
    from bot.services.recorder import GovernanceRecorder

    settings = settings_or_exit()
    new_text = os.environ.get("HAVRE_NEW_MASTER_KEY") or click.prompt(
        "New master key (from `havre secrets new`)", hide_input=True, confirmation_prompt=True
    )
    setup_logging("WARNING", settings.log_format, [*secrets_of(settings), new_text])
    try:
        old_master = parse_master_key(settings.master_key.get_secret_value())
        new_master = parse_master_key(new_text)
    except ValueError as exc:
        click.echo(f"HAVRE_NEW_MASTER_KEY: {exc}", err=True)
        sys.exit(2)
    pseudonyms = Pseudonymizer(settings.pseudonym_secret.get_secret_value().encode())

    async def _main() -> RotationReport:
        from bot.domain.clock import SystemClock

        db = Database(settings.effective_database_url)
        try:
            await migrate.upgrade(db.engine)
            recorder = GovernanceRecorder(
                SystemClock(), pseudonyms, settings.effective_signing_key_path, dialect=db.dialect
            )
            return await rotate_master_key(
                db, old_master, new_master, pseudonyms, batch_size=batch_size, recorder=recorder
            )
        finally:
            await db.dispose()

    try:
        report = asyncio.run(_main())
    except KeyCheckError as exc:
        click.echo(f"Rotation stopped: {exc}", err=True)
        sys.exit(1)
    click.echo(
        f"Rotated {report.rewrapped} member keys from key {master_key_id(old_master)} to key "
        f"{master_key_id(new_master)} ({report.already_new} were already under it).\n"
        "Now set HAVRE_MASTER_KEY to the new key (and remove HAVRE_NEW_MASTER_KEY), then start the bot. "
        "Keep the old key until the bot has started once with the new one."
    )


def register(main: click.Group) -> None:
    main.add_command(secrets_group)
    main.add_command(keys_group)
