"""Helplines by Discord locale or country, with the default, and their plain-text block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pytest

from bot.domain.help.helplines import Helpline, country_of, format_helplines, helplines_for
from bot.domain.i18n import t

FR_3114 = Helpline(name="3114", number="3114", hours={"fr": "24 h/24", "en": "24/7"})
FR_SAMU = Helpline(name="SAMU", number="15", emergency=True)
US_988 = Helpline(name="988 Suicide & Crisis Lifeline", number="988", text="text 988", hours={"en": "24/7"})
GB_SAMARITANS = Helpline(
    name="Samaritans", number="116 123", hours={"en": "24/7"}, url="https://www.samaritans.org"
)
IE_SAMARITANS = Helpline(name="Samaritans Ireland", number="116 123")
DEFAULT_112 = Helpline(name="112", number="112", emergency=True)
DEFAULT_FIND = Helpline(name="Find A Helpline", url="https://findahelpline.com")

TABLE: Mapping[str, Sequence[Helpline]] = {
    "FR": (FR_3114, FR_SAMU),
    "US": (US_988,),
    "gb": (GB_SAMARITANS,),  # keys are matched case-insensitively
    "IE": (IE_SAMARITANS,),
    "default": (DEFAULT_112, DEFAULT_FIND),
}


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr", [FR_3114, FR_SAMU]),
        ("en-US", [US_988]),
        ("en-GB", [GB_SAMARITANS]),
        ("en_GB", [GB_SAMARITANS]),
        ("EN-gb", [GB_SAMARITANS]),
        ("UK", [GB_SAMARITANS]),  # the country code people type for the United Kingdom
        ("IE", [IE_SAMARITANS]),
        ("FR", [FR_3114, FR_SAMU]),
        ("de", [DEFAULT_112, DEFAULT_FIND]),  # Germany has no rows in this table
        ("uk", [DEFAULT_112, DEFAULT_FIND]),  # Discord's "uk" is Ukrainian → UA, not in the table
        ("es-419", [DEFAULT_112, DEFAULT_FIND]),  # Latin America: no single country
        ("xx", [DEFAULT_112, DEFAULT_FIND]),
        ("", [DEFAULT_112, DEFAULT_FIND]),
        (None, [DEFAULT_112, DEFAULT_FIND]),
    ],
)
def test_helplines_for_locale(locale: str | None, expected: list[Helpline]) -> None:
    assert helplines_for(locale, TABLE) == expected


@pytest.mark.parametrize(
    ("value", "country"),
    [
        ("fr", "FR"),
        ("en-US", "US"),
        ("en-GB", "GB"),
        ("pt-BR", "BR"),
        ("sv-SE", "SE"),
        ("ja", "JP"),
        ("uk", "UA"),
        ("fr-CA", "CA"),
        ("fr-BE", "BE"),
        ("BE", "BE"),
        ("es-419", None),
        ("klingon", None),
        (None, None),
    ],
)
def test_country_of(value: str | None, country: str | None) -> None:
    assert country_of(value) == country


def test_no_default_means_no_rows() -> None:
    assert helplines_for("de", {"FR": (FR_3114,)}) == []


def test_format_in_french_and_english() -> None:
    fr = format_helplines(helplines_for("fr", TABLE), "fr")
    lines = fr.splitlines()
    assert lines[0] == t("help.helplines_heading", "fr")
    assert lines[1].startswith("• 3114 (24 h/24)")  # each number once (issue 13, point 5)
    assert "Urgences" in lines[2] and "15" in lines[2]

    en = format_helplines(helplines_for("en-GB", TABLE), "en")
    assert en.splitlines()[0] == t("help.helplines_heading", "en")
    assert "Samaritans: 116 123 (24/7)" in en
    assert "<https://www.samaritans.org>" in en  # angle brackets: no link preview in Discord

    us = format_helplines(helplines_for("en-US", TABLE), "fr")
    assert "988" in us and "text 988" in us and "(24/7)" in us  # French falls back to the English hours


def test_a_number_already_in_the_name_or_the_text_code_is_not_repeated() -> None:
    lifeline = {"name": "988 Suicide & Crisis Lifeline", "number": "988", "text": "988", "hours": "24/7"}
    [line] = format_helplines([Helpline.coerce(lifeline)], "en").splitlines()[1:]
    assert line == "• 988 Suicide & Crisis Lifeline (24/7)"
    other = {"name": "Crisis Text Line", "text": "HOME to 741741"}
    assert "• Crisis Text Line — HOME to 741741" in format_helplines([Helpline.coerce(other)], "fr")


def test_format_default_rows_and_empty_list() -> None:
    text = format_helplines(helplines_for("de", TABLE), "en")
    assert "• Emergency — 112" in text and "112: 112" not in text
    assert "• Find A Helpline — <https://findahelpline.com>" in text
    assert format_helplines([], "fr") == t("help.helplines_none", "fr")
    assert "112" in format_helplines([], "en")


@dataclass(frozen=True)
class PolicyRow:
    """A stand-in with the attribute shape of the policy's helpline model."""

    name: str
    number: str = ""
    text: str = ""
    hours: dict[str, str] = field(default_factory=dict)
    url: str = ""
    emergency: bool = False
    description: dict[str, str] = field(default_factory=dict)


def test_rows_can_come_from_policy_objects_or_mappings() -> None:
    table: dict[str, list[object]] = {
        "FR": [PolicyRow(name="3114", number="3114", hours={"fr": "24 h/24"}, description={"fr": "écoute"})],
        "default": [{"name": "112", "number": "112", "emergency": True, "hours": "24/7"}],
    }
    (fr,) = helplines_for("fr", table)
    assert fr == Helpline(name="3114", number="3114", hours={"fr": "24 h/24"}, description={"fr": "écoute"})
    assert fr.description_in("fr") == "écoute"
    (default,) = helplines_for("en-US", table)
    assert default.emergency and default.hours_in("fr") == "24/7"


@pytest.mark.parametrize(
    "row",
    [
        {"number": "112"},
        {"name": "", "number": "112"},
        {"name": "Nothing to call"},
        {"name": "X", "number": "1", "colour": "red"},
        {"name": "X", "number": "1", "hours": 24},
    ],
)
def test_bad_rows_are_refused(row: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Helpline.coerce(row)
