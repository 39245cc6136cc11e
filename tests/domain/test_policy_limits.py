"""Overflowing durations and deeply nested TOML in an override are policy errors, not crashes
(issue #15, point 9)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.domain.clock import SystemClock
from bot.domain.durations import MAX_DAYS, parse_duration
from bot.domain.policy import PolicyError, load_policy
from bot.domain.policy.limits import MAX_DEPTH, PolicyLimitError, loads_limited, nesting_depth
from bot.services.policies import PolicyRegistry

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def registry() -> PolicyRegistry:
    return PolicyRegistry(ROOT / "bot" / "policies", SystemClock())


@pytest.mark.parametrize(
    "duration", ["99999999999999999999999d", "9999999999999d", "3651d", "1" * 5000 + "s"]
)
def test_an_overflowing_duration_in_an_override_is_a_policy_error(
    registry: PolicyRegistry, duration: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        registry.validate_overrides("patient", f'[rules.advertising]\ndecay = "{duration}"\n')
    assert "rules[" in str(caught.value) and ".decay" in str(caught.value)
    assert "3650d" in str(caught.value)


def test_the_longest_duration_still_loads(registry: PolicyRegistry) -> None:
    policy = registry.validate_overrides("patient", f'[rules.advertising]\ndecay = "{MAX_DAYS}d"\n')
    assert policy.rule("advertising").decay == timedelta(days=MAX_DAYS)
    assert parse_duration("1h30m") == timedelta(minutes=90)


@pytest.mark.parametrize(
    "key",
    ["retention_days = 99999999999999999999999", "reopen_window_days = 10000000", "follow_up_hours = 1e9"],
)
def test_overflowing_day_and_hour_counts_are_policy_errors(registry: PolicyRegistry, key: str) -> None:
    with pytest.raises(PolicyError, match="help"):
        registry.validate_overrides("patient", f"[help]\n{key}\n")


@pytest.mark.parametrize(
    "text",
    [
        "x = " + "[" * 2000 + "]" * 2000 + "\n",
        "a = " + "{b=" * 600 + "1" + "}" * 600 + "\n",
        "x = " + "[" * 40 + "]" * 40 + "\n",  # parses, but deeper than any policy
        "".join(f"[{'.'.join(['t'] * 40)}]\n"),  # dotted headers nest without brackets
    ],
)
def test_deeply_nested_toml_in_an_override_is_a_policy_error(registry: PolicyRegistry, text: str) -> None:
    with pytest.raises(PolicyError, match="nested more than"):
        registry.validate_overrides("patient", text)


def test_a_deep_dict_override_is_a_policy_error_too() -> None:
    deep: dict[str, object] = {"x": 1}
    for _ in range(3000):
        deep = {"x": deep}
    with pytest.raises(PolicyError, match="nested more than"):
        load_policy("patient", deep)
    assert nesting_depth(deep) > MAX_DEPTH


def test_brackets_inside_strings_and_comments_do_not_count() -> None:
    text = 'a = "' + "[" * 100 + '"\n# ' + "{" * 100 + "\nb = '''" + "[" * 100 + "'''\n"
    assert loads_limited(text)["a"] == "[" * 100
    with pytest.raises(PolicyLimitError):
        loads_limited("x = " + "[" * 100 + "]" * 100)
