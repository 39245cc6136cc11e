"""``{/path}`` in a text names the command as the reader's client shows it, from one table."""

from __future__ import annotations

from bot.domain.i18n import catalogue, t
from bot.domain.slash_names import resolve_commands


def test_a_reference_becomes_each_languages_command() -> None:
    names = {"commands.names.shift": "permanence", "commands.names.end": "fin"}
    texts = {**names, "help.x": "Terminez avec {/shift end}.", "help.y": "{{/shift end}} {name}"}
    resolved = resolve_commands(texts)
    assert resolved["help.x"] == "Terminez avec /permanence fin."
    assert resolved["help.y"] == "{{/shift end}} {name}"  # an escaped brace is left to str.format
    assert resolve_commands({"help.x": "End with {/shift end}."})["help.x"] == "End with /shift end."


def test_no_catalogue_keeps_a_reference_and_the_real_texts_name_the_right_command() -> None:
    for lang in ("en", "fr"):
        assert not [key for key, text in catalogue(lang).items() if "{/" in text]
    assert "/ma-situation" in t("moderation.reply.dm_dm_closed", "fr")
    assert "/my-standing" in t("moderation.reply.dm_dm_closed", "en")
    assert "/permanence fin" in t("help.shift_started", "fr", name="Pia")
