"""What every member may see: their own standing, and the rules as members read them. Admins also edit
the server's override here, checked and previewed before it is saved."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.domain.i18n import t
from bot.services.errors import HavreError
from bot.web.access import Access, Page
from bot.web.app import lang_of, page, web_of
from bot.web.views.common import label, policy_of, rule_title, when

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
    return "policy.html", await _policy_context(request, access)


async def _policy_context(request: web.Request, access: Access) -> dict[str, Any]:
    lang = lang_of(request)
    current = await policy_of(request, access.guild_id)
    settings = await web_of(request).services.guilds.load(access.guild_id)
    return {
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


@page(Page.POLICY_EDIT)
async def policy_edit(request: web.Request, access: Access) -> web.StreamResponse | Page_:
    """Check and preview an override (replayed on the last 30 days like ``havre replay``), then save it
    through the set-up service (/setup's path: validated again and logged as a policy change)."""
    services = web_of(request).services
    lang = lang_of(request)
    form = await request.post()
    text = str(form.get("overrides", ""))[:60_000].replace("\r\n", "\n")
    if form.get("do") == "save":
        await services.setup.change(access.guild_id, access.user_id, policy_overrides=text.strip() or None)
        raise web.HTTPFound("/policy?saved=1")
    context: dict[str, Any] = await _policy_context(request, access)
    context["overrides"] = text
    try:
        preview = await services.setup.preview_overrides(access.guild_id, text)
    except HavreError as exc:
        context["problem"] = t(exc.key, lang, **exc.fields)
        return "policy.html", context
    before = await policy_of(request, access.guild_id)
    context["preview"] = {
        "days": preview.days,
        "total": preview.replayed,
        "changes": [
            {
                "case": c.case_id,
                "rule": rule_title(preview.policy, c.rule_after or c.rule_before, lang),
                "before": f"{label(f'moderation.action.{c.action_before.value}', lang)}"
                f" ({rule_title(before, c.rule_before, lang)})",
                "after": f"{label(f'moderation.action.{c.action_after.value}', lang)}"
                f" ({rule_title(preview.policy, c.rule_after, lang)})",
            }
            for c in preview.changes
        ],
    }
    return "policy.html", context


def install(app: web.Application) -> None:
    app.router.add_get("/standing", standing)
    app.router.add_get("/policy", policy)
    app.router.add_post("/policy/edit", policy_edit)
