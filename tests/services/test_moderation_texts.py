"""Pure pieces of the moderation services: button ids, the explanation message, the stored decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.db.models import Case
from bot.domain.moderation import manual_decision
from bot.domain.policy import load_policy
from bot.domain.policy.models import Action
from bot.services.moderation.custom_ids import PATTERN, ButtonAction, make, parse
from bot.services.moderation.snapshot import decision_json, decision_of, to_record
from bot.services.moderation.texts import explanation_message, notice_message, with_excerpt

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
POLICY = load_policy("patient")


def test_button_ids_round_trip_and_refuse_anything_else() -> None:
    for action, choice in [
        (ButtonAction.ACK, ""),
        (ButtonAction.CLEAR, "yes"),
        (ButtonAction.APPEAL_DECIDE, "deny"),
    ]:
        custom_id = make(action, 1234567890123, choice)
        parsed = parse(custom_id)
        assert parsed is not None and (parsed.action, parsed.id, parsed.choice) == (
            action,
            1234567890123,
            choice,
        )
        assert len(custom_id) <= 100
    assert (
        parse("mod:ack:12:yes:extra") is None and parse("help:ack:12") is None and parse("mod:nuke:1") is None
    )
    assert PATTERN.startswith("mod:")


@pytest.mark.parametrize(
    ("action", "duration", "ack", "appeal"),
    [
        (Action.NUDGE, None, True, False),
        (Action.WARN, None, True, True),
        (Action.TIMEOUT, timedelta(minutes=10), True, True),
        (Action.KICK, None, False, True),
        (Action.BAN, None, False, True),
    ],
)
def test_the_way_back_buttons_follow_the_decision(
    action: Action, duration: timedelta | None, ack: bool, appeal: bool
) -> None:
    decision = manual_decision("respect", action, duration, POLICY, NOW)
    built = explanation_message(42, decision, POLICY, "en", "you absolute <@&123> @everyone")
    ids = [b.custom_id for b in built.message.buttons]
    assert ("mod:ack:42" in ids) is ack and ("mod:appeal:42" in ids) is appeal
    assert {"mod:clear:42:yes", "mod:clear:42:no"} <= set(ids)
    assert built.message.mention_user is None and len(built.message.content) <= 2000
    assert "@\u200beveryone" in built.message.content and "<@&123>" not in built.message.content
    assert "absolute" not in built.stored  # the stored copy carries no excerpt
    assert built.message.content.endswith("*Was this explanation clear?*")
    restored = with_excerpt(built.stored, "you absolute <@&123> @everyone", "en")
    assert restored == built.message.content


def test_the_moderator_is_named_only_when_the_server_chooses_to() -> None:
    decision = manual_decision("respect", Action.WARN, None, POLICY, NOW)
    anonymous = explanation_message(1, decision, POLICY, "fr").message.content
    named = explanation_message(1, decision, POLICY, "fr", moderator_name="Max @everyone").message.content
    assert "prise par un modérateur." in anonymous and "Max" not in anonymous
    assert "(Max @\u200beveryone)" in named


def test_the_dm_closed_notice_pings_exactly_the_member() -> None:
    notice = notice_message("en", 77)
    assert (
        notice.mention_user == 77 and notice.content.startswith("<@77>") and "/my-standing" in notice.content
    )


def test_a_stored_decision_comes_back_the_same() -> None:
    decision = manual_decision("respect", Action.TIMEOUT, timedelta(minutes=20), POLICY, NOW)
    row = Case(
        id=5, guild_id=1, user_id=2, channel_id=None, message_id=None, rule_id="respect", action="timeout",
        proposed_action=None, duration_seconds=1200, ends_at=decision.way_back.ends_at, automatic=False,
        actor_id=3, reason_code=decision.reason_code.value, signals=decision_json(decision, "disabled"),
        policy_version=POLICY.version, language="fr", excerpt_ref=None, note_ref=None, status="applied",
        dm_status="delivered", acknowledged_at=None, clarity=None, review_message_id=None, created_at=NOW,
        updated_at=NOW, explanation_sent="x", apply_error=None,
    )  # fmt: skip
    record = to_record(row)
    again = decision_of(record, dict(row.signals))
    assert again.way_back == decision.way_back and again.signals == decision.signals
    assert (again.action, again.duration, again.strike, again.rule_id) == (
        decision.action,
        decision.duration,
        decision.strike,
        decision.rule_id,
    )
    assert (
        explanation_message(5, again, POLICY, "fr").stored
        == explanation_message(5, decision, POLICY, "fr").stored
    )
