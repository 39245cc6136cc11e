"""Helplines for a member's country, from their Discord locale.

The table of helplines comes from the policy (``helplines`` by ISO country code, plus ``default``); this
module only picks the right rows and formats them. Discord locales are languages more than countries:
"fr" means France, "en-US" the United States, "en-GB" the United Kingdom, "es-419" Latin America (no one
country, so the default). A two-letter upper-case code ("IE", "BE", "CA") is taken as a country.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.domain.i18n import t

DEFAULT_KEY = "default"

# Discord's locale codes (https://discord.com/developers/docs/reference#locales) → ISO 3166 country.
DISCORD_LOCALE_COUNTRY: Mapping[str, str] = {
    "id": "ID",
    "da": "DK",
    "de": "DE",
    "en-GB": "GB",
    "en-US": "US",
    "es-ES": "ES",
    "fr": "FR",
    "hr": "HR",
    "it": "IT",
    "lt": "LT",
    "hu": "HU",
    "nl": "NL",
    "no": "NO",
    "pl": "PL",
    "pt-BR": "BR",
    "ro": "RO",
    "fi": "FI",
    "sv-SE": "SE",
    "vi": "VN",
    "tr": "TR",
    "cs": "CZ",
    "el": "GR",
    "bg": "BG",
    "ru": "RU",
    "uk": "UA",  # the Ukrainian language, not the United Kingdom
    "hi": "IN",
    "th": "TH",
    "zh-CN": "CN",
    "ja": "JP",
    "zh-TW": "TW",
    "ko": "KR",
}
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


_NO_TEXT: Mapping[str, str] = MappingProxyType({})


def _local(value: object) -> Mapping[str, str]:
    """A localised text: a mapping language -> text, or one text for every language."""
    if value is None or value == "":
        return _NO_TEXT
    if isinstance(value, str):
        return MappingProxyType({"*": value})
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): str(v) for k, v in value.items()})
    raise ValueError(f"expected a text or a mapping of language to text, got {value!r}")


@dataclass(frozen=True, slots=True)
class Helpline:
    name: str  # "Samaritans", "3114 — Numéro national de prévention du suicide"
    number: str = ""  # what to dial, as written locally: "116 123", "988"
    text: str = ""  # an SMS code, e.g. "text HOME to 741741"
    hours: Mapping[str, str] = field(default_factory=lambda: _NO_TEXT)  # language -> "24/7"
    url: str = ""
    emergency: bool = False  # an emergency number (112, 911, 999) rather than a listening line
    description: Mapping[str, str] = field(default_factory=lambda: _NO_TEXT)  # language -> text

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("helpline field 'name': expected non-empty text")
        if not (self.number or self.text or self.url):
            raise ValueError(f"helpline {self.name!r}: needs a number, a text code or a url")

    def hours_in(self, lang: str) -> str:
        return _pick(self.hours, lang)

    def description_in(self, lang: str) -> str:
        return _pick(self.description, lang)

    @classmethod
    def coerce(cls, row: object) -> Helpline:
        """A ``Helpline`` from a policy row: a Helpline, a mapping, or an object with the same attributes
        (such as the policy's pydantic model). Raises ValueError naming the field at fault."""
        if isinstance(row, Helpline):
            return row
        if isinstance(row, Mapping):
            unknown = set(row) - set(_FIELDS)
            if unknown:
                raise ValueError(f"helpline field {sorted(unknown)[0]!r}: unknown field")

            def get(name: str) -> object:
                return row.get(name)
        else:

            def get(name: str) -> object:
                return getattr(row, name, None)

        name = get("name")
        if not isinstance(name, str):
            raise ValueError(f"helpline field 'name': expected non-empty text, got {name!r}")
        return cls(
            name=name.strip(),
            number=str(get("number") or "").strip(),
            text=str(get("text") or "").strip(),
            hours=_local(get("hours")),
            url=str(get("url") or "").strip(),
            emergency=bool(get("emergency")),
            description=_local(get("description")),
        )


_FIELDS = ("name", "number", "text", "hours", "url", "emergency", "description")


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("*") or texts.get("en") or next(iter(texts.values()), "")


def country_of(locale_or_country: str | None) -> str | None:
    """ "fr" → "FR", "en-US" → "US", "fr-CA" → "CA", "IE" → "IE", "UK" → "GB"; None when unknown."""
    if not locale_or_country:
        return None
    value = locale_or_country.strip().replace("_", "-")
    if value in DISCORD_LOCALE_COUNTRY:
        return DISCORD_LOCALE_COUNTRY[value]
    if len(value) == 2 and value.isalpha() and value.isupper():
        return _COUNTRY_ALIASES.get(value, value)
    parts = value.split("-")
    if len(parts) == 2 and len(parts[1]) == 2 and parts[1].isalpha():
        region = parts[1].upper()
        return _COUNTRY_ALIASES.get(region, region)
    lowered = value.lower()
    for locale, country in DISCORD_LOCALE_COUNTRY.items():
        if locale.lower() == lowered:
            return country
    return None


def helplines_for(locale_or_country: str | None, table: Mapping[str, Sequence[object]]) -> list[Helpline]:
    """The helplines for the member's country, else the table's ``default`` rows (else none), in the
    table's order (the policy decides what comes first). Rows may be ``Helpline``s, mappings or the
    policy's helpline models (see ``Helpline.coerce``)."""
    by_country = {key.upper(): rows for key, rows in table.items() if key != DEFAULT_KEY}
    country = country_of(locale_or_country)
    rows = by_country.get(country) if country else None
    if rows is None:
        rows = table.get(DEFAULT_KEY, ())
    return [Helpline.coerce(row) for row in rows]


def format_helplines(helplines: Sequence[Helpline], lang: str) -> str:
    """A plain text block, one line per helpline, in the member's language."""
    if not helplines:
        return t("help.helplines_none", lang)
    lines = [t("help.helplines_heading", lang)]
    for line in helplines:
        # Each number once: not after a name that already carries it ("988 Suicide & Crisis Lifeline"),
        # and a text code equal to the number is left out (the description says "call or text").
        shown = bool(line.number) and line.number not in line.name
        if line.emergency:
            key = "help.helpline_emergency_line" if shown else "help.helpline_emergency_line_no_number"
        else:
            key = "help.helpline_line" if shown else "help.helpline_line_no_number"
        text = t(key, lang, name=line.name, number=line.number)
        hours = line.hours_in(lang)
        code = "" if line.text == line.number else line.text
        extras = [code, line.description_in(lang), f"<{line.url}>" if line.url else ""]
        text += f" ({hours})" if hours else ""
        text += "".join(f" — {extra}" for extra in extras if extra)
        lines.append(text)
    return "\n".join(lines)
