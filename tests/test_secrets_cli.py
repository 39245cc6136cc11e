"""Refusing the public default secrets for a real run, making fresh ones, and the key commands on a fresh
SQLite database (issue #15, points 1 and 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.runtime
from bot.cli import main
from bot.cli.keys import refusal_for_default_secrets
from bot.config import load_settings
from bot.governance.crypto import master_key_id, parse_master_key
from bot.governance.pseudonym import Pseudonymizer


class Reached(Exception):
    """build_bot was called: the run got past every start-up check."""


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    for name in ("HAVRE_PSEUDONYM_SECRET", "HAVRE_MASTER_KEY", "HAVRE_DATABASE_URL", "HAVRE_NEW_MASTER_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HAVRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HAVRE_TOKEN", "a-token-for-a-real-bot")

    async def reached(*args: object, **kwargs: object) -> None:
        raise Reached

    monkeypatch.setattr(bot.runtime, "build_bot", reached)
    return monkeypatch


def _fresh() -> dict[str, str]:
    result = CliRunner().invoke(main, ["secrets", "new"])
    assert result.exit_code == 0, result.output
    pairs = [line.split("=", 1) for line in result.output.splitlines() if line and not line.startswith("#")]
    return dict(pairs)


def test_a_real_run_on_the_default_secrets_is_refused(env: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert not isinstance(result.exception, Reached)
    assert "HAVRE_PSEUDONYM_SECRET and HAVRE_MASTER_KEY" in result.output
    assert "havre secrets new >> .env" in result.output


def test_one_default_left_is_named_alone(env: pytest.MonkeyPatch) -> None:
    env.setenv("HAVRE_PSEUDONYM_SECRET", _fresh()["HAVRE_PSEUDONYM_SECRET"])
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "public default value of HAVRE_MASTER_KEY" in result.output
    assert "HAVRE_PSEUDONYM_SECRET" not in result.output.split("\n")[0]


def test_fresh_secrets_are_strong_different_and_let_the_bot_start(env: pytest.MonkeyPatch) -> None:
    first, second = _fresh(), _fresh()
    assert set(first) == {"HAVRE_PSEUDONYM_SECRET", "HAVRE_MASTER_KEY"}
    assert first["HAVRE_MASTER_KEY"] != second["HAVRE_MASTER_KEY"]
    assert first["HAVRE_PSEUDONYM_SECRET"] != second["HAVRE_PSEUDONYM_SECRET"]
    assert first["HAVRE_MASTER_KEY"].startswith("base64:")
    assert len(parse_master_key(first["HAVRE_MASTER_KEY"])) == 32
    Pseudonymizer(first["HAVRE_PSEUDONYM_SECRET"].encode())  # long enough
    for name, value in first.items():
        env.setenv(name, value)
    result = CliRunner().invoke(main, ["run"])
    assert isinstance(result.exception, Reached), result.output  # past the refusal and the key check


def test_the_sandbox_and_tests_keep_the_defaults(env: pytest.MonkeyPatch) -> None:
    env.delenv("HAVRE_TOKEN")
    assert refusal_for_default_secrets(load_settings()) is None
    assert load_settings().uses_dev_secrets


def test_run_refuses_keys_that_do_not_open_the_database(env: pytest.MonkeyPatch) -> None:
    secrets = _fresh()
    for name, value in secrets.items():
        env.setenv(name, value)
    assert isinstance(CliRunner().invoke(main, ["run"]).exception, Reached)  # first start: check row
    env.setenv("HAVRE_MASTER_KEY", _fresh()["HAVRE_MASTER_KEY"])
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2, result.output
    assert (
        "HAVRE_MASTER_KEY" in result.output
        and "is not the key this database was written with" in result.output
    )
    env.setenv("HAVRE_MASTER_KEY", secrets["HAVRE_MASTER_KEY"])
    env.setenv("HAVRE_PSEUDONYM_SECRET", _fresh()["HAVRE_PSEUDONYM_SECRET"])
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "HAVRE_PSEUDONYM_SECRET is not the secret" in result.output


def test_keys_rotate_then_check_from_the_command_line(env: pytest.MonkeyPatch) -> None:
    old, new = _fresh(), _fresh()
    for name, value in old.items():
        env.setenv(name, value)
    assert isinstance(CliRunner().invoke(main, ["run"]).exception, Reached)
    env.setenv("HAVRE_NEW_MASTER_KEY", new["HAVRE_MASTER_KEY"])
    rotated = CliRunner().invoke(main, ["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    assert master_key_id(parse_master_key(new["HAVRE_MASTER_KEY"])) in rotated.output
    assert new["HAVRE_MASTER_KEY"] not in rotated.output
    stale = CliRunner().invoke(main, ["keys", "check"])
    assert stale.exit_code == 1 and "HAVRE_MASTER_KEY" in stale.output
    env.setenv("HAVRE_MASTER_KEY", new["HAVRE_MASTER_KEY"])
    env.delenv("HAVRE_NEW_MASTER_KEY")
    checked = CliRunner().invoke(main, ["keys", "check"])
    assert checked.exit_code == 0, checked.output
    assert "keys OK" in checked.output
