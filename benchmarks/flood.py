"""Drive messages into an asyncio handler the way a gateway would, and measure what comes out.

Two arrival patterns: a *flood* (every message has arrived at t0, as after a raid or a reconnect; they
are dispatched one per loop iteration, as discord.py's gateway reader does) gives throughput and the
event loop's lag under full load; a *paced* stream (``rate`` messages per second, a
busy server) gives the latency a member sees. A message's latency runs from its arrival time (when
Discord would have delivered it, even if a blocked loop only notices it later) to its decision.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from benchmarks.measure import LagTicker, percentile
from benchmarks.messages import FloodMessage

__all__ = ["Phase", "drive"]


@dataclass(frozen=True, slots=True)
class Phase:
    messages: int
    seconds: float
    rate: float  # decided messages per second
    p50_ms: float
    p95_ms: float
    p99_ms: float
    lag_p99_ms: float
    lag_max_ms: float

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in self.__slots__}


async def drive(
    handle: Callable[[FloodMessage, int], Awaitable[object]],
    messages: Sequence[FloodMessage],
    *,
    rate: float | None = None,
    first_id: int = 1,
) -> Phase:
    """Every message through ``handle``, each in its own task like ``on_message``; no ``rate``: a flood."""
    ticker = LagTicker()
    ticker.start()
    await asyncio.sleep(0.02)  # the ticker's first samples see an idle loop
    latencies: list[float] = []
    start = time.perf_counter()

    async def one(msg: FloodMessage, message_id: int, arrival: float) -> None:
        await handle(msg, message_id)
        latencies.append(time.perf_counter() - arrival)

    tasks: list[asyncio.Task[None]] = []
    for index, msg in enumerate(messages):
        arrival = start
        if rate is not None:
            arrival = start + index / rate
            delay = arrival - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(msg, first_id + index, arrival)))
        if rate is None:
            await asyncio.sleep(0)  # like a gateway reader: one event per read, the loop runs in between
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    lags = await ticker.stop()
    ms = [value * 1000 for value in latencies]
    lag_ms = [value * 1000 for value in lags]
    return Phase(
        messages=len(messages),
        seconds=elapsed,
        rate=len(messages) / elapsed,
        p50_ms=percentile(ms, 50),
        p95_ms=percentile(ms, 95),
        p99_ms=percentile(ms, 99),
        lag_p99_ms=percentile(lag_ms, 99),
        lag_max_ms=max(lag_ms, default=0.0),
    )
