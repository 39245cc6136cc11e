"""A closed request's conversation, as it is kept: the member's and the team's messages, each with the
author's role, a number per person (never a Discord id) and the time; and how it reads, in the reader's
language.

Built from what was said in the private space and, for a request opened or followed by DM, what the
member wrote to the bot (``Spoken``, gathered by the Discord side), then sealed with the member's key by
``bot.services.help.transcripts``. The ids of the helpers who spoke stay inside the sealed document
(``staff``), for the access check only: the rendered text never shows them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.clock import ensure_utc
from bot.domain.help.ticket_types import ActorRole
from bot.domain.i18n import plural, t

FORMAT = 1
TEXT_MAX = 4000  # one Discord message at most
_MENTION = re.compile(r"<@!?(\d{15,21})>")
_ROLES = {ActorRole.MEMBER, ActorRole.PEER_MODERATOR, ActorRole.SPECIALIST, ActorRole.ADMIN}


@dataclass(frozen=True, slots=True)
class Spoken:
    """One message as the Discord side read it: who (their id and their role on the server), when, what.
    ``role`` is ``MEMBER`` for the member who asked and for anyone without a help role."""

    at: datetime
    author_id: int
    role: ActorRole
    text: str
    files: int = 0
    order: int = 0  # among messages of the same instant (the Discord message id: ids grow with time)


@dataclass(frozen=True, slots=True)
class Line:
    at: datetime
    role: str  # "member" (the member who asked), "peer_moderator", "specialist", "admin", "other"
    person: int  # 0: the member who asked; 1, 2…: each other person, in order of their first message
    text: str
    files: int = 0


@dataclass(frozen=True, slots=True)
class Transcript:
    ticket_id: int
    opened_at: datetime
    closed_at: datetime
    lines: tuple[Line, ...]
    staff: frozenset[int] = frozenset()  # who spoke for the team (ids; sealed, never rendered)


def build(
    ticket_id: int,
    requester_id: int,
    opened_at: datetime,
    closed_at: datetime,
    spoken: Sequence[Spoken],
) -> Transcript:
    """The transcript from what was said, oldest first. Mentions of people become their label
    ("@member", "@2"); a message with neither text nor files is left out."""
    people: dict[int, int] = {requester_id: 0}
    staff: set[int] = set()
    ordered = sorted(spoken, key=lambda s: (ensure_utc(s.at), s.order))
    for said in ordered:
        if said.author_id not in people:
            people[said.author_id] = len(people)
    lines = []
    for said in ordered:
        text = _MENTION.sub(lambda m: _label_of(int(m.group(1)), people), said.text).strip()[:TEXT_MAX]
        if not text and not said.files:
            continue
        if said.author_id == requester_id:
            role = "member"
        elif said.role in _ROLES and said.role is not ActorRole.MEMBER:
            role = said.role.value
            staff.add(said.author_id)
        else:
            role = "other"
        lines.append(Line(ensure_utc(said.at), role, people[said.author_id], text, said.files))
    return Transcript(ticket_id, ensure_utc(opened_at), ensure_utc(closed_at), tuple(lines), frozenset(staff))


def _label_of(user_id: int, people: dict[int, int]) -> str:
    person = people.get(user_id)
    if person is None:
        return "@…"
    return "@member" if person == 0 else f"@{person}"


# --- sealing: a JSON document -----------------------------------------------------------------------


def dumps(transcript: Transcript) -> str:
    return json.dumps(
        {
            "v": FORMAT,
            "ticket": transcript.ticket_id,
            "opened_at": transcript.opened_at.isoformat(),
            "closed_at": transcript.closed_at.isoformat(),
            "staff": sorted(str(s) for s in transcript.staff),
            "lines": [
                {"at": x.at.isoformat(), "role": x.role, "person": x.person, "text": x.text, "files": x.files}
                for x in transcript.lines
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def loads(text: str) -> Transcript:
    data: dict[str, Any] = json.loads(text)
    lines = tuple(
        Line(
            at=ensure_utc(datetime.fromisoformat(x["at"])),
            role=str(x["role"]),
            person=int(x["person"]),
            text=str(x["text"]),
            files=int(x.get("files", 0)),
        )
        for x in data.get("lines", [])
    )
    return Transcript(
        ticket_id=int(data["ticket"]),
        opened_at=ensure_utc(datetime.fromisoformat(data["opened_at"])),
        closed_at=ensure_utc(datetime.fromisoformat(data["closed_at"])),
        lines=lines,
        staff=frozenset(int(s) for s in data.get("staff", [])),
    )


# --- reading it, in the reader's language -----------------------------------------------------------


def author(line: Line, lang: str) -> str:
    role = t(f"help.transcript_role_{line.role}", lang)
    return role if line.person == 0 else f"{role} {line.person}"


def render_text(transcript: Transcript, lang: str) -> str:
    """Plain text, for the attached file: times in UTC, one paragraph per message."""
    head = t(
        "help.transcript_heading",
        lang,
        number=transcript.ticket_id,
        opened=transcript.opened_at.strftime("%Y-%m-%d %H:%M UTC"),
        closed=transcript.closed_at.strftime("%Y-%m-%d %H:%M UTC"),
    )
    out = [head, ""]
    for line in transcript.lines:
        text = line.text
        if line.files:
            text = (text + " " if text else "") + plural("help.transcript_files", lang, line.files)
        out.append(f"[{line.at.strftime('%Y-%m-%d %H:%M')}] {author(line, lang)}: {text}")
    if not transcript.lines:
        out.append(t("help.transcript_empty", lang))
    return "\n".join(out) + "\n"
