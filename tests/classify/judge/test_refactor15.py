"""Helper refactor15: the phrase rows' voiders are one table (``abuse._VOIDERS``), built at import from
``abuse._VOID_FAMILIES`` (cue set, predicate). These tests keep the table honest when a family is added: a
cue names a phrase row (a misspelt cue would void nothing, silently), each family's predicates reach every
cue of its set in family order, and a predicate takes the voider's arguments."""

from __future__ import annotations

import inspect

from bot.classify.judge import _abuse_rules as rules
from bot.classify.judge import abuse


def test_every_voided_cue_is_a_phrase_row_refactor15() -> None:
    cues = {row[1] for row in rules.PHRASES}
    assert sorted(set(abuse._VOIDERS) - cues) == []


def test_table_holds_every_family_in_order_refactor15() -> None:
    for cue, voiders in abuse._VOIDERS.items():
        expected = tuple(void for cues, void in abuse._VOID_FAMILIES if cue in cues)
        assert voiders == expected, cue
    assert set(abuse._VOIDERS) == set().union(*(cues for cues, _ in abuse._VOID_FAMILIES))


def test_every_predicate_takes_the_voider_arguments_refactor15() -> None:
    for _cues, void in abuse._VOID_FAMILIES:
        names = list(inspect.signature(void).parameters)
        assert names == ["joined", "match", "present", "pattern", "cue"], void.__name__
