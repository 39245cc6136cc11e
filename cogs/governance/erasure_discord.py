"""Erasure reaches Discord: the bot deletes its own messages and private spaces that quote the member,
and says what it could not reach (see ``bot.services.governance.copies``)."""

from __future__ import annotations

import logging
from collections import Counter

import discord

from bot.domain.i18n import plural, t
from bot.services.governance.copies import TICKET_SPACE, DiscordCopy, MemberTraces
from bot.services.governance.privacy import DiscordCleanup

log = logging.getLogger(__name__)
REASON = "Erasure of a member's data, at their request"
LISTED = 10  # unreached items named in the report; the rest are counted


async def remove_copies(
    client: discord.Client, traces: MemberTraces
) -> tuple[DiscordCleanup, list[DiscordCopy]]:
    """Delete every copy; a copy already gone counts as removed. Returns the counts and the copies left."""
    removed: Counter[str] = Counter()
    left: list[DiscordCopy] = []
    for copy in traces.copies:
        try:
            if copy.message_id is None:
                await client.http.delete_channel(copy.channel_id, reason=REASON)
            else:
                await client.http.delete_message(copy.channel_id, copy.message_id, reason=REASON)
        except discord.NotFound:
            removed[copy.kind] += 1
        except discord.HTTPException as error:
            log.info("erasure: could not remove a %s (%s %s)", copy.kind, error.status, error.code)
            left.append(copy)
        else:
            removed[copy.kind] += 1
    unreached = Counter(copy.kind for copy in left)
    cleanup = DiscordCleanup(
        tuple(sorted(removed.items())), tuple(sorted(unreached.items())), traces.direct_messages
    )
    return cleanup, left


def cleanup_text(cleanup: DiscordCleanup, left: list[DiscordCopy], guild_id: int, lang: str) -> str:
    lines = [plural("governance.privacy_erase_discord_done", lang, sum(n for _, n in cleanup.removed))]
    if left:
        items = []
        for copy in left[:LISTED]:
            where = (
                f"<#{copy.channel_id}>"
                if copy.kind == TICKET_SPACE or copy.message_id is None
                else f"https://discord.com/channels/{guild_id}/{copy.channel_id}/{copy.message_id}"
            )
            items.append(f"{t(f'governance.privacy_copy_{copy.kind}', lang)} {where}")
        more = f" (+{len(left) - LISTED})" if len(left) > LISTED else ""
        lines.append(t("governance.privacy_erase_discord_unreached", lang, items=", ".join(items) + more))
    if cleanup.direct_messages:
        lines.append(plural("governance.privacy_erase_discord_dms", lang, cleanup.direct_messages))
    return "\n".join(lines)
