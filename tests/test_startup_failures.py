"""``havre run`` meets the start-up failures a person can cause with a few plain lines and an exit code.

Each case runs the real command in its own process against the project's Discord emulator (or a port
nobody listens on, or a database that is not there) and reads what an operator would read.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import sys
from pathlib import Path

import pytest

from bot.cli.keys import new_secrets_text
from bot.cli.startup import EXIT_DATABASE, EXIT_INTENTS, EXIT_TOKEN, EXIT_UNREACHABLE, describe_database_url
from emulator import Emulator
from emulator.flags import Intent

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAVRE_")}
    for line in new_secrets_text().splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            env[name] = value
    env.update(HAVRE_DATA_DIR=str(tmp_path / "data"), HAVRE_LOG_FORMAT="text", **extra)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


async def _run(env: dict[str, str], timeout: float = 60.0) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=str(env["HAVRE_DATA_DIR"].rsplit("/", 1)[0]),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return proc.returncode, out.decode()


def _assert_plain(output: str) -> None:
    """No traceback anywhere, and the message itself (the lines that are not log records) is short."""
    assert "Traceback" not in output, output
    message = [line for line in output.strip().splitlines() if not re.match(r"\d{4}-\d\d-\d\d ", line)]
    assert 2 <= len(message) <= 8, output


async def test_a_wrong_token_says_so_and_how_to_get_a_new_one(tmp_path: Path) -> None:
    emu = await Emulator().start()
    try:
        env = _env(
            tmp_path,
            HAVRE_TOKEN="not-the-" + emu.bot_token,
            HAVRE_DISCORD_API_BASE=emu.api_base,
            HAVRE_DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        code, output = await _run(env)
    finally:
        await emu.stop()
    assert code == EXIT_TOKEN, output
    assert "Discord refused the bot token" in output
    assert "Reset Token" in output
    _assert_plain(output)
    assert emu.bot_token not in output


async def test_intents_not_enabled_in_the_portal_are_named(tmp_path: Path) -> None:
    emu = await Emulator(privileged_intents=Intent(0)).start()
    try:
        env = _env(
            tmp_path,
            HAVRE_TOKEN=emu.bot_token,
            HAVRE_DISCORD_API_BASE=emu.api_base,
            HAVRE_DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        code, output = await _run(env)
    finally:
        await emu.stop()
    assert code == EXIT_INTENTS, output
    assert "Privileged Gateway Intents" in output
    assert '"Server Members Intent"' in output
    _assert_plain(output)


async def test_an_unreachable_discord_is_told_plainly(tmp_path: Path) -> None:
    port = _free_port()
    env = _env(
        tmp_path,
        HAVRE_TOKEN="a.b.c",
        HAVRE_DISCORD_API_BASE=f"http://127.0.0.1:{port}/api/v10",
        HAVRE_DISCORD_GATEWAY_URL=f"ws://127.0.0.1:{port}/",
    )
    code, output = await _run(env)
    assert code == EXIT_UNREACHABLE, output
    assert f"could not reach Discord at 127.0.0.1:{port}" in output
    _assert_plain(output)


async def test_a_database_that_is_not_there_is_named_without_its_password(tmp_path: Path) -> None:
    port = _free_port()
    env = _env(
        tmp_path,
        HAVRE_TOKEN="a.b.c",
        HAVRE_DATABASE_URL=f"postgresql://havre:s3cret-pw@127.0.0.1:{port}/havre",
    )
    code, output = await _run(env)
    assert code == EXIT_DATABASE, output
    assert f"postgresql://127.0.0.1:{port}/havre" in output
    assert "refused" in output
    assert "s3cret-pw" not in output
    _assert_plain(output)


def test_a_database_address_is_described_without_credentials() -> None:
    assert describe_database_url("postgresql+asyncpg://u:pw@db.example:5433/havre") == (
        "postgresql://db.example:5433/havre"
    )
    assert describe_database_url("sqlite+aiosqlite:////srv/havre/data/havre.sqlite3") == (
        "the embedded database file srv/havre/data/havre.sqlite3"
    )


@pytest.mark.skipif(
    not os.environ.get("HAVRE_TEST_POSTGRES_URL"), reason="HAVRE_TEST_POSTGRES_URL is not set"
)
async def test_an_unknown_postgres_database_is_named(tmp_path: Path) -> None:
    base = os.environ["HAVRE_TEST_POSTGRES_URL"].rsplit("/", 1)[0]
    env = _env(tmp_path, HAVRE_TOKEN="a.b.c", HAVRE_DATABASE_URL=f"{base}/havre_no_such_database")
    code, output = await _run(env)
    assert code == EXIT_DATABASE, output
    assert "havre_no_such_database" in output
    _assert_plain(output)
