"""Governance-log appends per second, on SQLite (``synchronous=FULL``) and PostgreSQL.

*Without group commit*: one transaction per entry (``GovernanceRecorder.record``), as a decision's own
unit of work does. *With group commit*: ``GovernanceRecorder.record_many`` appends a batch of entries
under one head lock in one transaction (one fsync). Both build the same hash chain; the benchmark
verifies it at the end. PostgreSQL runs in a schema of its own, created and dropped here.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.postgres import scratch_database
from bot.db import migrate
from bot.db.engine import Database
from bot.db.models import GovernanceEntry
from bot.domain.clock import SystemClock
from bot.governance.chain import verify_chain
from bot.governance.pseudonym import Pseudonymizer
from bot.services.recorder import GovernanceRecorder, GovEvent, row_to_entry

__all__ = ["run_log_append"]

GUILD = 800_000_000_000_000_001


def _event(n: int) -> GovEvent:
    return GovEvent(
        GUILD, "moderation_action", subject_id=10**17 + n % 500, rule_id="respect", action="warn",
        policy_version="0123456789ab", signals={"fired": [{"kind": "list", "id": "insults_directed"}]},
    )  # fmt: skip


async def _measure(db: Database, key_dir: Path, single: int, grouped: int, batch: int) -> dict[str, Any]:
    await migrate.upgrade(db.engine)
    recorder = GovernanceRecorder(
        SystemClock(), Pseudonymizer(b"benchmark-pseudonym-secret-0123456789"), key_dir / "key.pem",
        dialect=db.dialect,
    )  # fmt: skip
    async with db.unit_of_work() as session:  # the chain's first entry (and first checkpoint)
        await recorder.record(session, _event(0))
    start = time.perf_counter()
    for n in range(1, single + 1):
        async with db.unit_of_work() as session:
            await recorder.record(session, _event(n))
    one_by_one = single / (time.perf_counter() - start)
    start = time.perf_counter()
    for first in range(0, grouped, batch):
        async with db.unit_of_work() as session:
            await recorder.record_many(
                session, [_event(n) for n in range(first, min(grouped, first + batch))]
            )
    group = grouped / (time.perf_counter() - start)
    async with db.sessions() as session:
        rows = (await session.execute(select(GovernanceEntry).order_by(GovernanceEntry.seq))).scalars().all()
    verified = verify_chain((row_to_entry(r) for r in rows), [], recorder.signing_key.public_key())
    if not verified.ok or len(rows) != 1 + single + grouped:
        raise RuntimeError(f"the benchmark's chain does not verify: {verified.reason}")
    return {"single": one_by_one, "group": group, "batch": batch, "entries": len(rows)}


async def _sqlite(opts: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="havre-log-") as tmp:
        db = Database(f"sqlite+aiosqlite:///{tmp}/log.sqlite3")
        try:
            async with db.engine.connect() as conn:
                mode = (await conn.exec_driver_sql("PRAGMA synchronous")).scalar()
            result = await _measure(db, Path(tmp), opts["log_single"], opts["log_grouped"], opts["log_batch"])
        finally:
            await db.dispose()
    names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
    return {**result, "synchronous": names.get(int(mode), str(mode)) if mode is not None else "?"}


async def _postgres(url: str, opts: dict[str, Any]) -> dict[str, Any]:
    async with scratch_database(url) as db:
        with tempfile.TemporaryDirectory(prefix="havre-log-") as tmp:
            result = await _measure(db, Path(tmp), opts["log_single"], opts["log_grouped"], opts["log_batch"])
        async with db.engine.connect() as conn:
            commit = (await conn.exec_driver_sql("SHOW synchronous_commit")).scalar()
    return {**result, "synchronous_commit": commit}


def run_log_append(opts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"sqlite": asyncio.run(_sqlite(opts))}
    url = opts.get("postgres") or ""
    if url:
        try:
            out["postgres"] = asyncio.run(_postgres(url, opts))
        except OSError as exc:  # no server there: say so, measure the rest
            out["postgres"] = {"error": f"{type(exc).__name__}: {exc}"}
    return out
