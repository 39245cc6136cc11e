"""What-if for the moderation service's own cost per message (not part of the default run).

With the model answering instantly, how many messages per second does ``MessagePipeline.handle`` take
on SQLite, as shipped and with two changes the moderation owner could make:

* ``settings cached``: the server's settings read once and kept (the shipped code reads them from the
  database for every message);
* ``+ no history read``: also skip the member-history query. An upper bound for "read the history only
  when ``decide`` found a candidate rule" (history only moves a candidate's ladder step, so a decision
  of none/help/crisis never needs it); here every member is new, so decisions do not change.

Run: ``.venv/bin/python -m benchmarks.scoring --only whatif`` (monkeypatches a private instance only).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.flood import drive
from benchmarks.message_path import service_path
from benchmarks.messages import flood
from benchmarks.runs import InstantScorer
from bot.classify.batching import ScoringWorker
from bot.classify.checkpoint import ORIGINAL_CLASSES
from bot.classify.decided import SkipRule
from bot.domain.decision import MemberHistory

__all__ = ["run_whatif"]


async def _ceiling(variant: str, opts: dict[str, Any]) -> dict[str, Any]:
    import gc

    from bot.services.moderation.store import CaseStore

    worker = ScoringWorker(InstantScorer(ORIGINAL_CLASSES), queue_size=opts["queue_size"])
    worker.start()
    with tempfile.TemporaryDirectory(prefix="havre-whatif-") as tmp:
        path = await service_path(Path(tmp), worker, SkipRule(opts["skip"]))
        store = next(o for o in gc.get_objects() if isinstance(o, CaseStore))
        if variant != "as shipped":
            settings, memo = store.settings, {}

            async def cached(guild_id: int) -> Any:
                if guild_id not in memo:
                    memo[guild_id] = await settings(guild_id)
                return memo[guild_id]

            store.settings = cached  # type: ignore[method-assign]
        if variant == "+ no history read":

            async def no_history(*_args: object, **_kwargs: object) -> MemberHistory:
                return MemberHistory()

            store.history = no_history  # type: ignore[method-assign]
        try:
            await drive(path.handle, flood(16, seed=5), first_id=10**6)
            runs = [
                await drive(path.handle, flood(opts["havre_flood"], seed=11), first_id=(2 + n) * 10**6)
                for n in range(opts["repeats"])
            ]
        finally:
            await path.close()
            await worker.stop()
    best = max(runs, key=lambda phase: phase.rate)
    return {"variant": variant, **best.as_dict()}


def run_whatif(opts: dict[str, Any]) -> dict[str, Any]:
    variants = ("as shipped", "settings cached", "+ no history read")
    return {"variants": [asyncio.run(_ceiling(variant, opts)) for variant in variants]}
