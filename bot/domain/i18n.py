"""Member-facing texts, in French and English.

Texts live in TOML files under ``bot/locales/<lang>/<area>.toml``; a key is ``<area>.<name>``
(for instance ``moderation.hidden_title``). Each feature owns its own area file, so features never edit
each other's texts. Formatting uses ``str.format`` with named fields only.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache

from bot.domain.resources import packaged
from bot.domain.slash_names import resolve_commands

SUPPORTED = ("en", "fr")
DEFAULT_LANGUAGE = "en"
LOCALES_DIR = packaged("locales")


def language_of(locale: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    """Map a Discord locale ("fr", "en-US", "en-GB", ...) to a supported language."""
    if locale:
        lang = str(locale).split("-")[0].lower()
        if lang in SUPPORTED:
            return lang
    return fallback if fallback in SUPPORTED else DEFAULT_LANGUAGE


def _flatten(prefix: str, data: Mapping[str, object], out: dict[str, str]) -> None:
    for key, value in data.items():
        full = f"{prefix}.{key}"
        if isinstance(value, Mapping):
            _flatten(full, value, out)
        else:
            out[full] = str(value)


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    texts: dict[str, str] = {}
    folder = LOCALES_DIR / lang
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as fh:
            _flatten(path.stem, tomllib.load(fh), texts)
    return resolve_commands(texts)  # ``{/my-standing}`` → the command as this language names it


class MissingText(KeyError):
    pass


def t(key: str, lang: str, /, **fields: object) -> str:
    """The text ``key`` in ``lang`` (falling back to English), formatted with ``fields``."""
    lang = language_of(lang)
    template = catalogue(lang).get(key)
    if template is None:
        template = catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        raise MissingText(key)
    return template.format(**fields) if fields else template
