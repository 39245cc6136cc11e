"""An automatic action through the emulator: the insult is hidden and explained, with the way back."""

from __future__ import annotations

from bot.domain.policy.models import Policy
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import (
    assert_no_pings,
    button_ids,
    case_settled,
    log_kinds,
    strikes,
)


def _policy(havre: Havre) -> Policy:
    assert havre.bot is not None
    return havre.bot.services.policies.presets["patient"]  # type: ignore[no-any-return]


async def test_an_insult_is_hidden_and_explained_with_three_buttons(havre: Havre) -> None:
    policy = _policy(havre)
    first = await havre.alice.says(havre.general, "ta gueule, connard")
    nudge = await havre.alice.next_dm()
    assert nudge.content.startswith("**Petit rappel, sans sanction")  # the first breach: a kind reminder
    assert not first.deleted
    assert not any(i.startswith("mod:appeal:") for i in button_ids(nudge))  # nothing to appeal in a nudge

    second = await havre.alice.says(havre.general, "ferme ta gueule, connard")
    dm = await havre.alice.next_dm()
    await havre.emu.wait_for(lambda: second.deleted, 3, "the insult to be hidden")
    [nudged, warned] = await case_settled(havre, 2)

    assert dm.content.startswith("**Un avertissement, et nous avons retiré un de vos messages")
    assert "insulte" in dm.content.split("\n")[0]  # what happened and why, first, in plain words
    assert "Règle : **Respect entre membres**" in dm.content  # the rule by its title
    assert "ferme ta gueule" not in dm.content  # never the insult repeated back
    assert "Était-ce clair ?" in dm.content
    assert "0." not in dm.content.split("Règle")[1]  # never a raw score
    ids = button_ids(dm)
    assert f"mod:ack:{warned.id}" in ids and f"mod:appeal:{warned.id}" in ids
    details = await (await havre.alice.click(dm, f"mod:why:{warned.id}")).reply()  # the rest, privately
    assert details.ephemeral and policy.rule_link("respect") in details.content
    assert "ferme ta gueule" in details.content  # what they wrote, for their eyes only
    assert {f"mod:clear:{warned.id}:yes", f"mod:clear:{warned.id}:no"} <= set(ids)

    assert (nudged.action, nudged.status, nudged.dm_status) == ("nudge", "applied", "delivered")
    assert (warned.action, warned.status, warned.dm_status) == ("warn", "applied", "delivered")
    assert (
        warned.explanation_sent and "ferme ta gueule" not in warned.explanation_sent
    )  # excerpts only sealed
    assert warned.excerpt_ref is not None and warned.automatic and warned.policy_version == policy.version
    assert [(s.rule_id, s.is_strike) for s in await strikes(havre)] == [("respect", False), ("respect", True)]
    kinds = await log_kinds(havre)
    assert kinds.count("moderation_action") == 2 and kinds.count("explanation_delivery") == 2
    assert_no_pings(havre)


async def test_clarity_and_acknowledgement_are_recorded(havre: Havre) -> None:
    await havre.alice.says(havre.general, "connard")
    dm = await havre.alice.next_dm()
    [case] = await case_settled(havre)
    refused = await havre.bob.click(dm, f"mod:ack:{case.id}")  # someone else's note
    assert "someone else" in (await refused.reply()).content
    clear = await havre.alice.click(dm, f"mod:clear:{case.id}:no")
    assert "explications plus claires" in (await clear.reply()).content
    ack = await havre.alice.click(dm, f"mod:ack:{case.id}")
    assert "Merci d'avoir pris le temps" in (await ack.reply()).content
    [case] = await case_settled(havre)
    assert case.clarity is False and case.acknowledged_at is not None
    kinds = await log_kinds(havre)
    assert "clarity_vote" in kinds and "acknowledgement" in kinds


async def test_illness_talk_and_crisis_language_are_never_sanctioned(havre: Havre) -> None:
    calm = await havre.alice.says(havre.general, "Ma chimio me tue, je n'en peux plus de ma maladie")
    crisis = await havre.bob.says(havre.general, "I want to kill myself, you idiot")
    await havre.emu.wait_for(
        lambda: havre.bot.services.moderation.pipeline.stats.decided_total >= 2,  # type: ignore[union-attr]
        3,
        "both messages to be decided",
    )
    stats = havre.bot.services.moderation.pipeline.stats  # type: ignore[union-attr]
    assert stats.decided.get("crisis") == 1 and stats.decided.get("none") == 1
    assert not calm.deleted and not crisis.deleted
    assert await case_settled(havre, 0) == []


async def test_a_member_is_written_to_in_their_own_language_after_a_restart(havre: Havre) -> None:
    bob = havre.bob  # an English-speaking member of a French server
    await (await bob.slash("rules", in_channel=havre.general)).reply()  # an interaction: Discord says en-US
    assert havre.bot is not None
    await havre.bot.services.locales.drain()
    await havre.restart()  # nothing in memory any more
    await bob.says(havre.general, "you idiot, nobody asked")
    nudge = await bob.next_dm()
    assert nudge.content.startswith("**A friendly reminder, with no sanction")  # not the server's French
    [case] = await case_settled(havre)
    assert case.language == "en"


async def test_the_message_language_decides_then_the_server_language(havre: Havre) -> None:
    await havre.bob.says(havre.general, "you idiot, nobody asked")  # no interaction: language unknown
    nudge = await havre.bob.next_dm()
    assert nudge.content.startswith("**A friendly reminder, with no sanction")  # the message's language
    users = " ".join(m.mention for m in (havre.alice, havre.pia, havre.max, havre.carol))
    await havre.bob.says(havre.general, f"@everyone {users} {users} !!!")  # nothing tells the language
    dm = await havre.bob.next_dm()
    assert "Était-ce clair ?" in dm.content  # the server's French
