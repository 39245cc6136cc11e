"""What the judge tests read, shared by the test files: a message through the support rules alone
(``assess``), through the abuse rules alone (``judge``, ``kinds``), or through the whole ``Judge`` for the
hate cues it keeps (``rule_hate_cues``, ``hate_cues``), and the two outcomes a support test asserts
(``offered_help``, ``quiet``)."""

from __future__ import annotations

from functools import cache

from bot.classify.judge import Judge
from bot.classify.judge.abuse import assess_abuse
from bot.classify.judge.chat import read
from bot.classify.judge.support import assess_support
from bot.domain.signals import AbuseKind, AbuseReading, SupportLevel, SupportReading


@cache
def _judge() -> Judge:
    return Judge(recent=False)


def assess(text: str, *, reply: bool = False) -> SupportReading:
    """The support rules' reading (no learned cues)."""
    return assess_support(read(text, reply=reply))


def offered_help(reading: SupportReading) -> bool:
    """The member would be offered help: a help request, distress or crisis."""
    return reading.help_request or reading.level is not SupportLevel.NONE


def quiet(reading: SupportReading) -> bool:
    """Nothing to offer: no help request, no level."""
    return not reading.help_request and reading.level is SupportLevel.NONE


def judge(text: str, *, reply: bool = False) -> AbuseReading:
    """The abuse rules' reading (no learned cues)."""
    return assess_abuse(read(text, reply=reply))


def kinds(text: str, *, reply: bool = False) -> set[AbuseKind]:
    """The kinds of abuse the rules found."""
    return {hit.kind for hit in judge(text, reply=reply).hits}


def rule_hate_cues(text: str) -> list[str]:
    """The hate cues the whole ``Judge`` keeps, rows only (learned hits left out)."""
    hits = _judge().judge(text).abuse.hits
    return [hit.cue for hit in hits if hit.kind is AbuseKind.HATE and not hit.learned]


def hate_cues(text: str) -> list[str]:
    """The hate cues the whole ``Judge`` keeps, learned hits included."""
    return [hit.cue for hit in _judge().judge(text).abuse.hits if hit.kind is AbuseKind.HATE]


def family_cues(text: str, family: str) -> list[str]:
    """The cues of one rule family (``…_threat14``) the whole ``Judge`` keeps, rows only."""
    hits = _judge().judge(text).abuse.hits
    return [hit.cue for hit in hits if not hit.learned and hit.cue.endswith(f"_{family}")]
