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
    welcome_back_in_channel,
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


def words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_timeout_explanation_is_phone_first_with_a_readable_date(patient: Policy, lang: str) -> None:
    decision = _timeout(patient, lang)
    explanation = explain(decision, patient, lang, "@everyone you idiot")
    rule = patient.rule("respect")
    text = explanation.as_text()
    lines = text.split("\n")
    # 1. what happened, first, in one sentence (with the plain "why"); 2. the rule by its title
    assert lines[0].startswith("**") and rule.why[lang] in lines[0] and lines[0].count(". ") == 0
    assert rule.title[lang] in lines[1]
    # 3. what happens now, with a date a person reads, saying which clock
    end = {"en": "Monday 5 January, 09:10 (UTC)", "fr": "lundi 5 janvier, 9 h 10 (UTC)"}[lang]
    assert end in explanation.what_now and end in lines[2]
    assert not STAMP.search(text), "a raw Discord timestamp in a member notice"
    # 4. what each button does; all of it on one phone screen
    assert ("I understand" if lang == "en" else "J'ai compris") in text
    assert words(text) <= 62, words(text)
    # 5. the rest behind "Details": the words, the rule in full and its link, how appeals work
    details = explanation.details_text()
    assert rule.description[lang] in details and explanation.rule_link in details
    assert f"@{ZWSP}everyone" in details and "@everyone" not in details
    assert "@everyone" not in text and "you idiot" not in text
    assert not RAW_SCORE.search(text + details), "a raw score leaked into a member text"
    assert ("10 minutes" in explanation.headline) and len(explanation.can_do) == 3
    assert len(text + details) <= 2000  # one Discord message each


def test_languages_differ_and_follow_the_locale(patient: Policy) -> None:
    en = explain(_timeout(patient, "en"), patient, "en-GB")
    fr = explain(_timeout(patient, "fr"), patient, "fr")
    assert en.lang == "en" and fr.lang == "fr"
    assert en.headline != fr.headline and "paused" in en.headline and "pause" in fr.headline
    assert "J'ai compris" in fr.as_text() and "I understand" in en.as_text()
    assert "Contester" in fr.as_text() and "Appeal" in en.as_text()


def test_register_follows_the_preset_and_the_server_can_choose(patient: Policy) -> None:
    game = load_policy("game")
    decision = manual_decision("respect", "timeout", timedelta(hours=1), game, T0)
    tu = explain(decision, game, "fr")
    assert tu.lang == "fr@tu" and "Tes messages" in tu.headline and "ton message" in tu.headline
    assert "vous" not in (tu.as_text() + tu.details_text()).lower().replace("vous-", "")
    vous = explain(decision, game.model_copy(update={"addressing": "vous"}), "fr")
    assert vous.lang == "fr" and "Vos messages" in vous.headline
    assert explain(decision, game, "en").lang == "en"  # English has one register
    assert explain(_timeout(patient, "fr"), patient, "fr").lang == "fr"  # patient communities: "vous"


def test_acknowledgement_can_lift_only_short_timeouts(patient: Policy) -> None:
    short = explain(manual_decision("respect", "timeout", timedelta(minutes=30), patient, T0), patient, "en")
    long = explain(manual_decision("respect", "timeout", timedelta(hours=24), patient, T0), patient, "en")
    assert any("the pause ends" in line for line in short.can_do)
    assert not any("the pause ends" in line for line in long.can_do)
    assert any("I understand" in line for line in long.can_do)
    assert "A moderator took this decision." in long.details_text()


def test_nudge_explanation_is_gentle_has_no_appeal_and_no_way_back_heading(patient: Policy) -> None:
    decision = decide(
        signals_for("you idiot", "en", patient), MemberHistory(), patient, DecisionContext(now=T0)
    )
    explanation = explain(decision, patient, "en", "you idiot")
    assert decision.action is Action.NUDGE
    assert explanation.headline.startswith("A friendly reminder, with no sanction")
    assert not any("Appeal" in line for line in explanation.can_do)
    text = explanation.as_text() + explanation.details_text()
    assert "come back" not in text.lower() and "probation" not in text.lower()
    assert not STAMP.search(text)


def test_probation_is_said_in_plain_words(patient: Policy) -> None:
    for lang in ("en", "fr"):
        for action, duration in (("warn", None), ("timeout", timedelta(hours=1))):
            decision = manual_decision("respect", action, duration, patient, T0)
            text = explain(decision, patient, lang).details_text().lower()
            assert "probation" not in text and "dossier" not in text


def test_model_review_says_a_person_decides(patient: Policy) -> None:
    sig = signals_for("You are a waste of space", "fr", patient, {"insult": 0.85})
    decision = decide(sig, MemberHistory(), patient, DecisionContext(now=T0))
    explanation = explain(decision, patient, "fr")
    assert decision.action is Action.REVIEW
    assert "une personne décidera" in explanation.why and "une personne" in explanation.what_now
    assert not any("Contester" in line for line in explanation.can_do)
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
    assert lifted != waiting and "(UTC)" in waiting and not STAMP.search(waiting)
    assert appeal_received(lang) != appeal_received(other)
    granted = appeal_decided(lang, granted=True, reply="Sorry, our mistake @here")
    denied = appeal_decided(lang, granted=False, reply="The rule applies.")
    assert "our mistake" in granted and "@here" not in granted and granted != denied
    notice = dm_closed_notice(lang, 4242)
    assert notice.startswith("<@4242>") and ("Details" in notice or "Détails" in notice)
    prompt = clarity_prompt(lang)
    assert prompt.question.endswith("?") and prompt.yes != prompt.no
    assert welcome_back_in_channel(lang, 4242).startswith("<@4242>")
    assert welcome_back("fr@tu", "timeout") != welcome_back("fr", "timeout")


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
    assert "à partir du 3 février 2026" in text  # the last one fades 30 days after it
    assert "Pas de flood" not in text and "haine" not in text
    assert "2 contestations" in text and text.endswith("note")
    one = standing_view(MemberHistory(), patient, "en", T0, open_appeals=1).as_text()
    assert "1 appeal waiting" in one and "1 appeals" not in one


def test_review_card_in_plain_words_with_internals_only_in_details(patient: Policy) -> None:
    sig = signals_for("You are a waste of space", "en", patient, {"insult": 0.8812})
    decision = decide(sig, MemberHistory(), patient, DecisionContext(now=T0))
    card = review_card(decision, patient, "en", "You are a waste of space @everyone", "<@99>")
    fields = dict(card.fields)
    assert card.title == "Review needed: Respect between members"
    assert fields["Member"] == "<@99>" and list(fields)[1] == "Message"  # the trigger quoted, first
    assert fields["Message"].startswith("“") and "@everyone" not in fields["Message"]
    assert fields["Ladder step"] == "1st breach within 30 days → reminder"
    assert "repeated" not in card.as_text()
    body = "\n".join(f"{k} {v}" for k, v in card.fields)
    assert "insult=0.88" not in body and patient.version not in body and ":" not in fields["Ladder step"]
    assert "insult=0.88" in card.footer and patient.version in card.footer  # the details line
    assert card.as_text().splitlines()[-1].startswith("-# Details:")
    fr = review_card(decision, patient, "fr")
    assert fr.title.startswith("À examiner") and "Message" not in dict(fr.fields)
    assert "**Règle** :" in fr.as_text() and dict(fr.fields)["Échelon"].startswith("1er manquement")


def test_ladder_step_says_which_breach_and_why() -> None:
    patient = load_policy("patient")
    hist = MemberHistory.of([HistoryEntry(T0 - timedelta(days=1), "respect")])
    sig = signals_for("you idiot", "en", patient, SCORES)
    decision = decide(sig, hist, patient, DecisionContext(now=T0))
    step = dict(review_card(decision, patient, "en").fields)["Ladder step"]
    assert step.startswith("2nd breach within 30 days → ")
