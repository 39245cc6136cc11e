"""never13 (round 67): self-talk read by structure, never an insult: a member scolding themself in the second
person after a mistake about their own body or care, or after a failure told in the first person, and the
feeling a situation gives ("makes you feel like a freak"); two phrases disarmed by their context (a
self-deprecating "nobody asked but here's my …", knowing an address because "we're neighbours"). Quiet twins
go the other way: the same insults aimed at another member (replies, mentions, game moves, blame, mocking an
illness) are still insults. Messages written for the tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge


@pytest.mark.parametrize(
    "text",
    [
        "you dumb cow you forgot to take your tablets and now you're dizzy",
        "ugh you clown you skipped lunch and now you're crashing",
        "tu es vraiment trop nulle, t'as encore oublié tes médocs ce matin",
        "t'es conne ou quoi, t'as laissé ta pompe à insuline chez mamie",
        "you absolute donkey you drank coffee at 9pm and now no sleep",
        "putain j'ai encore raté ma dose, t'es vraiment une idiote",
        "i missed the last jump AGAIN, you're so useless",
        "that kind of day makes you feel like an idiot honestly",
    ],
)
def test_self_address_is_self_talk_never13(text: str) -> None:
    reading = judge(text)
    assert not reading.hits, reading.hits
    assert reading.self_talk


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("you idiot, why did you pull the boss before i was ready", False),
        ("you idiot you forgot your insulin again", True),  # a reply: the reader is the other member
        ("<@123456789012345678> you muppet you forgot to eat again", False),
        ("you forgot your meds again you psycho", False),  # mocks an illness: never self-address
        ("you moron i missed the heal because of you", False),  # blame
        ("encore une fois je rate le heal à cause de toi t'es nul", False),
        ("t'es con ou quoi, pourquoi t'as pull le boss", False),
        ("you absolute clown, you threw the game", False),
        ("people like you make everyone feel like trash you idiot", False),
    ],
)
def test_insult_at_another_stays_never13(text: str, reply: bool) -> None:
    assert any(hit.kind is AbuseKind.INSULT for hit in judge(text, reply=reply).hits)


@pytest.mark.parametrize(
    "text",
    [
        "nobody asked but here's my tier list anyway",
        "personne a demandé mais voilà mon deck du moment",
        "I know where you live haha we live on the same street!",
        "je sais où t'habites mdr on est voisins",
    ],
)
def test_disarmed_phrases_never13(text: str) -> None:
    assert not judge(text).hits


@pytest.mark.parametrize(
    "text",
    [
        "nobody asked you",
        "nobody asked you, but here's the thing, you're an idiot",
        "I know where you live, we're neighbours now, watch your back",
        "je sais où t'habites, on est voisins, fais gaffe à toi",
    ],
)
def test_phrases_still_hit_never13(text: str) -> None:
    assert judge(text).hits
