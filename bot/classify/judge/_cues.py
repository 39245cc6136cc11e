"""Cue weights learned from the labelled corpus's tune split: a second reader for veiled crisis language.

The rules of ``support`` name warning signs the way published guidance does; people in crisis often write
around them ("the letters are in the drawer", "tout est prêt pour dimanche"). Measured on messages written
by people who never saw the rules, the rules alone recognised under half of those. This module learns, from
the tune split only (``corpus/*_tune.jsonl``; the held-back split is never read), how strongly each word and
each pair of words of the author's own words (lemmas, ``Chat.own_*``) points to crisis, to distress or a
help request, or to anything else (a naive Bayes reading over word presence). It never decides alone:

* it may raise a *distress* reading of the rules to *crisis* (margin >= ``CRISIS_FROM_DISTRESS``), or a
  *none* reading to *crisis* (margin >= ``CRISIS_FROM_NONE``) or to *distress* (``DISTRESS_FROM_NONE``);
* never when the abuse detector found abuse (a "kill yourself" aimed at someone stays a threat), never
  below what the rules said, and never a sanction: every outcome here routes to help.

The thresholds were chosen by five-fold cross-validation on the tune split (``scripts/learn-cues.py``
prints the grid); the figures in ``docs/MODERATION.md`` come from the held-back split. The weights are
learned on first use (about a second) and kept for the process.
"""

from __future__ import annotations

import json
import math
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from importlib.resources import files
from itertools import pairwise

from bot.classify.judge.chat import Chat, read
from bot.domain.signals import SupportLevel, SupportReading, WarningCategory, WarningSign

__all__ = ["CueModel", "cue_model", "lift", "margins"]

CRISIS_FROM_DISTRESS = 4.0
CRISIS_FROM_NONE = 12.0
DISTRESS_FROM_NONE = 10.0
ALPHA = 0.5  # additive smoothing
CLASSES = ("crisis", "help", "other")
CUE = "learned_cues"


def label(category: str) -> str:
    if category == "crisis":
        return "crisis"
    return "help" if category in ("distress", "help") else "other"


def features(chat: Chat) -> frozenset[str]:
    """The author's own lemmas and each pair of neighbouring ones (quoted or reported words left out)."""
    lemmas = [t.lemma for t in chat.tokens if not t.quoted]
    return frozenset(lemmas) | frozenset(f"{a}_{b}" for a, b in pairwise(lemmas))


class CueModel:
    def __init__(self, examples: Iterable[tuple[str, str]]) -> None:
        """``examples``: (text, corpus category) pairs."""
        counts = {c: Counter[str]() for c in CLASSES}
        sizes = Counter[str]()
        for text, category in examples:
            cls = label(category)
            sizes[cls] += 1
            counts[cls].update(features(read(text)))
        total = sum(sizes.values()) or 1
        self.prior = {c: math.log((sizes[c] + 1) / (total + len(CLASSES))) for c in CLASSES}
        vocab = set().union(*counts.values())
        self.weights: dict[str, tuple[float, float, float]] = {
            f: tuple(  # type: ignore[misc]
                math.log((counts[c][f] + ALPHA) / (sizes[c] + 2 * ALPHA)) for c in CLASSES
            )
            for f in vocab
        }

    def scores(self, chat: Chat) -> tuple[float, float, float]:
        crisis, help_, other = (self.prior[c] for c in CLASSES)
        weights = self.weights
        for feature in features(chat):
            found = weights.get(feature)
            if found is not None:
                crisis += found[0]
                help_ += found[1]
                other += found[2]
        return crisis, help_, other


def margins(model: CueModel, chat: Chat) -> tuple[float, float]:
    """(crisis over the best other class, distress-or-help over the best other class)."""
    crisis, help_, other = model.scores(chat)
    return crisis - max(help_, other), help_ - max(crisis, other)


def tune_examples() -> list[tuple[str, str]]:
    """The tune split of the project's corpus (package data), never the held-back one."""
    folder = files("bot.classify.judge").joinpath("corpus")
    out: list[tuple[str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith("_tune.jsonl"):
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                record = json.loads(line)
                out.append((str(record["text"]), str(record["category"])))
    return out


_lock = threading.Lock()
_model: CueModel | None = None


def cue_model() -> CueModel:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = CueModel(tune_examples())
    return _model


def lift(
    chat: Chat, reading: SupportReading, *, abusive: bool, model: CueModel | None = None
) -> SupportReading:
    """``reading`` raised where the learned cues say so (see the module docstring); never lowered."""
    if abusive or reading.level is SupportLevel.CRISIS:
        return reading
    crisis_margin, help_margin = margins(model or cue_model(), chat)
    sign = WarningSign(WarningCategory.VEILED, 3, CUE)
    if reading.level is SupportLevel.DISTRESS and crisis_margin >= CRISIS_FROM_DISTRESS:
        return replace(reading, level=SupportLevel.CRISIS, signs=(*reading.signs, sign))
    if reading.level is SupportLevel.NONE:
        if crisis_margin >= CRISIS_FROM_NONE:
            return replace(reading, level=SupportLevel.CRISIS, signs=(*reading.signs, sign))
        if help_margin >= DISTRESS_FROM_NONE and not reading.help_request:
            distress = WarningSign(WarningCategory.VEILED, 1, CUE)
            return replace(reading, level=SupportLevel.DISTRESS, signs=(*reading.signs, distress))
    return reading
