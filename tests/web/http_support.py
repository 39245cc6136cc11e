"""Logging in to the dashboard without a browser: the same OAuth2 redirects, followed by hand."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import aiohttp

from tests.e2e.conftest import Havre
from tests.web.conftest import Dashboard

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def client() -> aiohttp.ClientSession:
    # unsafe: keep cookies for an IP address host (127.0.0.1), as a browser does
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def authorize(http: aiohttp.ClientSession, dashboard: Dashboard, who: str) -> str:
    """Start the login and pick ``who`` on the consent page; returns the callback address."""
    havre: Havre = dashboard.havre
    async with http.get(dashboard.url("/auth/login"), allow_redirects=False) as answer:
        assert answer.status == 302, answer.status
        consent = answer.headers["Location"]
    query = {k: v[0] for k, v in parse_qs(urlsplit(consent).query).items()}
    user = havre.members[who]
    async with http.post(consent, data={**query, "user_id": str(user.id)}, allow_redirects=False) as answer:
        assert answer.status == 302, await answer.text()
        return answer.headers["Location"]


async def log_in(http: aiohttp.ClientSession, dashboard: Dashboard, who: str) -> str:
    """Logged in as ``who``; returns the page the dashboard landed on."""
    callback = await authorize(http, dashboard, who)
    async with http.get(callback) as answer:
        assert answer.status == 200, await answer.text()
        return str(answer.url)


async def csrf_of(http: aiohttp.ClientSession, dashboard: Dashboard, path: str = "/standing") -> str:
    async with http.get(dashboard.url(path)) as answer:
        found = CSRF.search(await answer.text())
    assert found is not None
    return found.group(1)
