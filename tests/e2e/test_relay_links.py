"""Issue #15, point 8, through the emulator: a member's masked link relayed from their DMs into the help
space, and a helper's relayed to the member, are shown as plain text, never as a masked link posted by
the bot."""

from __future__ import annotations

import re

from tests.e2e.conftest import Havre
from tests.e2e.help_support import go_on_duty, only_thread

MASKED = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")  # what Discord renders as a masked link


async def test_masked_links_are_shown_as_plain_text_both_ways(havre: Havre) -> None:
    await go_on_duty(havre)
    bob, pia = havre.bob, havre.pia
    await bob.dm_bot("Please fill the [official form](http://phish.example/login) for me")
    await bob.next_dm()
    thread = await only_thread(havre)
    [relayed] = await havre.emu.wait_for(
        lambda: [m for m in thread.bot_messages() if "official form" in m.content], 5, "the DM relayed"
    )
    assert not MASKED.search(relayed.content)
    assert "http://phish.example/login" in relayed.content  # the real destination, visible

    seen = len(bob.dms())
    await pia.says(thread, "Use [the bank's page](https://evil.example/x) instead")
    answer = await havre.emu.wait_for(lambda: bob.dms()[seen] if len(bob.dms()) > seen else None, 5, "relay")
    assert "the bank's page" in answer.content and "https://evil.example/x" in answer.content
    assert not MASKED.search(answer.content)
