"""The local-path section prints this tree and the baseline side by side, the corpus row included."""

from __future__ import annotations

from benchmarks.report import _matching


def _preset(rate: float, corpus: float | None) -> dict[str, object]:
    found: dict[str, object] = {
        "lists_only": 30_000.0, "ungated": 900.0, "rate": rate, "entries": 181, "allow": 90, "patterns": 2,
        "phrases": 73,
    }  # fmt: skip
    if corpus is not None:
        found["corpus"] = corpus
    return found


def test_the_baseline_column_sits_beside_this_tree_and_a_missing_figure_is_a_dash() -> None:
    report = {
        "matching": {
            "messages": 5000, "corpus_messages": 2000, "normalize": 57_000.0,
            "patient": _preset(2_100.0, 1_900.0), "game": _preset(2_200.0, 2_000.0),
            "two_readers": {"cold": 1_000.0, "shared": 1_500.0},
            "baseline": {
                "ref": "1b6131d", "messages": 5000, "normalize": 56_000.0,
                "patient": _preset(296.0, None), "game": _preset(300.0, 130.0),
                "two_readers": {"cold": 237.0, "shared": 299.0},
            },
        }
    }  # fmt: skip
    text = "\n".join(_matching(report, markdown=True))
    assert "| path | msg/s | baseline 1b6131d | policy |" in text
    assert "| new path: detectors + word lists, patient preset | 2,100 | 296 |" in text
    assert "| new path on 2,000 corpus messages, patient preset | 1,900 | - |" in text
    assert "| new path on 2,000 corpus messages, game preset | 2,000 | 130 |" in text
    assert "| moderation + help reading each message, judgement shared | 1,500 | 299 | patient |" in text


def test_without_a_baseline_there_is_no_baseline_column() -> None:
    report = {
        "matching": {
            "messages": 10, "corpus_messages": 0, "normalize": 1.0,
            "patient": _preset(5.0, None), "game": _preset(6.0, None),
        }
    }  # fmt: skip
    text = "\n".join(_matching(report, markdown=True))
    assert "| path | msg/s | policy |" in text and "baseline" not in text and "corpus" not in text
