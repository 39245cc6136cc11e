"""One message in, ``MessageSignals`` out: the judgement detectors, word lists, allow-lists, patterns,
phrases and model scores.

The judgement detectors (``bot.classify.judge``: crisis, distress, help, abuse, reported speech, self-talk)
read the message once; the text is normalised once (``normalize``) and matched against every list — only
the author's own words when the abuse reading set quoted or reported spans apart (a quoted insult is not
the author's insult). the model is asked only when
the caller's ``need_model`` says so and, for an extractor built ``from_policy``, when the policy says
the model could still change the decision (``bot.classify.decided``: not when the word lists already
decide) — and only through the ``ScoringWorker`` (never on the event loop). Without a worker the model
status is ``DISABLED``; with a worker but no model, ``UNAVAILABLE``; with a full queue, ``QUEUE_FULL``.

Word lists apply across languages by default: a member's language is a guess (server default, client
locale), and missing a French insult in a message tagged "en" is worse than having to keep cross-language
false friends ("bite", "con") out of the lists. ``term_lists_by_language`` restricts lists to messages
of one language instead. Phrases (help, crisis) always apply across languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.classify.batching import ScoringWorker
from bot.classify.decided import SkipRule
from bot.classify.decided import model_gate as policy_gate
from bot.classify.judge import Judge
from bot.classify.normalize import normalize
from bot.classify.patterns import PatternMatcher
from bot.classify.terms import PhraseMatcher, PhraseSpec, TermMatcher
from bot.domain.signals import (
    AbuseKind,
    AbuseReading,
    MessageSignals,
    ModelStatus,
    PhraseHit,
    SupportLevel,
    SupportReading,
)

if TYPE_CHECKING:
    from bot.domain.policy.models import PolicyFile

__all__ = ["NeedModel", "SignalExtractor", "model_text"]

NeedModel = Callable[[MessageSignals], bool] | bool

_USER = re.compile(r"<@[!&]?\d+>")
_CHANNEL = re.compile(r"<#\d+>")
_EMOJI = re.compile(r"<a?:(\w+):\d+>")


def model_text(text: str) -> str:
    """The text given to the model: Discord markup ids replaced by what a reader sees."""
    if "<" not in text:
        return text
    return _EMOJI.sub(r":\1:", _CHANNEL.sub("#channel", _USER.sub("@user", text)))


class SignalExtractor:
    def __init__(
        self,
        term_lists: Mapping[str, Sequence[str]],
        allow: Sequence[str] = (),
        phrase_lists: Iterable[PhraseSpec] = (),
        patterns: Mapping[str, str] | None = None,
        worker: ScoringWorker | None = None,
        *,
        term_lists_by_language: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        model_gate: Callable[[MessageSignals], bool] | None = None,
        judge: Judge | None = None,
    ) -> None:
        """``term_lists``: list id -> entries, for every message. ``term_lists_by_language``: language ->
        (list id -> entries), added only for messages in that language. ``model_gate``: asked (after the
        caller's ``need_model``) whether the model could still matter; ``None`` always asks the model.
        ``judge``: the judgement detectors (``None``: word lists only, the path before them)."""
        self.allow = tuple(allow)
        self.terms = TermMatcher(term_lists, self.allow)
        self._by_language: dict[str, TermMatcher] = {}
        for language, lists in (term_lists_by_language or {}).items():
            merged = {list_id: list(entries) for list_id, entries in term_lists.items()}
            for list_id, entries in lists.items():
                merged.setdefault(list_id, []).extend(entries)
            self._by_language[language] = TermMatcher(merged, self.allow)
        self.phrases = PhraseMatcher(phrase_lists)
        self.patterns = PatternMatcher(patterns or {})
        self.worker = worker
        self.model_gate = model_gate
        self.judge = judge

    @property
    def rejected(self) -> tuple[str, ...]:
        """List entries that hold nothing to match (only punctuation...): report them to the policy author."""
        found = [*self.terms.rejected, *self.phrases.rejected]
        for matcher in self._by_language.values():
            found.extend(matcher.rejected)
        return tuple(dict.fromkeys(found))

    @classmethod
    def from_policy(
        cls,
        policy: PolicyFile,
        worker: ScoringWorker | None,
        *,
        message_language_only: bool = False,
        skip_decided: SkipRule | str = SkipRule.SAME_ACTION,
        detectors: bool = True,
    ) -> SignalExtractor:
        """From a validated policy: lists (list id -> language -> entries), allow (language -> entries),
        patterns (id -> regex), phrases. ``message_language_only`` scopes each list language to messages
        of that language; by default every list applies to every message. ``skip_decided``: when the
        lists already decide, skip the model (``bot.classify.decided``; ``"never"`` always scores).
        ``detectors=False`` leaves the judgement detectors out (word lists only: for comparisons)."""
        by_language: dict[str, dict[str, list[str]]] = {}
        flat: dict[str, list[str]] = {}
        for list_id, per_language in policy.lists.items():
            for language, entries in per_language.items():
                target = by_language.setdefault(language, {}) if message_language_only else flat
                target.setdefault(list_id, []).extend(entries)
        allow = [entry for entries in policy.allow.values() for entry in entries]
        phrases = [
            PhraseSpec(phrase.id, phrase.kind, _all_texts(phrase.text), phrase.category)
            for phrase in policy.phrases
        ]
        patterns = {pattern_id: pattern.regex for pattern_id, pattern in policy.patterns.items()}
        model_on = policy.model.enabled
        skip = SkipRule(skip_decided)
        return cls(
            flat,
            allow,
            phrases,
            patterns,
            worker if model_on else None,
            term_lists_by_language=by_language or None,
            model_gate=None if skip is SkipRule.NEVER else policy_gate(policy, skip),
            judge=Judge() if detectors else None,
        )

    def local(
        self,
        text: str,
        language: str = "en",
        mention_count: int = 0,
        mass_mention: bool = False,
        messages_in_window: int = 1,
        *,
        reply: bool = False,
    ) -> MessageSignals:
        """Every signal but the model (status ``SKIPPED``). Synchronous and fast: safe on the event loop.
        ``reply``: the message is a Discord reply to another member's message (an addressee)."""
        support, abuse = SupportReading(), AbuseReading()
        key = normalize(text)
        if self.judge is not None:
            judgement = self.judge.judge(text, reply=reply)
            support, abuse = judgement.support, judgement.abuse
        matcher = self._by_language.get(language, self.terms)
        own = abuse.own_words
        scan = matcher.scan(key if own is None or own == text else normalize(own))
        return MessageSignals(
            language=language,
            model_status=ModelStatus.SKIPPED,
            term_hits=scan.hits,
            allowed_terms=scan.allowed,
            pattern_hits=self.patterns.find(text, key.folded),
            phrases=_crisis_phrases_heard(self.phrases.find(key), support, abuse),
            mention_count=mention_count,
            mass_mention=mass_mention,
            messages_in_window=messages_in_window,
            support=support,
            abuse=abuse,
        )

    async def extract(
        self,
        text: str,
        language: str = "en",
        mention_count: int = 0,
        mass_mention: bool = False,
        messages_in_window: int = 1,
        need_model: NeedModel = True,
        *,
        reply: bool = False,
    ) -> MessageSignals:
        """All signals. ``need_model`` (a flag, or a callback given the model-less signals) decides
        whether to ask the model; when it says no the status is ``SKIPPED``."""
        signals = self.local(text, language, mention_count, mass_mention, messages_in_window, reply=reply)
        if self.worker is None:
            return replace(signals, model_status=ModelStatus.DISABLED)
        wanted = need_model(signals) if callable(need_model) else need_model
        if not wanted or not text.strip():
            return signals
        if self.model_gate is not None and not self.model_gate(signals):
            return signals
        result = await self.worker.score(model_text(text))
        return replace(signals, model_status=result.status, model_scores=result.scores)


# threat14: the rows that tell the reader to die in the words of a policy crisis phrase ("better off dead")
_TOLD_IN_CRISIS_WORDS_threat14 = frozenset(("better_dead_told_threat14",))


def _crisis_phrases_heard(
    phrases: tuple[PhraseHit, ...], support: SupportReading, abuse: AbuseReading
) -> tuple[PhraseHit, ...]:
    """The policy's crisis phrases ("better off dead"...) match words, not who they are said of. The judgement
    detectors read more, and when they heard no crisis of the author's own the phrases are dropped in three
    cases; a crisis the detectors heard keeps every phrase:

    * hate about a group in the same words ("disabled people would be better off dead"; fa13): a rule read
      hate and no report, so the phrase is the hateful claim's vocabulary and the hate is acted on as hate;
    * death told to the reader ("you'd be better off dead", « franchement toi tu serais mieux mort »;
      threat14): a rule read the reader as the one told to die, no report, so the threat is acted on;
    * a death wish the author negates beside a will to live ("i'm not better off dead, i want to live":
      support14): the support detector read distress at most (``will_to_live``).

    The author's own crisis beside any of them ("i'd be better off dead", « je serais mieux mort ») is the
    detectors' crisis and keeps every phrase."""
    if not phrases or support.level is SupportLevel.CRISIS:
        return phrases
    ruled = [hit for hit in abuse.hits if not hit.learned]
    hate = not abuse.reported and any(hit.kind is AbuseKind.HATE for hit in ruled)
    told = not abuse.reported and any(hit.cue in _TOLD_IN_CRISIS_WORDS_threat14 for hit in ruled)
    negated = "will_to_live" in support.lowered_by
    if not (hate or told or negated):
        return phrases
    return tuple(phrase for phrase in phrases if phrase.kind != "crisis")


def _all_texts(per_language: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    return tuple(text for texts in per_language.values() for text in texts)
