"""Cue weights learned from the labelled corpus's tune split: a second reader for veiled crisis language.

The rules of ``support`` name warning signs the way published guidance does; people in crisis often write
around them ("the letters are in the drawer", "tout est prêt pour dimanche"). Measured on messages written
by people who never saw the rules, the rules alone recognised under half of those. This module learns, from
the tune split only (``corpus/*_tune.jsonl``; the held-back split is never read), how strongly each word and
each pair of words of the author's own words (lemmas, ``Chat.own_*``) points to crisis, to distress or a
help request, or to anything else (a logistic regression over word presence, ``_LinearReading``; it replaced
a naive Bayes reading, see its docstring). It never decides alone:

* it may raise a *distress* reading of the rules to *crisis* (margin >= ``CRISIS_FROM_DISTRESS``), or a
  *none* reading to *crisis* (margin >= ``CRISIS_FROM_NONE``) or to *distress* (``DISTRESS_FROM_NONE``);
* never when the abuse detector found abuse (a "kill yourself" aimed at someone stays a threat), never
  below what the rules said, and never a sanction: every outcome here routes to help.

A second reading (``AbuseCues``) learns the same way which words point to an insult, hate or a threat. Where
the abuse rules found nothing, the margin of the best of those over everything else reaches
``ABUSE_REVIEW`` and the message is neither reported speech, self-talk nor a crisis, it adds an ``AbuseHit``
marked ``learned``: the rule it feeds sends the message to a person (``ReasonCode.LEARNED_REVIEW``), never
to an automatic sanction. Its threshold is the lowest that sends at most 3 % of
banter and 1 % of benign chat to a person in validation (below).

Thresholds: missing a crisis is the worst failure, and a false crisis alarm is a private offer and a staff
alert, never a sanction; so the crisis lift from none takes the lowest threshold at which leave-one-author-
round-out validation on the tune split (learn on the other rounds, read the round left out: a round's
phrasings are its own) added at most 0.5 % false crisis offers on quiet messages (illness talk, benign chat,
self-talk, banter) to the rules' own, and the distress lift the lowest that added at most one offer in 500;
``python scripts/learn-cues.py --cv`` prints the grid. First (2026-12-06, 7,544 tune messages, 21 author
rounds): the rules alone make 18 false crisis offers on 2,120 quiet messages; from none 2.0 adds 9 (1.5 would
add 17); the rules alone make 50 offers on quiet messages, the distress lift at 3.0 adds 3 (2.5 would add 5);
the abuse review at 5.0 sends 1 of 531 banter and 6 of 889 benign messages to a person (4.0: 23 benign).
Checked again on 2026-12-07 (14,498 tune messages, ``--cv --folds 5``: author rounds dealt into five folds):
the rules alone make 32 false crisis offers on 4,002 quiet messages; from none 2.0 adds 21 (0.52 %, one
message over the rule; 2.5 adds 13 but finds 11 fewer crisis messages of 2,786), kept at 2.0 because a
missed crisis is the worst failure and a false one is a private offer; the distress lift now takes 2.5 by
its rule (6 more offers on 4,002 quiet messages, 12 more distress messages offered help than at 3.0); the
abuse review would take 4.5 by its rule (4 of 943 banter and 14 of 1,583 benign messages; 4.0: 21 benign) but
stays at 5.0: at 4.5 plain statements about a group went to a person ("people on antidepressants are not
weak", a history lesson on eugenics; the quiet twins of ``test_hate_r39.py``), which the corpus's benign
chat, rarely naming a group, does not show. Care in the author's words (``_CARE``) keeps the review off.
On 2026-12-07's eighth day (15,315 tune messages, five folds: each message's margin read by a model not taught
its round; ``--cv --folds 5`` prints it), the review was given lower margins where the message is addressed to
the reader (``abuse.aimed``) and its learned kind aims at one: a threat at 4.0 (29 more threat messages of
1,216 in validation) and an insult at 4.5 (18 more of 1,413); together 15 of 1,662 benign messages (0.9 %) and
4 of 982 banter messages go to a person, within the rule, against 11 and 3 at 5.0 alone. Hate that names a
group was tried at 3.0 too: validation showed 24 more hate messages and no quiet message at all, but the tune
split's quiet chat rarely names a group, and the quiet twins written for the hate rules (a flaw denied of a
group, "les femmes ont leur place dans l'esport", a debunked study) reached margins of 3.7-4.5: it stays at
5.0. A group praised or hate told as history (``_GROUP_PRAISED_OR_HISTORY``) keeps the hate review off.
Ninth day (2026-12-07, 16,151 tune messages with round 48's kind, news and history statements about groups;
``--cv --folds 5`` now prints the whole review, vetoes included, counted together by the margin for hate
naming a group, ``HATE_AT_A_GROUP``): at 5.0 the review finds 310 abuse messages (82 hate) and sends 16 of
1,747 benign (0.92 %) and 3 of 1,017 banter messages to a person; hate at a group from 4.5 finds 89 hate,
4.0 99, 3.5 106, 3.0 109 (17 benign, 0.97 %), 2.5 113 (18 benign, 1.03 %, over the rule). The rule would
take 3.0; but eight quiet twins of the hate tests then go to a person, unvetoed, at learned margins of 3.1 to
4.7 ("many immigrant families live on benefits as they're not allowed to work yet" 4.7, "people on
antidepressants are not weak" 4.5, "les femmes ont leur place dans l'esport" 3.8, "people with type 1
diabetes could not live off one salary" 3.3): round 48 did not teach the weights that a plain statement
about a group is no hate, and even 4.5 sends the first. It stays at 5.0. The support lifts, checked by their
rule on the same split: from none 2.0 adds 23 false crisis offers on 4,469 quiet messages to the rules' 35
(0.51 %, again one over; 2.5 adds 17 and finds 17 fewer of 3,046 crisis messages), kept at 2.0 as before;
the distress lift at 2.5 adds 8 offers (2.0 would add 16, over one in 500) and stays.
Tenth day (2026-12-07, 17,795 tune messages with round 52's statements about groups, 140 hateful and 280 near
misses, and round 58's friendly messages addressed to someone; ``--cv --folds 5``, which now also prints the
three aimed margins chosen together and the learned report): the rules alone make 44 false crisis offers on
5,345 quiet messages; from none 2.0 adds 24 (0.45 %; 1.5 adds 32, 0.60 %) and stays. The distress lift now
takes 3.0 by its rule: at 2.5 it adds 13 offers to the rules' 145 (over one in 500), at 3.0 10 (16 fewer of
1,542 distress messages and 5 fewer of 1,218 help requests offered help). The whole review at the shipped
margins finds 294 abuse messages (93 hate) and sends 16 of 2,215 benign and 2 of 1,225 banter messages to a
person; hate at a group from 2.5 finds 134 hate at 21 benign (2.0: 23, over the rule), so the rule would take
2.5, but the quiet twins of the hate tests go to a person from 4.5 down (« les migrants qui arrivent à
l'hôpital doivent être soignés » 4.6, "gay people are awesome" and "people on antidepressants are not weak"
4.1-4.3, "les femmes ont leur place dans l'esport" 3.8, about twenty by 2.5): round 52's near misses did not
teach the weights enough, and it stays at 5.0. Chosen together, the budget would also allow a threat at the
reader from 3.5 (301 found, 17 benign) or an insult from 4.0 (306, 22 benign); neither is taken, since quiet
twins of the threat and insult tests then go to a person ("I'll come to your house at 5 to drop the
casserole" 3.8, "careful, your car is going to catch fire if you keep driving like that" 4.0; « t'as la
mémoire d'un éléphant toi » 4.3).
Twelfth day (learn14, 2026-12-07, 20,437 tune messages, 6,169 quiet; ``python scripts/learn-cues.py --cv
--folds 5``, whose support grid now reaches down to 0.5 and 1.0), measured and NOT kept: the support reading
shrunk harder (``l2`` 0.02 against 0.001, best among 0.001, 0.003, 0.01, 0.02 and 0.03 on the same folds;
the abuse reading at ``L2``), which makes its margins smaller and its thresholds lower. At the same false
alarms the held-out rounds get more crisis messages: before, (1.0, 2.0) found 3,430 of 3,616 at 84 false
crisis offers on quiet messages (rules alone 59); after, (1.0, 0.75) finds 3,445 at 84 and (0.5, 0.75) 3,453
at 85. By the rule (at most 0.5 %, 30 added) the lift would take 0.5 from distress and 0.625 from none: 3,461
at 89 (30 added). But with those weights and thresholds (0.5, 0.625, distress 1.75) a quiet twin of
``test_fa13.py`` ("i'm done with everything for the raid tonight, flasks are in the guild bank") became a
crisis and two first-sight rounds fell below their minimums by one message each (r68 help, r71 distress, both
presets: help and distress lifted to crisis); no safer threshold was checked in time. The distress lift
by its rule (at most 12 added offers on the rules' 191) would take 1.75: 1,651 of 1,772 distress and 1,366
of 1,398 help messages offered help at 11 added, against 1,645 and 1,367 at 12 added with the old weights
at 3.0 (a small gain). Measured the same way and not kept (on 19,663 tune
messages, a replica of this learner): letter 3- to 5-grams inside lemmas of five letters or more (seen in 3
messages or more), for both readings, at ``L2`` and at 0.01: fewer crisis messages (3,287 against 3,309 at
30 added false offers), fewer distress and help (2,850 against 2,864 at 12 added), and for the whole review
fewer abuse messages at every budget (261 against 361 at 14 benign and 2 banter, thresholds free); more
words only spread the weights of a round's own words wider. A stronger shrinkage for the abuse reading
(0.005) found 377 abuse messages against 361 at 14 benign and 2 banter with every margin re-chosen on the
folds, but its margins (review, aimed, report) were chosen by hand against quiet twins of the hate, threat
and insult tests: re-choosing them was left to a later day.
The figures in ``docs/MODERATION.md`` come from the held-back split, only ever printed as a whole, never used
to choose. The weights are data, kept in
``cue_weights.json`` beside this module and regenerated from the tune split by ``scripts/learn-cues.py`` (a
test fails when they no longer match the corpus and the normaliser); a feature seen in fewer than
``MIN_COUNT`` tune messages gets no weight.
"""

from __future__ import annotations

import json
import math
import random
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from importlib.resources import files
from itertools import pairwise
from typing import Any, Self, TypeVar

from bot.classify.judge.abuse import (
    addresses_reader,
    kind_purpose,
    names_a_group,
    reader_spared,
    spoken_well_of_a_group,
)
from bot.classify.judge.chat import Chat, read
from bot.domain.signals import (
    AbuseHit,
    AbuseKind,
    AbuseReading,
    SupportLevel,
    SupportReading,
    WarningCategory,
    WarningSign,
)

__all__ = [
    "AbuseCues", "CueModel", "JointCues", "abuse_cues", "cue_model", "learned_abuse", "learned_report",
    "lift", "margins",
]  # fmt: skip

ABUSE_REVIEW = 5.0
# Lower margins where the message is addressed to the reader (``abuse.addresses_reader``) and the learned
# kind is one that aims at a reader: a threat, an insult (``review_floor``). Chosen on 2026-12-07 by the same
# rule as ``ABUSE_REVIEW`` on five-fold author-round validation (module docstring); hate naming a group keeps
# ``ABUSE_REVIEW``.
THREAT_AT_THE_READER = 4.0
INSULT_AT_THE_READER = 4.5
# hate where a group is named (``abuse.names_a_group``): the same rule would take 3.0 (2026-12-07, ninth day),
# 2.5 on the tenth, but the hate tests' quiet twins then go to a person (module docstring), so it stays at
# ``ABUSE_REVIEW``
HATE_AT_A_GROUP = 5.0
CRISIS_FROM_DISTRESS = 1.0
CRISIS_FROM_NONE = 2.0
DISTRESS_FROM_NONE = 3.0
MIN_COUNT = 2  # a feature must occur in this many tune messages to get a weight
EPOCHS = 20  # passes of stochastic gradient descent over the tune split
RATE = 0.1  # the first pass's step (it shrinks with each pass)
L2 = 0.001  # shrinkage towards zero: no single word may decide alone (the abuse reading)
CLASSES = ("crisis", "help", "other")
CUE = "learned_cues"


def label(category: str) -> str:
    if category == "crisis":
        return "crisis"
    return "help" if category in ("distress", "help") else "other"


def features(chat: Chat) -> frozenset[str]:
    """The author's own lemmas and each pair of neighbouring ones (quoted or reported words left out); for
    the abuse reading also each pair with one word between ("a~c") and the first five letters of each lemma
    of seven letters or more ("p:stupi"), which carry an insult or a threat across words in between and new
    spellings. Chosen by leave-one-author-round-out validation (``scripts/learn-cues.py --cv``, 2026-12-06):
    at the abuse threshold's stated budget (at most 3 % of banter, 1 % of benign chat), the extra features
    found 58 insults, hates and threats the rules missed against 27 without them; for the crisis lift they did
    worse (about 3 to 11 fewer crisis messages at the same false alarms), so the support reading keeps the
    plain words and pairs (``_plain``).

    Measured and not kept (2026-12-07): the word classes of the abuse lexicon as features ("k:GRP" for any
    group word, "k:YOU_k:INS", "k:GRP&k:PRED"). In five folds of author rounds they found as many abuse
    messages at the review budget (263 against 264) with fewer false reviews in the corpus (2 banter and 11
    benign against 4 and 14); but a group word then leaned so far towards hate that plain statements about
    a group went to a person (« les handicapés méritent le respect » 1.8 -> 4.5, "les sourds ne sont pas
    des sous-hommes, ce sont des gens" 3.7 -> 5.6; ``test_hate_r35.py``'s quiet twins caught it): the tune
    split's sentences with a group word are nearly all hate.

    Measured and not kept (2026-12-07, ninth day; five folds, the whole review, 16,151 tune messages; the
    shipped features find 310 abuse messages at 16 benign and 3 banter reviews): pairs with two words between
    ("a~~d") found 302 at 14 and 7, no gain. Each lemma crossed with its aim ("@:w" where the reader is
    addressed, "g:w" where a group is named) found 321 at 14 and 4 (thresholds 0.5 higher), and for the
    support reading 4 more crisis messages of 3,046 at the same 23 false ones; but the group crossing leans
    group sentences to hate again (quiet twins "many immigrant families live on benefits..." 4.7 -> 8.2,
    "depression is not a choice, people who have it are not weak" 4.2 -> 6.9). Letter 4-grams inside lemmas of
    five letters or more, for the abuse reading, found 314 at 15 and 2 (thresholds 0.5 higher): a small
    gain, with more of it hate (92 against 82); its quiet twins, size and speed were not checked in time, and
    a reader-only aim crossing was not measured: both are left to a later day.

    Measured again and not kept (tenth day, 17,795 tune messages, five folds): letter 4-grams ("q:stup")
    for the abuse reading. Reviewing everything from a margin alone, they find 310 abuse messages at 20
    benign and 2 banter reviews (from 5.0) against 297 at 16 and 2 without (from 4.5; 4.0 is over the
    budget); the whole review at the shipped margins goes over the budget with them (27 benign), and they
    were not measured with all margins raised, nor for quiet twins, size or speed: no gain shown within the
    rule. The support lifts are unchanged by them (they are not among its features). A reader-only aim
    crossing ("@:w" for each lemma where the reader is addressed, abuse reading only) is the promising one:
    the whole review at the shipped margins finds 323 abuse messages (insult 87, threat 130) at 21 benign
    and 3 banter reviews, within the budget, against 294 (74, 115) at 16 and 2 without, and the best the
    plain features reach within it is 306 (threat and insult at the reader from 4.0); its quiet twins, size
    and speed were not checked in time, so it is not kept yet."""
    lemmas = [t.lemma for t in chat.tokens if not t.quoted]
    return (
        frozenset(lemmas)
        | frozenset(f"{a}_{b}" for a, b in pairwise(lemmas))
        | frozenset(f"{a}~{c}" for a, c in zip(lemmas, lemmas[2:], strict=False))
        | frozenset("p:" + w[:5] for w in lemmas if len(w) >= 7)
    )


def _plain(feature: str) -> bool:
    """A word or a pair of neighbouring words (what the support reading learns from)."""
    return "~" not in feature and not feature.startswith("p:")


class _LinearReading:
    """One weight per (feature, class) over word presence, plus one bias per class, learned by multinomial
    logistic regression (stochastic gradient descent with L2 shrinkage; classes named by ``classes``).

    A naive Bayes reading over the same features was the first version: it counts each word's evidence as
    if independent, so a message in the words of one round of authors looks sure of itself while a new
    author's words look like nothing. In leave-one-author-round-out validation on the tune split, at one
    false crisis in the quiet messages, it found 29 % of the crisis messages alone; this model found 55 %.
    Learning is deterministic (sorted features, a seeded shuffle), so the weights file can be regenerated
    and compared exactly."""

    classes: tuple[str, ...] = ()
    l2 = L2  # shrinkage towards zero at each step, of the weights of the features present
    extended = False  # learns from the skip-pairs and stems of ``features`` too
    # set on a reading loaded from the weights file (``_load``): both readings' rows, shared, and this
    # reading's columns in them; None on a reading learned here or made by ``from_data``
    _table: _Table | None = None
    _columns: slice = slice(None)

    def __init__(self, examples: Iterable[tuple[Chat, str]]) -> None:
        """``examples``: (chat, class) pairs."""
        keep = None if self.extended else _plain
        rows = [
            (sorted(f for f in features(chat) if keep is None or keep(f)), self.classes.index(cls))
            for chat, cls in examples
        ]
        seen = Counter[str]()
        for found, _ in rows:
            seen.update(found)
        vocab = {f for f, n in seen.items() if n >= MIN_COUNT}  # a word seen once teaches nothing general
        data = [([f for f in found if f in vocab], target) for found, target in rows]
        width = len(self.classes)
        weights: dict[str, list[float]] = {f: [0.0] * width for f in sorted(vocab)}
        bias = [0.0] * width
        shuffle = random.Random(11).shuffle
        for epoch in range(EPOCHS):
            shuffle(data)
            step = RATE / (1 + 0.2 * epoch)
            shrink = 1 - step * self.l2
            for found, target in data:
                columns = [weights[f] for f in found]
                scores = [b + sum(column[k] for column in columns) for k, b in enumerate(bias)]
                top = max(scores)
                exps = [math.exp(score - top) for score in scores]
                total = sum(exps)
                grads = [step * (e / total - (k == target)) for k, e in enumerate(exps)]
                for k, grad in enumerate(grads):
                    bias[k] -= grad
                for column in columns:
                    for k, grad in enumerate(grads):
                        column[k] = column[k] * shrink - grad
        self.prior = tuple(bias)
        self._weights: dict[str, tuple[float, ...]] | None = {f: tuple(w) for f, w in weights.items()}

    @property
    def weights(self) -> dict[str, tuple[float, ...]]:
        """Feature -> this reading's weights, one per class. A reading loaded from the weights file keeps
        only the shared table (``_Table``): its dictionary is read from the file again when asked for
        (scripts and tests ask; scoring does not)."""
        if self._weights is None:
            section = "support" if self.classes == CLASSES else "abuse"
            return dict(type(self).from_data(_read_file()[section])._weights or {})
        return self._weights

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """A model from ``to_data``'s output (the weights file)."""
        if tuple(data["classes"]) != cls.classes:
            raise ValueError(f"weights for {data['classes']}, expected {cls.classes}")
        model = cls.__new__(cls)
        model.prior = tuple(float(p) for p in data["prior"])
        model._weights = {f: tuple(float(x) for x in w) for f, w in data["weights"].items()}
        return model

    def to_data(self) -> dict[str, object]:
        """JSON-ready: classes, prior and weights, rounded (the weights file's form)."""
        return {
            "classes": list(self.classes),
            "prior": [round(p, 4) for p in self.prior],
            "weights": {f: [round(w, 4) for w in ws] for f, ws in sorted(self.weights.items())},
        }

    def scores(self, chat: Chat, found: frozenset[str] | None = None) -> list[float]:
        """Per class, the prior plus the weights of the features present (``found``: ``features(chat)``,
        when the caller already has them). A reading loaded from the file sums its columns of the shared
        table: a feature only the other reading knows adds ``0.0`` there (``x + 0.0 == x``), so the sums
        are those of its own weights, term for term and in the same order."""
        table = self._table
        get = self.weights.get if table is None else table.rows.get
        present = [w for w in map(get, features(chat) if found is None else found) if w is not None]
        if not present:
            return list(self.prior)
        columns = (
            zip(*present, strict=True) if table is None else list(zip(*present, strict=True))[self._columns]
        )
        return [prior + sum(column) for prior, column in zip(self.prior, columns, strict=True)]


class CueModel(_LinearReading):
    """Crisis, distress-or-help, or anything else."""

    classes = CLASSES


ABUSE_CLASSES = ("insult", "hate", "threat", "other")


# per abuse class (in ``ABUSE_CLASSES`` order, "other" left out), the lowest margin at which the review can
# add a hit: below it ``learned_abuse`` returns the reading unchanged (the shortcut in ``Judge`` asks this)
def review_floor(kind: AbuseKind) -> float:
    """The lowest margin at which the review can read ``kind``: lower for a threat or an insult, which it
    reads from their own margin when the message is addressed to the reader (``learned_abuse``)."""
    aimed_floor = {
        AbuseKind.THREAT: THREAT_AT_THE_READER,
        AbuseKind.INSULT: INSULT_AT_THE_READER,
        AbuseKind.HATE: HATE_AT_A_GROUP,
    }.get(kind)
    return ABUSE_REVIEW if aimed_floor is None else min(ABUSE_REVIEW, aimed_floor)


REVIEW_FLOOR = tuple(review_floor(AbuseKind(c)) for c in ABUSE_CLASSES[:-1])
_ABUSE = {"insult", "hate", "threat"}


def abuse_label(category: str, kind: str) -> str:
    """An obfuscated message counts as what it hides (its kind says "..._hate", "..._threat" or neither)."""
    if category == "obfuscated":
        return "hate" if "hate" in kind else "threat" if "threat" in kind else "insult"
    return category if category in _ABUSE else "other"


class AbuseCues(_LinearReading):
    """An insult, hate, a threat, or anything else."""

    classes = ABUSE_CLASSES
    extended = True

    def best(
        self, chat: Chat, found: frozenset[str] | None = None, scores: list[float] | None = None
    ) -> tuple[AbuseKind, float]:
        """The likeliest kind of abuse and its margin over "anything else" (``scores``: as ``margins``)."""
        *abuse, other = self.scores(chat, found) if scores is None else scores
        index = max(range(len(abuse)), key=abuse.__getitem__)
        return AbuseKind(ABUSE_CLASSES[index]), abuse[index] - other


def margins(
    model: CueModel, chat: Chat, found: frozenset[str] | None = None, scores: list[float] | None = None
) -> tuple[float, float]:
    """(crisis over the best other class, distress-or-help over the best other class); ``scores``: the
    model's ``scores`` when the caller already has them."""
    crisis, help_, other = model.scores(chat, found) if scores is None else scores
    return crisis - max(help_, other), help_ - max(crisis, other)


class JointCues:
    """Both readings' scores from one pass over a message's features: one lookup per feature instead of
    one per model, and one column sum per class. A feature one model does not know weighs ``0.0`` there:
    ``x + 0.0 == x`` for every float, so the sums are those of ``_LinearReading.scores``, term for term
    and in the same order (a test checks they are equal)."""

    def __init__(self, support_model: CueModel, abuse_model: AbuseCues) -> None:
        self.support = support_model
        self.abuse = abuse_model
        self._width = len(support_model.prior)
        self._prior = (*support_model.prior, *abuse_model.prior)
        table = support_model._table
        if table is not None and table is abuse_model._table and table.width == self._width:
            self._weights = table.rows  # both loaded from the file: their table is already this one
            return
        support_weights, abuse_weights = support_model.weights, abuse_model.weights
        no_support = (0.0,) * len(support_model.prior)
        no_abuse = (0.0,) * len(abuse_model.prior)
        self._weights = {
            f: (*(support_weights.get(f) or no_support), *(abuse_weights.get(f) or no_abuse))
            for f in support_weights.keys() | abuse_weights.keys()
        }

    def scores(self, chat: Chat, found: frozenset[str]) -> tuple[list[float], list[float]]:
        """(``support.scores(chat, found)``, ``abuse.scores(chat, found)``)."""
        present = [w for w in map(self._weights.get, found) if w is not None]
        width = self._width
        if not present:
            return list(self._prior[:width]), list(self._prior[width:])
        columns = zip(*present, strict=True)
        totals = [bias + sum(column) for bias, column in zip(self._prior, columns, strict=True)]
        return totals[:width], totals[width:]


def tune_examples() -> list[tuple[str, str, str]]:
    """(text, category, kind) of the tune split of the project's corpus (package data), never the held-back
    one."""
    folder = files("bot.classify.judge").joinpath("corpus")
    out: list[tuple[str, str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith("_tune.jsonl"):
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                record = json.loads(line)
                out.append((str(record["text"]), str(record["category"]), str(record.get("kind", ""))))
    return out


WEIGHTS_FILE = "cue_weights.json"


def learn_from_corpus() -> tuple[CueModel, AbuseCues]:
    """Both readings learned from the tune split (what ``scripts/learn-cues.py`` writes to the file)."""
    read_ = [(read(text), category, kind) for text, category, kind in tune_examples()]
    return (
        CueModel((chat, label(category)) for chat, category, _ in read_),
        AbuseCues((chat, abuse_label(category, kind)) for chat, category, kind in read_),
    )


def weights_data(models: tuple[CueModel, AbuseCues]) -> dict[str, object]:
    return {"support": models[0].to_data(), "abuse": models[1].to_data()}


def _numbers() -> Callable[[str], float]:
    """``parse_float`` for the weights file: each distinct number text one float object (the weights are
    rounded to four places: about 13,000 distinct values stand for about 240,000 numbers)."""
    numbers: dict[str, float] = {}

    def number(text: str) -> float:
        found = numbers.get(text)
        if found is None:
            found = numbers[text] = float(text)  # what ``json`` itself makes of the text
        return found

    return number


def _read_file() -> dict[str, Any]:
    """The weights file, as ``json`` reads it (numbers shared: ``_numbers``)."""
    text = files("bot.classify.judge").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text, parse_float=_numbers()))


class _Table:
    """Both readings' weights as the running bot keeps them: one dictionary, feature -> the support
    reading's weights then the abuse reading's (``0.0`` where a reading has none: ``JointCues``'s
    argument), equal rows stored once, each distinct number one object.

    ``read`` is ``json.loads`` (each distinct number text one float object: ``_numbers``) followed by the
    merge of both sections into rows. Reading the file entry by entry instead, with a hand-written
    streaming reader, was tried to spare the fragmentation the freed lists leave: in the running bot
    (``benchmarks.memory --only lists``, one run) it made no difference (242 MB streaming, 239 MB with
    ``json.loads``), so the library's reader stands. ``tests/classify/judge/test_cues.py`` checks
    that the table holds exactly what ``json`` reads from the file."""

    def __init__(self, width: int, rows: dict[str, tuple[float, ...]]) -> None:
        self.width = width  # the support reading's columns come first
        self.rows = rows

    @classmethod
    def read(cls, text: str) -> tuple[dict[str, Any], _Table]:
        """(the file's sections without their weights, the table) from the weights file's text."""
        sections = json.loads(text, parse_float=_numbers())
        support, abuse = sections["support"].pop("weights"), sections["abuse"].pop("weights")
        width = len(sections["support"]["classes"])
        no_support, no_abuse = (0.0,) * width, (0.0,) * len(sections["abuse"]["classes"])
        same: dict[tuple[int, ...], tuple[float, ...]] = {}

        def row(support_row: Iterable[float], abuse_row: Iterable[float]) -> tuple[float, ...]:
            # equal rows stored once; compared by their number objects (one per distinct text), so that
            # 0.0 and -0.0, equal as numbers, stay apart
            found = (*support_row, *abuse_row)
            return same.setdefault(tuple(map(id, found)), found)

        rows = {feature: row(numbers, abuse.pop(feature, no_abuse)) for feature, numbers in support.items()}
        rows.update((feature, row(no_support, numbers)) for feature, numbers in abuse.items())
        return sections, cls(width, rows)


def _load() -> tuple[CueModel, AbuseCues]:
    text = files("bot.classify.judge").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    sections, table = _Table.read(text)
    support = _from_table(CueModel, sections["support"], table, slice(0, table.width))
    abuse = _from_table(AbuseCues, sections["abuse"], table, slice(table.width, None))
    return support, abuse


_R = TypeVar("_R", bound=_LinearReading)


def _from_table(kind: type[_R], data: Mapping[str, Any], table: _Table, columns: slice) -> _R:
    """A reading of ``kind`` whose weights are ``columns`` of the shared ``table``."""
    if tuple(data["classes"]) != kind.classes:
        raise ValueError(f"weights for {data['classes']}, expected {kind.classes}")
    model = kind.__new__(kind)
    model.prior = tuple(float(p) for p in data["prior"])
    model._weights = None
    model._table = table
    model._columns = columns
    return model


_lock = threading.Lock()
_models: tuple[CueModel, AbuseCues] | None = None


def _learn() -> tuple[CueModel, AbuseCues]:
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                _models = _load()
    return _models


def cue_model() -> CueModel:
    return _learn()[0]


def abuse_cues() -> AbuseCues:
    return _learn()[1]


# Care spoken in the author's own words ("hope you're safe", "stay safe", « prends soin de toi », « j'espère
# que ça va »): the learned reading never sends such a message to a person. The rules still read it (a threat
# dressed as care, "hope you're safe... i know where you live", is theirs to catch); the learned weights
# cannot, since the tune split holds few kind messages aimed at someone.
_CARE = re.compile(
    r"\b(?:hope|hoping) (?:you|u|everyone|everybody|y all|you all|your family|ur family) (?:are |is |re |r )?"
    r"(?:ok|okay|safe|alright|all right|well|fine|doing ok|doing well|doing better|feeling better)\b"
    r"|\b(?:stay|keep) safe\b|\btake care\b|\bsending (?:love|hugs|you love)\b"
    r"|\bprends? soin de (?:toi|vous)\b|\bprenez soin de vous\b"
    r"|\bj (?:espere|esp) que (?:tu vas|vous allez|ca va|tout va|tout le monde va) (?:bien|mieux)?"
)


def learned_abuse(
    chat: Chat,
    abuse: AbuseReading,
    support: SupportReading,
    model: AbuseCues,
    found: frozenset[str] | None = None,
    scores: list[float] | None = None,
) -> AbuseReading:
    """``abuse`` with a learned hit added where the rules found nothing (see the module docstring)."""
    if abuse.hits or abuse.reported or abuse.self_talk or support.level is SupportLevel.CRISIS:
        return abuse
    kind, margin = model.best(chat, found, scores)
    if margin < review_floor(kind) or _CARE.search(chat.own_forms):
        return abuse
    aims = names_a_group(chat) if kind is AbuseKind.HATE else addresses_reader(chat)
    if margin < ABUSE_REVIEW and not aims:
        return abuse  # read from the lower floor only where the kind aims: hate at a group, else the reader
    if kind is AbuseKind.HATE and spoken_well_of_a_group(chat):
        return abuse  # a group praised, defended or harmed, hate told as history, a passing illness
    if kind is AbuseKind.THREAT and kind_purpose(chat):
        return abuse  # « j'ai ton adresse, je t'envoie ton cadeau »: a kind purpose, no menace
    if kind is AbuseKind.INSULT and reader_spared(chat):
        return abuse  # fa15: "nobody wants you to leave", "… like talking to my brother": care
    return replace(abuse, hits=(AbuseHit(kind, CUE, learned=True),))


QUOTED_ABUSE = 2.0


def learned_report(
    chat: Chat, abuse: AbuseReading, support: SupportReading, model: AbuseCues
) -> AbuseReading:
    """``abuse`` marked as reported where the words someone else said (``Token.quoted``: quotes, "told me",
    « m'a sorti ») read as abuse to the learned reading (margin >= ``QUOTED_ABUSE``) and nothing else was
    found: "I was told Muslims are 'ticking clocks'", « il m'a sorti "retourne dans ton pays" ». The rules
    recognise reported abuse by finding abuse in the reported words; the abuse people quote is as new to them
    as any. A reported reading routes to an offer of help, never to a sanction.

    Chosen on 2026-12-07 (ninth day) by five-fold author-round validation on the tune split (each message's
    quoted words read by a model not taught its round), among the 586 messages with reported words and no
    reading: from 3.0, 41 more of 1,223 reported-abuse messages and 1 of 1,747 benign (2.0: 53, and two
    threats, a self-talk and a benign message; 4.0: 29 and none quiet); the offer is private, and at most
    one in 500 quiet messages is the distress lift's budget. Re-chosen on the tenth day by the same rule
    (17,795 tune messages, ``--cv --folds 5`` prints it; 622 messages with reported words left unread by the
    whole review): from 2.0, 52 of 1,343 reported-abuse messages and 3 quiet ones (a benign message, two on
    illness) and no author's own abuse; 3.0: 36 and 2 quiet; 1.5: 64, 5 quiet and a threat read as a
    report."""
    if abuse.hits or abuse.reported or support.level is SupportLevel.CRISIS or not chat.quoted:
        return abuse
    said = " ".join(token.form for token in chat.tokens if token.quoted)
    _kind, margin = model.best(read(said))
    if margin < QUOTED_ABUSE:
        return abuse
    return replace(abuse, reported=True)


def lift(
    chat: Chat,
    reading: SupportReading,
    *,
    abusive: bool,
    model: CueModel | None = None,
    found: frozenset[str] | None = None,
    scores: list[float] | None = None,
) -> SupportReading:
    """``reading`` raised where the learned cues say so (see the module docstring); never lowered."""
    if abusive or reading.level is SupportLevel.CRISIS or "game_schedule" in reading.lowered_by:
        return reading  # the rules read a game's schedule (``support._scheduled_fa13``): not veiled
    if "will_to_live" in reading.lowered_by or "ordinary_decision" in reading.lowered_by:
        return reading  # a death wish negated, or a game's decision (``support``, support14): not raised
    if "care_planning" in reading.lowered_by or "game_logistics" in reading.lowered_by:
        return reading  # a will as common sense, a game's logistics (``support``, support15): not raised
    crisis_margin, help_margin = margins(model or cue_model(), chat, found, scores)
    sign = WarningSign(WarningCategory.VEILED, 3, CUE)
    if reading.level is SupportLevel.DISTRESS and crisis_margin >= CRISIS_FROM_DISTRESS:
        return replace(reading, level=SupportLevel.CRISIS, signs=(*reading.signs, sign))
    if reading.level is SupportLevel.NONE:
        if crisis_margin >= CRISIS_FROM_NONE:
            return replace(reading, level=SupportLevel.CRISIS, signs=(*reading.signs, sign))
        desk = "help_desk" in reading.lowered_by  # an errand's ask (``support``, fa13): no request
        if help_margin >= DISTRESS_FROM_NONE and not reading.help_request and not desk:
            distress = WarningSign(WarningCategory.VEILED, 1, CUE)
            return replace(reading, level=SupportLevel.DISTRESS, signs=(*reading.signs, distress))
    return reading
