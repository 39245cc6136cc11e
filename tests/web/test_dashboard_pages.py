"""Every page of the dashboard in a real browser, under its content security policy: each one renders,
nothing is blocked by the CSP and no script fails, in English and in French. The screenshots in
docs/dashboard/ come from here:
``HAVRE_SCREENSHOTS=docs/dashboard pytest tests/web/test_dashboard_pages.py``."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.db.models import Case, GuildSettings, Ticket
from tests.e2e.help_support import bot_messages, go_on_duty, only_thread
from tests.e2e.moderation_helpers import appeals, case_settled, dm_number
from tests.web.conftest import Dashboard

PAGES = {  # (who, address, screenshot name)
    "ada": [
        ("/overview", "overview"),
        ("/cases", "cases"),
        ("/cases/{case}", "case"),
        ("/appeals", "appeals"),
        ("/appeals/{appeal}", "appeal"),
        ("/reviews", "reviews"),
        ("/reviews/{review}", "review"),
        ("/help", "help"),
        ("/help/{ticket}", "ticket"),
        ("/log", "log"),
        ("/audits", "audits"),
        ("/report", "report"),
        ("/policy", "policy"),
    ],
    "alice": [("/standing", "standing")],
}


async def _seed(dashboard: Dashboard) -> dict[str, int]:
    havre = dashboard.havre
    services = havre.bot.services  # type: ignore[union-attr]
    await (
        await havre.max.slash("timeout", member=havre.alice, duration="2h", rule="respect", note="heated")
    ).reply()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    await (await havre.alice.click(dm, f"mod:appeal:{case.id}")).modal_shown()
    await (await havre.alice.submit(reason="I was quoting someone else, I did not insult anybody.")).reply()
    [appeal] = await appeals(havre)
    await havre.bob.says(havre.general, "shut up, you idiot")
    await havre.bob.next_dm()
    await go_on_duty(havre)
    await (await havre.carol.slash("help", in_channel=havre.general)).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)
    await (await havre.pia.slash("ticket claim", in_channel=thread)).reply()
    now = services.clock.now()
    async with services.db.unit_of_work() as session:
        policy = services.policies.for_settings(await session.get(GuildSettings, havre.guild.id))
        review = Case(
            guild_id=havre.guild.id, user_id=havre.bob.id, channel_id=havre.general.id, rule_id="respect",
            action="review", proposed_action="ban", automatic=True, reason_code="human_required",
            signals={"fired": [{"kind": "list", "name": "threats", "rule_id": "respect", "detail": "…"}]},
            policy_version=policy.version, language="en", status="proposed",
            created_at=now - timedelta(minutes=3), updated_at=now,
        )  # fmt: skip
        session.add(review)
        await session.flush()
        ticket = (await session.scalars(select(Ticket))).one()
        return {"case": case.id, "appeal": appeal.id, "review": review.id, "ticket": ticket.id}


async def _visit(
    browser: Any, dashboard: Dashboard, who: str, lang: str, ids: dict[str, int], out: Path | None
):
    from tests.web.conftest import log_in

    page = await log_in(browser, dashboard, who, lang=lang)
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    await page.set_viewport_size({"width": 1200, "height": 900})
    switch = page.locator("form[action='/language'] button")  # the switch, as a person would use it
    if await switch.get_attribute("value") == lang[:2]:
        await switch.click()
    assert await page.locator("html").get_attribute("lang") == lang[:2]
    for path, name in PAGES[who]:
        if name == "log":
            await page.goto(dashboard.url(path))
            await page.click("form[action='/log/verify'] button")
            await page.wait_for_selector("#verify-result.ok", timeout=10_000)
        elif name == "audits":
            await page.goto(dashboard.url(path))
            await page.click("#draw")
        elif name == "policy":
            await page.goto(dashboard.url(path))
            await page.fill("#overrides", "[rules.respect]\nenabled = false\n")
            await page.click("button[value=preview]")
        else:
            answer = await page.goto(dashboard.url(path.format(**ids)))
            assert answer is not None and answer.status == 200, (who, path, answer and answer.status)
        assert await page.locator("h1").count() == 1, path
        assert await page.locator("main").inner_text(), path
        if out is not None:
            await page.screenshot(path=str(out / f"{name}-{lang[:2]}.png"), full_page=True)
    if out is not None and who == "ada":
        await page.goto(dashboard.url("/report/files/report.html"))
        await page.screenshot(path=str(out / f"report-full-{lang[:2]}.png"), full_page=True)
        await page.set_viewport_size({"width": 390, "height": 844})  # a phone
        await page.goto(dashboard.url(f"/appeals/{ids['appeal']}"))
        await page.screenshot(path=str(out / f"appeal-phone-{lang[:2]}.png"), full_page=True)
    assert not problems, problems  # no CSP violation, no script error
    await page.context.close()


async def test_every_page_renders_under_its_policy_in_both_languages(
    browser: object, dashboard: Dashboard, tmp_path: Path
) -> None:
    ids = await _seed(dashboard)
    wanted = os.environ.get("HAVRE_SCREENSHOTS")
    out = Path(wanted) if wanted else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for lang in ("en-US", "fr-FR"):
        for who in PAGES:
            await _visit(browser, dashboard, who, lang, ids, out)
    if out is not None:  # the login, as a person first sees it
        context = await browser.new_context(locale="en-US")  # type: ignore[attr-defined]
        page = await context.new_page()
        await page.set_viewport_size({"width": 1200, "height": 600})
        await page.goto(dashboard.url("/login"))
        await page.screenshot(path=str(out / "login-en.png"))
        await page.click("#login")
        await page.screenshot(path=str(out / "consent-emulator.png"))
        await context.close()
