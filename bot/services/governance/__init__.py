"""Governance use cases: the hash-chained log, its exports, audits, reports, retention and privacy.

Every feature records into the log through ``bot.services.recorder`` (``GovernanceRecorder``, ``GovEvent``,
``ContentVault``), a shared service below all features; it is re-exported here for convenience. The rest
(``audit``, ``export``, ``metrics``, ``period``, ``privacy``, ``report``, ``retention``, ``stream``,
``verify``) is reached by the governance cogs and command line through ``wiring.GovernanceServices``.
"""

from bot.services.recorder import (
    ContentVault,
    GovernanceRecorder,
    GovEvent,
    UnreadableJson,
    row_to_entry,
)

__all__ = ["ContentVault", "GovEvent", "GovernanceRecorder", "UnreadableJson", "row_to_entry"]
