"""Crisis and help in a message, through the moderation decision's own path, and the helplines to show.

``PhraseDetector.detect`` runs exactly what moderation runs on a message — ``SignalExtractor.local``
(the judgement detectors, the word lists, the help and crisis phrases of the policy) and ``decide`` with
an empty history — so the help feature answers the same verdict: ``crisis`` takes the crisis path;
a help request, distress and reported abuse take the private offer. The language of the answer is the
message's own (``bot.classify.judge.language``), else the caller's fallback; with the server's locale it
picks the country of the helplines: a message event does not carry the member's Discord locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.classify.extract import SignalExtractor
from bot.classify.judge.language import detect_language
from bot.domain.help.helplines import Helpline, country_of, format_helplines, helplines_for
from bot.domain.i18n import language_of, t
from bot.domain.moderation import decide
from bot.domain.moderation.decision import DecisionContext, MemberHistory
from bot.domain.policy.models import Action, Policy

CRISIS = "crisis"
HELP = "help"
_LANGUAGE_COUNTRY = {"fr": "FR"}  # a bare language names a country only for French (France)
_NO_HISTORY = MemberHistory()


@dataclass(frozen=True, slots=True)
class PhraseFound:
    kind: str  # "crisis" or "help"
    phrase_id: str  # the policy phrase, else the detector's cue or the reason ("distress", "reported_abuse")
    category: str  # crisis category; "" for help
    language: str  # the language the message is written in (else the caller's fallback)

    @property
    def is_crisis(self) -> bool:
        return self.kind == CRISIS


class PhraseDetector:
    """One ``SignalExtractor`` per policy version (the judge is stateless; the lists are the policy's)."""

    def __init__(self) -> None:
        self._cache: dict[str, SignalExtractor] = {}

    def _extractor(self, policy: Policy) -> SignalExtractor:
        key = policy.version or str(id(policy))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = SignalExtractor.from_policy(policy, None)
        return found

    def detect(
        self, policy: Policy, text: str, preferred: str = "en", *, reply: bool = False
    ) -> PhraseFound | None:
        """Crisis or help in ``text`` as the moderation decision sees it, or None. ``preferred``: the
        language to answer in when the message does not tell (the member's known one, else the
        server's); ``reply``: the message replies to another member's message."""
        if not text.strip():
            return None
        signals = self._extractor(policy).local(text, language_of(preferred), reply=reply)
        if not signals.offers_help:
            return None  # the fast path: nothing to say back, no language detection
        decision = decide(signals, _NO_HISTORY, policy, DecisionContext(now=datetime.now(UTC)))
        if decision.action not in (Action.CRISIS, Action.HELP):
            return None
        language = detect_language(text, policy.languages, preferred)
        if decision.action is Action.CRISIS:
            category = decision.crisis_category or "suicidal_ideation"
            return PhraseFound(CRISIS, decision.phrase_id or category, category, language)
        return PhraseFound(HELP, decision.phrase_id or decision.reason_code.value, "", language)

    def language(self, policy: Policy, text: str, fallback: str) -> str:
        """The message's language among the policy's, else ``fallback``."""
        return detect_language(text, policy.languages, fallback)


def country_for(locale: str | None, language: str | None, guild_locale: str | None) -> str | None:
    """The member's country: from their Discord locale when known; else the server's locale when it is in
    the language they wrote in; else the language itself (French → France); else unknown (default lines)."""
    if locale:
        return country_of(locale)
    if guild_locale and language and language_of(guild_locale) == language:
        found = country_of(guild_locale)
        if found:
            return found
    return _LANGUAGE_COUNTRY.get(language or "")


def helplines(policy: Policy, country: str | None) -> list[Helpline]:
    table: dict[str, Sequence[object]] = {key: list(rows) for key, rows in policy.helplines.items()}
    return helplines_for(country, table)


def helplines_text(policy: Policy, country: str | None, lang: str) -> str:
    found = helplines(policy, country)
    if not found:  # a sentence to the member: in the server's register ("tu" in a game community)
        return t("help.helplines_none", policy.member_voice(lang))
    return format_helplines(found, lang)
