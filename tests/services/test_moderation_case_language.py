"""A case a moderator opens on a message carries that message's language (#16 point 2), and ending its
timeout welcomes the member back in the case's language, whatever the server speaks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.db.engine import Database
from bot.domain.policy.models import Action
from bot.services.moderation import ModeratorRequest
from tests.services.moderation_fakes import ALICE, BOB, GUILD, MAX, moderation


async def test_a_moderators_case_on_an_english_message_is_english_in_a_french_server(
    db: Database, tmp_path: Path
) -> None:
    service, port, _ = await moderation(db, tmp_path)  # a French server; alice's language is not known
    timed = await service.moderators.moderate(
        ModeratorRequest(
            GUILD,
            MAX,
            ALICE,
            Action.TIMEOUT,
            "respect",
            timedelta(hours=2),
            channel_id=1,
            message_id=2,
            excerpt="you are all complete idiots and I will keep saying it",
        )
    )
    assert timed.case.language == "en"
    await service.moderators.untimeout(GUILD, MAX, ALICE)
    assert "Welcome back" in port.dms(ALICE)[-1].content

    # no message named: nothing to read the language from, so the server's (French) stays
    warned = await service.moderators.moderate(ModeratorRequest(GUILD, MAX, BOB, Action.WARN, "respect"))
    assert warned.case.language == "fr"
