"""Measuring helpers: percentiles, an event-loop lag ticker, peak resident memory, machine load."""

from __future__ import annotations

import asyncio
import os
import resource
import time
from collections.abc import Sequence

__all__ = ["CpuWatch", "LagTicker", "load_average", "peak_rss_mb", "percentile", "rss_mb"]


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def peak_rss_mb() -> float:
    """This process's own peak resident memory so far, in MB: ``VmHWM`` from ``/proc/self/status``.

    Not ``ru_maxrss``: Linux keeps it across ``execve``, so a child started by a large parent (the
    benchmark's driver once built a 1.4 GB checkpoint before starting every configuration) reports at
    least the parent's size at ``fork``. ``VmHWM`` belongs to the address space, which ``execve``
    replaces. Falls back to ``ru_maxrss`` where ``/proc`` is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | str = "self") -> float:
    """A process's current resident memory in MB (``VmRSS``), 0.0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def load_average() -> float:
    """The machine's 1-minute load average (other work competing for the cores skews every figure)."""
    return os.getloadavg()[0]


class LagTicker:
    """A coroutine that sleeps ``interval`` seconds in a loop and records how late it wakes up.

    A Discord gateway heartbeat is such a coroutine: its lateness is the event loop's responsiveness."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None
        self._running = False

    def start(self) -> None:
        self._running = True
        self._task = asyncio.get_running_loop().create_task(self._tick())

    async def stop(self) -> list[float]:
        self._running = False
        if self._task is not None:
            await self._task
        return self.lags

    async def _tick(self) -> None:
        while self._running:
            start = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.lags.append(max(0.0, time.perf_counter() - start - self.interval))


class CpuWatch:
    """How much CPU *other* processes used while our child processes ran (Linux ``/proc/stat``).

    The machine's busy time minus what our children used, as a share of ``cores x elapsed``: anything
    well above zero means someone else competed for the cores and the figures of that run are low."""

    def __init__(self) -> None:
        self._start: tuple[float, float, float] | None = None

    @staticmethod
    def _sample() -> tuple[float, float, float]:
        try:
            with open("/proc/stat", encoding="ascii") as stat:
                fields = [int(x) for x in stat.readline().split()[1:]]
        except OSError:
            return (0.0, 0.0, time.perf_counter())
        idle = fields[3] + fields[4]  # idle + iowait
        busy = (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (busy, children.ru_utime + children.ru_stime, time.perf_counter())

    def start(self) -> None:
        self._start = self._sample()

    def others(self) -> float:
        """Share of the machine's CPU capacity used by other processes since ``start``."""
        if self._start is None:
            return 0.0
        busy, ours, now = self._sample()
        busy0, ours0, then = self._start
        capacity = (now - then) * (os.cpu_count() or 1)
        if capacity <= 0 or busy == 0.0:
            return 0.0
        return max(0.0, (busy - busy0) - (ours - ours0)) / capacity
