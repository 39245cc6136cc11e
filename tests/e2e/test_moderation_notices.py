"""Issue 16 (phone-first notices) and issue 13.8 (closed DMs while timed out), through the real client and
the emulator, in French and English.

A timed-out member keeps only "View Channel" and "Read Message History" in the server: Discord refuses
their messages, reactions, slash commands and button presses there (the emulator refuses them too). So
the channel notice itself carries the rule and the end, and the way to appeal goes through a private
message with the bot (a link button, no interaction), where ``/appeal`` works. When the pause ends, a
brief welcome back reaches them in the channel, once, even across a restart.
"""

from __future__ import annotations

import re

import pytest

from emulator import ScenarioError
from emulator.models import MessageState
from tests.e2e.conftest import Havre
from tests.e2e.moderation_helpers import appeals, assert_no_pings, button_ids, case_settled, cases, dm_number

WORDS = 64  # VOICE.md: about 60 words above the buttons, a date included
TEXT = {
    "fr": {
        "speaker": "alice",
        "insult": "ferme ta gueule, connard",
        "warned": "**Un avertissement, et nous avons retiré un de vos messages",
        "rule": "Respect entre membres",
        "details": "Détails",
        "appeal": "Contester",
        "paused": "vos messages sont en pause jusqu'au",
        "clock": "(UTC)",
        "received": "Nous avons bien reçu votre contestation",
        "welcome": "bon retour : votre pause est terminée",
        "open_dm": "Ouvrir un message privé",
    },
    "en": {
        "speaker": "bob",
        "insult": "shut up you idiot",
        "warned": "**A warning, and we removed one of your messages",
        "rule": "Respect between members",
        "details": "Details",
        "appeal": "Appeal",
        "paused": "your messages are paused until",
        "clock": "(UTC)",
        "received": "We have received your appeal",
        "welcome": "welcome back: your pause is over",
        "open_dm": "Open a private message",
    },
}


def _words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_warning_reads_on_one_phone_screen_with_the_rest_behind_details(
    havre: Havre, lang: str
) -> None:
    words = TEXT[lang]
    member = getattr(havre, words["speaker"])
    await member.says(havre.general, words["insult"])
    nudge = await dm_number(havre, member, 1)
    second = await member.says(havre.general, words["insult"])
    warning = await dm_number(havre, member, 2)
    await havre.emu.wait_for(lambda: second.deleted, 3, "the insult to be hidden")
    [_nudge, case] = await case_settled(havre, 2)

    lines = warning.content.split("\n")
    assert lines[0].startswith(words["warned"])  # what happened, first, in one sentence
    assert words["rule"] in lines[1]  # then the rule, by its title
    assert _words(warning.content) <= WORDS and _words(nudge.content) <= WORDS
    assert words["insult"] not in warning.content and "<t:" not in warning.content
    assert "probation" not in warning.content.lower() and "dossier" not in warning.content
    assert button_ids(warning)[:3] == [f"mod:ack:{case.id}", f"mod:appeal:{case.id}", f"mod:why:{case.id}"]

    details = await (await member.click(warning, f"mod:why:{case.id}")).reply()
    assert details.ephemeral and details.content.startswith(f"**{words['details']}**")
    assert words["insult"].split(",")[0] in details.content  # their words, for their eyes only
    assert "https://" in details.content  # the rule's full text and its link
    assert words["appeal"] in details.content  # how appeals work
    assert_no_pings(havre)


async def _channel_message(havre: Havre, starts: str, after: int = 0) -> MessageState:
    def found() -> MessageState | None:
        return next(
            (m for m in havre.general.bot_messages() if m.id > after and m.content.startswith(starts)), None
        )

    return await havre.emu.wait_for(found, 5, f"a bot message starting {starts!r}")


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_timed_out_member_with_closed_dms_appeals_from_the_channel_notice_and_is_welcomed_back(
    havre: Havre, lang: str
) -> None:
    words = TEXT[lang]
    if lang == "en":
        member = havre.carol  # en-GB, DMs closed
        await (await member.slash("rules")).reply()  # the bot learns her language
    else:
        member = await havre.guild.join("zoe", locale="fr", dms_open=False)
    mention = f"<@{member.id}>"

    # A warning first: not timed out, she can press "Details" on the channel notice.
    await (await havre.max.slash("warn", member=member, rule="respect")).reply()
    warned = await _channel_message(havre, mention)
    assert button_ids(warned)[0].startswith("mod:why:")

    # Then a pause: the notice carries the rule, the end as a person reads it, and the way to appeal.
    await (await havre.max.slash("timeout", member=member, duration="1h", rule="respect")).reply()
    notice = await _channel_message(havre, mention, after=warned.id)
    [timeout] = [c for c in await cases(havre) if c.user_id == member.id and c.action == "timeout"]
    assert timeout.dm_status == "dm_closed_notice"
    assert words["paused"] in notice.content and words["clock"] in notice.content
    assert words["rule"] in notice.content and "/appeal" in notice.content
    assert "<t:" not in notice.content and "/my-standing" not in notice.content
    assert notice.mentions == [member.id] and _words(notice.content) <= WORDS
    assert button_ids(notice) == []  # no button Discord would refuse her
    assert havre.bot is not None and havre.bot.user is not None
    assert member.link(notice, words["open_dm"]) == f"https://discord.com/users/{havre.bot.user.id}"

    # What Discord refuses a timed-out member in the server, the emulator refuses too.
    with pytest.raises(ScenarioError, match="timed out"):
        await member.click(warned, button_ids(warned)[0])
    with pytest.raises(ScenarioError):
        await member.slash("my-standing")
    with pytest.raises(ScenarioError):
        await member.says(havre.general, "why?")

    # In a private message with the bot, /appeal shows the note and its "Appeal" button; the form works.
    shown = await (await member.slash("appeal", in_dm=True)).reply()
    assert words["rule"] in shown.content and button_ids(shown) == [f"mod:appeal:{timeout.id}"]
    form = await member.click(shown, f"mod:appeal:{timeout.id}")
    await form.modal_shown()
    received = await (await member.submit(reason="I was quoting someone else")).reply()
    assert received.content.startswith(words["received"])
    [appeal] = await appeals(havre)
    assert appeal.case_id == timeout.id and appeal.queue_message_id is not None

    # The pause ends by itself: a brief welcome back in the channel, pinging only her, in her language.
    before = len(havre.general.bot_messages())
    assert await havre.advance(hours=1, minutes=1) >= 1
    welcome = await _channel_message(havre, mention, after=notice.id)
    assert words["welcome"] in welcome.content and welcome.mentions == [member.id]
    assert len(havre.general.bot_messages()) == before + 1
    assert_no_pings(havre, allowed_user=member.id)

    # Once: a restart and more time never send it again.
    await havre.restart()
    await havre.advance(minutes=10)
    welcomes = [m for m in havre.general.bot_messages() if words["welcome"] in m.content]
    assert len(welcomes) == 1
    await member.says(havre.general, "thanks" if lang == "en" else "merci")  # she can write again
