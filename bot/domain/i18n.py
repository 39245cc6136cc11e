"""Member-facing texts, in French and English, in the register of the community.

Texts live in TOML files under ``bot/locales/<lang>/<area>.toml``; a key is ``<area>.<name>``
(for instance ``moderation.hidden_title``). Each feature owns its own area file, so features never edit
each other's texts. Formatting uses ``str.format`` with named fields only.

**Voice** (language + register). A text is asked for in a *voice*: ``"en"``, ``"fr"`` or ``"fr@tu"``.
The register is "vous" (the default, patient communities) or "tu" (game communities; a server can choose
either, see ``Policy.member_register``). A key may have a "tu" variant written next to it with the suffix
``@tu`` — in TOML, a quoted key: ``"body@tu" = "…"``. ``t(key, "fr@tu")`` uses ``key@tu`` when it
exists and falls back to ``key`` otherwise, so only texts that differ need a variant (English needs none).
Build a voice with ``voice(lang, register)``; ``language_of`` strips the register again.

**Plurals** follow the language's CLDR rules through Babel: a plural text is a table of forms
(``[area.thing] one = "…" other = "…"``, plus ``many``/``zero``… where a language has them) and
``plural(key, voice, n, **fields)`` picks the form for ``n``. Never ``"ticket(s)"``.

**Dates and numbers** go through Babel too: ``when_text`` gives "Friday 13 December, 14:00 (UTC)" /
« vendredi 13 décembre, 14 h 00 (UTC) » in the given time zone, saying which; ``number_text`` groups digits
the way the language does.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_datetime, get_timezone_location
from babel.numbers import format_decimal

from bot.domain.resources import packaged

SUPPORTED = ("en", "fr")
DEFAULT_LANGUAGE = "en"
LOCALES_DIR = packaged("locales")
REGISTERS = ("vous", "tu")
DEFAULT_REGISTER = "vous"
Register = Literal["vous", "tu"]
_SEP = "@"
_WITH_REGISTERS = ("fr",)  # English says "you" either way


def language_of(locale: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    """Map a Discord locale ("fr", "en-US", "en-GB", ...) or a voice ("fr@tu") to a supported language."""
    if locale:
        lang = str(locale).split(_SEP)[0].split("-")[0].lower()
        if lang in SUPPORTED:
            return lang
    return fallback if fallback in SUPPORTED else DEFAULT_LANGUAGE


def register_of(voice_or_locale: str | None) -> Register:
    """The register a voice carries ("tu" for "fr@tu"), "vous" otherwise."""
    if voice_or_locale and _SEP in voice_or_locale:
        return "tu" if voice_or_locale.split(_SEP, 1)[1] == "tu" else "vous"
    return "vous"


def voice(lang: str | None, register: str | None = None) -> str:
    """A voice for ``t``: the supported language, plus ``@tu`` when that register is asked for (or
    already carried by ``lang``). ``register=None`` keeps what ``lang`` carries."""
    base = language_of(lang)
    chosen = register if register in REGISTERS else register_of(lang)
    return f"{base}{_SEP}tu" if chosen == "tu" and base in _WITH_REGISTERS else base


def _flatten(prefix: str, data: Mapping[str, object], out: dict[str, str]) -> None:
    for key, value in data.items():
        name, _, variant = str(key).partition(_SEP)
        if isinstance(value, Mapping):
            _flatten(f"{prefix}.{name}", value, out)
        else:
            out[f"{prefix}.{name}{_SEP}{variant}" if variant else f"{prefix}.{name}"] = str(value)


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """Every text of one language, by key (variants as ``key@tu``)."""
    texts: dict[str, str] = {}
    folder = LOCALES_DIR / lang
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as fh:
            _flatten(path.stem, tomllib.load(fh), texts)
    return texts


class MissingText(KeyError):
    pass


def template(key: str, lang: str) -> str:
    """The raw template of ``key`` in a voice, with the register variant first, then English."""
    base, register = language_of(lang), register_of(lang)
    for language in (base, DEFAULT_LANGUAGE):
        texts = catalogue(language)
        if register != DEFAULT_REGISTER and f"{key}{_SEP}{register}" in texts:
            return texts[f"{key}{_SEP}{register}"]
        if key in texts:
            return texts[key]
    raise MissingText(key)


def t(key: str, lang: str, /, **fields: object) -> str:
    """The text ``key`` in the voice ``lang`` (falling back to English), formatted with ``fields``."""
    text = template(key, lang)
    return text.format(**fields) if fields else text


def plural_form(lang: str, n: int | float) -> str:
    """The CLDR plural category of ``n`` in the language ("one", "other", "many"...), by Babel."""
    return str(Locale.parse(language_of(lang)).plural_form(abs(n)))


def plural(key: str, lang: str, n: int | float, /, **fields: object) -> str:
    """The plural table ``key`` (forms ``one``/``other``/...) in the voice ``lang``, for ``n``.
    ``{n}`` in the text is the number written the language's way."""
    form = plural_form(lang, n)
    values = {"n": number_text(n, lang), **fields}
    try:
        return t(f"{key}.{form}", lang, **values)
    except MissingText:
        return t(f"{key}.other", lang, **values)


def ordinal(key: str, lang: str, n: int, /, **fields: object) -> str:
    """Like ``plural``, with the language's ordinal categories: "1st", "2nd", "3rd" / « 1er », « 2e »."""
    form = str(Locale.parse(language_of(lang)).ordinal_form(abs(n)))
    values = {"n": number_text(n, lang), **fields}
    try:
        return t(f"{key}.{form}", lang, **values)
    except MissingText:
        return t(f"{key}.other", lang, **values)


def number_text(n: int | float, lang: str) -> str:
    return str(format_decimal(n, locale=language_of(lang)))


def zone(name: str | None) -> ZoneInfo:
    """A time zone by IANA name; UTC when unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


_WHEN_PATTERNS = {"en": "EEEE d MMMM, HH:mm", "fr": "EEEE d MMMM, H 'h' mm"}
_WHEN_YEAR_PATTERNS = {"en": "EEEE d MMMM y, HH:mm", "fr": "EEEE d MMMM y, H 'h' mm"}


def zone_label(tz_name: str | None, lang: str) -> str:
    """Which clock a time is given in: "UTC", or the place ("France Time" / « heure : France »)."""
    tz = zone(tz_name)
    if tz.key in ("UTC", "Etc/UTC"):
        return "UTC"
    return str(get_timezone_location(tz, locale=language_of(lang)))


def when_text(when: datetime, lang: str, tz_name: str | None = None, *, now: datetime | None = None) -> str:
    """A date a person reads, with the clock named: "Friday 13 December, 14:00 (UTC)" /
    « vendredi 13 décembre, 14 h 00 (UTC) ». The year is shown only when it is not this year's."""
    tz = zone(tz_name)
    base = language_of(lang)
    moment = when if when.tzinfo else when.replace(tzinfo=UTC)
    local = moment.astimezone(tz)
    this_year = (now or datetime.now(UTC)).astimezone(tz).year
    pattern = (_WHEN_PATTERNS if local.year == this_year else _WHEN_YEAR_PATTERNS)[base]
    text = str(format_datetime(local, pattern, tzinfo=tz, locale=base))
    return f"{text} ({zone_label(tz_name, base)})"


def day_text(when: datetime, lang: str, tz_name: str | None = None) -> str:
    """A day a person reads: "5 March 2027" / « 5 mars 2027 »."""
    tz = zone(tz_name)
    moment = when if when.tzinfo else when.replace(tzinfo=UTC)
    return str(format_datetime(moment.astimezone(tz), "d MMMM y", tzinfo=tz, locale=language_of(lang)))
