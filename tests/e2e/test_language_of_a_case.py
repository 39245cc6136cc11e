"""One language per case (#16 point 2): a case opened automatically carries the language of the message
that opened it, and its notice, its buttons' answers, the appeal form, the receipt and the decision all
use it, whatever the member's client or the server speak; the team's cards are in the server's language
and a moderator's own confirmations in their client's."""

from __future__ import annotations

import re

from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import appeals, case_settled, dm_number
from tests.e2e.test_one_language_per_flow import assert_english

_ENGLISH = re.compile(r"\b(you|your|the|please|thank|with|is|are|appeal|was|this)\b", re.IGNORECASE)


def assert_french(text: str, where: str) -> None:
    found = _ENGLISH.findall(text)
    assert not found, f"English in {where}: {found!r} in {text!r}"


def shown(message: MessageState | object) -> str:
    """A message or a form as its reader sees it: text, embeds, labels (not the custom ids)."""
    if not isinstance(message, MessageState):
        return re.sub(r"'custom_id': '[^']*'", "", str(message))
    labels = [
        str(part.get("label", ""))
        for row in message.components or []
        for part in (row.get("components") or [])
    ]
    return " ".join([message.content, str(message.embeds), *labels])


async def test_a_french_member_in_an_english_server_lives_a_case_and_an_appeal_in_french(
    havre: Havre,
) -> None:
    await havre.configure(language="en")
    alice, max_ = havre.alice, havre.max  # alice: a French client; max: an English one
    queue = havre.channels["mod-queue"]
    await alice.says(havre.general, "ta gueule, connard")
    reminder = await dm_number(havre, alice, 1)
    second = "ferme ta gueule, connard"
    await alice.says(havre.general, second)
    notice = await dm_number(havre, alice, 2)
    case = (await case_settled(havre, 2))[-1]
    assert case.language == "fr"
    for message in (reminder, notice):
        assert_french(shown(message).replace(second, ""), "the notice")

    understood = await (await alice.click(notice, f"mod:ack:{case.id}")).reply()
    assert_french(understood.content, "the answer to « J'ai compris »")
    form = await (await alice.click(notice, f"mod:appeal:{case.id}")).modal_shown()
    assert_french(shown(form), "the appeal form")
    received = await (await alice.submit(reason="Je citais un film, je ne l'insultais pas")).reply()
    assert_french(received.content, "the appeal receipt")

    [appeal] = await appeals(havre)
    card = await havre.emu.wait_for(
        lambda: [m for m in queue.bot_messages() if f"mod:appeal-decide:{appeal.id}" in str(m.components)],
        5,
        "the appeal card",
    )
    standard = shown(card[0]).replace("Je citais un film, je ne l'insultais pas", "").replace(second, "")
    assert_english(standard, "the appeal card, in the server's language")

    grant = await max_.click(card[0], f"mod:appeal-decide:{appeal.id}:grant")
    assert_english(shown(await grant.modal_shown()), "max's decision form")
    confirmed = await (await max_.submit(reply="Sorry, our mistake.")).reply()
    assert_english(confirmed.content, "max's confirmation")
    answer = await dm_number(havre, alice, 3)
    assert_french(answer.content.replace("Sorry, our mistake.", ""), "the appeal decision")


async def test_a_french_client_writing_english_gets_the_case_and_its_appeal_in_english(
    havre: Havre,
) -> None:
    """The case is in the language of the words that opened it, even when the member's client (whose
    clicks the bot sees) speaks another: no English notice followed by a French form."""
    await havre.configure(language="en")
    alice = havre.alice
    await alice.says(havre.general, f"{havre.bob.mention} you are a complete idiot")
    await dm_number(havre, alice, 1)
    await alice.says(havre.general, f"{havre.bob.mention} honestly you are such a moron")
    notice = await dm_number(havre, alice, 2)
    case = (await case_settled(havre, 2))[-1]
    assert case.language == "en"
    assert_english(shown(notice), "the notice")
    clear = await (await alice.click(notice, f"mod:clear:{case.id}:yes")).reply()  # from a French client
    assert_english(clear.content, "the answer to « was this clear? »")
    form = await (await alice.click(notice, f"mod:appeal:{case.id}")).modal_shown()
    assert_english(shown(form), "the appeal form")
    received = await (await alice.submit(reason="I was quoting a film")).reply()
    assert_english(received.content, "the appeal receipt")
    again = await (await alice.click(notice, f"mod:appeal:{case.id}")).reply()  # one appeal per decision
    assert "appeal" in again.content.lower()
    assert_english(again.content, "the refusal of a second appeal")
