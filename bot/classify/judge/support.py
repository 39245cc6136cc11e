"""Crisis, distress and help requests: warning signs by category, combinations, and context that lowers.

``assess_support(chat)`` reads a ``Chat`` (``chat.read``) and returns a ``SupportReading``:

* **signs** — each rule of ``_support_rules`` that fires is a ``WarningSign(category, severity, cue)``:
  passive and active ideation, intent, plan or means, goodbye and final arrangements, burden,
  hopelessness, self-harm, past attempt (the C-SSRS / IS PATH WARM / NIMH categories of JUDGEMENT.md),
  and plain distress (low mood, exhaustion, loneliness, panic);
* **level** — *crisis* when a sign of severity 3 fires, or two weaker signs of different kinds combine
  (hopelessness + burden, intent + goodbye, a weak sign + a time, a place or "not the game, me"), or a past
  attempt comes with the thoughts returning; *distress* for any other sign (hopelessness alone, low mood);
  *none* otherwise;
* **immediate** — a combination that means danger now: a plan or means with ideation, intent, a goodbye,
  a time or a place; intent or a goodbye with a time or a place. Lowering never applies to it;
* **lowered_by** — context that brings a crisis down to distress, never to silence: clearly past and
  recovered ("past"), an awareness or prevention message ("awareness"), a question about a medicine's side
  effect ("medical"), someone else's situation ("other_person"), negation ("negation"). A plan, a
  decision or a goodbye in the message keeps the crisis;
* **help_request** — the author asks for someone, in any words ("is anyone around", « un modo peut me mp »);
  practical requests ("can someone help me with this boss") are not.

The author's own words are read (``Chat.own_*``): reported speech and quotes are someone else's, except
for the "someone else's situation" context, which reads the whole message. Each group of rules is
compiled into one regular expression and runs only when the message shares a word with the group's
vocabulary (one set-disjointness test), so ordinary chat costs almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.classify.judge._support_rules import HELP_RULES, RULES, Rule
from bot.classify.judge.chat import Chat
from bot.domain.signals import SupportLevel, SupportReading, WarningCategory, WarningSign

__all__ = ["assess_support"]

# Words too common to gate a group on: a rule is reached through its other words.
_STOP = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "you",
        "your",
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "or",
        "be",
        "is",
        "am",
        "are",
        "was",
        "were",
        "it",
        "its",
        "this",
        "that",
        "these",
        "in",
        "on",
        "at",
        "for",
        "with",
        "not",
        "no",
        "do",
        "did",
        "does",
        "so",
        "just",
        "as",
        "by",
        "from",
        "if",
        "then",
        "than",
        "but",
        "up",
        "out",
        "all",
        "any",
        "some",
        "one",
        "je",
        "j",
        "moi",
        "m",
        "tu",
        "t",
        "te",
        "toi",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "et",
        "ou",
        "a",
        "en",
        "ce",
        "c",
        "est",
        "etre",
        "avoir",
        "pas",
        "ne",
        "que",
        "qu",
        "se",
        "s",
        "il",
        "elle",
        "y",
        "du",
        "des",
        "de",
        "d",
        "mon",
        "ma",
        "mes",
        "sa",
        "son",
        "ses",
        "qui",
    ]
)
_ESCAPES = re.compile(r"\\[a-zA-Z]|\[[^\]]*\]|\{\d*,?\d*\}|\(\?P<\w+>|\(\?[:!=<]+")
_LITERAL = re.compile(r"[a-z0-9@]+")


def _anchors(pattern: str) -> frozenset[str]:
    """The literal words of ``pattern``, less the common ones: a message matching it holds one of them."""
    return frozenset(_LITERAL.findall(_ESCAPES.sub(" ", pattern))) - _STOP


@dataclass(frozen=True, slots=True)
class _Group:
    kind: str
    anchors: frozenset[str]
    regex: re.Pattern[str]
    severity: dict[str, int]


def _groups(rules: Iterable[Rule]) -> dict[str, _Group]:
    by_kind: dict[str, list[Rule]] = {}
    for rule in rules:
        by_kind.setdefault(rule.kind, []).append(rule)
    groups: dict[str, _Group] = {}
    for kind, members in by_kind.items():
        anchors: frozenset[str] = frozenset()
        for rule in members:
            found = _anchors(rule.pattern)
            if not found:
                raise ValueError(f"rule {rule.cue} has no anchor word")
            anchors |= found
        regex = re.compile("|".join(f"(?P<{rule.cue}>{rule.pattern})" for rule in members))
        groups[kind] = _Group(kind, anchors, regex, {rule.cue: rule.severity for rule in members})
    return groups


_SIGN_KINDS = frozenset(category.value for category in WarningCategory)
_ALL = _groups(RULES)
_SIGNS = tuple(group for kind, group in _ALL.items() if kind in _SIGN_KINDS)
_CONTEXT = {kind: group for kind, group in _ALL.items() if kind not in _SIGN_KINDS}
_HELP = tuple(_groups(HELP_RULES).values())
_OTHER = _CONTEXT.pop("other_person")
_GATE = frozenset().union(*(group.anchors for group in (*_SIGNS, *_HELP, _OTHER)))

_NONE = SupportReading()
_IDEATION = (WarningCategory.PASSIVE_IDEATION, WarningCategory.ACTIVE_IDEATION)
# Weak signs that make a crisis with a time, a place or "not the game, me".
_RAISABLE = frozenset(
    {
        WarningCategory.INTENT,
        WarningCategory.GOODBYE,
        WarningCategory.PLAN_MEANS,
        WarningCategory.BURDEN,
        WarningCategory.SELF_HARM,
        WarningCategory.PAST_ATTEMPT,
    }
)
# Signs of a present plan: a crisis that holds one is never lowered.
_PRESENT = frozenset({WarningCategory.PLAN_MEANS, WarningCategory.INTENT, WarningCategory.GOODBYE})


def _search(groups: Iterable[_Group], vocab: frozenset[str], hay: str) -> list[tuple[str, str, int]]:
    found: list[tuple[str, str, int]] = []
    for group in groups:
        if vocab.isdisjoint(group.anchors):
            continue
        for match in group.regex.finditer(hay):
            cue = match.lastgroup
            if cue is not None:
                found.append((group.kind, cue, group.severity[cue]))
    return found


def _context(kinds: Iterable[str], hay: str) -> set[str]:
    present: set[str] = set()
    for kind in kinds:
        group = _CONTEXT.get(kind)
        if group is not None and group.regex.search(hay):
            present.add(kind)
    return present


def assess_support(chat: Chat) -> SupportReading:
    vocab = chat.vocab
    if vocab.isdisjoint(_GATE):
        return _NONE
    own = f"{chat.own_lemmas} | {chat.own_forms}"
    help_request = bool(_search(_HELP, vocab, own))
    hits = _search(_SIGNS, vocab, own)
    other = not vocab.isdisjoint(_OTHER.anchors) and (
        _OTHER.regex.search(own) is not None
        or (chat.quoted and _OTHER.regex.search(f"{chat.lemmas} | {chat.forms}") is not None)
    )
    if not hits and not other:
        return SupportReading(help_request=True) if help_request else _NONE

    context = _context(
        ("time", "place", "returning", "past", "recovered", "awareness", "medical", "negation", "real_life",
         "leaving"),
        own,
    )  # fmt: skip
    signs: dict[str, WarningSign] = {}
    weak_goodbyes = 0
    for kind, cue, severity in hits:
        category = WarningCategory(kind)
        if cue == "goodbye_weak":
            if "leaving" in context:
                continue
            weak_goodbyes += 1
        signs.setdefault(cue, WarningSign(category, severity, cue))
    if "returning" in context and any(s.category is WarningCategory.PAST_ATTEMPT for s in signs.values()):
        signs["past_attempt_returning"] = WarningSign(
            WarningCategory.PAST_ATTEMPT, 3, "past_attempt_returning"
        )

    def has(category: WarningCategory, severity: int = 2) -> bool:
        return any(s.category is category and s.severity >= severity for s in signs.values())

    strong = any(s.severity >= 3 for s in signs.values())
    weak_kinds = {s.category for s in signs.values() if s.severity == 2}
    when_where = bool(context & {"time", "place"})
    raised = (
        len(weak_kinds) >= 2
        or weak_goodbyes >= 2
        or (bool(weak_kinds & _RAISABLE) and (when_where or "real_life" in context))
        or (
            has(WarningCategory.INTENT)
            and sum(s.category is WarningCategory.INTENT for s in signs.values()) >= 2
        )
    )
    crisis = strong or raised
    ideation = any(has(category, 3) for category in _IDEATION)
    means = has(WarningCategory.PLAN_MEANS)
    intent = has(WarningCategory.INTENT)
    goodbye = has(WarningCategory.GOODBYE) and (has(WarningCategory.GOODBYE, 3) or weak_goodbyes >= 2)
    immediate = crisis and (
        (means and (ideation or intent or goodbye or when_where or has(WarningCategory.SELF_HARM, 3)))
        or ((intent or goodbye) and when_where)
        or (ideation and "time" in context and (intent or goodbye))
    )
    if immediate:
        signs["immediate"] = WarningSign(
            WarningCategory.PLAN_MEANS if means else WarningCategory.INTENT, 4, "immediate"
        )

    lowered: list[str] = []
    if crisis and not immediate:
        present = any(s.category in _PRESENT and s.severity >= 3 for s in signs.values())
        if "past" in context and "recovered" in context and "returning" not in context:
            lowered.append("past")
        if not present:
            if "awareness" in context:
                lowered.append("awareness")
            if "medical" in context:
                lowered.append("medical")
            if other:
                lowered.append("other_person")
            if "negation" in context:
                lowered.append("negated")
        if lowered:
            crisis = False
    elif other and not crisis:
        lowered.append("other_person")
    if other and not signs:
        signs["other_person"] = WarningSign(WarningCategory.DISTRESS, 1, "other_person")

    if crisis:
        level = SupportLevel.CRISIS
    elif signs:
        level = SupportLevel.DISTRESS
    else:
        return SupportReading(help_request=help_request)
    ordered = tuple(sorted(signs.values(), key=lambda s: (-s.severity, s.cue)))
    return SupportReading(level, ordered, help_request, tuple(lowered), immediate)
