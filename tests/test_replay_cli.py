"""``havre replay`` on the shipped samples, in both languages, via click's runner: no Discord, no database."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.domain.policy import POLICIES_DIR, load_policy

SAMPLES = POLICIES_DIR / "samples"
ACTIONS = {"none", "nudge", "hide", "warn", "timeout", "kick", "ban", "review", "help", "crisis"}
FR_CLEAR = "Était-ce clair ?"
EN_CLEAR = "Was this clear?"
KEYS = {"id", "action", "rule", "duration_seconds", "explanation", "signals"}


def _run(*args: str) -> tuple[int, list[dict[str, object]], str]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.jsonl"
        result = CliRunner().invoke(main, ["replay", *args, "--out", str(out)], catch_exceptions=False)
        text = out.read_text(encoding="utf-8") if out.exists() else ""
    return result.exit_code, [json.loads(line) for line in text.splitlines()], result.stderr


@pytest.mark.parametrize(
    ("lang", "preset", "clear", "rule_word"),
    [("fr", "patient", FR_CLEAR, "Règle"), ("en", "patient", EN_CLEAR, "Rule"),
     ("en", "game", EN_CLEAR, "Rule"), ("fr", "game", FR_CLEAR, "Règle")],
)  # fmt: skip
def test_replay_runs_on_the_shipped_samples(lang: str, preset: str, clear: str, rule_word: str) -> None:
    sample = SAMPLES / f"replay_{lang}.jsonl"
    code, lines, stderr = _run(str(sample), "--policy", preset, "--language", lang)
    assert code == 0, stderr
    inputs = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    # one line per message, in order
    assert [line["id"] for line in lines] == [record["id"] for record in inputs]
    policy = load_policy(preset)
    for line in lines:
        assert set(line) >= KEYS and line["action"] in ACTIONS
        if line["action"] in ("nudge", "hide", "warn", "timeout", "kick", "ban"):
            text = str(line["explanation"])
            rule = policy.rule(str(line["rule"]))
            assert any(title in text for title in rule.title.values())  # the rule by its title
            assert f"{rule_word} :" in text or f"{rule_word}:" in text
            assert text.endswith(f"*{clear}*")
            assert line["signals"], "a sanction must say what fired"
            assert all({"kind", "name", "rule_id", "score"} <= set(fired) for fired in line["signals"])
            assert any(fired["rule_id"] == line["rule"] for fired in line["signals"])
        if line["action"] in ("none", "help", "crisis"):
            assert line["explanation"] == "" and line["rule"] is None
        if line["action"] == "timeout":
            assert isinstance(line["duration_seconds"], int) and line["duration_seconds"] > 0
    actions = {str(line["action"]) for line in lines}
    assert {"help", "crisis", "none", "nudge"} <= actions  # never sanctioned: help and crisis
    assert f"replayed {len(lines)} message(s)" in stderr and policy.version in stderr
    assert "actions:" in stderr and "rules:" in stderr and "respect=" in stderr


def test_history_climbs_the_ladder_and_illness_talk_stays_safe() -> None:
    code, lines, _ = _run(str(SAMPLES / "replay_en.jsonl"), "--policy", "patient", "--language", "en")
    assert code == 0
    by_author: dict[object, list[dict[str, object]]] = {}
    inputs = [
        json.loads(line) for line in (SAMPLES / "replay_en.jsonl").read_text().splitlines() if line.strip()
    ]
    for record, line in zip(inputs, lines, strict=True):
        by_author.setdefault(record["author_id"], []).append(line)
    insulter = [(line["action"], line["duration_seconds"]) for line in by_author[1003]]
    assert insulter[:4] == [("nudge", None), ("warn", None), ("timeout", 600), ("timeout", 86400)]
    # "my cancer is back", "chemo is killing me": never sanctioned; "tired of being sick" may be offered help
    assert all(line["action"] in ("none", "help") for line in by_author[1002])
    assert by_author[1002][0]["action"] == "none"


def test_a_server_override_and_a_moderator_role(tmp_path: Path) -> None:
    override = tmp_path / "server.toml"
    override.write_text('[[rules.respect.ladder]]\naction = "hide"\n', encoding="utf-8")
    sample = SAMPLES / "replay_en.jsonl"
    code, lines, _ = _run(str(sample), "--policy", "patient", "--override", str(override), "--language", "en")
    assert code == 0
    # every rule decision follows the override's ladder; a learned hunch stays a review by a person
    respect = [line for line in lines if line["rule"] == "respect" and line["reason"] != "learned_review"]
    assert respect and all(line["action"] == "hide" for line in respect)


def test_large_files_show_progress_and_bad_input_is_named(tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    big = tmp_path / "big.jsonl"
    big.write_text(
        "\n".join(
            json.dumps({"id": i, "author_id": 1 + i % 50, "channel_id": 9,
                        "content": "hello" if i % 7 else "you idiot",
                        "timestamp": (start + timedelta(seconds=i * 30)).isoformat()})
            for i in range(250)
        ),
        encoding="utf-8",
    )  # fmt: skip
    code, lines, stderr = _run(str(big), "--policy", "game", "--language", "en")
    assert code == 0 and len(lines) == 250 and "replaying" in stderr

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1, "author_id": 2, "channel_id": 3, "content": "x"}\n', encoding="utf-8")
    code, _, stderr = _run(str(broken), "--language", "en")
    assert code != 0 and "broken.jsonl:1" in stderr and "timestamp" in stderr
    code, _, stderr = _run(str(SAMPLES / "replay_en.jsonl"), "--policy", str(tmp_path / "nope.toml"))
    assert code != 0
