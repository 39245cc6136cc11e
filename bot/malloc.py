"""glibc's allocator, asked to give freed memory back (Linux with glibc; a no-op elsewhere).

``trim``: ``malloc_trim(0)`` hands free pages in the middle of the heap back to the system. Start-up builds
and drops large temporaries (the detectors' tables, the model's graph before ONNX Runtime optimises it,
the language detector's decompression buffers), which glibc otherwise keeps resident. The bot trims once
the detectors are built and the model loaded (``Scoring``), and once the language detector is built
(``judge.language``): in the bot itself, so ``./run.sh``, the Docker image and the memory benchmark run the
same thing. (Fewer malloc arenas, ``mallopt(M_ARENA_MAX, 2)``, was measured too and bought nothing:
``docs/PERFORMANCE.md``.)
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

__all__ = ["trim"]


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
                    _libc = libc
            except OSError:
                _libc = None
    return _libc


def trim() -> bool:
    """Give free heap pages back to the system now. True when glibc released something."""
    libc = _glibc()
    if libc is None:
        return False
    with _lock:
        return bool(libc.malloc_trim(0))
