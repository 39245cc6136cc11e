"""What every command shares: the settings (or a clean exit naming the problem) and the secrets to redact."""

from __future__ import annotations

import sys

import click

from bot.config import ConfigError, Settings, load_settings


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)


def secrets_of(settings: Settings) -> list[str]:
    values = [settings.pseudonym_secret.get_secret_value(), settings.master_key.get_secret_value()]
    if settings.token:
        values.append(settings.token.get_secret_value())
    if settings.oauth_client_secret:
        values.append(settings.oauth_client_secret.get_secret_value())
    return values
