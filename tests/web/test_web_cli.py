"""``havre web`` runs the dashboard as its own process on the bot's database and prints its address."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[2]


async def test_havre_web_serves_the_dashboard_on_its_own(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "HAVRE_DATA_DIR": str(tmp_path / "data"),
        "HAVRE_MODEL_ENABLED": "false",
    }
    env.pop("HAVRE_OAUTH_CLIENT_SECRET", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "web", "--port", "0",
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
        found = re.search(r"Havre dashboard: (http://127\.0\.0\.1:\d+)", line)
        assert found, line
        async with aiohttp.ClientSession() as http, http.get(found.group(1) + "/login") as answer:
            text = await answer.text()
        assert answer.status == 200 and "HAVRE_OAUTH_CLIENT_SECRET" in text  # says what to set
        assert "Content-Security-Policy" in answer.headers
    finally:
        process.terminate()
        await process.wait()
    assert (tmp_path / "data" / "havre.sqlite3").exists()  # the embedded database, migrated


async def test_havre_run_prints_the_dashboard_address_once_connected(tmp_path: Path) -> None:
    from bot.cli.keys import new_secrets_text
    from emulator import Emulator

    emu = await Emulator().start()
    emu.add_guild("Havre test")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAVRE_")}
    for line in new_secrets_text().splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            env[name] = value
    env.update(
        PYTHONPATH=str(REPO),
        HAVRE_DATA_DIR=str(tmp_path / "data"),
        HAVRE_TOKEN=emu.bot_token,
        HAVRE_DISCORD_API_BASE=emu.api_base,
        HAVRE_DISCORD_GATEWAY_URL=emu.gateway_url,
        HAVRE_MODEL_ENABLED="false",
        HAVRE_WEB_PORT="0",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        found = None
        while found is None:
            line = (await asyncio.wait_for(process.stdout.readline(), 90)).decode()
            assert line, "havre run ended without printing the dashboard's address"
            found = re.search(r"Havre dashboard: (http://127\.0\.0\.1:\d+)", line)
        async with aiohttp.ClientSession() as http, http.get(found.group(1) + "/login") as answer:
            assert answer.status == 200
    finally:
        process.terminate()
        await process.wait()
        await emu.stop()
