"""Issue #11 through the emulator and the real discord.py client, in French and in English: a crisis told in
other words gets the helplines at once and a crisis ticket, never a sanction; distress gets a private offer;
a member reporting an insult they received is offered help, never sanctioned; a directed insult with words
in between is acted on. What is said back is in the message's language (the server's is French)."""

from __future__ import annotations

import pytest

from bot.db.models import Case, GovernanceEntry
from bot.db.models import Ticket as TicketRow
from tests.e2e.conftest import Havre
from tests.e2e.help_support import db_rows, go_on_duty, only_thread
from tests.e2e.moderation_helpers import case_settled, strikes

# No "suicide", "die", "mourir", "me tuer": a plan, the means saved up, a time.
CRISIS = {
    "fr": "jvais pas tenir plus longtemps. ça fait des semaines que je mets des cachets de côté, "
    "ce soir je les prends tous et c'est fini",
    "en": "been putting pills aside for weeks now. tonight im taking every single one, "
    "said goodbye to my sister already",
}
DISTRESS = {
    "fr": "jsuis tellement épuisée en ce moment... je dors plus, je pleure tous les soirs et "
    "j'ai l'impression que personne me comprend",
    "en": "honestly everything feels so heavy lately, i can't sleep, i cry every night and "
    "i feel completely alone",
}
REPORTED = {
    "fr": "il m'a traitée de « grosse conne » en mp hier soir, un modo peut regarder svp ?",
    "en": "someone keeps dming me calling me a 'worthless idiot', can a mod look at it pls",
}
INSULT = {
    "fr": "t'es vraiment qu'une grosse merde franchement",
    "en": "you are honestly such a pathetic little loser",
}
OFFER = {"fr": "espace privé", "en": "private space"}
NUDGE = {"fr": "Petit rappel, sans sanction", "en": "A friendly reminder, with no sanction"}


async def _helplines_by_dm(havre: Havre, lang: str) -> None:
    """The crisis protocol reached the member privately, with the helplines of the message's language."""
    alice = havre.alice
    expected = (
        "3114" if lang == "fr" else "findahelpline"
    )  # an English message in a French server: default lines
    # (the first judgement of a process is slow while the detectors warm up: generous timeouts)
    await havre.emu.wait_for(
        lambda: [m for m in alice.dms() if expected in m.content], 10.0, "the helplines by DM"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_crisis_in_other_words_gets_the_helplines_and_a_crisis_ticket(
    havre: Havre, lang: str
) -> None:
    await go_on_duty(havre)
    alice = havre.alice
    said = await alice.says(havre.general, CRISIS[lang])
    await _helplines_by_dm(havre, lang)
    await only_thread(havre)
    [ticket] = await db_rows(havre, TicketRow)
    assert (ticket.priority, ticket.origin, ticket.language) == ("crisis", "phrase", lang)
    alerts = await db_rows(havre, GovernanceEntry, GovernanceEntry.kind == "crisis_alert")
    assert len(alerts) == 1  # the on-duty team is alerted
    # never a sanction
    assert not said.deleted and alice.timed_out_until is None
    assert await db_rows(havre, Case) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_distress_gets_a_private_offer_and_no_crisis_block(havre: Havre, lang: str) -> None:
    bob = havre.bob
    said = await bob.says(havre.general, DISTRESS[lang])
    offer = await bob.next_dm(timeout=10.0)
    assert OFFER[lang] in offer.content
    assert havre.guild.threads() == []  # nothing opened before the member says yes
    assert [m for m in havre.general.bot_messages() if m.id > said.id] == []  # no public crisis block
    assert not said.deleted and await db_rows(havre, Case) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_reported_insult_offers_help_to_the_reporter_and_never_sanctions(
    havre: Havre, lang: str
) -> None:
    bob = havre.bob
    said = await bob.says(havre.general, REPORTED[lang])
    offer = await bob.next_dm(timeout=10.0)
    assert OFFER[lang] in offer.content
    assert not said.deleted and bob.timed_out_until is None
    assert await db_rows(havre, Case) == []  # no case, no strike: the reporter is not the author


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_directed_insult_with_words_in_between_is_acted_on(havre: Havre, lang: str) -> None:
    bob = havre.bob
    await bob.says(havre.general, INSULT[lang])
    nudge = await bob.next_dm(timeout=10.0)
    assert NUDGE[lang] in nudge.content  # explained in the message's own language
    [case] = await case_settled(havre)
    assert (case.rule_id, case.action, case.language) == ("respect", "nudge", lang)


@pytest.mark.parametrize(
    "text",
    [
        "je vais me suicider ce soir et je vais te tuer aussi",
        "i'm going to kill myself and i'll kill you too",
    ],
)
async def test_crisis_wins_and_the_threat_goes_to_a_person(havre: Havre, text: str) -> None:
    await go_on_duty(havre)
    alice, queue = havre.alice, havre.channels["mod-queue"]
    said = await alice.says(havre.general, text)
    await _helplines_by_dm(havre, "fr" if "suicider" in text else "en")  # the crisis protocol runs
    [review] = await case_settled(havre)
    assert (review.action, review.rule_id, review.reason_code) == ("review", "threats", "crisis_review")
    assert review.status == "proposed" and await strikes(havre) == []
    card = await queue.next_bot_message(after=0)
    assert review.review_message_id == card.id
    assert not said.deleted and alice.timed_out_until is None  # never an automatic sanction
    [ticket] = await db_rows(havre, TicketRow)
    assert ticket.priority == "crisis"
