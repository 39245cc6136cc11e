"""Statements of reasons in the field structure of the EU Digital Services Act transparency database.

Art. 17 DSA asks a provider to tell the person concerned, for every restriction, what was restricted and
for how long, the facts, whether detection and decision were automated, the ground in the published
terms, and the redress available. The Commission's DSA Transparency Database collects these statements
through an API (``POST /api/v1/statement``) whose field names and enumerations we follow exactly: the
source is the database's own code, ``app/Http/Requests/StatementStoreRequest.php`` (validation rules)
and ``app/Models/Statement.php`` (enumerations) in github.com/digital-services-act/transparency-database,
and its API documentation page (transparency.dsa.ec.europa.eu/page/api-documentation). The mapping from
Havre's decisions to these fields is documented in docs/GOVERNANCE.md.

What is *not* in a statement: no member id, pseudonym or message text (the database does not ask for
them, and it is public); the facts are written from the rule and the action, never from the content.
``STATEMENT_SCHEMA`` is a JSON Schema written from the official field list; every exported line is
checked against it in the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TextIO

from bot.domain.i18n import t

# -- enumerations, as in app/Models/Statement.php ---------------------------------------------------------

DECISION_VISIBILITIES = (
    "DECISION_VISIBILITY_CONTENT_REMOVED",
    "DECISION_VISIBILITY_CONTENT_DISABLED",
    "DECISION_VISIBILITY_CONTENT_DEMOTED",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_LABELLED",
    "DECISION_VISIBILITY_OTHER",
)
DECISION_MONETARIES = (
    "DECISION_MONETARY_SUSPENSION",
    "DECISION_MONETARY_TERMINATION",
    "DECISION_MONETARY_OTHER",
)
DECISION_PROVISIONS = (
    "DECISION_PROVISION_PARTIAL_SUSPENSION",
    "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION",
    "DECISION_PROVISION_TOTAL_TERMINATION",
)
DECISION_ACCOUNTS = ("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED")
ACCOUNT_TYPES = ("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE")
DECISION_GROUNDS = ("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
CONTENT_TYPES = (
    "CONTENT_TYPE_APP",
    "CONTENT_TYPE_AUDIO",
    "CONTENT_TYPE_IMAGE",
    "CONTENT_TYPE_PRODUCT",
    "CONTENT_TYPE_SYNTHETIC_MEDIA",
    "CONTENT_TYPE_TEXT",
    "CONTENT_TYPE_VIDEO",
    "CONTENT_TYPE_OTHER",
)
STATEMENT_CATEGORIES = (
    "STATEMENT_CATEGORY_ANIMAL_WELFARE",
    "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
    "STATEMENT_CATEGORY_CYBER_VIOLENCE",
    "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
    "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
    "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
    "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
    "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    "STATEMENT_CATEGORY_SELF_HARM",
    "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
    "STATEMENT_CATEGORY_VIOLENCE",
)
SOURCE_TYPES = (
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
    "SOURCE_VOLUNTARY",
)
AUTOMATED_DETECTIONS = ("Yes", "No")
AUTOMATED_DECISIONS = (
    "AUTOMATED_DECISION_FULLY",
    "AUTOMATED_DECISION_PARTIALLY",
    "AUTOMATED_DECISION_NOT_AUTOMATED",
)
# app/Services/EuropeanCountriesService.php EUROPEAN_COUNTRY_CODES (EU and EEA)
EEA_COUNTRIES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip
LANGUAGES = ("EN", "FR")  # the languages Havre speaks; the database accepts every EU language code

# -- Havre's side of the mapping ------------------------------------------------------------------------

RESTRICTIONS = ("hide", "warn", "timeout", "kick", "ban")  # the actions that restrict; nudge/review do not
EFFECTIVE_STATUSES = ("applied", "lifted", "expired", "overturned")  # the restriction took effect
CATEGORY_BY_RULE = {
    "respect": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
    "threats": "STATEMENT_CATEGORY_VIOLENCE",
    "hate": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "dangerous_advice": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
    "scam": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    "privacy": "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
    "self_harm": "STATEMENT_CATEGORY_SELF_HARM",
    "suicidal_ideation": "STATEMENT_CATEGORY_SELF_HARM",
}
DEFAULT_CATEGORY = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
PUID_PREFIX = "havre-case-"


@dataclass(frozen=True)
class DecisionFacts:
    """One decision as the statement needs it: no member id, no content."""

    case_id: int
    action: str  # one of RESTRICTIONS
    rule_id: str | None
    rule_title: str  # in the statement's language
    rule_reason: str  # the rule's plain reason ("why"), as published
    rule_url: str | None
    automatic: bool  # decided by Havre alone
    confirmed_proposal: bool  # a person confirmed what Havre held for review
    detected_automatically: bool  # a signal (word list, model, flood…) flagged it
    message_removed: bool  # a message was part of the decision (and hidden)
    content_date: date
    application_date: date
    end_date: date | None  # when the restriction ended or ends (None: indefinite)
    status: str  # applied | lifted | expired | overturned
    language: str  # the member's language (en, fr)
    appeal_allowed: bool = True
    appeal: str | None = None  # open | granted | denied | withdrawn


def category_for(rule_id: str | None) -> str:
    return CATEGORY_BY_RULE.get(rule_id or "", DEFAULT_CATEGORY)


def _restriction(facts: DecisionFacts, lang: str) -> dict[str, Any]:
    """The four decision_* fields, and the end date of each restriction."""
    out: dict[str, Any] = {
        "decision_visibility": None,
        "decision_monetary": None,
        "decision_provision": None,
        "decision_account": None,
    }
    end = facts.end_date.isoformat() if facts.end_date else None
    if facts.message_removed:
        out["decision_visibility"] = ["DECISION_VISIBILITY_CONTENT_REMOVED"]
        out["end_date_visibility_restriction"] = None  # a removed message does not come back by itself
    if facts.action == "warn" and not facts.message_removed:
        out["decision_visibility"] = ["DECISION_VISIBILITY_OTHER"]
        out["decision_visibility_other"] = t("report.dsa_warning", lang)
    elif facts.action == "timeout":
        out["decision_provision"] = "DECISION_PROVISION_PARTIAL_SUSPENSION"
        out["end_date_service_restriction"] = end
    elif facts.action == "kick":
        out["decision_account"] = "DECISION_ACCOUNT_SUSPENDED"
        out["end_date_account_restriction"] = facts.application_date.isoformat()
    elif facts.action == "ban":
        out["decision_account"] = "DECISION_ACCOUNT_TERMINATED"
        out["end_date_account_restriction"] = end
    elif facts.action == "hide" and not facts.message_removed:
        out["decision_visibility"] = ["DECISION_VISIBILITY_OTHER"]
        out["decision_visibility_other"] = t("report.dsa_hidden_elsewhere", lang)
    return out


def _facts_text(facts: DecisionFacts, lang: str) -> str:
    parts = [
        t(f"report.dsa_action_{facts.action}", lang),
        t("report.dsa_rule", lang, rule=facts.rule_title),
        t("report.dsa_by_havre", lang)
        if facts.automatic
        else t("report.dsa_confirmed", lang)
        if facts.confirmed_proposal
        else t("report.dsa_by_moderator", lang),
        t("report.dsa_redress", lang) if facts.appeal_allowed else t("report.dsa_no_appeal", lang),
    ]
    if facts.appeal:
        parts.append(t(f"report.dsa_appeal_{facts.appeal}", lang))
    if facts.status in ("lifted", "expired", "overturned"):
        parts.append(t(f"report.dsa_status_{facts.status}", lang))
    return " ".join(parts)[:5000]


def statement(facts: DecisionFacts, lang: str = "en") -> dict[str, Any]:
    """The statement of reasons for one decision, as a JSON object for the transparency database."""
    if facts.action not in RESTRICTIONS:
        raise ValueError(f"{facts.action!r} is not a restriction")
    automated = (
        "AUTOMATED_DECISION_FULLY"
        if facts.automatic
        else "AUTOMATED_DECISION_PARTIALLY"
        if facts.confirmed_proposal
        else "AUTOMATED_DECISION_NOT_AUTOMATED"
    )
    out: dict[str, Any] = {"puid": f"{PUID_PREFIX}{facts.case_id}"}
    out.update(_restriction(facts, lang))
    content_type = ["CONTENT_TYPE_TEXT"] if facts.message_removed else ["CONTENT_TYPE_OTHER"]
    out.update(
        {
            "account_type": "ACCOUNT_TYPE_PRIVATE",
            "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            "incompatible_content_ground": facts.rule_title[:500],
            "incompatible_content_explanation": (facts.rule_reason or facts.rule_title)[:2000],
            "content_type": content_type,
            "category": category_for(facts.rule_id),
            "territorial_scope": list(EEA_COUNTRIES),
            "content_language": facts.language.upper() if facts.language.upper() in LANGUAGES else None,
            "content_date": facts.content_date.isoformat(),
            "application_date": facts.application_date.isoformat(),
            "decision_facts": _facts_text(facts, lang),
            "source_type": "SOURCE_VOLUNTARY",
            "automated_detection": "Yes" if facts.detected_automatically or facts.automatic else "No",
            "automated_decision": automated,
        }
    )
    if facts.rule_url:
        out["decision_ground_reference_url"] = facts.rule_url[:500]
    if content_type == ["CONTENT_TYPE_OTHER"]:
        out["content_type_other"] = t("report.dsa_content_membership", lang)
    return out


def write_statements(statements: Iterable[dict[str, Any]], fh: TextIO) -> int:
    rows = 0
    for item in statements:
        fh.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
        fh.write("\n")
        rows += 1
    return rows


def _enum(values: tuple[str, ...], *, nullable: bool = False) -> dict[str, Any]:
    return {"enum": [*values, None]} if nullable else {"enum": list(values)}


_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NULLABLE_DATE = {"anyOf": [_DATE, {"type": "null"}]}

# Written from StatementStoreRequest::rules(): required fields, enumerations, lengths, and the conditional
# rules ("required_if", "required_without_all", "exclude_unless") as if/then clauses.
STATEMENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://havre.invalid/schemas/dsa-statement-of-reasons.json",
    "title": "DSA Transparency Database statement of reasons (API v1 fields)",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "decision_ground",
        "content_type",
        "category",
        "content_date",
        "application_date",
        "decision_facts",
        "source_type",
        "automated_detection",
        "automated_decision",
        "puid",
    ],
    "properties": {
        "decision_visibility": {
            "anyOf": [
                {"type": "array", "minItems": 1, "uniqueItems": True, "items": _enum(DECISION_VISIBILITIES)},
                {"type": "null"},
            ]
        },
        "decision_visibility_other": {"type": "string", "maxLength": 500},
        "decision_monetary": _enum(DECISION_MONETARIES, nullable=True),
        "decision_monetary_other": {"type": "string", "maxLength": 500},
        "decision_provision": _enum(DECISION_PROVISIONS, nullable=True),
        "decision_account": _enum(DECISION_ACCOUNTS, nullable=True),
        "account_type": _enum(ACCOUNT_TYPES, nullable=True),
        "decision_ground": _enum(DECISION_GROUNDS),
        "decision_ground_reference_url": {
            "type": ["string", "null"],
            "maxLength": 500,
            "pattern": "^https?://",
        },
        "illegal_content_legal_ground": {"type": "string", "maxLength": 500},
        "illegal_content_explanation": {"type": "string", "maxLength": 2000},
        "incompatible_content_ground": {"type": "string", "minLength": 1, "maxLength": 500},
        "incompatible_content_explanation": {"type": "string", "minLength": 1, "maxLength": 2000},
        "incompatible_content_illegal": _enum(("Yes", "No")),
        "content_type": {"type": "array", "minItems": 1, "uniqueItems": True, "items": _enum(CONTENT_TYPES)},
        "content_type_other": {"type": "string", "maxLength": 500},
        "category": _enum(STATEMENT_CATEGORIES),
        "category_addition": {"type": "array", "items": _enum(STATEMENT_CATEGORIES)},
        "territorial_scope": {
            "anyOf": [{"type": "array", "uniqueItems": True, "items": _enum(EEA_COUNTRIES)}, {"type": "null"}]
        },
        "content_language": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "content_date": _DATE,
        "application_date": _DATE,
        "end_date_account_restriction": _NULLABLE_DATE,
        "end_date_monetary_restriction": _NULLABLE_DATE,
        "end_date_service_restriction": _NULLABLE_DATE,
        "end_date_visibility_restriction": _NULLABLE_DATE,
        "decision_facts": {"type": "string", "minLength": 1, "maxLength": 5000},
        "source_type": _enum(SOURCE_TYPES),
        "source_identity": {"type": "string", "maxLength": 500},
        "automated_detection": _enum(AUTOMATED_DETECTIONS),
        "automated_decision": _enum(AUTOMATED_DECISIONS),
        "puid": {"type": "string", "maxLength": 500, "pattern": "^[a-zA-Z0-9_-]+$"},
    },
    "allOf": [
        {  # at least one of the four restrictions (required_without_all)
            "anyOf": [
                {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
                for name in (
                    "decision_visibility",
                    "decision_monetary",
                    "decision_provision",
                    "decision_account",
                )
            ]
        },
        {
            "if": {"properties": {"decision_ground": {"const": "DECISION_GROUND_INCOMPATIBLE_CONTENT"}}},
            "then": {
                "required": ["incompatible_content_ground", "incompatible_content_explanation"],
                "not": {
                    "anyOf": [
                        {"required": ["illegal_content_legal_ground"]},
                        {"required": ["illegal_content_explanation"]},
                    ]
                },
            },
        },
        {
            "if": {"properties": {"decision_ground": {"const": "DECISION_GROUND_ILLEGAL_CONTENT"}}},
            "then": {
                "required": ["illegal_content_legal_ground", "illegal_content_explanation"],
                "not": {
                    "anyOf": [
                        {"required": ["incompatible_content_ground"]},
                        {"required": ["incompatible_content_explanation"]},
                    ]
                },
            },
        },
        {
            "if": {
                "required": ["decision_visibility"],
                "properties": {
                    "decision_visibility": {
                        "type": "array",
                        "contains": {"const": "DECISION_VISIBILITY_OTHER"},
                    }
                },
            },
            "then": {"required": ["decision_visibility_other"]},
            "else": {"not": {"required": ["decision_visibility_other"]}},
        },
        {
            "if": {"properties": {"content_type": {"contains": {"const": "CONTENT_TYPE_OTHER"}}}},
            "then": {"required": ["content_type_other"]},
            "else": {"not": {"required": ["content_type_other"]}},
        },
        {
            "if": {
                "required": ["decision_monetary"],
                "properties": {"decision_monetary": {"const": "DECISION_MONETARY_OTHER"}},
            },
            "then": {"required": ["decision_monetary_other"]},
            "else": {"not": {"required": ["decision_monetary_other"]}},
        },
        {  # no source identity for the provider's own initiative
            "if": {"properties": {"source_type": {"const": "SOURCE_VOLUNTARY"}}},
            "then": {"not": {"required": ["source_identity"]}},
        },
    ],
}
