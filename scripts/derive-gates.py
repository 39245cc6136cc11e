#!/usr/bin/env python3
"""Rewrite bot/classify/judge/derived_gates.json: every detector pattern's gates, derived from its parse tree.

    .venv/bin/python scripts/derive-gates.py

Run it after adding or editing a rule of the detectors' tables, or after changing ``_requires.py`` or
``_anchors.py`` (``tests/classify/judge/test_derived.py`` fails until you do). Without it the bot is still
right, only slower to start: a pattern the file does not hold is derived at import (``_derived``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    started = time.perf_counter()
    import bot.classify.judge  # noqa: F401 - importing the detectors derives (or reads) every gate
    from bot.classify.judge import _derived

    target = ROOT / "bot" / "classify" / "judge" / _derived.FILE
    count = _derived.write(target)
    derived = sum(_derived.missed().values())
    print(
        f"{target.relative_to(ROOT)}: {count} derivations ({derived} new), "
        f"import {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
