"""The service section prints the baseline and this tree side by side, with the raid targets."""

from __future__ import annotations

from benchmarks.report import _service


def _flood(code: str, flood: str, database: str, rate: float, per_decision: float) -> dict[str, object]:
    return {
        "code": code, "flood": flood, "database": database, "rate": rate, "loop_cpu_ms": 1.0,
        "loop_cpu_per_decision_ms": per_decision, "p99_ms": 10.0, "lag_p99_ms": 2.0, "decisions": 600,
    }  # fmt: skip


def test_baseline_and_this_tree_are_printed_together_with_the_raid_ratio() -> None:
    report = {
        "service": {
            "floods": [
                _flood("baseline (cfe120d44c)", "chat", "SQLite", 400, 12.0),
                _flood("baseline (cfe120d44c)", "raid", "SQLite", 40, 12.5),
                _flood("this tree", "chat", "SQLite", 400, 9.0),
                _flood("this tree", "raid", "SQLite", 240, 1.6),
                _flood("this tree", "chat", "PostgreSQL", 300, 9.0),
                _flood("this tree", "raid", "PostgreSQL", 120, 2.4),
            ]
        }
    }
    text = "\n".join(_service(report, markdown=True))
    assert "| baseline (cfe120d44c) | raid" in text and "| this tree | raid" in text
    assert (
        "baseline (cfe120d44c), SQLite: raid/chat 10% (target >= 50%), loop CPU per written decision 12.5 ms"
        in text
    )
    assert "this tree, SQLite: raid/chat 60% (target >= 50%), loop CPU per written decision 1.6 ms" in text
    assert "this tree, PostgreSQL: raid/chat 40%" in text
