"""The plain numbers that drive the help journey: SLOs, escalation tiers, load caps, windows.

These come from the policy's ``help`` section, but this module does not know the policy schema: a service
builds a ``HelpRules`` from plain values (``HelpRules.from_plain(**policy_help_values)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType


class Priority(StrEnum):
    NORMAL = "normal"
    HIGH = "high"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Priority.NORMAL: 0, Priority.HIGH: 1, Priority.CRISIS: 2}

# A duration given as minutes (int/float) or as a timedelta.
Duration = int | float | timedelta
SloTable = Mapping[str, Duration]


class HelpRulesError(ValueError):
    """The help settings are inconsistent (a configuration error, not a member-facing one)."""


def as_minutes(value: Duration, what: str) -> timedelta:
    if isinstance(value, timedelta):
        delta = value
    elif isinstance(value, bool) or not isinstance(value, int | float):
        raise HelpRulesError(f"{what}: expected a number of minutes, got {value!r}")
    else:
        delta = timedelta(minutes=value)
    if delta <= timedelta(0):
        raise HelpRulesError(f"{what}: must be positive, got {value!r}")
    return delta


def slo_for(priority: Priority | str, slo: SloTable) -> timedelta:
    """The first-response SLO for ``priority``; ``slo`` maps priority names to minutes or timedeltas."""
    key = Priority(priority)
    if key not in slo:
        raise HelpRulesError(f"slo_minutes: no value for priority {key.value!r}")
    return as_minutes(slo[key], f"slo_minutes.{key.value}")


_NO_CAP: Mapping[str, int] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class HelpRules:
    slo: Mapping[str, timedelta]  # keyed by priority name
    escalation_tiers: tuple[str, ...]
    load_cap: Mapping[str, int] = field(default_factory=lambda: _NO_CAP)  # "crisis", "total"
    follow_up: timedelta = timedelta(hours=24)
    reopen_window: timedelta = timedelta(days=14)

    def __post_init__(self) -> None:
        for priority in Priority:
            if priority not in self.slo:
                raise HelpRulesError(f"slo_minutes: no value for priority {priority.value!r}")
        if not self.escalation_tiers:
            raise HelpRulesError("escalation_tiers: at least one tier is needed")
        for key, cap in self.load_cap.items():
            if key not in ("crisis", "total", *Priority):
                raise HelpRulesError(f"load_cap: unknown key {key!r} (use 'total' or a priority)")
            if isinstance(cap, bool) or not isinstance(cap, int) or cap < 1:
                raise HelpRulesError(f"load_cap.{key}: must be a whole number of at least 1, got {cap!r}")

    def slo_for(self, priority: Priority | str) -> timedelta:
        return slo_for(priority, self.slo)

    @classmethod
    def from_plain(
        cls,
        *,
        slo_minutes: SloTable,
        escalation_tiers: Sequence[str],
        load_cap: Mapping[str, int] | None = None,
        follow_up_hours: float = 24,
        reopen_window_days: float = 14,
    ) -> HelpRules:
        """Build the rules from the policy's plain values (minutes, hours, days)."""
        slo: Mapping[str, timedelta] = MappingProxyType({p: slo_for(p, slo_minutes) for p in Priority})
        if isinstance(escalation_tiers, str):
            raise HelpRulesError("escalation_tiers: expected a list of tier names, not one string")
        tiers = tuple(str(t) for t in escalation_tiers)
        if any(not t.strip() for t in tiers):
            raise HelpRulesError("escalation_tiers: tier names must not be empty")
        if follow_up_hours <= 0 or reopen_window_days <= 0:
            raise HelpRulesError("follow_up_hours and reopen_window_days must be positive")
        return cls(
            slo=slo,
            escalation_tiers=tiers,
            load_cap=MappingProxyType(dict(load_cap or {})),
            follow_up=timedelta(hours=follow_up_hours),
            reopen_window=timedelta(days=reopen_window_days),
        )
