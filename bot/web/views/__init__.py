"""The dashboard's routes. No member id and no content in any address: cases, appeals, tickets and log
entries are addressed by their own numbers, members by their pseudonym (in a filter form only)."""

from __future__ import annotations

from aiohttp import web

from bot.web.views import auth, governance, member, staff


def install(app: web.Application) -> None:
    for module in (auth, staff, governance, member):
        module.install(app)
