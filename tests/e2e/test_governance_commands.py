"""Governance through the Discord emulator: exports, the trust report, log verification."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from bot.db.models import ExportRequest, GovernanceEntry
from bot.governance.chain import EntryKind
from bot.services.recorder import GovEvent
from tests.e2e.conftest import Havre
from tests.governance.db_seed import add_case, record


async def _seed_log(havre: Havre, count: int = 3) -> None:
    ctx = havre.bot.services  # type: ignore[union-attr]
    await add_case(ctx, havre.clock.now(), user_id=havre.alice.id, guild_id=havre.guild.id)
    for i in range(count):
        await record(
            ctx,
            GovEvent(
                havre.guild.id,
                EntryKind.MODERATION_ACTION,
                actor_id=None if i % 2 else havre.max.id,
                subject_id=havre.alice.id,
                rule_id="=respect" if i == 0 else "respect",
                action="hide",
                data={"message_id": 123_456_789_012_345_678 + i},
            ),
        )


async def test_an_admin_gets_the_log_as_a_pseudonymised_file(havre: Havre) -> None:
    await _seed_log(havre)
    interaction = await havre.ada.slash("modlog export")
    answer = await interaction.reply()
    assert answer.ephemeral
    assert "3 entrées" in answer.content  # ada's client is in French
    (attachment,) = answer.attachments
    assert attachment.filename.endswith(".csv")
    text = attachment.data.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["kind"] for r in rows] == ["moderation_action"] * 3
    assert rows[0]["rule_id"] == "'=respect"  # defused for spreadsheets
    for raw in (havre.alice.id, havre.max.id, havre.guild.id, 123_456_789_012_345_678):
        assert str(raw) not in text
    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        kinds = (await session.scalars(select(GovernanceEntry.kind).order_by(GovernanceEntry.seq))).all()
    assert kinds[-1] == "export"  # the export itself is logged


async def test_a_non_admin_is_refused(havre: Havre) -> None:
    await _seed_log(havre)
    havre.guild.override_command_permissions("modlog")  # even if a server shows the command to everyone
    interaction = await havre.bob.slash("modlog export")
    answer = await interaction.reply()
    assert answer.ephemeral and not answer.attachments
    assert "admins" in answer.content
    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        assert (await session.scalars(select(ExportRequest))).all() == []


async def test_real_ids_need_a_second_admin(havre: Havre) -> None:
    await _seed_log(havre)
    zoe = await havre.guild.join("zoe", locale="en-US", roles=[havre.roles["admin"]])
    asked = await (
        await havre.ada.slash("modlog export", real_ids=True, reason="demande de la justice", format="jsonl")
    ).reply()
    assert "deuxième admin" in asked.content
    governance = havre.channels["governance"]
    request = governance.bot_messages()[-1]
    assert "demande de la justice" in request.content

    own = await (await havre.ada.click(request, "gov:export:approve")).reply()
    assert "deuxième personne" in own.content  # nobody approves their own request
    await (await zoe.click(request, "gov:export:approve")).response()
    approved = governance.last_message
    assert approved is not None and "Approuvé" in approved.content

    stolen = await (await zoe.click(approved, "gov:export:get")).reply()
    assert not stolen.attachments  # only the requester may download
    download = await havre.ada.click(approved, "gov:export:get")
    delivered = await download.reply()
    (attachment,) = delivered.attachments
    assert str(havre.alice.id) in attachment.data.decode()
    logged = [e.data["event"] for e in await _entries(havre, "export")]
    assert logged == ["real_ids_approved", "export"]


async def test_report_posts_the_summary_with_its_charts(havre: Havre) -> None:
    await _seed_log(havre)
    await havre.advance(hours=1)  # this month so far includes the seeded case
    governance = havre.channels["governance"]
    answer = await (await havre.ada.slash("report", period="2026-01")).reply()
    assert "2026-01" in answer.content and answer.ephemeral
    posted = governance.bot_messages()[-1]
    assert "Rapport de confiance" in posted.content  # the server's language
    assert "Décisions de modération : 1 (automatiques : 1" in posted.content and "**" not in posted.content
    assert "du 1 janvier 2026 au 5 janvier 2026, 10:00 UTC" in posted.content  # the month so far
    names = {a.filename for a in posted.attachments}
    assert {"rules.png", "trend.png", "report.html"} <= names and "crisis_answers.png" not in names
    pngs = [a for a in posted.attachments if a.filename.endswith(".png")]
    assert all(a.data.startswith(b"\x89PNG") for a in pngs)
    html = next(a for a in posted.attachments if a.filename == "report.html").data.decode()
    assert html.startswith("<!DOCTYPE html>") and "data:image/png;base64," in html


async def test_the_monthly_job_posts_last_month_once(havre: Havre) -> None:
    await _seed_log(havre)
    monthly = havre.bot.services.governance.monthly  # type: ignore[union-attr]
    havre.clock.advance(havre.clock.now().replace(month=2, day=1) - havre.clock.now())
    assert await monthly.run() == [(havre.guild.id, "2026-01")]
    posted = havre.channels["governance"].last_message
    assert posted is not None and "Rapport de confiance — Janvier 2026" in posted.content
    await havre.restart()
    again = havre.bot.services.governance.monthly  # type: ignore[union-attr]
    assert await again.run() == []


async def test_audit_verify_reports_an_intact_log_then_tampering(havre: Havre) -> None:
    await _seed_log(havre)
    ok = await (await havre.ada.slash("audit verify")).reply()
    assert "intact" in ok.content
    async with havre.bot.services.db.unit_of_work() as session:  # type: ignore[union-attr]
        row = (await session.scalars(select(GovernanceEntry).where(GovernanceEntry.seq == 2))).one()
        row.action = "ban"
    broken = await (await havre.ada.slash("audit verify")).reply()
    assert "entrée 2" in broken.content


async def _entries(havre: Havre, kind: str) -> list:  # type: ignore[type-arg]
    from bot.services.recorder import row_to_entry

    async with havre.bot.services.db.sessions() as session:  # type: ignore[union-attr]
        rows = (
            await session.scalars(
                select(GovernanceEntry).where(GovernanceEntry.kind == kind).order_by(GovernanceEntry.seq)
            )
        ).all()
    return [row_to_entry(r) for r in rows]
