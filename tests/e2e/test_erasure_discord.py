"""Issue #15, point 6: erasing a member reaches Discord. The bot deletes its own messages and spaces that
quote the member (appeal card, ticket note copied into the queue, the ticket's private space) and tells
the admins what it could not reach. Through the emulator, with the real discord.py client."""

from __future__ import annotations

from bot.db.models import GovernanceEntry, MemberCopy
from emulator import Permission
from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, db_rows, go_on_duty, only_thread
from tests.e2e.moderation_helpers import case_settled, dm_number

APPEAL = "Je citais une chanson, je n'insultais personne"
NOTE = "Elle parle de ses nuits sans sommeil"


async def _quote_alice_everywhere(havre: Havre) -> tuple[int, int, int]:
    """An appeal card and a ticket note in the queue, and a private help space: ids of the three."""
    alice, queue = havre.alice, havre.channels["mod-queue"]
    await (await havre.max.slash("warn", member=alice, rule="respect")).reply()
    dm = await dm_number(havre, alice, 1)
    [case] = await case_settled(havre)
    await (await alice.click(dm, f"mod:appeal:{case.id}")).modal_shown()
    await (await alice.submit(reason=APPEAL)).reply()
    card = await queue.next_bot_message(after=0)
    assert "je n'insultais personne" in card.content

    await go_on_duty(havre)
    await (await alice.slash("help", in_channel=havre.general, topic="sommeil")).reply()
    thread = await only_thread(havre)
    await bot_messages(thread, 1)  # the greeting (the team alert goes to the mod queue)
    await (await havre.pia.slash("ticket note", in_channel=thread, text=NOTE)).reply()
    note = await havre.emu.wait_for(
        lambda: next((m for m in queue.bot_messages() if NOTE in m.content), None), 5, "the note copy"
    )
    assert len(await db_rows(havre, MemberCopy)) == 1
    return card.id, note.id, thread.id


async def _erase_alice(havre: Havre) -> str:
    offer = await (await havre.alice.slash("privacy erase")).reply()
    await (await havre.alice.click(offer, "gov:erase:ask")).response()
    request = havre.channels["governance"].bot_messages()[-1]
    await (await havre.ada.click(request, "gov:erase:confirm")).response()
    report = await havre.emu.wait_for(
        lambda: next(
            (m for m in havre.channels["governance"].messages() if "Sur Discord" in m.content), None
        ),
        10,
        "the report of what was removed on Discord",
    )
    return report.content


async def test_erasure_removes_the_bots_copies_on_discord(havre: Havre) -> None:
    card_id, note_id, thread_id = await _quote_alice_everywhere(havre)
    report = await _erase_alice(havre)

    queue = havre.channels["mod-queue"]
    remaining = {m.id for m in queue.messages()}
    assert card_id not in remaining and note_id not in remaining
    assert not any(APPEAL[:20] in m.content or NOTE in m.content for m in queue.messages())
    assert thread_id not in {t.id for t in havre.guild.threads()}  # the private space is gone
    assert "3 de mes messages ou espaces privés" in report
    assert "Au moins 1 message privé que je lui ai envoyé reste" in report  # the DM: not found, said so
    assert await db_rows(havre, MemberCopy) == []
    ctx = havre.bot.services  # type: ignore[union-attr]
    assert (await ctx.governance.verifier.verify(havre.guild.id)).ok
    entries = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "erasure")
    assert '"discord_removed":{"appeal_card":1,"ticket_note":1,"ticket_space":1}' in entries[-1].data


async def test_erasure_says_what_it_could_not_reach(havre: Havre) -> None:
    card_id, note_id, thread_id = await _quote_alice_everywhere(havre)
    # Someone took away the bot's right to manage threads: the private space cannot be deleted.
    havre.guild.bot_role.permissions &= ~Permission.MANAGE_THREADS
    report = await _erase_alice(havre)
    assert "2 de mes messages ou espaces privés" in report
    assert "espace d'aide privé" in report and f"<#{thread_id}>" in report
    assert thread_id in {t.id for t in havre.guild.threads()}
    assert not {card_id, note_id} & {m.id for m in havre.channels["mod-queue"].messages()}
    entries = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "erasure")
    assert '"discord_unreached":{"ticket_space":1}' in entries[-1].data
