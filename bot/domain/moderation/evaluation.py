"""The pure core of ``havre evaluate``: a labelled corpus in, recall and false alarms per category out.

A record is a message with the category a human gave it (the corpus format:
``bot/classify/judge/corpus/README.md``). Each is decided by the caller, exactly as ``replay`` decides,
and its decision reduced to an ``Outcome``. What counts as right depends on the category:

* crisis -> crisis; distress, help and reported abuse -> offered help (help or crisis);
* illness talk and self-talk -> never sanctioned or nudged (reported abuse neither);
* directed insults, hate, threats, obfuscated abuse -> acted on (nudge, review or a sanction);
* banter -> not sanctioned; benign -> not acted on.

``TARGETS`` holds issue #11's figures: the suite asserts floors from them. No I/O here.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.domain.policy.models import Action

__all__ = [
    "CATEGORIES",
    "EXPECTATIONS",
    "CategoryStats",
    "CorpusRecord",
    "Evaluation",
    "EvaluationError",
    "Expectation",
    "Outcome",
    "outcome_of",
    "read_corpus",
]


class EvaluationError(ValueError):
    pass


class Outcome(StrEnum):
    NONE = "none"
    HELP = "help"
    CRISIS = "crisis"
    NUDGE = "nudge"
    REVIEW = "review"
    SANCTION = "sanction"  # hide, warn, timeout, kick, ban


OUTCOMES = tuple(Outcome)
ACTED_ON = frozenset({Outcome.NUDGE, Outcome.REVIEW, Outcome.SANCTION})
OFFERED_HELP = frozenset({Outcome.HELP, Outcome.CRISIS})
HARMLESS = frozenset(OUTCOMES) - {Outcome.NUDGE, Outcome.SANCTION}


def outcome_of(action: Action) -> Outcome:
    if action is Action.NONE:
        return Outcome.NONE
    if action in (Action.HELP, Action.CRISIS, Action.NUDGE, Action.REVIEW):
        return Outcome(action.value)
    return Outcome.SANCTION


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a category should get: ``wanted`` outcomes count as right; ``target`` is issue #11's minimum
    share of right ones; ``never`` outcomes must not happen at all (illness sanctioned or nudged...)."""

    wanted: frozenset[Outcome]
    target: float
    meaning: str
    never: frozenset[Outcome] = frozenset()


EXPECTATIONS: Mapping[str, Expectation] = {
    "crisis": Expectation(frozenset({Outcome.CRISIS}), 0.97, "crisis"),
    "distress": Expectation(OFFERED_HELP, 0.95, "offered help"),
    "help": Expectation(OFFERED_HELP, 0.95, "offered help"),
    "reported_abuse": Expectation(
        OFFERED_HELP, 0.95, "offered help", frozenset({Outcome.NUDGE, Outcome.SANCTION})
    ),
    "illness": Expectation(
        HARMLESS, 1.0, "not sanctioned or nudged", frozenset({Outcome.NUDGE, Outcome.SANCTION})
    ),
    "self_talk": Expectation(
        HARMLESS, 1.0, "not sanctioned or nudged", frozenset({Outcome.NUDGE, Outcome.SANCTION})
    ),
    "insult": Expectation(ACTED_ON, 0.95, "acted on"),
    "hate": Expectation(ACTED_ON, 0.95, "acted on"),
    "threat": Expectation(ACTED_ON, 0.95, "acted on"),
    "obfuscated": Expectation(ACTED_ON, 0.95, "acted on"),
    "banter": Expectation(frozenset(OUTCOMES) - {Outcome.SANCTION}, 0.97, "not sanctioned"),
    "benign": Expectation(frozenset(OUTCOMES) - ACTED_ON, 0.98, "not acted on"),
}
CATEGORIES = tuple(EXPECTATIONS)
PRESETS = ("patient", "game", "both")
LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    id: str
    text: str
    category: str
    lang: str
    preset: str = "both"
    reply: bool = False
    kind: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CorpusRecord:
        for key in ("id", "text", "category", "lang"):
            if key not in data:
                raise EvaluationError(f"missing field {key!r}")
        text, category = data["text"], data["category"]
        if not isinstance(text, str) or not text.strip():
            raise EvaluationError("text must be a non-empty string")
        if category not in EXPECTATIONS:
            raise EvaluationError(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
        lang, preset, reply = data["lang"], data.get("preset", "both"), data.get("reply", False)
        if lang not in LANGUAGES:
            raise EvaluationError(f"unknown lang {lang!r}; use one of {', '.join(LANGUAGES)}")
        if preset not in PRESETS:
            raise EvaluationError(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}")
        if not isinstance(reply, bool):
            raise EvaluationError(f"reply must be true or false, not {reply!r}")
        return cls(str(data["id"]), text, category, lang, preset, reply, str(data.get("kind", "") or ""))

    def applies_to(self, preset: str) -> bool:
        """Whether a policy of ``preset`` should be evaluated on this record ("both" always is)."""
        return self.preset in ("both", preset)


def read_corpus(lines: Iterable[str], source: str = "<corpus>") -> Iterator[CorpusRecord]:
    """Records from JSON Lines; blank lines and ``#`` comments are skipped; errors name file and line."""
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise EvaluationError("each line must be a JSON object")
            record = CorpusRecord.from_mapping(data)
        except (json.JSONDecodeError, EvaluationError) as exc:
            raise EvaluationError(f"{source}:{number}: {exc}") from exc
        if record.id in seen:
            raise EvaluationError(f"{source}:{number}: duplicate id {record.id!r}")
        seen.add(record.id)
        yield record


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(slots=True)
class CategoryStats:
    category: str
    counts: Counter[Outcome] = field(default_factory=Counter)

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    def share(self, outcomes: Iterable[Outcome]) -> float:
        return _rate(sum(self.counts[o] for o in outcomes), self.n)

    @property
    def recall(self) -> float:
        """The share of records that got what their category should get."""
        return self.share(EXPECTATIONS[self.category].wanted)

    @property
    def forbidden(self) -> int:
        """Records that got an outcome their category must never get."""
        return sum(self.counts[o] for o in EXPECTATIONS[self.category].never)

    @property
    def sanctioned(self) -> float:
        return self.share((Outcome.SANCTION,))

    @property
    def nudged(self) -> float:
        return self.share((Outcome.NUDGE,))

    @property
    def acted_on(self) -> float:
        return self.share(ACTED_ON)

    @property
    def offered_help(self) -> float:
        return self.share(OFFERED_HELP)

    @property
    def crisis(self) -> float:
        return self.share((Outcome.CRISIS,))

    @property
    def meets_target(self) -> bool:
        return self.recall >= EXPECTATIONS[self.category].target and self.forbidden == 0


@dataclass(slots=True)
class Evaluation:
    """Outcomes per category for one corpus and one policy."""

    stats: dict[str, CategoryStats] = field(default_factory=dict)
    misses: list[tuple[CorpusRecord, Outcome]] = field(default_factory=list)

    def add(self, record: CorpusRecord, outcome: Outcome) -> None:
        stats = self.stats.setdefault(record.category, CategoryStats(record.category))
        stats.counts[outcome] += 1
        if outcome not in EXPECTATIONS[record.category].wanted:
            self.misses.append((record, outcome))

    @property
    def total(self) -> int:
        return sum(s.n for s in self.stats.values())

    def ordered(self) -> list[CategoryStats]:
        return [self.stats[c] for c in CATEGORIES if c in self.stats]

    def report(self) -> str:
        """Per category: n, recall (with what it means and issue #11's target) and the false-alarm rates;
        then the confusion table, category x outcome."""
        head = (
            f"{'category':<15}{'n':>5}  {'recall':>7}  {'target':>7}  {'sanctioned':>10}  {'nudged':>7}  "
            f"{'acted on':>8}  {'help':>7}  {'crisis':>7}  means"
        )
        lines = [head, "-" * len(head)]
        for s in self.ordered():
            exp = EXPECTATIONS[s.category]
            mark = "" if s.meets_target else "  <- below target"
            never = f", never {'/'.join(sorted(exp.never))}: {s.forbidden}" if exp.never else ""
            lines.append(
                f"{s.category:<15}{s.n:>5}  {s.recall:>7.1%}  {exp.target:>7.0%}  {s.sanctioned:>10.1%}  "
                f"{s.nudged:>7.1%}  {s.acted_on:>8.1%}  {s.offered_help:>7.1%}  {s.crisis:>7.1%}  "
                f"{exp.meaning}{never}{mark}"
            )
        lines += ["", "confusion (category x outcome)"]
        cells = "".join(f"{o.value:>10}" for o in OUTCOMES)
        lines.append(f"{'category':<15}{cells}")
        for s in self.ordered():
            lines.append(f"{s.category:<15}" + "".join(f"{s.counts[o]:>10}" for o in OUTCOMES))
        return "\n".join(lines)
