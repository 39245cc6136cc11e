"""The ladder (which rung a breach lands on) and the way back (how the member comes back from it).

Counting: the rung for a new breach of rule R is the number of the member's recorded breaches within R's
decay window, plus one, capped at the last rung. With ``ladder_scope = "rule"`` (the presets) only
breaches of R count, so a flood does not push an insult further up; with ``ladder_scope = "all"`` every
breach counts. Nudges count on the ladder (else the next breach would be another nudge) but are not
strikes. Old breaches simply fall out of the window: that is the decay.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.moderation.decision import MemberHistory, WayBack
from bot.domain.policy.models import Action, LadderStep, Policy, Rule


def prior_breaches(history: MemberHistory, rule: Rule, policy: Policy, now: datetime) -> int:
    scope = rule.id if policy.ladder_scope == "rule" else None
    return len(history.within(now, rule.decay, scope))


def ladder_step(history: MemberHistory, rule: Rule, policy: Policy, now: datetime) -> tuple[int, LadderStep]:
    """The 1-based rung and the step for a new breach of ``rule`` at ``now``."""
    index = min(prior_breaches(history, rule, policy, now), len(rule.ladder) - 1)
    return index + 1, rule.ladder[index]


def carries_strike(action: Action) -> bool:
    return action.is_sanction and action is not Action.NUDGE


def way_back(rule: Rule, action: Action, duration: timedelta | None, now: datetime) -> WayBack:
    """The way back for ``action`` under ``rule``, decided at ``now``."""
    if not action.is_sanction:
        return WayBack()
    if action is Action.NUDGE:
        return WayBack(can_acknowledge=True)
    ends_at = now + duration if duration and action in (Action.TIMEOUT, Action.BAN) else None
    lifts = (
        action is Action.TIMEOUT
        and duration is not None
        and duration <= rule.way_back.acknowledge_lifts_timeout_up_to
    )
    probation = rule.way_back.probation
    probation_end = (ends_at or now) + probation if probation > timedelta(0) else None
    return WayBack(
        can_acknowledge=action in (Action.HIDE, Action.WARN, Action.TIMEOUT),
        acknowledge_lifts=lifts,
        appeal_allowed=rule.way_back.appeal,
        ends_at=ends_at,
        probation_ends_at=probation_end,
        strike_fades_at=now + rule.decay,
    )
