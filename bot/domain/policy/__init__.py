"""Policies: published rules, their signals and ladders, word lists, help settings, helplines, phrases.

The public facade. Models live in ``policy_models``, override merging in ``policy_merge``, loading and
validation in ``policy_loader``. Usage::

    policy = load_policy("patient", Path("data/servers/123.toml"))
    policy.version          # "3f2a9c1b7d40": recorded with every decision
    policy.rule("respect").ladder[0].action
"""

from __future__ import annotations

from bot.domain.policy.loader import (
    POLICIES_DIR,
    PRESETS,
    PolicyError,
    Problem,
    content_version,
    load_policy,
    preset_path,
)
from bot.domain.policy.merge import merge_policy
from bot.domain.policy.models import (
    CRISIS_CATEGORIES,
    DETOXIFY_LABELS,
    DISCORD_MAX_TIMEOUT,
    Action,
    Flood,
    Helpline,
    HelpPolicy,
    LadderStep,
    MentionSpam,
    ModelPolicy,
    Pattern,
    Phrase,
    Policy,
    Rule,
    RuleSignals,
    RuleWayBack,
    Severity,
)

__all__ = [
    "CRISIS_CATEGORIES",
    "DETOXIFY_LABELS",
    "DISCORD_MAX_TIMEOUT",
    "POLICIES_DIR",
    "PRESETS",
    "Action",
    "Flood",
    "HelpPolicy",
    "Helpline",
    "LadderStep",
    "MentionSpam",
    "ModelPolicy",
    "Pattern",
    "Phrase",
    "Policy",
    "PolicyError",
    "Problem",
    "Rule",
    "RuleSignals",
    "RuleWayBack",
    "Severity",
    "content_version",
    "load_policy",
    "merge_policy",
    "preset_path",
]
