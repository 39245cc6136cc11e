"""The dashboard in a real browser: the emulator (Discord, its OAuth2 included), the seeded server, the
real bot, the dashboard served beside it, and Debian's chromium driven by Playwright (headless).

Playwright's own browser download cannot work here, so the browser is the system's ``chromium``
(``apt-get install chromium``; ``.ci/run`` installs it). Without it the browser tests are skipped with the
reason, except under CI (``CI=true``), where they fail: CI must run them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.runtime import build_services
from bot.web import WebServer
from tests.e2e.conftest import Havre, running_havre

CLIENT_SECRET = "dashboard-test-oauth-secret-0123456789"


def chromium_path() -> str:
    """Debian's chromium; skip (or fail under CI) when it is not installed."""
    found = os.environ.get("HAVRE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if Path(found).exists():
        return found
    message = "Debian's chromium is not installed (apt-get install -y chromium): the browser tests need it"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class Dashboard:
    havre: Havre
    server: WebServer
    address: str

    def url(self, path: str) -> str:
        return self.address + path


@asynccontextmanager
async def serving(tmp_path: Path, *, own_process: bool = False) -> AsyncIterator[Dashboard]:
    """The bot with the dashboard beside it (``havre run``), or, with ``own_process``, the dashboard on
    services of its own over the same database, as ``havre web`` runs it: its own engine, its own
    deadline runner that nothing drives, so only the bot can carry out what it decides."""
    async with running_havre(
        tmp_path, emulator={"client_secret": CLIENT_SECRET}, oauth_client_secret=CLIENT_SECRET, web_port=0
    ) as havre:
        assert havre.bot is not None
        services = havre.bot.services
        if own_process:
            services = await build_services(havre.settings, clock=havre.clock)
        server = WebServer(services, port=0)
        address = await server.start()
        havre.emu.app.redirect_uris.append(f"{address}/auth/callback")  # registered on Discord's portal
        try:
            yield Dashboard(havre, server, address)
        finally:
            await server.stop()
            if own_process:
                await services.db.dispose()


@pytest.fixture
async def dashboard(tmp_path: Path) -> AsyncIterator[Dashboard]:
    async with serving(tmp_path) as served:
        yield served


@pytest.fixture
async def separate_dashboard(tmp_path: Path) -> AsyncIterator[Dashboard]:
    async with serving(tmp_path, own_process=True) as served:
        yield served


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    executable = chromium_path()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield launched
        finally:
            await launched.close()


async def log_in(browser: Any, dashboard: Dashboard, who: str, *, lang: str = "en-US") -> Any:
    """A fresh browser context (its own cookies) logged in as ``who`` through the emulator's OAuth2."""
    context = await browser.new_context(locale=lang, accept_downloads=True)
    page = await context.new_page()
    await page.goto(dashboard.url("/login"))
    await page.click("#login")  # to Discord's (the emulator's) consent page
    await page.get_by_role("button", name=who, exact=True).click()
    await page.wait_for_url(lambda url: url.startswith(dashboard.address) and "/auth/" not in url)
    return page
