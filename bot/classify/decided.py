"""When the word lists already decide, the model need not run: the policy rule that makes skipping safe.

``bot.domain.moderation.decide`` keeps three promises (see policies/README.md, "How a decision is made"):

1. crisis, help requests, reported abuse and distress route the message to help whatever else it holds:
   never a sanction;
2. deterministic evidence (a trigger list, a pattern, a flood, mention spam, a hit of a detector the rule
   names) acts through the rule's ladder, and an automatic candidate always outranks a model-only one
   (which is a review at most); self-talk voids the list evidence of the rules that name detectors;
3. the model acts automatically only for a severe label at ``model.auto_threshold`` **and** an agreeing
   ``requires_terms`` list hit, with no allow-listed (medical, game) vocabulary, self-talk or reported
   speech present.

So, from the model-less signals, the model can only change the decision through an enabled rule that
has model thresholds and no deterministic evidence of its own, and then only if that rule

* could become an automatic candidate (a severe label among its thresholds, a ``requires_terms`` hit
  present, no allowed term) at a severity at least that of the most severe rule the lists already
  fired — it could then outrank it; or
* (``SkipRule.SAME_DECISION`` only) is more severe than every rule the lists fired — a model-only review
  of it would be added to ``Decision.also_review``.

``SkipRule.SAME_ACTION`` (the default) skips the model whenever the member-facing outcome cannot change:
same action, rule, ladder step, reason, duration, hiding and way back; the one thing lost is a
model-only "also review rule X" hint on a message the lists already acted on. ``SAME_DECISION`` keeps
that hint too (every ``Decision`` field but the signal summary is identical) and so skips less.
A test replays thousands of signal combinations through ``decide`` on both presets to hold this true.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.domain.moderation import in_context, self_talk_voids
from bot.domain.signals import MessageSignals, TermHit

if TYPE_CHECKING:
    from bot.domain.policy.models import PolicyFile, Rule

__all__ = ["SkipRule", "model_can_change", "model_gate"]


class SkipRule(StrEnum):
    NEVER = "never"  # always ask the model (unless the caller's own ``need_model`` says no)
    SAME_ACTION = "same_action"  # skip when the action taken cannot change
    SAME_DECISION = "same_decision"  # skip only when the whole decision cannot change


def model_can_change(
    signals: MessageSignals, policy: PolicyFile, rule: SkipRule = SkipRule.SAME_ACTION
) -> bool:
    """Whether model scores could change ``decide``'s outcome for these (model-less) signals."""
    if rule is SkipRule.NEVER:
        return True
    if not policy.model.enabled:
        return False
    rules = [r for r in policy.rules if r.enabled]
    model_rules = [r for r in rules if r.signals.model]
    if not model_rules:
        return False
    if signals.offers_help:
        return False
    if any(hit.learned for hit in signals.abuse.hits):
        return True  # a learned hunch is a review the model may confirm or outrank: always ask it
    lists_hit = {h.list_id for h in signals.term_hits if not _inside_allowed(h, signals.allowed_terms)}
    fired = [r.severity.rank for r in rules if _deterministic(r, signals, lists_hit)]
    if not fired:
        return True
    top = max(fired)
    for candidate in model_rules:
        if _deterministic(candidate, signals, lists_hit):
            continue  # its evidence is already certain; scores only add notes
        rank = candidate.severity.rank
        if rank >= top and _may_act_alone(candidate, signals, lists_hit, policy):
            return True
        if rule is SkipRule.SAME_DECISION and rank > top:
            return True
    return False


def model_gate(policy: PolicyFile, rule: SkipRule = SkipRule.SAME_ACTION) -> Callable[[MessageSignals], bool]:
    """``model_can_change`` bound to a policy: a ``need_model`` callback for ``SignalExtractor``."""

    def gate(signals: MessageSignals) -> bool:
        return model_can_change(signals, policy, rule)

    return gate


def _inside_allowed(hit: TermHit, allowed: tuple[str, ...]) -> bool:
    term = hit.term.casefold()  # the same test as decide's: a hit inside an allowed term is ignored
    return any(term in entry.casefold() for entry in allowed)


def _deterministic(rule: Rule, signals: MessageSignals, lists_hit: set[str]) -> bool:
    sig = rule.signals
    if any(hit.kind in sig.detectors and not hit.learned for hit in signals.abuse.hits):
        return True
    if lists_hit.intersection(sig.lists) and not self_talk_voids(rule, signals):
        return True
    if any(hit.list_id in sig.patterns for hit in signals.pattern_hits):
        return True
    if sig.flood is not None and signals.messages_in_window >= sig.flood.messages:
        return True
    mentions = sig.mentions
    return mentions is not None and (
        signals.mention_count > mentions.max or (mentions.mass_mention and signals.mass_mention)
    )


def _may_act_alone(rule: Rule, signals: MessageSignals, lists_hit: set[str], policy: PolicyFile) -> bool:
    severe = any(label in policy.model.severe_labels for label in rule.signals.model)
    agreeing = bool(lists_hit.intersection(rule.requires_terms)) and not self_talk_voids(rule, signals)
    return severe and agreeing and not in_context(signals)
