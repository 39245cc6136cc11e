"""glibc's allocator, asked to keep less memory than its defaults (Linux with glibc; a no-op elsewhere).

Two settings, both applied by the bot itself (``havre run``), so that ``./run.sh``, the Docker image and a
plain ``python -m bot run`` behave the same, and the memory benchmark measures what operators run:

* ``limit_arenas``: glibc gives each thread that meets a busy lock its own heap ("arena", up to eight per
  core), and memory freed in one arena is not reused by another. The bot's threads (model loading,
  detector warm-up, the scoring worker, ONNX Runtime's pool, asyncio's ``to_thread``) each left a
  partly-used arena behind. ``mallopt(M_ARENA_MAX, 2)``, before any thread starts, as the environment
  variable ``MALLOC_ARENA_MAX=2`` would (an operator's own ``MALLOC_ARENA_MAX`` wins).
* ``trim``: ``malloc_trim(0)`` hands free pages in the middle of the heap back to the system. Start-up
  builds and drops large temporaries (the detectors' tables, the model's graph before ONNX Runtime
  optimises it, the language detector's decompression buffers), which glibc otherwise keeps. The bot
  trims once the detectors are built and the model loaded (``Scoring``), and once the language detector
  is built (``judge.language``).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from typing import Any

__all__ = ["limit_arenas", "trim"]


M_ARENA_MAX = -8  # glibc's mallopt parameter number
_libc: Any = None
_loaded = False
_lock = threading.Lock()


def _glibc() -> Any:
    global _libc, _loaded
    if not _loaded:
        _loaded = True
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL("libc.so.6")
                if hasattr(libc, "gnu_get_libc_version") and hasattr(libc, "malloc_trim"):
                    libc.malloc_trim.argtypes = [ctypes.c_size_t]
                    libc.malloc_trim.restype = ctypes.c_int
                    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
                    libc.mallopt.restype = ctypes.c_int
                    _libc = libc
            except OSError:
                _libc = None
    return _libc


def limit_arenas(count: int = 2) -> bool:
    """At most ``count`` malloc arenas (call before starting threads). False when not applied: no glibc,
    or ``MALLOC_ARENA_MAX`` set by the operator (glibc already read it)."""
    libc = _glibc()
    if libc is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(libc.mallopt(M_ARENA_MAX, count))


def trim() -> bool:
    """Give free heap pages back to the system now. True when glibc released something."""
    libc = _glibc()
    if libc is None:
        return False
    with _lock:
        return bool(libc.malloc_trim(0))
