"""Statements of reasons in the DSA transparency database's fields: every action maps to a statement the
schema accepts (the schema is written from the database's own validation rules), and the schema refuses
what the database refuses."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.governance.dsa import RESTRICTIONS, STATEMENT_SCHEMA, DecisionFacts, statement
from tests.governance.db_seed import ALICE, GUILD
from tests.governance.test_cli_governance import _seed, data_dir  # noqa: F401  (the fixture)

VALIDATOR = jsonschema.Draft202012Validator(STATEMENT_SCHEMA)


def facts(action: str, **changes: object) -> DecisionFacts:
    base = DecisionFacts(
        case_id=42,
        action=action,
        rule_id="respect",
        rule_title="Respect between members",
        rule_reason="it contained an insult towards another member",
        rule_url="https://example.org/rules#respect",
        automatic=True,
        confirmed_proposal=False,
        detected_automatically=True,
        message_removed=action != "ban",
        content_date=date(2026, 2, 3),
        application_date=date(2026, 2, 3),
        end_date=date(2026, 2, 4) if action == "timeout" else None,
        status="applied",
        language="fr",
    )
    return DecisionFacts(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(STATEMENT_SCHEMA)


@pytest.mark.parametrize("action", RESTRICTIONS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_restriction_is_a_valid_statement(action: str, lang: str) -> None:
    for variant in (facts(action), facts(action, message_removed=False, automatic=False, appeal="granted")):
        VALIDATOR.validate(statement(variant, lang))


def test_a_warning_without_a_message_is_an_other_restriction_with_its_text() -> None:
    out = statement(facts("warn", message_removed=False, automatic=False, confirmed_proposal=True))
    assert out["decision_visibility"] == ["DECISION_VISIBILITY_OTHER"] and out["decision_visibility_other"]
    assert out["automated_decision"] == "AUTOMATED_DECISION_PARTIALLY"
    assert out["content_language"] == "FR" and out["puid"] == "havre-case-42"


def test_nudges_and_reviews_are_not_statements() -> None:
    with pytest.raises(ValueError):
        statement(facts("nudge"))


@pytest.mark.parametrize(
    "breakage",
    [
        lambda s: s.pop("decision_facts"),
        lambda s: s.update(category="STATEMENT_CATEGORY_RUDENESS"),
        lambda s: s.update(decision_visibility=["DECISION_VISIBILITY_OTHER"]),  # without its text
        lambda s: s.update(decision_visibility=None, decision_provision=None),  # no restriction at all
        lambda s: s.update(puid="case 42"),
        lambda s: s.update(content_date="03/02/2026"),
        lambda s: s.update(member_id=str(ALICE)),  # nothing beyond the official fields
        lambda s: s.update(decision_ground="DECISION_GROUND_ILLEGAL_CONTENT"),  # needs a legal ground
        lambda s: s.update(source_identity="someone"),  # own initiative has no source identity
    ],
)
def test_the_schema_refuses_what_the_database_refuses(breakage) -> None:  # type: ignore[no-untyped-def]
    broken = copy.deepcopy(statement(facts("timeout")))
    breakage(broken)
    assert not VALIDATOR.is_valid(broken)


def test_havre_export_dsa_jsonl(data_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    _seed(0)  # one applied "hide" today
    out = tmp_path / "sor.jsonl"
    result = CliRunner().invoke(
        main, ["export", "--guild", str(GUILD), "--format", "dsa-jsonl", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "exported 1 statements of reasons" in result.stdout
    assert "writing statements: 100% (1/1)" in result.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    VALIDATOR.validate(json.loads(lines[0]))
    refused = CliRunner().invoke(
        main,
        ["export", "--guild", str(GUILD), "--format", "dsa-jsonl", "--out", str(out), "--kinds", "export"],
    )
    assert refused.exit_code == 2 and "dsa-jsonl" in refused.output
