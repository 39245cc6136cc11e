"""The transcript document: roles and per-person numbers instead of ids, mentions as labels, the order of
what was said, the sealed JSON round trip, and how it reads in French and English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.help.ticket_types import ActorRole
from bot.domain.help.transcript import Spoken, build, dumps, loads, render_text

T0 = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
MEMBER, PEER, SPEC, STRANGER = 111111111111111111, 222222222222222222, 333333333333333333, 444444444444444444


def spoken() -> list[Spoken]:
    return [
        Spoken(T0 + timedelta(minutes=2), SPEC, ActorRole.SPECIALIST, "Je suis là aussi."),
        Spoken(T0, MEMBER, ActorRole.MEMBER, "Bonjour", order=2),
        Spoken(
            T0, PEER, ActorRole.PEER_MODERATOR, f"Bonjour <@{MEMBER}>, <@!{SPEC}> et <@{STRANGER}>", order=3
        ),
        Spoken(T0 + timedelta(minutes=3), MEMBER, ActorRole.MEMBER, "   ", files=0),  # nothing: left out
        Spoken(T0 + timedelta(minutes=4), MEMBER, ActorRole.MEMBER, "", files=2),
        Spoken(T0 + timedelta(minutes=5), STRANGER, ActorRole.MEMBER, "Moi ?"),
    ]


def test_people_are_roles_and_numbers_and_the_ids_stay_out_of_the_text() -> None:
    transcript = build(7, MEMBER, T0, T0 + timedelta(hours=1), spoken())
    assert [(x.role, x.person, x.text, x.files) for x in transcript.lines] == [
        ("member", 0, "Bonjour", 0),
        ("peer_moderator", 1, "Bonjour @member, @2 et @3", 0),
        ("specialist", 2, "Je suis là aussi.", 0),
        ("member", 0, "", 2),
        ("other", 3, "Moi ?", 0),
    ]
    assert transcript.staff == frozenset({PEER, SPEC})
    for lang in ("fr", "en"):
        text = render_text(transcript, lang)
        assert all(str(i) not in text for i in (MEMBER, PEER, SPEC, STRANGER))


def test_the_sealed_document_round_trips() -> None:
    transcript = build(7, MEMBER, T0, T0 + timedelta(hours=1), spoken())
    assert loads(dumps(transcript)) == transcript


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            [
                "Conversation de la demande n°7",
                "[2026-12-06 03:00] Membre: Bonjour",
                "Modérateur pair 1:",
                "Spécialiste 2:",
                "[2 fichiers, non conservés]",
                "Une autre personne 3: Moi ?",
            ],
        ),
        (
            "en",
            [
                "Conversation of request #7",
                "[2026-12-06 03:00] Member: Bonjour",
                "Peer moderator 1:",
                "Specialist 2:",
                "[2 files, not kept]",
                "Someone else 3: Moi ?",
            ],
        ),
    ],
)
def test_it_reads_in_the_readers_language(lang: str, expected: list[str]) -> None:
    text = render_text(build(7, MEMBER, T0, T0 + timedelta(hours=1), spoken()), lang)
    for part in expected:
        assert part in text
    empty = render_text(build(8, MEMBER, T0, T0, []), lang)
    assert ("Rien n'a été écrit" if lang == "fr" else "Nothing was written") in empty
