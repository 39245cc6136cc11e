"""Commands named in texts: ``{/my-standing}`` in a text becomes the command as the reader's client
shows it — ``/my-standing`` in English, ``/ma-situation`` in French.

A text never writes a command's name literally: it writes the English command path between braces with
a leading slash (``{/shift end}``, ``{/ticket resolve}``), and the catalogue of each language replaces it
when it is loaded, word by word, from the ``[names]`` table of that language's ``commands.toml`` (the
table Discord's localisations use, see ``bot/command_translator.py``). One table decides, so a French
sentence can never name an English command, and renaming a command in French renames it in every text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

NAMES_PREFIX = "commands.names."
# ``{/path}`` but not ``{{/path}}`` (an escaped brace stays a literal brace for ``str.format``)
REFERENCE = re.compile(r"(?<!\{)\{/(?P<path>[a-z][a-z0-9_-]*(?: [a-z][a-z0-9_-]*)*)\}")


def localised_path(path: str, names: Mapping[str, str]) -> str:
    """``/ma-situation`` for ``my-standing`` given the French names (the English path without one)."""
    return "/" + " ".join(names.get(word, word) for word in path.split())


def names_of(texts: Mapping[str, str]) -> dict[str, str]:
    """The ``[names]`` table of one language's catalogue (empty for English: the names are English)."""
    return {key[len(NAMES_PREFIX) :]: value for key, value in texts.items() if key.startswith(NAMES_PREFIX)}


def resolve_commands(texts: dict[str, str]) -> dict[str, str]:
    """Every ``{/path}`` of a catalogue replaced by the command as that language names it."""
    names = names_of(texts)

    def named(match: re.Match[str]) -> str:
        return localised_path(match.group("path"), names)

    return {key: REFERENCE.sub(named, value) if "{/" in value else value for key, value in texts.items()}
