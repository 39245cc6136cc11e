"""The moderation service's own cost per message, with the model answering instantly (SQLite).

Two floods through the real ``MessagePipeline.handle`` on a migrated SQLite database:

* ``chat``: the benchmark's usual flood, where about one message in ten fires a rule. The others are
  decided from memory (cached server settings, no history read: ``needs_history``);
* ``raid``: every message breaks a rule (insults, scam, invites, from many members at once), so every
  one reads the member's record and writes a case, a strike and log entries, then records what Discord
  did: the worst case for the database path.

Both on SQLite (``synchronous=FULL``) and, when it is reachable, on PostgreSQL (a schema of its own,
dropped afterwards).

Run: ``.venv/bin/python -m benchmarks.scoring --only service``.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.flood import drive
from benchmarks.message_path import service_path
from benchmarks.messages import FloodMessage, decided_messages, flood
from benchmarks.postgres import scratch_database
from benchmarks.runs import InstantScorer
from bot.classify.batching import ScoringWorker
from bot.classify.checkpoint import ORIGINAL_CLASSES
from bot.classify.decided import SkipRule
from bot.db.engine import Database

__all__ = ["run_service"]


def raid(count: int, seed: int = 17) -> list[FloodMessage]:
    """``count`` rule-breaking messages from ``count // 3`` members."""
    rng = random.Random(seed)
    texts = decided_messages()
    members = max(1, count // 3)
    return [FloodMessage(rng.randrange(members), rng.choice(texts), "en", "decided", 0) for _ in range(count)]


async def _flood(name: str, opts: dict[str, Any], database: Database | None = None) -> dict[str, Any]:
    make = raid if name == "raid" else flood
    worker = ScoringWorker(InstantScorer(ORIGINAL_CLASSES), queue_size=opts["queue_size"])
    worker.start()
    with tempfile.TemporaryDirectory(prefix="havre-service-") as tmp:
        path = await service_path(Path(tmp), worker, SkipRule(opts["skip"]), database)
        written = 0

        async def handle(msg: FloodMessage, message_id: int) -> object:
            nonlocal written
            outcome = await path.handle(msg, message_id)
            if getattr(outcome, "case", None) is not None:  # a case written, carried out, recorded
                written += 1
            return outcome

        try:
            await drive(handle, make(16, seed=5), first_id=10**6)
            runs = []
            for n in range(opts["repeats"]):
                written = 0
                cpu = time.thread_time()  # this thread is the event loop's
                phase = await drive(handle, make(opts["havre_flood"], seed=11), first_id=(2 + n) * 10**6)
                loop_s = time.thread_time() - cpu
                runs.append((phase, loop_s / phase.messages * 1000, loop_s / max(written, 1) * 1000, written))
        finally:
            await path.close()
            await worker.stop()
    best, loop_ms, per_decision_ms, decisions = max(runs, key=lambda run: run[0].rate)
    where = "SQLite" if database is None else "PostgreSQL"
    return {
        "flood": name, "database": where, "loop_cpu_ms": loop_ms, "decisions": decisions,
        "loop_cpu_per_decision_ms": per_decision_ms, **best.as_dict(),
    }  # fmt: skip


async def _on_postgres(name: str, url: str, opts: dict[str, Any]) -> dict[str, Any]:
    async with scratch_database(url) as db:
        return await _flood(name, opts, db)


def run_service(opts: dict[str, Any]) -> dict[str, Any]:
    floods = [asyncio.run(_flood(name, opts)) for name in ("chat", "raid")]
    url = opts.get("postgres") or ""
    if url:
        try:
            floods += [asyncio.run(_on_postgres(name, url, opts)) for name in ("chat", "raid")]
        except OSError as exc:  # no server there: say so, keep the SQLite figures
            floods.append({"flood": "postgres", "error": f"{type(exc).__name__}: {exc}"})
    return {"floods": floods}
