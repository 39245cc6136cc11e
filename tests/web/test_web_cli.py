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
