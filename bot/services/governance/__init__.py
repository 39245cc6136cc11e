"""Governance use cases: the hash-chained log, its exports, audits, reports, retention and privacy.

Public face (what other features use): ``GovernanceRecorder`` and ``GovEvent`` to record inside their
own unit of work, ``ContentVault`` to seal excerpts, ``row_to_entry``. The rest (``audit``, ``export``,
``metrics``, ``period``, ``privacy``, ``report``, ``retention``, ``stream``, ``verify``) is reached by the
governance cogs and command line through ``wiring.GovernanceServices``.
"""

from bot.services.recorder import (
    ContentVault,
    GovernanceRecorder,
    GovEvent,
    UnreadableJson,
    row_to_entry,
)

__all__ = ["ContentVault", "GovEvent", "GovernanceRecorder", "UnreadableJson", "row_to_entry"]
