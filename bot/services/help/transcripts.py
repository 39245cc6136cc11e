"""Transcripts: a closed request's conversation, kept sealed with the member's key.

When a request closes, a ``ticket_transcript`` deadline (due at once) asks the Discord side for what was
said (``HelpPort.conversation``), and ``keep`` seals it as one ``encrypted_content`` row (kind
``transcript``) whose id goes to ``tickets.transcript_ref``; a later close (after a reopen) replaces it.
It lives as long as the rest of the member's sealed content: the policy's ``[help] retention_days``
(counted from the close) and the ticket's own ``[retention] tickets_days``; erasing the member deletes
their key and their sealed rows, so it goes with them.

``read`` is the one way to read it, for Discord (``/ticket transcript``) and for any other front end
(the web dashboard): the access check is inside. Admins of the ticket's server may read it, and the
helpers who handled the request (claimed it, received it by transfer, answered, resolved or closed it,
wrote a note, or spoke in it) while they still hold a help role there. Every reading is logged.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import EncryptedContent, TicketEvent
from bot.domain.help.ticket_types import Actor, ActorRole, TicketState
from bot.domain.help.transcript import Spoken, Transcript, build, dumps, loads
from bot.governance.entry import EntryKind
from bot.services.errors import NotAllowed, NotFound
from bot.services.governance.ids import ERASED_USER_ID
from bot.services.help import records
from bot.services.help.actors import actor_role, log_role
from bot.services.help.core import HelpCore
from bot.services.recorder import GovEvent

TRANSCRIPT_KIND = "transcript"
TRANSCRIPT = "transcript"  # the ticket event: a transcript was kept (how many lines; no content)

# Events whose actor worked on the request for the team (the member's own events are not these).
_HANDLING = (
    "claimed",
    "transferred",
    "released",
    "resolved",
    "closed",
    "reopened",
    "first_response",
    "answered",
    records.NOTE,
)


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who asks to read, as their server knows them: their roles there, and whether they are an admin
    (Administrator or Manage Server, or the configured admin role through ``role_ids``)."""

    user_id: int
    guild_id: int
    role_ids: frozenset[int] = frozenset()
    is_admin: bool = False


class TranscriptNotAllowed(NotAllowed):
    key = "help.transcript_not_allowed"


class TranscriptMissing(NotFound):
    """No transcript: the request is not closed yet, nothing was said, or it was erased or expired."""

    key = "help.transcript_missing"


class TicketTranscripts:
    def __init__(self, core: HelpCore) -> None:
        self.core = core

    async def keep(self, ticket_id: int, spoken: Sequence[Spoken]) -> int | None:
        """Seal what was said in a closed request with the member's key; replaces an earlier transcript
        of the same request. None (nothing kept) when the request was reopened meanwhile, its member
        erased, or nothing was said."""
        core = self.core
        async with core.db.unit_of_work() as session:
            found = await records.load(session, ticket_id, lock=True)
            if found is None:
                return None
            row, ticket = found
            if ticket.state is not TicketState.CLOSED or ticket.closed_at is None:
                return None  # reopened: the next close keeps the whole conversation
            if row.user_id == ERASED_USER_ID:
                return None
            transcript = build(ticket.id, row.user_id, ticket.opened_at, ticket.closed_at, spoken)
            previous = row.transcript_ref
            ref = None
            if transcript.lines:
                ref = await core.vault.seal(
                    session, row.guild_id, row.user_id, TRANSCRIPT_KIND, dumps(transcript)
                )
            row.transcript_ref = ref
            if previous is not None:
                await session.execute(delete(EncryptedContent).where(EncryptedContent.id == previous))
            data = {"lines": len(transcript.lines), "kept": ref is not None}
            session.add(records.event_row(ticket, TRANSCRIPT, None, core.clock.now(), data))
            return ref

    async def read(self, ticket_id: int, viewer: Viewer) -> Transcript:
        """The transcript of a closed request, for an admin of its server or a helper who handled it.

        Raises ``TranscriptNotAllowed`` for anyone else (whether or not a transcript exists),
        ``NotFound`` when there is no such request on the viewer's server, and ``TranscriptMissing``
        when nothing is kept (not closed yet, nothing said, erased, expired). The reading is logged
        (``transcript_viewed``: who, which request; never the content)."""
        core = self.core
        async with core.db.unit_of_work() as session:
            found = await records.load(session, ticket_id, lock=False)
            if found is None or found[0].guild_id != viewer.guild_id:
                raise NotFound("help.transcript_no_request")
            row, ticket = found
            scope = await core.scope(session, row.guild_id)
            role = actor_role(scope.guild, viewer.role_ids, is_admin=viewer.is_admin)
            text = await core.vault.open(session, row.transcript_ref)
            transcript = loads(text) if text else None
            handlers = await self._handlers(session, ticket_id)
            if transcript is not None:
                handlers |= transcript.staff
            if not _may_read(role, viewer.user_id, handlers, row.user_id):
                raise TranscriptNotAllowed()
            if transcript is None:
                raise TranscriptMissing()
            await core.governance.record(
                session,
                GovEvent(
                    guild_id=row.guild_id,
                    kind=EntryKind.TRANSCRIPT_VIEWED,
                    actor_id=viewer.user_id,
                    actor_role=log_role(Actor(viewer.user_id, role)),
                    subject_id=row.user_id,
                    action="read",
                    policy_version=scope.guild.policy_version,
                    data={"ticket": ticket.id, "lines": len(transcript.lines)},
                ),
            )
            return transcript

    @staticmethod
    async def _handlers(session: AsyncSession, ticket_id: int) -> set[int]:
        found = await session.execute(
            select(TicketEvent.actor_id, TicketEvent.data).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.kind.in_(_HANDLING)
            )
        )
        ids: set[int] = set()
        for actor_id, data in found:
            if actor_id:
                ids.add(int(actor_id))
            target = (data or {}).get("target_id") if isinstance(data, dict) else None
            if target:
                ids.add(int(target))
        return ids


def _may_read(role: ActorRole, user_id: int, handlers: Collection[int], requester_id: int) -> bool:
    if role is ActorRole.ADMIN:
        return True
    helper = role in (ActorRole.PEER_MODERATOR, ActorRole.SPECIALIST)
    return helper and user_id != requester_id and user_id in handlers
