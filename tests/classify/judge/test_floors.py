"""Floors on the project's corpus, both splits and both presets: an edit to a list, a lexicon or a rule
cannot silently lower what the judgement path achieves (issue #11). The figures are ``havre evaluate``'s
(``bot.cli.evaluate.evaluate``: the replay path, no model).

``FLOORS`` are minimum recalls per category (what the category should get: crisis -> crisis; distress,
help and reported abuse -> offered help; insults, hate, threats, obfuscated abuse -> acted on; illness
and self-talk -> never sanctioned or nudged; banter -> not sanctioned; benign -> not acted on), per split
and preset. ``NEVER`` caps the records that got what their category must never get. Raise a floor when the
detectors improve; never lower one to let a change through without saying why. Issue #11's targets are
``bot.domain.moderation.evaluation.EXPECTATIONS``; the floors below them are where the detectors stood.
"""

from __future__ import annotations

import pytest

from bot.cli.evaluate import corpus_files, evaluate, read_records
from bot.domain.moderation.evaluation import CATEGORIES, EXPECTATIONS, Evaluation
from bot.domain.policy.loader import load_policy

# --- floors (generated) from `havre evaluate` on 2026-12-06 05:10 UTC, after rounds 6-8 joined the tune split
# and the learned cues became a logistic regression: measured minus 1.5 points, rounded down, capped at issue
# #11's targets (bot.domain.moderation.evaluation.EXPECTATIONS). The comment gives the measured figure.
# Raise them as the detectors improve.
# Lowered at 05:40 UTC, on purpose: a fresh check set of 100 friendly messages addressed to someone ("how was
# your day?", « t'as vu ton rdv ? ») showed the learned abuse reading sending 14.6 % of them to a moderator
# (it had learned "you"/"your"/« ton » as insult words, the tune split's quiet chat being rarely addressed).
# Round 11 (300 such messages) joined the tune split: 2.4 % on the check set, at the price of the insult and
# hate figures marked below (the learned reading no longer leans on the addressee).
# Regenerated at 07:45 UTC (branch rules) after rounds 9, 10 and 12-15 (2,619 messages by new authors, each
# measured at first sight first) joined the tune split and rules were added by family: floors kept where the
# detectors still reach them, raised where they rose. Two lowered, on purpose: obfuscated abuse on the tune
# split (95 -> 92: rounds 10, 14 and 15 brought look-alike letters the normaliser's table does not map,
# Cherokee and Latin-extended forms such as « Ꮯonnard », "ƅіtсh", "€" for e; the table is in chat.py, the
# engine's area), and held-back reported abuse (patient, 87 -> 84: one message of 44 fewer offered help after
# the merge and the re-learned cues; the held-back split is not read, so the cause is not looked for).
# Lowered again at 08:25 UTC, on purpose: the learned thresholds were re-chosen by their stated rule
# (``_cues.py``) on leave-one-author-round-out validation over the enlarged split. With rounds 9-15 in it, the
# learned abuse review at its old threshold (2.5) sent 47 of 889 benign messages (5.3 %) and 11 of 531 banter
# messages of a round it had not learned from to a person; the rule allows 1 % of benign. The abuse reading
# now also learns from skip-pairs and five-letter stems (more catches within that budget: 58 against 27),
# and its threshold is 5.0 (6 of 889 benign). The insult, hate, threat and obfuscated floors marked
# "lowered" below are what the learned reading no longer catches at that budget; the crisis lift from none
# went 2.5 -> 2.0 and the distress lift 2.5 -> 3.0 by the same rule (held-back distress, game, 89.7 -> 87.2).
# The 100 held-apart friendly messages of round 11 (firstsight/r11_check.jsonl): benign acted on 5.4 -> 3.6 %
# (patient), 2.4 % (game).
# Abuse floors regenerated at 11:35 UTC (branch abuse3) after rounds 16, 17, 20 and 21 joined the tune
# split and rules were added by family for their misses (insult, hate, threat, obfuscated on both splits, and
# tune/game reported abuse). Lowered, on purpose, only where the merge itself had lowered the figure before
# any rule change (marked "was ..."); none fell through the rules. The support-side lines are unchanged.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("tune", "patient"): {
        "crisis": 0.97,  # 99.6% of 1672 (support side, round-21 rules, 11:30 UTC)
        "distress": 0.95,  # 97.5% of 772
        "help": 0.95,  # 98.7% of 610
        "reported_abuse": 0.95,  # 99.4% of 462
        "illness": 0.98,  # 99.6% of 522
        "self_talk": 0.98,  # 100.0% of 265
        "insult": 0.84,  # 85.6% of 521 (abuse3: rules by family for rounds 16-21)
        "hate": 0.88,  # 89.6% of 568
        "threat": 0.92,  # 93.5% of 465
        "obfuscated": 0.88,  # 90.2% of 214 (was 0.89: 89.7% at the merge of rounds 16-21)
        "banter": 0.97,  # 100.0% of 80
        "benign": 0.98,  # 100.0% of 606
    },
    ("tune", "game"): {
        "crisis": 0.97,  # 99.5% of 1466 (support side, round-21 rules, 11:30 UTC)
        "distress": 0.94,  # 96.0% of 598 (was 0.95: round 19 joined after the rules' round and the learned
        # readings relearned on 8,023 messages: one game distress message fewer offered help)
        "help": 0.95,  # 98.0% of 556
        "reported_abuse": 0.95,  # 98.8% of 481
        "illness": 0.98,  # 100.0% of 51
        "self_talk": 0.98,  # 100.0% of 284
        "insult": 0.82,  # 84.0% of 730 (abuse3)
        "hate": 0.87,  # 88.9% of 570
        "threat": 0.89,  # 91.1% of 618
        "obfuscated": 0.86,  # 88.3% of 446 (was 0.89: 88.1% at the merge of rounds 16-21)
        "banter": 0.97,  # 99.6% of 498
        "benign": 0.98,  # 100.0% of 625
    },
    ("heldout", "patient"): {
        "crisis": 0.88,  # 89.5% of 95 (was 0.84: raised by the round-21 support rules)
        "distress": 0.88,  # 88.5% of 61 (90.2 before the Scots spellings changed the learned weights)
        "help": 0.93,  # 94.7% of 57
        "reported_abuse": 0.84,  # 86.4% of 44
        "illness": 0.98,  # 100.0% of 67
        "self_talk": 0.98,  # 100.0% of 45
        "insult": 0.86,  # 87.8% of 41 (abuse3)
        "hate": 0.83,  # 84.9% of 53
        "threat": 0.84,  # 86.1% of 36 (was 0.87: 86.1% since the merge of rounds 16-21 and the
        # relearned cues, before any rule change; the held-back split is not read, so no cause is looked for)
        "obfuscated": 0.95,  # 97.1% of 35
        "banter": 0.97,  # 100.0% of 1
        "benign": 0.98,  # 100.0% of 51
    },
    ("heldout", "game"): {
        "crisis": 0.86,  # 87.7% of 81 (was 0.81: raised by the round-21 support rules)
        "distress": 0.83,  # 84.6% of 39 (was 0.88, then 0.85: lowered, see above; then 0.85 -> 0.83: the
        # normaliser learned Scots and dropped-g spellings and the weights were relearned; one message of 39
        # fewer offered help with the new weights, none with the old ones; the held-back split is not read)
        "help": 0.95,  # 98.0% of 49
        "reported_abuse": 0.95,  # 97.9% of 47
        "illness": 0.98,  # 100.0% of 1
        "self_talk": 0.98,  # 100.0% of 33
        "insult": 0.85,  # 86.9% of 61 (was 0.88: lowered, see above)
        "hate": 0.86,  # 88.0% of 50 (abuse3)
        "threat": 0.81,  # 82.8% of 58
        "obfuscated": 0.90,  # 91.5% of 59
        "banter": 0.97,  # 98.5% of 67
        "benign": 0.98,  # 100.0% of 72
    },
}
# Records that got what their category must never get (illness, self-talk or reported abuse sanctioned
# or nudged): issue #11 wants 0 everywhere. The one left (tune, patient) is a curse at Crohn's disease
# that goes on in the second person (« ... t'as encore gâché mon week-end »).
NEVER: dict[tuple[str, str], dict[str, int]] = {
    ("tune", "patient"): {"reported_abuse": 0, "illness": 1, "self_talk": 0},
    ("tune", "game"): {"reported_abuse": 0, "illness": 0, "self_talk": 0},
    ("heldout", "patient"): {"reported_abuse": 0, "illness": 0, "self_talk": 0},
    ("heldout", "game"): {"reported_abuse": 0, "illness": 0, "self_talk": 0},
}
# --- end of floors
GAP = 0.05  # issue #11: the held-back split within 5 points of the tuned one (categories with >= 20 records)
# Presets whose held-back split still trails the tuned one by more than GAP: an expected failure until the
# detectors generalise (the lead tracks it); remove a preset from here when its gap closes.
GAP_NOT_MET = frozenset({"patient", "game"})
_CACHE: dict[tuple[str, str], Evaluation] = {}


def _evaluation(split: str, preset: str) -> Evaluation:
    if (split, preset) not in _CACHE:
        found = corpus_files(split)
        if not found:
            pytest.skip(f"no {split} corpus")
        _CACHE[split, preset] = evaluate(read_records(found), load_policy(preset))[0]
    return _CACHE[split, preset]


@pytest.mark.parametrize("preset", ["patient", "game"])
@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_floors(split: str, preset: str) -> None:
    result = _evaluation(split, preset)
    floors, never = FLOORS[split, preset], NEVER[split, preset]
    assert set(floors) <= set(CATEGORIES)
    low = [
        f"{s.category}: {s.recall:.1%} < floor {floors.get(s.category, 0.0):.0%} (n={s.n})"
        for s in result.ordered()
        if s.recall < floors.get(s.category, EXPECTATIONS[s.category].target) - 1e-9
    ]
    forbidden = [
        f"{s.category}: {s.forbidden} sanctioned or nudged (at most {never.get(s.category, 0)})"
        for s in result.ordered()
        if s.forbidden > never.get(s.category, 0)
    ]
    assert not low and not forbidden, "\n".join([f"{split} / {preset}:", *low, *forbidden])


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_the_held_back_split_is_within_five_points_of_the_tuned_one(preset: str) -> None:
    tune, held = _evaluation("tune", preset), _evaluation("heldout", preset)
    apart = [
        f"{c}: tune {tune.stats[c].recall:.1%}, heldout {held.stats[c].recall:.1%}"
        for c in CATEGORIES
        if c in tune.stats and c in held.stats and min(tune.stats[c].n, held.stats[c].n) >= 20
        if tune.stats[c].recall - held.stats[c].recall > GAP + 1e-9
    ]
    if apart and preset in GAP_NOT_MET:
        pytest.xfail("the held-back split trails the tuned one (see the report): " + "; ".join(apart))
    assert not apart, "\n".join([f"{preset}: the held-back split falls behind the tuned one", *apart])
