"""What every member may see: their own standing, and the rules as members read them. Admins also edit
the server's override here, checked and previewed before it is saved."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.web.access import Access, Page
from bot.web.app import lang_of, page, web_of
from bot.web.views.common import label, policy_of, when

Page_ = tuple[str, dict[str, Any]]


@page(Page.STANDING)
async def standing(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    await policy_of(request, access.guild_id)
    result = await services.moderation.members.standing(access.guild_id, access.user_id, lang)
    cases = await services.moderation.store.cases_of(access.guild_id, access.user_id)
    return "standing.html", {
        "text": result.summary,
        "note": result.last_note.content if result.last_note is not None else None,
        "cases": [
            {
                "when": when(c.created_at),
                "action": label(f"moderation.action.{c.action.value}", lang),
                "status": label(f"moderation.status.{c.status.value}", lang),
            }
            for c in cases
            if c.status.value != "proposed"
        ],
    }


@page(Page.POLICY)
async def policy(request: web.Request, access: Access) -> Page_:
    lang = lang_of(request)
    current = await policy_of(request, access.guild_id)
    settings = await web_of(request).services.guilds.load(access.guild_id)
    return "policy.html", {
        "version": current.version,
        "rules": [
            {
                "title": current.text(rule.title, lang),
                "description": current.text(rule.description, lang),
                "why": current.text(rule.why, lang),
                "link": current.rule_link(rule.id),
            }
            for rule in current.rules
            if rule.enabled
        ],
        "can_edit": access.can(Page.POLICY_EDIT),
        "overrides": settings.policy_overrides or "",
        "preview": None,
        "problem": None,
        "saved": request.query.get("saved") == "1",
    }


def install(app: web.Application) -> None:
    app.router.add_get("/standing", standing)
    app.router.add_get("/policy", policy)
