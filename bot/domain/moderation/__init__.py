"""Moderation's pure rules: from a message's signals and a member's history to a decision, and back.

Public face: ``decide`` (``evaluate`` then ``conclude``), ``needs_history``, ``manual_decision``,
``crisis_review``, ``in_context``, ``self_talk_voids`` (``engine``). Behind it: ``decision`` (the
records), ``ladder`` (escalation and the way back), ``explanations``, ``member_notices`` and
``review_card`` (what members and moderators read), ``replay`` (the backtest), ``raid`` (join and
message bursts), ``evaluation`` (the judgement scored on the labelled corpus, ``havre evaluate``). What
a message shows (``bot.domain.signals``) is common: classification and help read it too.
"""

from bot.domain.moderation.engine import (
    Evaluated,
    ManualDecisionError,
    conclude,
    crisis_review,
    decide,
    evaluate,
    in_context,
    manual_decision,
    needs_history,
    self_talk_voids,
)

__all__ = [
    "Evaluated",
    "ManualDecisionError",
    "conclude",
    "crisis_review",
    "decide",
    "evaluate",
    "in_context",
    "manual_decision",
    "needs_history",
    "self_talk_voids",
]
