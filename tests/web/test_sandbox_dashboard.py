"""``havre sandbox -i`` serves the dashboard too: a person tries it with the emulator's login."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from bot.sandbox.session import Sandbox
from tests.web.http_support import client


async def test_the_sandbox_dashboard_logs_in_through_the_emulator(tmp_path: Path) -> None:
    sandbox = await Sandbox.start(data_dir=tmp_path, dashboard=True)
    try:
        assert sandbox.dashboard_url is not None
        ada = sandbox.scene.members["ada"]
        async with client() as http:
            async with http.get(f"{sandbox.dashboard_url}/auth/login", allow_redirects=False) as answer:
                consent = answer.headers["Location"]
            query = {k: v[0] for k, v in parse_qs(urlsplit(consent).query).items()}
            async with http.post(consent, data={**query, "user_id": str(ada.id)}) as answer:
                assert answer.status == 200 and str(answer.url) == f"{sandbox.dashboard_url}/overview"
                assert "Havre sandbox" in await answer.text()
    finally:
        await sandbox.stop()
