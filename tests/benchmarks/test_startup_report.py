"""The start-up benchmark measures a fresh process and prints this tree beside the baseline."""

from __future__ import annotations

from benchmarks.scoring import REPO
from benchmarks.startup import measure, render


def test_a_fresh_process_reports_its_own_cpu_time() -> None:
    seconds = measure(REPO, "json")
    assert 0.0 < seconds < 5.0


def test_the_baseline_column_sits_beside_this_tree() -> None:
    text = render([("the detectors", 2.34, 18.12), ("the whole bot", 4.3, 21.3)], "72bd7c0", 3)
    assert "| import, fresh process (median of 3, CPU s) | this tree | baseline 72bd7c0 |" in text
    assert "| the detectors | 2.3 | 18.1 |" in text
    assert "| the whole bot | 4.3 | 21.3 |" in text
