"""glibc's allocator settings for the bot process (``bot.malloc``), checked in real processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot import malloc

GLIBC = malloc._glibc() is not None
needs_glibc = pytest.mark.skipif(not GLIBC, reason="glibc's malloc only (Linux)")


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


@needs_glibc
def test_trim_gives_freed_heap_back_to_the_system() -> None:
    code = (
        "from bot import malloc\n"
        "def rss():\n"
        "    lines = open('/proc/self/status').read().splitlines()\n"
        "    return next(int(l.split()[1]) for l in lines if l.startswith('VmRSS')) / 1024\n"
        "kept = [bytes(1000) for _ in range(100_000)]\n"  # ~100 MB of blocks in glibc's heap
        "del kept[:-1]\n"  # the last one stays: the free space is below it, not trimmed by free()
        "freed = rss()\n"
        "released = malloc.trim()\n"
        "print(released, freed, rss())\n"
    )
    released, freed, after = _run(code).split()
    assert released == "True"
    assert float(freed) - float(after) > 50  # the freed blocks were resident until the trim


def test_no_glibc_means_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc, "_loaded", True)
    monkeypatch.setattr(malloc, "_libc", None)
    assert malloc.trim() is False
