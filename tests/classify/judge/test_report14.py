"""Helper report14 (issue #11): abuse received, retold as someone's words about the author's illness.

A named speaker (a relative, a partner, a doctor, a teammate, a pronoun with a verb aimed at the author) and
a speech verb retell words that dismiss the illness, blame it or name the author with contempt, with no
abuse word in them: the teller is offered help. Whatever the quoted words hold (insults, slurs, threats),
the teller is never acted on, on either preset, through the real decision path. Quiet twins: kind or medical
words retold, the same frame laughed off. The opposite direction stays acted on: the author borrowing the
reader's relative's mouth ("your own mum said you're useless"). The sentences are written for these tests
(none is copied from the corpus).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import ACTED_ON, OFFERED_HELP, Outcome


# hurtful words about the illness, no abuse word in them: a help request
@pytest.mark.parametrize(
    "text",
    [
        "my mum said I'm making the fatigue up for attention",
        "my sister keeps telling me the pain is all in my head",
        "my boss said i'm just lazy and the flare is an excuse",
        "my rheumatologist told me i was exaggerating and should try harder",
        "my grandad says if i'd just exercised i wouldn't be sick, it's my own fault",
        "my ex used to say nobody is going to put up with someone who's always in hospital",
        "he keeps calling me a burden",
        "three people in the thread are calling me a munchie",
        "mon médecin m'a dit que c'était dans ma tête",
        "ma belle-mère me répète que j'invente mes douleurs pour me faire plaindre",
        "mon coéquipier m'a dit que ma maladie c'était du cinéma",
        "ma tante disait que j'étais maudite et que c'était une punition",
        "mon ex me disait que j'étais un boulet et que personne voudrait de moi",
    ],
)
def test_retold_dismissal_is_offered_help(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in OFFERED_HELP


# the teller quotes insults, slurs and threats: never acted on, on either preset
@pytest.mark.parametrize(
    "text",
    [
        'my brother told me "you\'re a fucking retard, just die already"',
        "he keeps calling me a faggot and a cripple",
        'my coach said "kill yourself you worthless cripple"',
        "some guy in vc said he'd find my address and kill me",
        "my brother said \"you're a fucking cripple, kill yourself\" and i can't stop thinking about it",
        "my sister keeps saying i'm a useless waste of space and everyone would be better off without me",
        "mon ex m'a traitée de sale pute et m'a dit « je vais te crever »",
        "il m'a dit « va te pendre sale handicapée »",
        "mon oncle m'a traitée de « sale malade de merde » devant tout le monde",
        "my mum said I'm making the fatigue up for attention",
        "mon médecin m'a dit que c'était dans ma tête",
    ],
)
def test_teller_never_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    outcome = decide(text)
    assert outcome not in ACTED_ON
    assert outcome in OFFERED_HELP


# quiet twins: kind or medical words retold in the same frame
@pytest.mark.parametrize(
    "text",
    [
        "my doctor said the new meds should help",
        "ma mère m'a dit de bien me reposer",
        "my mum told me to rest and not feel guilty",
        "mon psy m'a dit que je faisais des progrès",
        "my doctor said it's not in my head, it's real inflammation",
        "your mum said you're welcome to stay over anytime",
    ],
)
def test_kind_words_retold_stay_quiet(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.NONE


# the opposite direction: the author insults the reader through the reader's relative's mouth
@pytest.mark.parametrize(
    "text",
    [
        "your own mum said you're useless lol",
        "even your own mother said you're a waste of oxygen",
        "ta propre mère a dit que t'es une honte",
    ],
)
def test_borrowed_mouth_still_acted_on(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in ACTED_ON
