"""Explanations and the other member texts: content, both languages, no raw score, safe excerpts."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.domain.durations import duration_code, format_duration, parse_duration
from bot.domain.excerpt import ZWSP, discord_timestamp, safe_excerpt
from bot.domain.moderation import decide, manual_decision
from bot.domain.moderation.decision import DecisionContext, HistoryEntry, MemberHistory
from bot.domain.moderation.explanations import explain
from bot.domain.moderation.member_notices import (
    acknowledgement_thanks,
    appeal_decided,
    appeal_received,
    clarity_prompt,
    dm_closed_notice,
    standing_view,
    welcome_back,
)
from bot.domain.moderation.review_card import review_card
from bot.domain.policy import Action, Policy, load_policy
from tests.domain.moderation_support import T0, signals_for

SCORES = {"toxicity": 0.9731, "insult": 0.8812, "threat": 0.2}
RAW_SCORE = re.compile(r"0[.,]\d\d|\d\d ?%")
STAMP = re.compile(r"<t:(\d+):([FR])>")


@pytest.fixture(scope="module")
def patient() -> Policy:
    return load_policy("patient")


def _timeout(patient: Policy, lang: str):  # third breach of "respect": a 10 minute timeout
    text = "you idiot" if lang == "en" else "espèce de con"
    hist = MemberHistory.of(
        [HistoryEntry(T0 - timedelta(days=2), "respect"), HistoryEntry(T0 - timedelta(days=1), "respect")]
    )
    decision = decide(
        signals_for(text, lang, patient, SCORES), hist, patient, DecisionContext(now=T0, locale=lang)
    )
    assert decision.action is Action.TIMEOUT
    return decision


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_timeout_explanation_has_rule_link_why_timestamps_and_no_score(patient: Policy, lang: str) -> None:
    decision = _timeout(patient, lang)
    explanation = explain(decision, patient, lang, "@everyone you idiot")
    rule = patient.rule("respect")
    text = explanation.as_text()
    assert explanation.rule_title == rule.title[lang] and rule.title[lang] in text
    assert explanation.rule_link == f"{patient.published_url}#respect" and explanation.rule_link in text
    assert rule.why[lang] in explanation.why
    end = int((T0 + timedelta(minutes=10)).timestamp())
    assert f"<t:{end}:F>" in explanation.what_now and f"<t:{end}:R>" in explanation.what_now
    assert {m.group(2) for m in STAMP.finditer(text)} == {"F", "R"}
    assert not RAW_SCORE.search(text), "a raw score leaked into a member text"
    assert "@everyone" not in text and f"@{ZWSP}everyone" in text
    assert ("10 minutes" in explanation.body) and len(explanation.way_back) >= 3
    assert len(text) <= 2000  # one Discord message


def test_languages_differ_and_follow_the_locale(patient: Policy) -> None:
    en = explain(_timeout(patient, "en"), patient, "en-GB")
    fr = explain(_timeout(patient, "fr"), patient, "fr")
    assert en.lang == "en" and fr.lang == "fr"
    assert en.title != fr.title and "pause" in en.title.lower() and "pause" in fr.title.lower()
    assert "J'ai compris" in fr.as_text() and "I understand" in en.as_text()
    assert "Contester" in fr.as_text() and "Appeal" in en.as_text()


def test_acknowledgement_can_lift_only_short_timeouts(patient: Policy) -> None:
    short = explain(manual_decision("respect", "timeout", timedelta(minutes=30), patient, T0), patient, "en")
    long = explain(manual_decision("respect", "timeout", timedelta(hours=24), patient, T0), patient, "en")
    assert any("ends straight away" in line for line in short.way_back)
    assert not any("ends straight away" in line for line in long.way_back)
    assert any("I understand" in line for line in long.way_back)
    assert "A moderator took this decision." in long.body


def test_nudge_explanation_is_gentle_and_has_no_appeal(patient: Policy) -> None:
    decision = decide(
        signals_for("you idiot", "en", patient), MemberHistory(), patient, DecisionContext(now=T0)
    )
    explanation = explain(decision, patient, "en", "you idiot")
    assert decision.action is Action.NUDGE
    assert "not a sanction" in explanation.body and "not count against you" in explanation.body
    assert not any("Appeal" in line for line in explanation.way_back)
    assert not STAMP.search(explanation.as_text())


def test_model_review_says_a_person_decides(patient: Policy) -> None:
    sig = signals_for("You are a waste of space", "fr", patient, {"insult": 0.85})
    decision = decide(sig, MemberHistory(), patient, DecisionContext(now=T0))
    explanation = explain(decision, patient, "fr")
    assert decision.action is Action.REVIEW
    assert "une personne décidera" in explanation.why and explanation.way_back == ()
    assert not RAW_SCORE.search(explanation.as_text())


def test_nothing_to_explain_for_help_or_none(patient: Policy) -> None:
    decision = decide(signals_for("hello", "en", patient), MemberHistory(), patient, DecisionContext(now=T0))
    with pytest.raises(ValueError, match="nothing to explain"):
        explain(decision, patient, "en")


def test_safe_excerpt_neutralises_mentions_markdown_links_and_truncates() -> None:
    raw = "@everyone <@123> <@&456> **bold** `code` [x](https://evil.example) ||spoiler||\u202e\u200b"
    out = safe_excerpt(raw)
    assert "@everyone" not in out and "<@123>" not in out and "<@&456>" not in out
    assert out.count("@" + ZWSP) == 3
    assert "**" not in out.replace("\\*", "") and "`" not in out.replace("\\`", "")
    assert "https://" not in out and "\u202e" not in out
    long = safe_excerpt("word " * 100)
    assert len(long) <= 120 and long.endswith("…")
    escaped = safe_excerpt("*" * 200)
    assert len(escaped) <= 120 and escaped.endswith("…") and "\\*" in escaped
    assert safe_excerpt("line one\nline two") == "line one line two"
    assert safe_excerpt("# title\nnext", single_line=False).startswith("\\# title\n")
    assert safe_excerpt(None) == "" and safe_excerpt("short") == "short"


def test_timestamps_and_durations() -> None:
    assert discord_timestamp(T0, "R") == f"<t:{int(T0.timestamp())}:R>"
    with pytest.raises(ValueError):
        discord_timestamp(T0, "X")
    assert parse_duration("1h30m") == timedelta(minutes=90) and parse_duration("2w") == timedelta(days=14)
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration("soon")
    assert duration_code(timedelta(hours=24)) == "1d" and duration_code(timedelta(seconds=90)) == "90s"
    assert format_duration(timedelta(hours=24), "fr") == "24 heures"
    assert format_duration(timedelta(days=7), "en") == "7 days"
    assert format_duration(timedelta(minutes=1), "en") == "1 minute"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_notices_exist_in_both_languages(lang: str) -> None:
    other = "fr" if lang == "en" else "en"
    assert welcome_back(lang, "timeout") != welcome_back(other, "timeout")
    assert welcome_back(lang, "probation") and welcome_back(lang, "ban")
    lifted = acknowledgement_thanks(lang, lifted=True)
    waiting = acknowledgement_thanks(lang, lifted=False, ends_at=T0 + timedelta(hours=1))
    assert lifted != waiting and STAMP.search(waiting)
    assert appeal_received(lang) != appeal_received(other)
    granted = appeal_decided(lang, granted=True, reply="Sorry, our mistake @here")
    denied = appeal_decided(lang, granted=False, reply="The rule applies.")
    assert "our mistake" in granted and "@here" not in granted and granted != denied
    notice = dm_closed_notice(lang, 4242)
    assert notice.startswith("<@4242>") and ("/ma-situation" if lang == "fr" else "/my-standing") in notice
    prompt = clarity_prompt(lang)
    assert prompt.question.endswith("?") and prompt.yes != prompt.no


def test_standing_view(patient: Policy) -> None:
    clean = standing_view(MemberHistory(), patient, "en", T0)
    assert clean.good_standing and len(clean.lines) == 1
    hist = MemberHistory.of(
        [
            HistoryEntry(T0 - timedelta(days=3), "respect"),
            HistoryEntry(T0 - timedelta(days=1), "respect"),
            HistoryEntry(T0 - timedelta(hours=1), "flood", strike=False),  # a nudge-like entry: not shown
            HistoryEntry(T0 - timedelta(days=61), "hate"),  # decayed (60 days)
        ]
    )
    view = standing_view(hist, patient, "fr", T0, paused_until=T0 + timedelta(minutes=5), open_appeals=2)
    text = view.as_text(last_note="note")
    assert not view.good_standing
    assert "Respect entre membres : 2 sanctions" in text
    fades = int((T0 - timedelta(days=1) + timedelta(days=30)).timestamp())
    assert f"<t:{fades}:R>" in text
    assert "Pas de flood" not in text and "haine" not in text
    assert "2 contestations" in text and text.endswith("note")


def test_review_card_shows_signals_for_moderators(patient: Policy) -> None:
    sig = signals_for("You are a waste of space", "en", patient, {"insult": 0.8812})
    decision = decide(sig, MemberHistory(), patient, DecisionContext(now=T0))
    card = review_card(decision, patient, "en", "You are a waste of space @everyone", "<@99>")
    fields = dict(card.fields)
    assert card.title == "Review needed: Respect between members"
    assert fields["Member"] == "<@99>" and "reminder" in fields["Proposed action"]
    assert "insult=0.88" in fields["What fired"]  # reviewers may see scores
    assert "@everyone" not in fields["Message"] and patient.version in card.footer
    fr = review_card(decision, patient, "fr")
    assert fr.title.startswith("À examiner") and "Message" not in dict(fr.fields)
