"""Help and crisis phrases in a message, and the helplines to show.

Matching uses ``bot.classify``'s ``PhraseMatcher`` (the same normalisation as the moderation word lists:
accents, case, leetspeak and separators do not hide a phrase). One matcher per language tells which
language the member wrote in, which picks the language of the answer and, with the server's locale, the
country of the helplines: a message event does not carry the member's Discord locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.classify.terms import PhraseMatcher, PhraseSpec
from bot.domain.helplines import Helpline, country_of, format_helplines, helplines_for
from bot.domain.i18n import language_of
from bot.domain.policy_models import Policy

CRISIS = "crisis"
HELP = "help"
_LANGUAGE_COUNTRY = {"fr": "FR"}  # a bare language names a country only for French (France)


@dataclass(frozen=True, slots=True)
class PhraseFound:
    kind: str  # "crisis" or "help"
    phrase_id: str
    category: str  # crisis category; "" for help
    language: str  # the language of the phrase that matched

    @property
    def is_crisis(self) -> bool:
        return self.kind == CRISIS


class PhraseDetector:
    """Per policy version, one matcher per language."""

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, PhraseMatcher]] = {}

    def _matchers(self, policy: Policy) -> dict[str, PhraseMatcher]:
        key = policy.version or str(id(policy))
        found = self._cache.get(key)
        if found is None:
            languages = sorted({lang for phrase in policy.phrases for lang in phrase.text})
            found = {
                lang: PhraseMatcher(
                    PhraseSpec(p.id, p.kind, tuple(p.text.get(lang, ())), p.category)
                    for p in policy.phrases
                    if p.text.get(lang)
                )
                for lang in languages
            }
            self._cache[key] = found
        return found

    def detect(self, policy: Policy, text: str, preferred: str = "en") -> PhraseFound | None:
        """The most serious phrase in ``text`` (crisis before help), or None. Ties between languages
        go to ``preferred`` (the server's language)."""
        if not text.strip() or not policy.phrases:
            return None
        matchers = self._matchers(policy)
        order = sorted(matchers, key=lambda lang: lang != preferred)
        best: PhraseFound | None = None
        for lang in order:
            for hit in matchers[lang].find(text):
                found = PhraseFound(hit.kind, hit.phrase_id, hit.category, lang)
                if found.is_crisis:
                    return found
                best = best or found
        return best


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
    return format_helplines(helplines(policy, country), lang)
