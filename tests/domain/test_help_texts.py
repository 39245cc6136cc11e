"""The help area's texts: the same keys and fields in French and English, and every key the code uses."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

import pytest

from bot.domain.help.rota import RotaErrorCode
from bot.domain.help.rules import Priority
from bot.domain.help.tickets import Origin, TicketErrorCode
from bot.domain.i18n import LOCALES_DIR, t

LANGUAGES = ("en", "fr")


def load(lang: str, *, variants: bool = False) -> dict[str, str]:
    """The help texts by key: plural tables flattened (``help.rota_saved.one``); the ``@tu`` variants
    only when asked (English has none)."""
    path: Path = LOCALES_DIR / lang / "help.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, str] = {}
    for k, v in data.items():
        if isinstance(v, dict):
            assert all(isinstance(form, str) for form in v.values()), f"{k}: a plural table of strings"
            out.update({f"help.{k}.{form}": text for form, text in v.items()})
        else:
            assert isinstance(v, str), f"{k}: a text or a plural table"
            out[f"help.{k}"] = v
    return {k: v for k, v in out.items() if variants or "@" not in k}


CATALOGUES = {lang: load(lang) for lang in LANGUAGES}
TU_VARIANTS = {k: v for k, v in load("fr", variants=True).items() if "@" in k}


@pytest.mark.parametrize("key", sorted(TU_VARIANTS))
def test_tu_variants_stand_beside_a_french_text_with_the_same_fields(key: str) -> None:
    base = key.split("@")[0]
    assert base in CATALOGUES["fr"], f"{key} has no plain text beside it"
    assert fields(TU_VARIANTS[key]) == fields(CATALOGUES["fr"][base])


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys() -> None:
    en, fr = (set(CATALOGUES[lang]) for lang in LANGUAGES)
    assert en - fr == set(), "missing in French"
    assert fr - en == set(), "missing in English"
    assert len(en) > 50


@pytest.mark.parametrize("key", sorted(CATALOGUES["en"]))
def test_both_languages_use_the_same_fields(key: str) -> None:
    assert fields(CATALOGUES["en"][key]) == fields(CATALOGUES["fr"][key])
    for lang in LANGUAGES:
        assert CATALOGUES[lang][key].strip(), f"{key} is empty in {lang}"


# Keys the code and the services rely on: error codes, labels for every enum value, the journey's texts.
REQUIRED = (
    {code.value for code in TicketErrorCode}
    | {code.value for code in RotaErrorCode}
    | {f"help.priority_{p.value}" for p in Priority}
    | {f"help.origin_{o.value}" for o in Origin}
    | {f"help.tier_{tier}" for tier in ("peer", "specialist", "admin")}
    | {
        f"help.{name}"
        for name in (
            "greeting",
            "greeting_no_duty",
            "offer_private",
            "crisis_message",
            "team_alert",
            "team_alert_crisis",
            "escalation_alert",
            "claimed_notice",
            "transfer_notice",
            "resolved_recap",
            "closed_notice",
            "rating_question",
            "solved_question",
            "follow_up_dm",
            "shift_started",
            "shift_ended",
            "who_answers",
            "who_answers_none",
            "error_not_trained",
            "load_cap_reached",
            "kb_results",
            "kb_no_results",
            "helplines_heading",
            "helplines_none",
            "helpline_line",
            "helpline_line_no_number",
            "helpline_emergency_line",
        )
    }
)


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_every_key_the_code_uses_exists_in_both_languages(key: str) -> None:
    for lang in LANGUAGES:
        assert key in CATALOGUES[lang], f"{key} missing in {lang}"


def test_greeting_states_the_slo_and_who_can_see() -> None:
    for lang in LANGUAGES:
        text = t("help.greeting", lang, name="Sam", slo=15)
        assert "Sam" in text and "15" in text
    greeting = t("help.greeting", "en", name="Sam", slo=5)
    # no promise the permissions do not keep (issue #13, point 4): who else can open it is said apart
    assert "who can read it is written below" in greeting
    assert "help team can see" not in greeting and "Only you" not in greeting


def test_crisis_message_puts_the_helplines_first() -> None:
    for lang in LANGUAGES:
        text = t("help.crisis_message", lang, name="Sam", helplines="HELPLINES")
        assert text.startswith("HELPLINES")
    assert "not alone" in t("help.crisis_message", "en", name="Sam", helplines="")
    assert "là avec vous" in t("help.crisis_message", "fr", name="Sam", helplines="")


def test_team_alerts_carry_no_member_words_or_health_fields() -> None:
    for key in (
        "help.team_alert",
        "help.team_alert_crisis",
        "help.team_alert_no_duty",
        "help.escalation_alert",
    ):
        for lang in LANGUAGES:
            used = fields(CATALOGUES[lang][key])
            assert used <= {"ticket", "priority", "origin", "since", "due", "tier", "minutes"}, (key, used)


def test_no_mass_mentions_in_texts() -> None:
    for lang in LANGUAGES:
        for key, text in CATALOGUES[lang].items():
            assert "@everyone" not in text and "@here" not in text, key
