"""Privacy and committee audits through the Discord emulator."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bot.db.models import AuditVerdict, ErasureRequest
from bot.governance.chain import EntryKind
from bot.services.recorder import GovEvent
from tests.e2e.conftest import Havre
from tests.governance.db_seed import add_case, record

EXCERPT = "ma maladie me fatigue tellement"


async def _seed(havre: Havre, count: int = 1) -> list[int]:
    ctx = havre.bot.services  # type: ignore[union-attr]
    vault = ctx.governance.vault
    refs = []
    for i in range(count):
        async with ctx.db.unit_of_work() as session:
            ref = await vault.seal(session, havre.guild.id, havre.alice.id, "excerpt", f"{EXCERPT} {i}")
        case = await add_case(
            ctx, havre.clock.now(), user_id=havre.alice.id, excerpt_ref=ref, guild_id=havre.guild.id
        )
        await record(
            ctx,
            GovEvent(
                havre.guild.id,
                EntryKind.MODERATION_ACTION,
                subject_id=havre.alice.id,
                rule_id="respect",
                action="hide",
                refs=(f"content:{ref}",),
                data={"case_id": case},
            ),
        )
        refs.append(ref)
    await havre.advance(minutes=30)
    return refs


async def test_a_member_gets_their_data_by_dm_or_privately(havre: Havre) -> None:
    await _seed(havre)
    answer = await (await havre.alice.slash("privacy export")).reply()
    assert answer.ephemeral and "message privé" in answer.content
    dm = havre.alice.dms()[-1]
    (attachment,) = dm.attachments
    document = json.loads(attachment.data)
    assert document["cases"][0]["excerpt"] == f"{EXCERPT} 0"

    closed = await (await havre.carol.slash("privacy export")).reply()  # carol's DMs are closed
    assert closed.ephemeral and closed.attachments
    assert json.loads(closed.attachments[0].data)["cases"] == []


async def test_an_erasure_asked_by_a_member_is_confirmed_by_an_admin(havre: Havre) -> None:
    (ref,) = await _seed(havre)
    ctx = havre.bot.services  # type: ignore[union-attr]
    services = ctx.governance
    offer = await (await havre.alice.slash("privacy erase")).reply()
    assert offer.ephemeral and "définitif" in offer.content
    asked = await havre.alice.click(offer, "gov:erase:ask")
    await asked.response()
    assert "Votre demande est envoyée" in asked.message.content  # type: ignore[union-attr]

    request = havre.channels["governance"].bot_messages()[-1]
    assert f"<@{havre.alice.id}>" in request.content and EXCERPT not in request.content
    await (await havre.ada.click(request, "gov:erase:confirm")).response()
    # the confirmation and the report of what was removed on Discord arrive in either order
    await havre.emu.wait_for(
        lambda: any("Effacé" in m.content for m in havre.channels["governance"].bot_messages()),
        5,
        "the erasure is confirmed in the governance channel",
    )
    await havre.emu.wait_for(
        lambda: any("effacées" in m.content for m in havre.alice.dms()), 5, "the member is told"
    )

    async with ctx.db.unit_of_work() as session:
        assert await services.vault.open(session, ref) is None
        (row,) = (await session.scalars(select(ErasureRequest))).all()
    assert (row.state, row.confirmed_by) == ("done", havre.ada.id)
    assert (await services.verifier.verify(havre.guild.id)).ok


async def test_the_committee_rates_sampled_decisions_one_by_one(havre: Havre) -> None:
    await _seed(havre, count=3)
    ctx = havre.bot.services  # type: ignore[union-attr]
    interaction = await havre.ada.slash("audit sample", n=2, period="2026-01")
    intro = await interaction.reply()
    assert "Échantillon de 2 décisions sur 3" in intro.content
    item = await interaction.followup(1)
    assert "Décision 1 sur 2" in item.content and EXCERPT in item.content

    rate = await havre.ada.click(item, "gov:audit:too_harsh")
    modal = await rate.modal_shown()
    assert "trop sévère" in modal["title"]
    submitted = await havre.ada.submit(rate, **{"Commentaire (facultatif)": "un rappel suffisait"})
    await submitted.response()
    await havre.emu.wait_for(
        lambda: "Décision 2 sur 2" in havre.emu.world.messages[item.id].content, 5, "the next decision"
    )
    await (await havre.ada.click(havre.emu.world.messages[item.id], "gov:audit:skip")).response()
    await havre.emu.wait_for(
        lambda: "dernière décision" in havre.emu.world.messages[item.id].content, 5, "the end"
    )

    async with ctx.db.unit_of_work() as session:
        (verdict,) = (await session.scalars(select(AuditVerdict))).all()
    assert (verdict.verdict, verdict.comment) == ("too_harsh", "un rappel suffisait")
    assert verdict.reviewer.startswith("committee:m_")
    havre.clock.advance(timedelta(minutes=1))
    assert (await ctx.governance.verifier.verify(havre.guild.id)).ok
