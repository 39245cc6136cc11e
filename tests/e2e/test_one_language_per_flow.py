"""One language per flow (#16): bob's Discord client is in English and the server is French. His case,
his appeal and his help request reach him in English from the first message to the last, whoever on
the team acts, while the team's own cards stay in the team's language."""

from __future__ import annotations

import re

from tests.e2e.conftest import Havre
from tests.e2e.help_support import bot_messages, go_on_duty, only_thread
from tests.e2e.moderation_helpers import appeals, case_settled, dm_number

_FRENCH = re.compile(
    r"\b(vous|votre|nous|notre|merci|bonjour|est|une|les|des|pour|avec|demande|règle|contestation)\b|«|»",
    re.IGNORECASE,
)


def assert_english(text: str, where: str) -> None:
    found = _FRENCH.findall(text)
    assert not found, f"French in {where}: {found!r} in {text!r}"


async def test_an_english_member_in_a_french_server_lives_a_case_and_an_appeal_in_english(
    havre: Havre,
) -> None:
    queue = havre.channels["mod-queue"]
    await havre.bob.says(havre.general, f"{havre.alice.mention} you are a complete idiot")
    reminder = await dm_number(havre, havre.bob, 1)
    assert_english(reminder.content + str(reminder.embeds), "the reminder")
    await havre.bob.says(havre.general, f"{havre.alice.mention} honestly you are such a moron")
    notice = await dm_number(havre, havre.bob, 2)
    assert_english(notice.content + str(notice.embeds), "the notice")
    case = (await case_settled(havre, 2))[-1]
    assert case.language == "en"

    form = await (await havre.bob.click(notice, f"mod:appeal:{case.id}")).modal_shown()
    assert_english(str(form), "the appeal form")
    received = await (await havre.bob.submit(reason="I was quoting a film, not insulting her")).reply()
    assert_english(received.content, "the appeal receipt")

    card = await queue.next_bot_message(after=0)
    [appeal] = await appeals(havre)
    # ada (a French client) decides: her card and her confirmation are French, bob's answer is English
    grant = await havre.ada.click(card, f"mod:appeal-decide:{appeal.id}:grant")
    await grant.modal_shown()
    confirmed = await (await havre.ada.submit(reply="Merci, c'est compris.")).reply()
    assert "Contestation" in confirmed.content or "contestation" in confirmed.content
    answer = await dm_number(havre, havre.bob, 3)
    standard = answer.content.replace("Merci, c'est compris.", "")  # the moderator's own words stay theirs
    assert_english(standard, "the appeal decision")


async def test_an_english_member_in_a_french_server_asks_for_help_in_english(havre: Havre) -> None:
    await go_on_duty(havre, "pia")
    await (await havre.bob.slash("help", topic="I had a really bad day")).reply()
    thread = await only_thread(havre)
    assert_english(thread.name or "", "the thread name")
    messages = await bot_messages(thread, 1, "the welcome")
    for message in messages:
        if message.visible_to in (None, havre.bob.id):
            assert_english(message.content + str(message.embeds), "the private space")
