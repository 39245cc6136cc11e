"""Issue #18's browser tests: log in through the emulator's OAuth2, decide an appeal (carried out by the
bot), record an audit verdict, download an export, and a moderator cannot open a transcript they did
not handle."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from bot.db.models import Appeal, AuditVerdict, GovernanceEntry
from tests.e2e.moderation_helpers import appeals, case_settled, cases, dm_number
from tests.e2e.test_help_transcripts import WORDS, close_a_conversation
from tests.web.conftest import Dashboard, log_in


async def _appeal(dashboard: Dashboard) -> Appeal:
    havre = dashboard.havre
    await (
        await havre.max.slash("timeout", member=havre.alice, duration="2h", rule="respect", note="x")
    ).reply()
    dm = await dm_number(havre, havre.alice, 1)
    [case] = await case_settled(havre)
    await (await havre.alice.click(dm, f"mod:appeal:{case.id}")).modal_shown()
    await (await havre.alice.submit(reason="Je citais quelqu'un, je n'insultais personne.")).reply()
    [appeal] = await appeals(havre)
    return appeal


async def _log_rows(dashboard: Dashboard, kind: str) -> list[GovernanceEntry]:
    services = dashboard.havre.bot.services  # type: ignore[union-attr]
    async with services.db.reading() as session:
        query = select(GovernanceEntry).where(GovernanceEntry.kind == kind)
        return list((await session.scalars(query)).all())


async def test_a_moderator_logs_in_and_decides_an_appeal_which_the_bot_carries_out(
    browser: object, separate_dashboard: Dashboard
) -> None:
    """The dashboard runs as its own process would (``havre web``): the bot carries the decision out."""
    dashboard = separate_dashboard
    havre = dashboard.havre
    appeal = await _appeal(dashboard)
    page = await log_in(browser, dashboard, "max")
    assert page.url == dashboard.url("/overview")
    assert await page.locator(".tiles").inner_text() != ""
    await page.click("text=Appeals")
    await page.click(f"a[href='/appeals/{appeal.id}']")
    assert "je n'insultais personne" in await page.locator("blockquote").first.inner_text()
    assert str(havre.alice.id) not in page.url and str(havre.alice.id) not in await page.content()

    await page.check("input[value=grant]")
    await page.click("button.primary")  # the reason is required: the browser refuses an empty one
    assert page.url == dashboard.url(f"/appeals/{appeal.id}")
    await page.fill("#reason", "We misread the context. Welcome back!")
    await page.click("button.primary")
    await page.wait_for_url(dashboard.url("/appeals?done=1"))
    assert "recorded" in await page.locator("p.ok").inner_text()
    assert (await appeals(havre))[0].state == "open"  # decided, not yet carried out: the bot does it

    await havre.bot.services.deadlines.run_due()  # type: ignore[union-attr]  # the bot's runner
    answer = await dm_number(havre, havre.alice, 2)
    assert "acceptée" in answer.content and "misread the context" in answer.content
    assert havre.alice.timed_out_until is None
    [decided] = await appeals(havre)
    [case] = await cases(havre)
    assert (decided.state, decided.decided_by, case.status) == ("granted", havre.max.id, "overturned")
    assert len(await _log_rows(dashboard, "appeal_decided")) == 1
    await page.context.close()


async def test_the_committee_records_a_verdict_and_an_admin_downloads_an_export(
    browser: object, dashboard: Dashboard
) -> None:
    havre = dashboard.havre
    await (await havre.max.slash("warn", member=havre.bob, rule="respect")).reply()
    await case_settled(havre)
    page = await log_in(browser, dashboard, "ada", lang="fr-FR")  # an admin: audits included
    await page.goto(dashboard.url("/audits"))
    assert await page.locator("h1").inner_text() == "Audits"
    await page.click("#draw")
    await page.locator("ol.plain a").first.click()
    await page.check("input[value=too_harsh]")
    await page.fill("#comment", "Un rappel aurait suffi.")
    await page.click("button.primary")
    await page.wait_for_url(dashboard.url("/audits"))
    assert "verdicts enregistrés : 1" in await page.locator("ol.plain").inner_text()
    async with havre.bot.services.db.reading() as session:  # type: ignore[union-attr]
        [verdict] = (await session.scalars(select(AuditVerdict))).all()
    assert verdict.verdict == "too_harsh" and verdict.sample_seed
    assert len(await _log_rows(dashboard, "audit_sample")) == 1
    assert len(await _log_rows(dashboard, "audit_verdict")) == 1

    await page.goto(dashboard.url("/log"))
    async with page.expect_download() as waiting:
        await page.click("#export-download")
    download = await waiting.value
    assert download.suggested_filename.endswith(".csv")
    text = (await download.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {"moderation_action", "audit_verdict"} <= {row["kind"] for row in rows}
    assert str(havre.bob.id) not in text  # pseudonymised
    assert len(await _log_rows(dashboard, "export")) == 1
    await page.context.close()


async def test_a_moderator_cannot_open_a_transcript_they_did_not_handle(
    browser: object, dashboard: Dashboard
) -> None:
    havre = dashboard.havre
    _, ticket = await close_a_conversation(havre, "en")  # bob asked, pia took it and answered
    said = WORDS["en"][1]

    moderator = await log_in(browser, dashboard, "max")
    await moderator.goto(dashboard.url("/help"))
    assert await moderator.locator("table").count() == 1
    assert await moderator.locator(f"a[href='/help/{ticket.id}']").count() == 0
    answer = await moderator.goto(dashboard.url(f"/help/{ticket.id}"))
    assert answer is not None and answer.status == 403
    assert "not open to you" in await moderator.locator("p.notice").inner_text()
    assert said not in await moderator.content()

    handler = await log_in(browser, dashboard, "pia")  # the peer who took it
    answer = await handler.goto(dashboard.url(f"/help/{ticket.id}"))
    assert answer is not None and answer.status == 200
    assert said in await handler.locator("ol.transcript").inner_text()
    admin = await log_in(browser, dashboard, "ada")
    answer = await admin.goto(dashboard.url(f"/help/{ticket.id}"))
    assert answer is not None and answer.status == 200
    assert said in await admin.locator("ol.transcript").inner_text()
    assert str(havre.bob.id) not in await admin.content()
    services = havre.bot.services  # type: ignore[union-attr]
    async with services.db.reading() as session:
        viewed = (
            await session.scalars(select(GovernanceEntry).where(GovernanceEntry.kind == "transcript_viewed"))
        ).all()
    assert len(viewed) == 2  # each reading logged by the help service; the refused one read nothing
    for page in (moderator, handler, admin):
        await page.context.close()
