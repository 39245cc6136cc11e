"""Pure pieces of the moderation services: button ids, the explanation message, the stored decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.command_translator import command_name
from bot.db.models import Case
from bot.domain.moderation import manual_decision
from bot.domain.moderation.decision import Decision
from bot.domain.policy import load_policy
from bot.domain.policy.models import Action
from bot.services.moderation.custom_ids import PATTERN, ButtonAction, make, parse
from bot.services.moderation.snapshot import decision_json, decision_of, to_record
from bot.services.moderation.texts import (
    case_notice_message,
    explanation_details,
    explanation_message,
    notice_message,
    with_excerpt,
)
from bot.services.moderation.types import DM_WITH_BOT, CaseRecord

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
POLICY = load_policy("patient")


def _case(decision: Decision, action: str, seconds: int | None) -> CaseRecord:
    row = Case(
        id=5, guild_id=1, user_id=2, channel_id=7, message_id=None, rule_id="respect", action=action,
        proposed_action=None, duration_seconds=seconds, ends_at=decision.way_back.ends_at, automatic=False,
        actor_id=3, reason_code=decision.reason_code.value, signals=decision_json(decision, "disabled"),
        policy_version=POLICY.version, language="fr", excerpt_ref=None, note_ref=None, status="applied",
        dm_status="dm_closed_notice", acknowledged_at=None, clarity=None, review_message_id=None,
        created_at=NOW, updated_at=NOW, explanation_sent="x", apply_error=None,
    )  # fmt: skip
    return to_record(row)


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
    assert ("mod:why:42" in ids) and built.message.mention_user is None
    assert len(built.message.content) <= 2000 and "absolute" not in built.message.content  # no excerpt
    assert built.stored == built.message.content and "absolute" not in built.stored
    assert built.message.content.endswith("*Was this clear?*")
    details = explanation_details(decision, POLICY, "en", "you absolute <@&123> @everyone")
    assert "@\u200beveryone" in details and "<@&123>" not in details  # behind "Details", defused
    restored = with_excerpt(built.stored, "you absolute <@&123> @everyone", "en")
    assert restored.startswith(built.message.content) and "@\u200beveryone" in restored


def test_the_moderator_is_named_only_when_the_server_chooses_to() -> None:
    decision = manual_decision("respect", Action.WARN, None, POLICY, NOW)
    anonymous = explanation_message(1, decision, POLICY, "fr").message.content
    named = explanation_message(1, decision, POLICY, "fr", moderator_name="Max @everyone").message.content
    assert "Max" not in anonymous and "modération" not in anonymous
    assert "prise par Max @\u200beveryone, de l'équipe de modération." in named


def test_the_dm_closed_notice_pings_exactly_the_member() -> None:
    notice = notice_message("en", 77, 5)
    assert notice.mention_user == 77 and notice.content.startswith("<@77>") and "Details" in notice.content
    assert [b.custom_id for b in notice.buttons] == ["mod:why:5"]


def test_a_timed_out_member_s_notice_carries_the_rule_the_end_and_a_way_to_appeal() -> None:
    decision = manual_decision("respect", Action.TIMEOUT, timedelta(hours=1), POLICY, NOW)
    case = _case(decision, "timeout", 3600)
    for lang, end in (("en", "Sunday 1 February, 13:00 (UTC)"), ("fr", "dimanche 1 février, 13 h 00 (UTC)")):
        notice = case_notice_message(replace(case, language=lang), POLICY)
        assert notice.content.startswith(f"<@{case.user_id}>") and notice.mention_user == case.user_id
        assert end in notice.content and POLICY.text(POLICY.rule("respect").title, lang) in notice.content
        appeal, standing = command_name("appeal", lang), command_name("my-standing", lang)
        assert appeal in notice.content and standing not in notice.content  # /contester in French
        # no interaction button: Discord refuses them from a timed-out member in the server
        assert [(b.custom_id, b.url) for b in notice.buttons] == [("", DM_WITH_BOT)]
    warned = replace(case, action=Action.WARN, ends_at=None)
    ids = [b.custom_id for b in case_notice_message(warned, POLICY).buttons]
    assert ids[0] == f"mod:why:{case.id}" and f"mod:appeal:{case.id}" in ids


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


def test_a_kept_explanation_is_exactly_the_one_rendered_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explanations are kept per kind of decision, with times to the minute: decisions seconds apart,
    near midnight and the new year, in whole-, half- and quarter-hour time zones, in every voice and
    with or without a moderator's name, get exactly the text rendered afresh, and the buttons carry
    their own case."""
    import random

    from bot.services.moderation import texts
    from bot.services.moderation.texts import render_explanation

    rendered = 0

    def counted(*args: object) -> tuple[str, str]:
        nonlocal rendered
        rendered += 1
        return render_explanation(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(texts, "render_explanation", counted)
    texts._RENDERED.clear()
    rng = random.Random(29)
    policies = [POLICY, load_policy("game")]
    policies += [POLICY.model_copy(update={"timezone": z}) for z in ("Asia/Kolkata", "Asia/Kathmandu")]
    policies += [policies[0].model_copy(update={"timezone": "Europe/Paris", "member_register": "tu"})]
    moments = [NOW, datetime(2026, 12, 31, 23, 59, tzinfo=UTC), datetime(2026, 3, 29, 0, 59, tzinfo=UTC)]
    rules = [("respect", Action.WARN, None), ("respect", Action.TIMEOUT, timedelta(hours=1))]
    rules += [("respect", Action.BAN, timedelta(days=7)), ("respect", Action.KICK, None)]
    rules += [("respect", Action.NUDGE, None), ("respect", Action.BAN, None)]
    for n in range(1500):
        policy = rng.choice(policies)
        rule, action, duration = rng.choice(rules)
        at = rng.choice(moments) + timedelta(seconds=rng.randrange(60), microseconds=rng.randrange(10**6))
        decision = manual_decision(rule, action, duration, policy, at, hide_message=rng.random() < 0.5)
        lang = rng.choice(["en", "fr", "fr@tu"])
        name = rng.choice([None, None, "Max"])
        kept = explanation_message(n, decision, policy, lang, moderator_name=name)
        text, voice_lang = render_explanation(decision, policy, lang, name)
        assert kept.stored == kept.message.content == text
        ids = [b.custom_id for b in kept.message.buttons]
        assert ids and all(parse(i) is not None and parse(i).id == n for i in ids)  # type: ignore[union-attr]
        fresh = [b.label for b in explanation_message(n, decision, policy, voice_lang).message.buttons]
        assert [b.label for b in kept.message.buttons] == fresh
    assert rendered < 1500  # many were kept ones (and each was compared with a fresh rendering above)
