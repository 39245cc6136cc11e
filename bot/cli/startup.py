"""Start-up failures a person can cause, told in a few plain lines with an exit code, never a traceback.

``havre run`` meets four of them: a wrong token, a Discord it cannot reach, privileged intents not
enabled in the Developer Portal, and a database it cannot open. Each gets a short message that says what
is wrong and what to do, on standard error, and its own exit code so a supervisor can tell them apart.
Anything else is a bug and keeps its traceback (in the logs, where an operator looks for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
import discord
from sqlalchemy.exc import SQLAlchemyError


@dataclass(frozen=True)
class StartupFailure(Exception):
    """A failure at start-up with the message a person reads and the process's exit code."""

    message: str
    exit_code: int

    def __str__(self) -> str:
        return self.message


EXIT_CONFIG = 2
EXIT_TOKEN = 3
EXIT_UNREACHABLE = 4
EXIT_INTENTS = 5
EXIT_DATABASE = 6

LOGIN_REFUSED = """\
Discord refused the bot token: it is wrong, or it was reset.
  What to do: open https://discord.com/developers/applications, pick your application, open "Bot",
  press "Reset Token", and put the new token in HAVRE_TOKEN (or in the .env file). Then start again."""

UNREACHABLE = """\
Havre could not reach Discord at {where}.
  What to do: check this machine's internet connection, DNS and firewall (outgoing HTTPS and
  WebSocket), then start again. If you set HAVRE_DISCORD_API_BASE, check that address.
  Discord's own status: https://discordstatus.com"""

INTENTS = """\
Discord refused the connection: the bot asks for privileged intents that are not enabled.
  What to do: open https://discord.com/developers/applications, pick your application, open "Bot",
  and under "Privileged Gateway Intents" turn on {intents}. Save, then start again.
  (Havre asks only for what its enabled features need; see README.md, "Permissions".)"""

DATABASE = """\
Havre could not open its database at {where}: {reason}.
  What to do: check HAVRE_DATABASE_URL (user, host, port, database name) and that the database server
  is running and accepts connections from this machine. Leave HAVRE_DATABASE_URL unset to use the
  embedded database under the data directory."""


def describe_database_url(url: str) -> str:
    """The database's address without user name or password: ``postgresql://db.example:5432/havre``."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        return "the embedded database file " + (parts.path.lstrip("/") or "(memory)")
    scheme = parts.scheme.split("+", 1)[0]
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{scheme}://{host}{port}{parts.path}"


def database_failure(exc: BaseException, url: str) -> StartupFailure:
    if isinstance(exc, ConnectionRefusedError):
        reason = "the connection was refused (is the server running on that host and port?)"
    elif isinstance(exc, TimeoutError):
        reason = "the server did not answer in time"
    elif isinstance(exc, OSError):
        reason = "the host could not be reached"
    else:
        # The driver's own words name the problem (unknown database, authentication failed...), but
        # they can quote the URL with its password: keep only the exception's class and first line,
        # with anything that looks like a URL left out.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = " ".join(word for word in first.split() if "://" not in word)[:200] or type(exc).__name__
    return StartupFailure(DATABASE.format(where=describe_database_url(url), reason=reason), EXIT_DATABASE)


def _database_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [SQLAlchemyError, OSError, TimeoutError]
    try:  # asyncpg raises its own errors (unknown database, authentication) while connecting
        import asyncpg

        errors += [asyncpg.PostgresError, asyncpg.InterfaceError]
    except ImportError:  # pragma: no cover - asyncpg is a dependency, but SQLite needs none of it
        pass
    return tuple(errors)


DATABASE_ERRORS = _database_errors()


def privileged_intent_names(intents: discord.Intents) -> str:
    """The Developer Portal's names for the privileged intents ``intents`` asks for."""
    names = [
        label
        for flag, label in (
            ("members", '"Server Members Intent"'),
            ("presences", '"Presence Intent"'),
            ("message_content", '"Message Content Intent"'),
        )
        if getattr(intents, flag)
    ]
    return " and ".join(names) or "the privileged intents"


def discord_failure(
    exc: BaseException, api_base: str, intents: discord.Intents | None = None
) -> StartupFailure | None:
    """The plain message for a failure to connect to Discord, or None when it is not one a person caused."""
    if isinstance(exc, discord.LoginFailure):
        return StartupFailure(LOGIN_REFUSED, EXIT_TOKEN)
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        names = privileged_intent_names(intents) if intents is not None else "the privileged intents"
        return StartupFailure(INTENTS.format(intents=names), EXIT_INTENTS)
    if isinstance(exc, (aiohttp.ClientConnectionError, discord.GatewayNotFound, OSError, TimeoutError)):
        return StartupFailure(
            UNREACHABLE.format(where=urlsplit(api_base).netloc or api_base), EXIT_UNREACHABLE
        )
    if isinstance(exc, discord.HTTPException) and exc.status >= 500:
        return StartupFailure(
            UNREACHABLE.format(where=urlsplit(api_base).netloc or api_base), EXIT_UNREACHABLE
        )
    return None
