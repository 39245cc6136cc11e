"""``havre evaluate`` via click's runner: per-category recall and false alarms on a small temp corpus,
preset filtering, clear errors on bad input, and the project's corpus found as package data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.cli.evaluate import corpus_files


def _corpus(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def _rec(
    rid: str, text: str, category: str, lang: str = "fr", preset: str = "both", **kw: object
) -> dict[str, object]:
    return {
        "id": rid,
        "text": text,
        "category": category,
        "lang": lang,
        "preset": preset,
        "reply": False,
        **kw,
    }


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["evaluate", *args])
    return result.exit_code, result.output


def _row(output: str, category: str) -> list[str]:
    """The first table row of ``category`` (the metrics table comes before the confusion table)."""
    line = next(line for line in output.splitlines() if line.startswith(f"{category} "))
    return line.split()


def test_metrics_per_category_and_the_confusion_table(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path / "mini.jsonl",
        [
            _rec("c1", "je veux en finir", "crisis"),  # a crisis phrase of both presets
            _rec("c2", "il fait beau aujourd'hui", "crisis"),  # a miss: nothing in it
            _rec("i1", "ta gueule, connard", "insult"),  # a trigger list: acted on
            _rec("b1", "on se retrouve au marché demain ?", "benign"),
            _rec("g1", "ta gueule, connard", "insult", preset="game"),  # not for the patient policy
        ],
    )
    code, out = _invoke(str(corpus), "--policy", "patient")
    assert code == 0, out
    assert "mini.jsonl: policy patient" in out and "4 of 5 record(s)" in out
    crisis = _row(out, "crisis")
    assert crisis[1:3] == ["2", "50.0%"]  # n, recall
    insult = _row(out, "insult")
    assert insult[1:3] == ["1", "100.0%"] and insult[6] == "100.0%"  # acted on
    assert _row(out, "benign")[1:3] == ["1", "100.0%"]
    confusion = out.split("confusion (category x outcome)")[1]
    header = next(line for line in confusion.splitlines() if line.startswith("category")).split()
    assert header == ["category", "none", "help", "crisis", "nudge", "review", "sanction"]
    counts = dict(zip(header[1:], map(int, _row(confusion.strip(), "crisis")[1:]), strict=True))
    assert counts == {"none": 1, "help": 0, "crisis": 1, "nudge": 0, "review": 0, "sanction": 0}
    assert "below target" in out  # crisis at 50 % is below issue #11's 97 %

    code, game = _invoke(str(corpus), "--policy", "game", "--misses")
    assert code == 0 and "5 of 5 record(s)" in game and _row(game, "insult")[1] == "2"
    assert re.search(r"c2\s+crisis\s+\S*\s*none\s+il fait beau", game)  # the miss is listed


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "bad.jsonl:2:"),
        (json.dumps(_rec("x", "hello", "rudeness")), "unknown category 'rudeness'"),
        (json.dumps({"id": "x", "text": "hello", "category": "benign"}), "missing field 'lang'"),
        (json.dumps(_rec("x", "hello", "benign", reply="yes")), "reply must be true or false"),
        (json.dumps(_rec("ok", "hello", "benign")), "duplicate id 'ok'"),
    ],
)
def test_bad_input_exits_non_zero_with_a_clear_message(tmp_path: Path, line: str, message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_rec("ok", "hello", "benign")) + "\n" + line + "\n", encoding="utf-8")
    code, out = _invoke(str(bad))
    assert code != 0 and message in out


def test_usage_errors(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [_rec("a", "bonjour", "benign")])
    code, out = _invoke(str(corpus), "--split", "tune")
    assert code == 2 and "cannot go with FILE" in out
    code, out = _invoke(str(corpus), "--policy", "nope")
    assert code != 0 and "nope" in out
    code, out = _invoke(str(tmp_path / "missing.jsonl"))
    assert code == 2


@pytest.mark.timeout(300)  # the whole corpus, both splits (~50 s on a quiet machine; it grows)
def test_the_project_corpus_is_found_per_split() -> None:
    tune, held = corpus_files("tune"), corpus_files("heldout")
    if not tune or not held:
        pytest.skip("the corpus is not written yet")
    assert all(f.name.endswith("_tune.jsonl") for f in tune)
    assert all(f.name.endswith("_heldout.jsonl") for f in held)
    code, out = _invoke("--split", "all", "--policy", "game")
    assert code == 0, out
    assert "== tune: policy game" in out and "== heldout: policy game" in out
