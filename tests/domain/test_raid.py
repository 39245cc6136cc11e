"""Raid detection (pure): join bursts of new accounts, message bursts of the same text or of rule breaches,
and the ``[raid]`` policy section's validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from bot.domain.moderation.raid import RaidDetector, account_created, content_key, is_new_account
from bot.domain.policy.models import RaidPolicy

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
GUILD = 1


def snowflake(at: datetime, n: int = 0) -> int:
    return ((int(at.timestamp() * 1000) - 1420070400000) << 22) + n


def test_an_account_is_new_by_its_creation_time() -> None:
    policy = RaidPolicy(new_account_days=7)
    young = snowflake(NOW - timedelta(days=2))
    old = snowflake(NOW - timedelta(days=30))
    assert abs(account_created(young) - (NOW - timedelta(days=2))) < timedelta(seconds=1)
    assert is_new_account(young, NOW, policy) and not is_new_account(old, NOW, policy)


def test_a_join_burst_of_new_accounts_is_reported_once_with_its_accounts() -> None:
    policy = RaidPolicy(join_count=5, join_seconds=60)
    detector = RaidDetector()
    accounts = [snowflake(NOW - timedelta(hours=1), i) for i in range(6)]
    found = [detector.join(GUILD, a, NOW + timedelta(seconds=i), policy) for i, a in enumerate(accounts)]
    assert found[:4] == [None] * 4
    burst = found[4]
    assert burst is not None and burst.kind == "joins" and burst.accounts == frozenset(accounts[:5])
    assert found[5] is None  # reported once; the window starts again


def test_joins_spread_out_or_from_old_accounts_are_no_burst() -> None:
    policy = RaidPolicy(join_count=3, join_seconds=60)
    detector = RaidDetector()
    spread = [snowflake(NOW - timedelta(hours=1), i) for i in range(5)]
    assert all(
        detector.join(GUILD, a, NOW + timedelta(seconds=61 * i), policy) is None for i, a in enumerate(spread)
    )
    old = [snowflake(NOW - timedelta(days=400), i) for i in range(5)]
    assert all(detector.join(GUILD, a, NOW, policy) is None for a in old)
    disabled = RaidPolicy(enabled=False, join_count=2)
    assert all(detector.join(2, a, NOW, disabled) is None for a in spread)


def test_the_same_text_from_many_members_is_a_message_burst_with_its_messages() -> None:
    policy = RaidPolicy(message_authors=3, message_seconds=30)
    detector = RaidDetector()
    assert content_key("JOIN my server!! 1") == content_key("join  my server 2") == "joinmyserver"
    assert detector.message(GUILD, 10, "join my server 1", NOW, policy, (5, 100)) is None
    assert detector.message(GUILD, 10, "join my server 2", NOW, policy, (5, 101)) is None  # same author
    assert detector.message(GUILD, 11, "hello everyone", NOW, policy, (5, 102)) is None
    assert detector.message(GUILD, 12, "JOIN MY SERVER", NOW, policy, (5, 103)) is None
    burst = detector.message(GUILD, 13, "join my server!", NOW, policy, (6, 104))
    assert burst is not None and burst.kind == "messages"
    assert burst.accounts == {10, 12, 13} and burst.count == 4
    assert burst.messages == ((5, 100), (5, 101), (5, 103), (6, 104))


def test_repeated_short_chatter_and_slow_repeats_are_no_burst() -> None:
    policy = RaidPolicy(message_authors=2, message_seconds=30)
    detector = RaidDetector()
    assert detector.message(GUILD, 1, "ok", NOW, policy) is None
    assert detector.message(GUILD, 2, "OK!", NOW, policy) is None  # too short to mean anything
    assert detector.message(GUILD, 1, "good morning all", NOW, policy) is None
    assert detector.message(GUILD, 2, "good morning all", NOW + timedelta(seconds=31), policy) is None


def test_rule_breaches_from_many_members_are_a_burst() -> None:
    policy = RaidPolicy(message_authors=3, message_seconds=30)
    detector = RaidDetector()
    assert detector.violation(GUILD, 1, NOW, policy) is None
    assert detector.violation(GUILD, 1, NOW, policy) is None
    assert detector.violation(GUILD, 2, NOW, policy) is None
    burst = detector.violation(GUILD, 3, NOW + timedelta(seconds=5), policy)
    assert burst is not None and burst.kind == "violations" and burst.accounts == {1, 2, 3}


@pytest.mark.parametrize(
    "bad",
    [
        {"join_count": 1},
        {"join_seconds": 1},
        {"message_authors": 1},
        {"duration_minutes": 1441},
        {"slowmode_seconds": 21601},
        {"timeout_minutes": 0},
        {"new_account_days": -1},
        {"unknown": 1},
    ],
)
def test_the_raid_section_refuses_what_cannot_work(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        RaidPolicy(**bad)  # type: ignore[arg-type]
